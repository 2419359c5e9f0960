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

// plural returns "1 word" or "n words".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return itoa(n) + " " + noun + "s"
}
