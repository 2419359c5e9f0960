package glossary

import (
	"strconv"
)

func quote(s string) string { return strconv.Quote(s) }

func itoa(n int) string { return strconv.Itoa(n) }

func lineRef(p Pos) string {
	if p.Line == 0 {
		return ""
	}
	return " (line " + itoa(p.Line) + ")"
}
