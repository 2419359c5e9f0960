package scan

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// Mention is one place a term is named in a text.
type Mention struct {
	Term *glossary.Term
	Text string // the words as written, with what lies between them
	// Line and Column are 1-based, Column counted in characters; Offset
	// is in bytes from the start of the text, End one past the last.
	Line, Column int
	Offset, End  int64
}

// Options change what counts as a mention.
type Options struct {
	// AllWords counts everyday words in any case and place (see rules.go).
	AllWords bool
}

// Handler receives what a scan finds, in the order of the text. Text, if
// not nil, receives every byte of the text that is not part of a mention,
// so that the text can be written out again with the mentions marked; the
// bytes are the scanner's and valid only during the call.
type Handler struct {
	Mention func(Mention) error
	Text    func([]byte) error
}

// ErrBinary is returned for a text that holds a NUL byte in its first
// block, as binary files do and text files do not.
var ErrBinary = errors.New("binary file")

// Sizes of the window the scanner reads through.
const (
	// chunkBytes is how much is read at once; the window holds one chunk
	// more than the words still undecided, so memory stays this size
	// whatever the length of the text or of its lines.
	chunkBytes = 64 << 10
	// binaryProbe is how much of the start is checked for a NUL byte, as
	// git and grep do.
	binaryProbe = 8000
)

// Scan reads r to the end and reports every mention in it to h, the
// longest name winning where names overlap. It stops at the first error
// from r or h; reading errors are wrapped.
func (a *Automaton) Scan(r io.Reader, opts Options, h Handler) error {
	return a.newScanner(r, opts, h).scan()
}

func (a *Automaton) newScanner(r io.Reader, opts Options, h Handler) *scanner {
	s := &scanner{a: a, r: utf8Text(r), opts: opts, h: h, line: 1, col: 1}
	s.gap.sentence = true
	return s
}

// scan is Scan.
func (s *scanner) scan() error {
	if err := s.fill(); err != nil {
		return err
	}
	if bytes.IndexByte(s.buf[:min(len(s.buf), binaryProbe)], 0) >= 0 {
		return ErrBinary
	}
	if err := s.run(); err != nil {
		return err
	}
	if err := s.flush(); err != nil {
		return err
	}
	return s.text(s.base + int64(len(s.buf)))
}

// scanner is the state of one scan.
type scanner struct {
	a    *Automaton
	r    io.Reader
	opts Options
	h    Handler

	buf     []byte // the text from offset base on
	base    int64
	pos     int  // next byte of buf to look at
	eof     bool // r has no more
	long    bool // inside a word too long to match, passing over it
	number  bool // the last word was a number
	line    int  // where pos is
	col     int
	gap     gap     // since the last word
	pending []token // words that may still be the start of a name
	written int64   // offset up to which Text has been given the text
	scratch []byte
}

// fill reads the next chunk, keeping the bytes still needed.
func (s *scanner) fill() error {
	keep := s.pos
	if len(s.pending) > 0 {
		keep = int(s.pending[0].start - s.base)
	}
	if s.h.Text != nil {
		if err := s.text(s.base + int64(keep)); err != nil {
			return err
		}
	}
	s.buf = append(s.buf[:0], s.buf[keep:]...)
	s.base += int64(keep)
	s.pos -= keep
	if cap(s.buf)-len(s.buf) < chunkBytes {
		s.buf = append(make([]byte, 0, len(s.buf)+chunkBytes), s.buf...)
	}
	least := 1
	if s.base == 0 && len(s.buf) == 0 {
		least = binaryProbe // the start is checked for binary as a whole
	}
	for i := range s.pending {
		t := &s.pending[i]
		t.raw = s.buf[t.start-s.base : t.end-s.base]
	}
	n, err := io.ReadAtLeast(s.r, s.buf[len(s.buf):cap(s.buf)], least)
	s.buf = s.buf[:len(s.buf)+n]
	switch {
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		s.eof = true
	case err != nil:
		return fmt.Errorf("read: %w", err)
	}
	return nil
}

// text gives Text the text up to offset end not given yet.
func (s *scanner) text(end int64) error {
	if s.h.Text == nil || end <= s.written {
		return nil
	}
	from := s.written
	s.written = end
	return s.h.Text(s.buf[from-s.base : end-s.base])
}
