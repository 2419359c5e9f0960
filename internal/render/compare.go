package render

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
)

// MinColumn is the narrowest column Compare draws entries side by side
// in: narrower, a definition wraps every few words and reads worse than
// the entries one after another.
const MinColumn = 38

// columnGap separates the columns of a comparison.
const columnGap = "  │  "

// Compare writes the entries of terms, related[i] being the related terms
// of terms[i], side by side when the width gives each a column of at
// least MinColumn, else one after another with a blank line between.
func (s Style) Compare(w io.Writer, terms []*glossary.Term, related [][]*glossary.Term) {
	gap := Width(columnGap)
	col := 0
	if n := len(terms); n > 0 && s.Width > 0 {
		col = (s.Width - gap*(n-1)) / n
	}
	if col < MinColumn {
		for i, t := range terms {
			if i > 0 {
				fmt.Fprintln(w)
			}
			s.Term(w, t, related[i])
		}
		return
	}
	narrow := s
	narrow.Width = col
	columns := make([][]string, len(terms))
	rows := 0
	for i, t := range terms {
		var b bytes.Buffer
		narrow.Term(&b, t, related[i])
		columns[i] = strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		rows = max(rows, len(columns[i]))
	}
	sep := s.paint(dim, columnGap)
	for r := range rows {
		var line strings.Builder
		for i, c := range columns {
			cell := ""
			if r < len(c) {
				cell = c[r]
			}
			if i > 0 {
				line.WriteString(sep)
			}
			line.WriteString(cell)
			if i < len(columns)-1 {
				line.WriteString(strings.Repeat(" ", max(col-visibleWidth(cell), 0)))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(line.String(), " "))
	}
}

// visibleWidth is Width of s without the colour codes paint adds.
func visibleWidth(s string) int {
	n := 0
	for len(s) > 0 {
		if i := strings.IndexByte(s, '\x1b'); i >= 0 {
			n += Width(s[:i])
			end := strings.IndexByte(s[i:], 'm')
			if end < 0 {
				return n
			}
			s = s[i+end+1:]
			continue
		}
		return n + Width(s)
	}
	return n
}

// CompareJSON is the JSON shape of a comparison asked through lookup: the
// first term named, with the others in full under "compare".
type CompareJSON struct {
	MatchJSON
	Compare []MatchJSON `json:"compare"`
}

// NewCompareJSON returns the JSON shape of the comparison of rs, in the
// order named; rs must not be empty.
func NewCompareJSON(rs []match.Result, g *glossary.Glossary) CompareJSON {
	out := CompareJSON{MatchJSON: NewMatchJSON(rs[0], g), Compare: []MatchJSON{}}
	for _, r := range rs[1:] {
		out.Compare = append(out.Compare, NewMatchJSON(r, g))
	}
	return out
}
