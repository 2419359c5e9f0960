package render

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// This file draws what `gloss scan` finds: the terms of a text with where
// they were found, the text itself with the mentions marked, and the
// mentions as --plain records and a JSON stream.

// Found is a term found in a text: how it was first written, how many
// times it was mentioned and where first.
type Found struct {
	Term  *glossary.Term
	Text  string // the first mention as written
	Count int
	Where string // "file:line"
}

// Found writes each term found with its one-line summary: the name, then
// dim how it was written, how often and where first, then the first
// sentence of its definition, indented and cut to the width.
func (s Style) Found(w io.Writer, found []Found) {
	for _, f := range found {
		name := Clean(f.Term.Name)
		as := ""
		if written := squeeze(Clean(f.Text)); !strings.EqualFold(written, name) {
			as = strconv.Quote(written) + ", "
		}
		times := "once"
		if f.Count > 1 {
			times = fmt.Sprintf("%d times", f.Count)
		}
		summary := FirstSentence(Clean(f.Term.Definition))
		if s.Width > 2 {
			summary = Truncate(summary, s.Width-2)
		}
		fmt.Fprintf(w, "%s %s\n  %s\n", s.paint(bold, name), s.paint(dim, "("+as+times+", first at "+Clean(f.Where)+")"), summary)
	}
}

// Passage writes text from a text being annotated, made safe for a
// terminal as Clean does but keeping its tabs and line breaks (a carriage
// return before a line break is dropped).
func Passage(w io.Writer, text []byte) {
	s := strings.ReplaceAll(string(text), "\r\n", "\n")
	if !strings.ContainsFunc(s, func(r rune) bool { return r == utf8.RuneError || r != '\t' && r != '\n' && unsafeRune(r) }) {
		io.WriteString(w, s)
		return
	}
	var b strings.Builder
	for line := range strings.SplitAfterSeq(s, "\n") {
		body, nl := strings.CutSuffix(line, "\n")
		for i, part := range strings.Split(body, "\t") {
			if i > 0 {
				b.WriteByte('\t')
			}
			b.WriteString(Clean(part))
		}
		if nl {
			b.WriteByte('\n')
		}
	}
	io.WriteString(w, b.String())
}

// Mark writes a mention in an annotated text: the words as written,
// highlighted in colour, then its footnote number in brackets ("ARR[1]").
func (s Style) Mark(w io.Writer, text string, note int) {
	var b strings.Builder
	for i, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(s.paint(bold+yellow, Clean(line)))
	}
	b.WriteString(s.paint(dim, "["+strconv.Itoa(note)+"]"))
	io.WriteString(w, b.String())
}

// Footnotes writes the footnotes of an annotated text, one per term in
// order of their numbers: the number, the name and its summary, wrapped.
func (s Style) Footnotes(w io.Writer, terms []*glossary.Term) {
	if len(terms) == 0 {
		return
	}
	var b strings.Builder
	b.WriteString("\n")
	for i, t := range terms {
		mark := fmt.Sprintf("[%d] ", i+1)
		text := squeeze(Clean(t.Name) + ": " + FirstSentence(Clean(t.Definition)))
		width := s.Width
		if width > 0 {
			width = max(width-len(mark), 20)
		}
		for j, line := range Wrap(text, width) {
			lead := strings.Repeat(" ", len(mark))
			if j == 0 {
				lead = s.paint(dim, mark)
			}
			b.WriteString(lead + line + "\n")
		}
	}
	io.WriteString(w, b.String())
}

// MentionJSON is the JSON shape of a mention: the term's name, the words
// as written, the file ("-" for standard input), 1-based line and column
// (in characters) and the byte offset from the start of the file.
type MentionJSON struct {
	Term   string `json:"term"`
	Text   string `json:"text"`
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Offset int64  `json:"offset"`
}

// MentionFields returns the --plain fields of a mention, in the documented
// order: file, line, column, offset, term, text.
func MentionFields(m MentionJSON) []string {
	return []string{m.File, strconv.Itoa(m.Line), strconv.Itoa(m.Column), strconv.FormatInt(m.Offset, 10), m.Term, m.Text}
}
