package convert

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// tag reads a start or end tag at the reader's position.
func (x *xmlReader) tag() (xmlToken, error) {
	line := x.line
	end := x.tagEnd()
	if end < 0 {
		return xmlToken{}, x.fail("a tag is not closed")
	}
	body := string(x.data[x.pos+1 : end])
	x.advance(end + 1 - x.pos)
	if name, ok := strings.CutPrefix(body, "/"); ok {
		name = strings.TrimRight(name, " \t\r\n")
		if len(x.stack) == 0 || x.stack[len(x.stack)-1] != name {
			return xmlToken{}, &xmlError{line: line, msg: "</" + name + "> closes no open element" + x.open()}
		}
		x.stack = x.stack[:len(x.stack)-1]
		return xmlToken{kind: '/', name: localName(name), line: line}, nil
	}
	empty := strings.HasSuffix(body, "/")
	body = strings.TrimSuffix(body, "/")
	i := strings.IndexAny(body, " \t\r\n")
	if i < 0 {
		i = len(body)
	}
	name := body[:i]
	if !validName(name) {
		return xmlToken{}, &xmlError{line: line, msg: strconv.Quote(name) + " is not an element name"}
	}
	if len(x.stack) == 0 && x.root {
		return xmlToken{}, &xmlError{line: line, msg: "a second root element, <" + name + ">"}
	}
	attrs, err := x.attributes(body[i:], line)
	if err != nil {
		return xmlToken{}, err
	}
	x.root = true
	t := xmlToken{kind: '<', name: localName(name), attrs: attrs, line: line}
	if empty {
		// An empty element is a start and an end: the end comes next.
		x.pending = &xmlToken{kind: '/', name: t.name, line: line}
		return t, nil
	}
	x.stack = append(x.stack, name)
	return t, nil
}

// open names the element that is open, for an error.
func (x *xmlReader) open() string {
	if len(x.stack) == 0 {
		return ""
	}
	return " (<" + x.stack[len(x.stack)-1] + "> is open)"
}

// tagEnd returns the index of the '>' ending the tag at the reader's
// position, skipping any in quoted attribute values, or -1.
func (x *xmlReader) tagEnd() int {
	var quote byte
	for i := x.pos + 1; i < len(x.data); i++ {
		switch c := x.data[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i
		case c == '<':
			return -1
		}
	}
	return -1
}

// attributes reads the attributes of a tag, keyed by local name (so
// xml:lang is "lang").
func (x *xmlReader) attributes(s string, line int) (map[string]string, error) {
	attrs := map[string]string{}
	for {
		s = strings.TrimLeft(s, " \t\r\n")
		if s == "" {
			return attrs, nil
		}
		eq := strings.IndexByte(s, '=')
		if eq < 0 {
			return nil, &xmlError{line: line, msg: "attribute " + strconv.Quote(s) + " has no value"}
		}
		name := strings.TrimRight(s[:eq], " \t\r\n")
		if !validName(name) {
			return nil, &xmlError{line: line, msg: strconv.Quote(name) + " is not an attribute name"}
		}
		s = strings.TrimLeft(s[eq+1:], " \t\r\n")
		if s == "" || (s[0] != '"' && s[0] != '\'') {
			return nil, &xmlError{line: line, msg: "the value of " + name + " is not quoted"}
		}
		end := strings.IndexByte(s[1:], s[0])
		if end < 0 {
			return nil, &xmlError{line: line, msg: "the value of " + name + " is not closed"}
		}
		raw := s[1 : 1+end]
		if strings.ContainsRune(raw, '<') {
			return nil, &xmlError{line: line, msg: "the value of " + name + " holds a <"}
		}
		v, err := x.unescape(raw, line)
		if err != nil {
			return nil, err
		}
		if _, dup := attrs[localName(name)]; dup && !strings.HasPrefix(name, "xmlns") {
			return nil, &xmlError{line: line, msg: "attribute " + name + " is given twice"}
		}
		attrs[localName(name)] = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return ' ' // attribute-value normalisation
			}
			return r
		}, v)
		s = s[1+end+1:]
		if s != "" && !isSpace(s[0]) {
			return nil, &xmlError{line: line, msg: "no space after the value of " + name}
		}
	}
}

// unescape replaces the predefined entities and character references of
// raw text, refusing entities no DTD here could have declared.
func (x *xmlReader) unescape(raw string, line int) (string, error) {
	if err := x.checkChars(raw); err != nil {
		return "", err
	}
	if !strings.Contains(raw, "&") {
		return raw, nil
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(raw, '&')
		if i < 0 {
			b.WriteString(raw)
			return b.String(), nil
		}
		b.WriteString(raw[:i])
		raw = raw[i:]
		semi := strings.IndexByte(raw, ';')
		if semi < 0 || semi > 12 {
			return "", &xmlError{line: line, msg: "a & that starts no entity (write &amp;)"}
		}
		ref := raw[1:semi]
		raw = raw[semi+1:]
		switch ref {
		case "lt":
			b.WriteByte('<')
		case "gt":
			b.WriteByte('>')
		case "amp":
			b.WriteByte('&')
		case "apos":
			b.WriteByte('\'')
		case "quot":
			b.WriteByte('"')
		default:
			r, ok := charRef(ref)
			if !ok {
				return "", &xmlError{line: line, msg: "invalid character entity &" + ref + ";"}
			}
			b.WriteRune(r)
		}
	}
}

// charRef decodes a character reference, "#233" or "#xE9", to a character
// XML allows.
func charRef(ref string) (rune, bool) {
	var n uint64
	var err error
	switch {
	case strings.HasPrefix(ref, "#x"):
		n, err = strconv.ParseUint(ref[2:], 16, 32)
	case strings.HasPrefix(ref, "#"):
		n, err = strconv.ParseUint(ref[1:], 10, 32)
	default:
		return 0, false
	}
	r := rune(n)
	if err != nil || !xmlChar(r) {
		return 0, false
	}
	return r, true
}

// checkChars refuses characters XML does not allow in a document: control
// characters other than tab, newline and carriage return.
func (x *xmlReader) checkChars(s string) error {
	for _, r := range s {
		if !xmlChar(r) {
			return x.fail("character %U is not allowed in XML", r)
		}
	}
	return nil
}

func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= utf8.MaxRune
}

// validName reports whether s can be an element or attribute name: a
// name, or two joined by a colon (prefix:local), each a letter or '_'
// first, then letters, digits and .-_.
func validName(s string) bool {
	prefix, local, qualified := strings.Cut(s, ":")
	if qualified {
		return ncName(prefix) && ncName(local)
	}
	return ncName(s)
}

func ncName(s string) bool {
	for i, r := range s {
		letter := r == '_' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= 0xC0
		if !letter && (i == 0 || !(r == '-' || r == '.' || r >= '0' && r <= '9')) {
			return false
		}
	}
	return s != ""
}

// localName is a name without its namespace prefix: "lang" for xml:lang.
func localName(s string) string {
	if i := strings.LastIndexByte(s, ':'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// pseudoAttr returns the value of a pseudo-attribute of the XML
// declaration, such as encoding="UTF-8".
func pseudoAttr(decl, name string) string {
	i := strings.Index(decl, name)
	if i < 0 {
		return ""
	}
	s := strings.TrimLeft(decl[i+len(name):], " \t\r\n")
	s, ok := strings.CutPrefix(s, "=")
	if !ok {
		return ""
	}
	s = strings.TrimLeft(s, " \t\r\n")
	if s == "" || (s[0] != '"' && s[0] != '\'') {
		return ""
	}
	v, _, _ := strings.Cut(s[1:], s[:1])
	return v
}
