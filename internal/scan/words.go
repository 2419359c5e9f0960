package scan

import (
	"unicode/utf8"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// token is a word of the text that some name uses.
type token struct {
	word       int32  // in the vocabulary, or -1
	base       int32  // the word it is a plural or possessive of, or -1
	raw        []byte // in the scanner's window: fill moves it along
	start, end int64
	line, col  int
	sentence   bool // a sentence may start here
	number     bool // the word before it, across spaces, is a number ("10 AM")
}

// run reads words and the gaps between them to the end of the text.
func (s *scanner) run() error {
	for {
		if !s.eof && len(s.buf)-s.pos < maxWordBytes+utf8.UTFMax {
			if err := s.fill(); err != nil {
				return err
			}
		}
		if s.pos >= len(s.buf) {
			return nil
		}
		b := s.buf[s.pos:]
		r, size := rune(b[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(b)
		}
		switch {
		case s.long && (isWordRune(r) || isApostrophe(r) || r == '+' || r == '#'):
			s.advance(size, 1)
			continue
		case r == '&':
			s.long = false
			if err := s.word(b[:1], "and"); err != nil {
				return err
			}
			continue
		case !isWordRune(r):
			s.long = false
			s.gap.add(r, size)
			s.advance(size, 1)
			if r == '\n' {
				s.line, s.col = s.line+1, 1
			}
			if len(s.pending) > 0 && !s.gap.joins() {
				if err := s.flush(); err != nil {
					return err
				}
			}
			continue
		}
		n, ok := wordEnd(b, s.eof)
		if !ok && len(b) < maxWordBytes+utf8.UTFMax {
			if err := s.fill(); err != nil {
				return err
			}
			continue
		}
		if n > maxWordBytes || !ok { // no name has such a word: pass over it
			if err := s.flush(); err != nil {
				return err
			}
			s.long, s.number = true, false
			s.gap.reset()
			continue
		}
		if err := s.word(b[:n], ""); err != nil {
			return err
		}
	}
}

// advance moves past size bytes, chars characters.
func (s *scanner) advance(size, chars int) {
	s.pos += size
	s.col += chars
}

// word takes the word raw at pos: key, if not "", is its key already.
func (s *scanner) word(raw []byte, key string) error {
	t := token{
		start: s.base + int64(s.pos), end: s.base + int64(s.pos+len(raw)),
		line: s.line, col: s.col, sentence: s.gap.sentence,
		number: s.number && s.gap.joins(),
	}
	s.number = isNumber(raw)
	joins := s.gap.joins()
	s.gap.reset()
	s.advance(len(raw), utf8.RuneCount(raw))
	if key != "" {
		t.word, t.base = s.a.lookupKey(key)
	} else {
		t.word, t.base = s.a.lookup(raw, &s.scratch)
	}
	known := t.word >= 0 || t.base >= 0
	if !known || !joins {
		if err := s.flush(); err != nil {
			return err
		}
	}
	if !known {
		return nil
	}
	t.raw = raw
	s.pending = append(s.pending, t)
	for len(s.pending) >= s.a.depth {
		if err := s.resolve(); err != nil {
			return err
		}
	}
	return nil
}

// flush decides every pending word: no name runs on past them.
func (s *scanner) flush() error {
	for len(s.pending) > 0 {
		if err := s.resolve(); err != nil {
			return err
		}
	}
	return nil
}

// resolve decides the first pending word: the start of the longest name
// the rules accept, or of none.
func (s *scanner) resolve() error {
	toks := s.pending
	node, best := int32(root), 0
	var found *name
	for i, t := range toks {
		next, ok := s.a.step(node, t.word)
		if !ok {
			if next, ok = s.a.step(node, t.base); !ok {
				break
			}
		}
		node = next
		if at, ok := s.a.ends[node]; ok {
			if n := &s.a.names[at]; n.accepts(toks[:i+1], s.opts.AllWords) {
				best, found = i+1, n
			}
		}
	}
	if found == nil {
		best = 1
	} else if err := s.mention(found.term, toks[0], toks[best-1]); err != nil {
		return err
	}
	s.pending = toks[:copy(toks, toks[best:])]
	return nil
}

// mention reports the mention of t from word first to word last.
func (s *scanner) mention(t *glossary.Term, first, last token) error {
	if err := s.text(first.start); err != nil {
		return err
	}
	s.written = last.end
	m := Mention{
		Term: t, Text: string(s.buf[first.start-s.base : last.end-s.base]),
		Line: first.line, Column: first.col, Offset: first.start, End: last.end,
	}
	if s.h.Mention == nil {
		return nil
	}
	return s.h.Mention(m)
}
