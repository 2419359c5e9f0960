package scan

import (
	"unicode"
	"unicode/utf8"
)

// This file splits text into words the way glossary.Key does: a word is a
// run of letters, digits and combining marks, with apostrophes inside it
// ("customer's") and a trailing "+" or "#" ("C++", "C#") kept as written,
// and "&" a word of its own (Key reads it as "and"). Everything else
// separates words. The same splitting is used for the glossary's names, so
// a name and the text it is found in are cut alike.

// Limits that keep memory bounded whatever the text holds.
const (
	// maxWordBytes is the longest word kept for matching: no name in a
	// glossary has a longer one, and a longer run (a base64 blob, a hash
	// in a log) is passed over.
	maxWordBytes = 128
	// maxGapBytes is the most space and joining punctuation between two
	// words of one name ("customer  acquisition\n   cost"); more is a
	// layout, not a name.
	maxGapBytes = 24
)

// isWordRune reports the runes that make up words.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc)
}

// isApostrophe reports the apostrophes kept inside a word.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// gap follows what lies between two words: whether a name may run across
// it (spaces, one line break, a hyphen, slash or colon: "e-mail", "A/B",
// "LTV:CAC") and whether a sentence may start after it.
type gap struct {
	bytes    int
	newlines int
	broken   bool // something no name runs across: a comma, a full stop, a blank line
	sentence bool // a full stop, question or exclamation mark, colon, bullet or blank line
	lineText bool // the current line has had something other than space
}

// joins reports whether a name may run across the gap.
func (g *gap) joins() bool { return !g.broken && g.newlines <= 1 && g.bytes <= maxGapBytes }

// add notes rune r, of size bytes, between words.
func (g *gap) add(r rune, size int) {
	g.bytes += size
	switch r {
	case ' ', '\t', '\r', '\f', '\v':
		return
	case '\n':
		g.newlines++
		if !g.lineText { // a blank line: a new paragraph
			g.sentence, g.broken = true, true
		}
		g.lineText = false
		return
	case '-', '*', '•', '>':
		if !g.lineText { // a bullet or a quoted line
			g.sentence = true
		}
		g.lineText = true
		g.broken = g.broken || r != '-'
		return
	case '/':
		g.lineText = true
		return
	case ':':
		g.lineText, g.sentence = true, true
		return
	case '.', '!', '?', '…':
		g.sentence = true
	}
	g.lineText, g.broken = true, true
}

// reset starts the gap after a word.
func (g *gap) reset() {
	*g = gap{lineText: true}
}

// wordEnd returns the length of the word that starts at the beginning of
// b, and whether it could be measured (false when b ends inside it and
// more text may follow: then the caller reads more first).
func wordEnd(b []byte, eof bool) (int, bool) {
	i := 0
	for i < len(b) {
		r, size := rune(b[i]), 1
		if r >= utf8.RuneSelf {
			if !utf8.FullRune(b[i:]) && !eof {
				return i, false
			}
			r, size = utf8.DecodeRune(b[i:])
		}
		switch {
		case isWordRune(r):
			i += size
			continue
		case isApostrophe(r) && i > 0:
			// kept when a letter follows ("customer's")
			next, nsize := nextRune(b[i+size:])
			if nsize == 0 && !eof {
				return i, false
			}
			if nsize > 0 && isWordRune(next) {
				i += size + nsize
				continue
			}
			return i, true // "customers'" is "customers" to Key: the apostrophe may be a closing quote
		case (r == '+' || r == '#') && i > 0:
			for i < len(b) && (b[i] == '+' || b[i] == '#') {
				i++
			}
			if i == len(b) && !eof {
				return i, false
			}
			return i, true
		}
		return i, true
	}
	return i, eof
}

func nextRune(b []byte) (rune, int) {
	if len(b) == 0 || b[0] >= utf8.RuneSelf && !utf8.FullRune(b) {
		return 0, 0
	}
	return utf8.DecodeRune(b)
}
