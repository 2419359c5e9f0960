package convert

// This file is a small XML reader for TBX: elements, attributes, text,
// comments, processing instructions and CDATA, in UTF-8, with the five
// predefined entities and character references. It refuses what TBX never
// needs and an attacker would use: a DOCTYPE (and so declared and external
// entities), other encodings, control characters. encoding/xml would do
// the job, but its package initialisation builds a table of HTML entities
// (18 KB, 0.02-0.1 ms) on every start of gloss, a cost ADR 007 does not
// allow for a command few runs use.

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// xmlToken is what xmlReader.next returns: a start tag (with its
// attributes, by local name), an end tag, or text.
type xmlToken struct {
	kind  byte // '<' start, '/' end, 't' text
	name  string
	attrs map[string]string
	text  string
	line  int
}

// xmlReader reads XML tokens from a document held in memory.
type xmlReader struct {
	data    []byte
	pos     int
	line    int
	stack   []string
	root    bool      // the root element has been opened
	pending *xmlToken // the end of an empty element, returned next
}

// xmlError is a well-formedness error at a line.
type xmlError struct {
	line    int
	msg     string
	refused bool // not an error in the XML, but something gloss will not read
}

func (e *xmlError) Error() string { return e.msg }

func newXMLReader(r io.Reader) (*xmlReader, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	x := &xmlReader{data: data, line: 1}
	if !utf8.Valid(data) {
		off := 0
		for {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return nil, &xmlError{1 + bytes.Count(data[:off], []byte("\n")), "invalid UTF-8", false}
	}
	x.data = bytes.TrimPrefix(x.data, []byte("\ufeff"))
	return x, nil
}

func (x *xmlReader) fail(format string, args ...any) error {
	return &xmlError{line: x.line, msg: fmt.Sprintf(format, args...)}
}

// advance moves past n bytes, counting lines.
func (x *xmlReader) advance(n int) {
	x.line += bytes.Count(x.data[x.pos:x.pos+n], []byte("\n"))
	x.pos += n
}

// next returns the next token, or io.EOF after the root element closes.
func (x *xmlReader) next() (xmlToken, error) {
	if p := x.pending; p != nil {
		x.pending = nil
		return *p, nil
	}
	for {
		if x.pos >= len(x.data) {
			if len(x.stack) > 0 {
				return xmlToken{}, x.fail("the file ends with <%s> open", x.stack[len(x.stack)-1])
			}
			if !x.root {
				return xmlToken{}, x.fail("no XML elements")
			}
			return xmlToken{}, io.EOF
		}
		rest := x.data[x.pos:]
		switch {
		case bytes.HasPrefix(rest, []byte("<?")):
			start := x.line
			decl := bytes.HasPrefix(rest, []byte("<?xml")) && len(rest) > 5 && isSpace(rest[5])
			i := bytes.Index(rest[2:], []byte("?>")) + 2
			if i < 2 {
				return xmlToken{}, x.fail("a processing instruction is not closed")
			}
			target := ""
			if f := strings.Fields(string(rest[2:i])); len(f) > 0 && !isSpace(rest[2]) {
				target = f[0]
			}
			if !validName(target) {
				return xmlToken{}, x.fail("%q is not a processing instruction's name", target)
			}
			if decl {
				if enc := pseudoAttr(string(rest[:i]), "encoding"); enc != "" && !strings.EqualFold(enc, "UTF-8") {
					return xmlToken{}, &xmlError{start, fmt.Sprintf("the file is in %s; gloss reads UTF-8 TBX (iconv -t UTF-8 converts it)", enc), true}
				}
			}
			x.advance(i + 2)
		case bytes.HasPrefix(rest, []byte("<!--")):
			end := bytes.Index(rest[4:], []byte("-->"))
			if end < 0 {
				return xmlToken{}, x.fail("a comment is not closed")
			}
			if bytes.Contains(rest[4:4+end], []byte("--")) {
				return xmlToken{}, x.fail("-- inside a comment")
			}
			x.advance(4 + end + 3)
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			if len(x.stack) == 0 {
				return xmlToken{}, x.fail("CDATA outside the root element")
			}
			i := bytes.Index(rest, []byte("]]>"))
			if i < 0 {
				return xmlToken{}, x.fail("a CDATA section is not closed")
			}
			t := xmlToken{kind: 't', text: string(rest[9:i]), line: x.line}
			x.advance(i + 3)
			if err := x.checkChars(t.text); err != nil {
				return xmlToken{}, err
			}
			return t, nil
		case bytes.HasPrefix(rest, []byte("<!")):
			w, _, _ := strings.Cut(string(rest[2:min(len(rest), 20)]), " ")
			return xmlToken{}, &xmlError{x.line, fmt.Sprintf("<!%s>: DTDs and entity declarations are refused (a TBX file needs neither)", w), true}
		case rest[0] == '<':
			return x.tag()
		default:
			i := bytes.IndexByte(rest, '<')
			if i < 0 {
				i = len(rest)
			}
			raw := string(rest[:i])
			line := x.line
			x.advance(i)
			if len(x.stack) == 0 {
				if strings.TrimSpace(raw) != "" {
					return xmlToken{}, &xmlError{line: line, msg: "text outside the root element"}
				}
				continue
			}
			if strings.Contains(raw, "]]>") { // XML 1.0 §2.4: only a CDATA section may hold it
				return xmlToken{}, &xmlError{line: line, msg: "]]> in text outside a CDATA section"}
			}
			text, err := x.unescape(raw, line)
			if err != nil {
				return xmlToken{}, err
			}
			return xmlToken{kind: 't', text: text, line: line}, nil
		}
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
