package render

import (
	"strings"
	"unicode"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
)

const yellow = "\x1b[33m"

// Marking returns s set to highlight, in colour only, the words of the
// text it draws that match a word of query, compared as search compares
// them (ignoring case and word form). Without colour it changes nothing:
// the highlight helps reading, it never carries meaning.
func (s Style) Marking(query string) Style {
	s.marks = map[string]bool{}
	for _, w := range strings.Fields(glossary.Key(query)) {
		if len(w) > 1 {
			s.marks[match.Stem(w)] = true
		}
	}
	return s
}

// mark paints the marked words of text.
func (s Style) mark(text string) string {
	if !s.Color || len(s.marks) == 0 {
		return text
	}
	var b strings.Builder
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for len(text) > 0 {
		i := strings.IndexFunc(text, isWord)
		if i < 0 {
			b.WriteString(text)
			break
		}
		b.WriteString(text[:i])
		text = text[i:]
		j := strings.IndexFunc(text, func(r rune) bool { return !isWord(r) })
		if j < 0 {
			j = len(text)
		}
		word := text[:j]
		if s.marks[match.Stem(glossary.Key(word))] {
			word = yellow + word + "\x1b[39m"
		}
		b.WriteString(word)
		text = text[j:]
	}
	return b.String()
}
