package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
)

// Style says how to draw text for a person.
type Style struct {
	Color bool // use ANSI colour and bold
	Width int  // wrap to this many columns; 0 means no wrapping

	marks map[string]bool // word stems to highlight; see Marking
}

const (
	bold  = "\x1b[1m"
	dim   = "\x1b[2m"
	cyan  = "\x1b[36m"
	reset = "\x1b[0m"
)

func (s Style) paint(code, text string) string {
	if !s.Color || text == "" {
		return text
	}
	return code + text + reset
}

// Term writes the full entry for t: name and aliases, category,
// definition, formula, example and related terms, and, dim, where a term
// merged from several layers comes from.
func (s Style) Term(w io.Writer, t *glossary.Term, related []*glossary.Term) {
	s.head(w, Clean(t.Name), t.Aliases)
	fmt.Fprintln(w, s.paint(dim, Clean(t.Category)))
	fmt.Fprintln(w)
	s.para(w, "", t.Definition)
	if t.Formula != "" {
		fmt.Fprintln(w)
		s.para(w, "Formula: ", t.Formula)
	}
	if t.Example != "" {
		fmt.Fprintln(w)
		s.para(w, "Example: ", t.Example)
	}
	if len(related) > 0 {
		names := make([]string, len(related))
		for i, r := range related {
			names[i] = r.Name
		}
		fmt.Fprintln(w)
		s.para(w, "Related: ", strings.Join(names, ", "))
	}
	if t.Origin != nil {
		fmt.Fprintln(w)
		s.origin(w, t.Origin)
	}
}

// head writes a term's name in bold and, dim in brackets, its aliases,
// wrapped to the width.
func (s Style) head(w io.Writer, name string, aliases []string) {
	name = squeeze(name)
	text := name
	if len(aliases) > 0 {
		text += " (" + cleanJoin(aliases, ", ") + ")"
	}
	text = squeeze(text)
	off := 0 // where each line starts in text, to paint the name apart
	for _, line := range Wrap(text, s.Width) {
		n := min(max(len(name)-off, 0), len(line))
		head, rest, sep := line[:n], line[n:], ""
		if strings.HasPrefix(rest, " ") {
			sep, rest = " ", rest[1:]
		}
		fmt.Fprintln(w, s.paint(bold, head)+sep+s.paint(dim, rest))
		off += len(line)
		if off < len(text) && text[off] == ' ' {
			off++
		}
	}
}

// para writes text wrapped and indented by two spaces, after an optional
// heading that hangs in front of the first line. Its paragraphs are kept
// apart by a blank line and its list items start lines of their own, the
// lines after an item's first hanging under its text (see blocks).
func (s Style) para(w io.Writer, heading, text string) {
	const indent = "  "
	pad := strings.Repeat(" ", len(heading))
	first := true
	for _, b := range blocks(text) {
		if b.gap {
			fmt.Fprintln(w)
		}
		hang := strings.Repeat(" ", Width(Clean(b.text[:b.marker])))
		width := s.Width
		if width > 0 {
			width = max(width-len(indent)-len(heading)-len(hang), 20)
		}
		body := Clean(b.text[b.marker:])
		for i, line := range Wrap(body, width) {
			lead := pad
			if first {
				lead, first = s.paint(cyan, heading), false
			}
			if i == 0 {
				line = Clean(b.text[:b.marker]) + line
			} else {
				line = hang + line
			}
			fmt.Fprintln(w, indent+lead+line)
		}
	}
}

// Summary writes one line per term: its name in a column, then the first
// sentence of its definition cut to fit the width.
func (s Style) Summary(w io.Writer, terms []*glossary.Term, indent string) {
	s.SummaryLines(w, terms, SummaryColumn(terms), indent)
}

// SummaryColumn is the width of the name column Summary gives terms, so
// that a long list drawn a part at a time lines up as one.
func SummaryColumn(terms []*glossary.Term) int {
	return SummaryColumnOf(len(terms), func(i int) string { return terms[i].Name })
}

// SummaryColumnOf is SummaryColumn for n terms named by name(i), so that
// a long list is measured without decoding every term.
func SummaryColumnOf(n int, name func(i int) string) int {
	const widest = 32
	col := 0
	for i := 0; i < n && col < widest; i++ {
		col = max(col, Width(Clean(name(i))))
	}
	return min(col, widest)
}

// SummaryLines writes Summary's lines for terms with a name column col
// wide.
func (s Style) SummaryLines(w io.Writer, terms []*glossary.Term, col int, indent string) {
	for _, t := range terms {
		name := Truncate(Clean(t.Name), col)
		pad := strings.Repeat(" ", col-Width(name)+2)
		line := indent + s.paint(bold, s.mark(name)) + pad
		rest := FirstSentence(Clean(t.Definition))
		if s.Width > 0 {
			rest = Truncate(rest, s.Width-len(indent)-col-2)
		}
		fmt.Fprintln(w, line+s.mark(rest))
	}
}

// Heading writes a section heading.
func (s Style) Heading(w io.Writer, text string) {
	fmt.Fprintln(w, s.paint(bold+cyan, text))
}

// FirstSentence returns s up to and including its first full stop that is
// followed by a space, or all of s.
func FirstSentence(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == ' ' && i > 3 && s[i-2:i] != "e." && s[i-2:i] != "i." {
			return s[:i+1]
		}
	}
	return s
}

func cleanJoin(items []string, sep string) string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = Clean(s)
	}
	return strings.Join(out, sep)
}

// Candidates writes the ranked candidates of `lookup --all`: score, kind,
// term and the name or alias that matched, with a rule under the last
// candidate that clears threshold.
func (s Style) Candidates(w io.Writer, rs []match.Result, threshold float64) {
	ruled := false
	for _, r := range rs {
		if !ruled && r.Score < threshold {
			fmt.Fprintln(w, s.paint(dim, "  -- below the confidence threshold --"))
			ruled = true
		}
		via := ""
		if r.Via != r.Term.Name {
			via = s.paint(dim, " (via "+Clean(r.Via)+")")
		}
		fmt.Fprintf(w, "%s  %-9s  %s%s\n", Score(r.Score), r.Kind, s.paint(bold, Clean(r.Term.Name)), via)
	}
}
