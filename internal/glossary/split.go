package glossary

import (
	"bufio"
	"bytes"
	"fmt"
	"io"

	"go.yaml.in/yaml/v3"
)

// splitter cuts a block-style file into entries, for entries to parse.
type splitter struct {
	p       *parser // holds the problem that stopped the split, if any
	r       *bufio.Reader
	entries *entries

	line   int    // lines read so far
	buf    []byte // the line being read
	indent int    // the column of each entry's "-", less one; -1 before "terms:", -2 before the first entry
	header []byte // the lines before the first entry
	chunk  []byte // the lines of the entries being gathered
	start  int    // the line before chunk's first
	entry  int    // where in chunk the last entry starts
	first  int    // the line the last entry starts on
}

// run splits the file. It reports false after a problem that stops Parse
// too, or that makes the file one ParseStream does not take.
func (s *splitter) run() bool {
	docStart := false
	for {
		line, eof, ok := s.next()
		if !ok {
			return false
		}
		if line == nil {
			break
		}
		body := bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
		if s.line == 1 {
			body = bytes.TrimPrefix(body, []byte("\ufeff"))
		}
		if bytes.IndexByte(body, '\r') >= 0 || bytes.Contains(body, []byte("\u0085")) || bytes.Contains(body, []byte("\u2028")) || bytes.Contains(body, []byte("\u2029")) {
			return s.notBlock(`this line holds a line break other than a newline (CR, U+0085, U+2028 or U+2029), which YAML reads as two lines`)
		}
		trimmed := bytes.TrimLeft(body, " ")
		depth := len(body) - len(trimmed)
		blank := len(bytes.Trim(trimmed, " \t")) == 0 || trimmed[0] == '#'
		if s.indent < 0 && !(s.indent == -2 && !blank && isEntry(trimmed)) {
			if len(s.header)+len(line) > MaxEntrySize {
				return s.fail(1, fmt.Sprintf("the lines before the first entry are longer than the %d KiB limit", MaxEntrySize>>10))
			}
			s.header = append(s.header, line...)
		}
		switch {
		case blank && s.indent >= 0, s.indent >= 0 && depth > s.indent:
			if len(s.chunk)-s.entry+len(line) > MaxEntrySize {
				return s.fail(s.first, fmt.Sprintf("entry is larger than the %d KiB limit for one entry", MaxEntrySize>>10))
			}
			s.chunk = append(s.chunk, line...)
		case blank:
		case s.indent == -1 && !docStart && depth == 0 && isLine(trimmed, "---"):
			docStart = true
		case s.indent == -1 && depth == 0 && isLine(trimmed, "terms:"):
			s.indent = -2
		case s.indent == -1:
			return s.notBlock(`this line comes before "terms:"`)
		case (s.indent == -2 || depth == s.indent) && isEntry(trimmed):
			if s.indent == -2 && !s.parseHeader() {
				return false
			}
			if len(s.chunk) >= batchSize {
				s.flush()
			}
			if len(s.chunk) == 0 {
				s.start = s.line - 1
			}
			s.indent, s.entry, s.first = depth, len(s.chunk), s.line
			s.chunk = append(s.chunk, line...)
		case s.indent == -2:
			return s.notBlock(`this line should start the first entry, "- term: ..."`)
		default:
			return s.notBlock(`this line is neither part of an entry nor the start of one`)
		}
		if eof || s.entries.full.Load() {
			break // the end, or too many values: wait reports it
		}
	}
	switch {
	case s.indent < 0 && !s.parseHeader():
		return false
	case s.indent == -1 && !docStart: // nothing but blank lines and comments
		s.p.add(Pos{}, "file is empty")
		return false
	case s.indent < 0:
		return s.notBlock(`no "- term:" entries`)
	}
	s.flush()
	return true
}

// isLine reports whether b is want, then perhaps spaces and a comment.
func isLine(b []byte, want string) bool {
	rest, ok := bytes.CutPrefix(b, []byte(want))
	if !ok || len(rest) > 0 && rest[0] != ' ' && rest[0] != '\t' {
		return false
	}
	rest = bytes.TrimLeft(rest, " \t")
	return len(rest) == 0 || rest[0] == '#'
}

// isEntry reports whether b starts a list item: "-" then space or nothing.
func isEntry(b []byte) bool {
	return len(b) > 0 && b[0] == '-' && (len(b) == 1 || b[1] == ' ' || b[1] == '\t')
}

func (s *splitter) notBlock(why string) bool {
	return s.fail(s.line, fmt.Sprintf(`a glossary over %d MiB must be a block list of terms ("terms:", then "- term:" entries): %s`, MaxFileSize>>20, why))
}

// fail stops the split with a problem at line.
func (s *splitter) fail(line int, msg string) bool {
	s.p.problems = nil
	s.p.add(Pos{Line: line, Col: 1}, msg)
	return false
}

// next returns the next line, newline included, or nil at the end of the
// file; eof reports that the line returned is the last. It stops, with
// ok false, at bytes Parse refuses before parsing: invalid UTF-8 or NUL.
func (s *splitter) next() (line []byte, eof, ok bool) {
	s.buf = s.buf[:0]
	for {
		part, err := s.r.ReadSlice('\n')
		s.buf = append(s.buf, part...)
		switch err {
		case nil:
		case bufio.ErrBufferFull:
			if len(s.buf) <= MaxEntrySize {
				continue
			}
		case io.EOF:
			eof = true
		default:
			s.stop(Pos{}, describe(err).Error())
			return nil, false, false
		}
		break
	}
	if len(s.buf) == 0 {
		return nil, true, true
	}
	s.line++
	if len(s.buf) > MaxEntrySize {
		if s.indent < 0 { // a file of a few long lines, such as one flow list
			s.notBlock(fmt.Sprintf("this line is longer than %d KiB", MaxEntrySize>>10))
		} else {
			s.fail(s.line, fmt.Sprintf("line is longer than the %d KiB limit for one entry", MaxEntrySize>>10))
		}
		return nil, false, false
	}
	if off := invalidUTF8(s.buf); off >= 0 {
		s.stop(Pos{Line: s.line, Col: off + 1}, "invalid UTF-8")
		return nil, false, false
	}
	if i := bytes.IndexByte(s.buf, 0); i >= 0 {
		s.stop(Pos{Line: s.line, Col: i + 1}, "NUL byte in file")
		return nil, false, false
	}
	return s.buf, eof, true
}

// stop makes the problem at pos the only one, as Parse reports it.
func (s *splitter) stop(pos Pos, msg string) {
	s.p.problems = nil
	s.p.add(pos, msg)
}

// parseHeader has YAML check the lines before the first entry, for what
// Parse would refuse in them, such as control characters in a comment.
func (s *splitter) parseHeader() bool {
	var doc yaml.Node
	if err := yaml.Unmarshal(s.header, &doc); err != nil {
		s.p.problems = nil
		s.p.yamlError(err, Pos{})
		return false
	}
	return true
}

// batchSize is about how much of the file is parsed at a time: entries
// are gathered until they reach it, so that YAML's cost of starting is
// shared by several, while the nodes held at a time stay few.
const batchSize = 32 << 10

// flush hands the entries gathered so far to be parsed.
func (s *splitter) flush() {
	if len(s.chunk) > 0 {
		s.entries.parse(bytes.Clone(s.chunk), s.start)
		s.chunk = s.chunk[:0]
	}
}
