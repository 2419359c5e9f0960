package convert

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// Limits on a TBX file, which is untrusted XML. Real termbases nest about
// eight elements deep (martif, text, body, termEntry, langSet, ntig,
// termGrp, termNote); maxDepth leaves room for inline markup and refuses
// the deep nesting that would make a tree of one entry costly. maxNodes
// bounds the elements of one entry, at about 100 bytes each.
const (
	maxDepth = 32
	maxNodes = 10_000
)

// node is an element of one TBX entry, with its text and children.
type node struct {
	name     string // the local name: termEntry, langSet, descrip, ...
	lang     string // xml:lang
	typ      string // type: definition, subjectField, administrativeStatus, ...
	id       string
	target   string
	text     strings.Builder // all the text in the element, its children's too
	children []*node
	line     int
}

// kind is what a node holds: the type of a descrip, termNote, admin or ref
// (TBX v2, and v3's DCA style), or the element's own name (v3's DCT style,
// <subjectField>, and <term>).
func (n *node) kind() string {
	if n.typ != "" {
		return n.typ
	}
	return n.name
}

// tbxReader reads a TBX file one entry at a time.
type tbxReader struct {
	path string
	dec  *xml.Decoder
	rep  *report
	lang string // the language to import, once known
}

// readTBX reads a TBX termbase: TBX v2 (<martif>, termEntry, langSet,
// tig or ntig) or TBX v3 (<tbx>, conceptEntry, langSec, termSec). It
// refuses DTDs, and so entity declarations and external entities.
func readTBX(path string, o *Options, rep *report) []*entry {
	f, err := open(path, o)
	if err != nil {
		rep.errorf(glossary.Pos{File: path}, "%v", err)
		return nil
	}
	defer f.Close()
	r := &tbxReader{path: path, dec: xml.NewDecoder(f), rep: rep, lang: o.Lang}
	r.dec.Strict = true
	r.dec.CharsetReader = func(charset string, _ io.Reader) (io.Reader, error) {
		return nil, fmt.Errorf("the file is in %s; gloss reads UTF-8 TBX (iconv -t UTF-8 converts it)", charset)
	}
	var concepts []*concept
	depth := 0
	root := ""
	for !rep.full() {
		tok, err := r.dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			r.xmlError(err)
			return nil
		}
		switch t := tok.(type) {
		case xml.Directive:
			r.errorf("<!%s>: DTDs and entity declarations are refused (a TBX file needs neither)", firstWord(t))
			return nil
		case xml.StartElement:
			depth++
			if depth == 1 {
				root = t.Name.Local
				if root != "martif" && root != "tbx" {
					r.errorf("<%s>: want a TBX file, whose root is <martif> (TBX v2) or <tbx> (TBX v3)", root)
					return nil
				}
				if r.lang == "" {
					r.lang = attr(t, "lang")
				}
				continue
			}
			if t.Name.Local == "termEntry" || t.Name.Local == "conceptEntry" {
				n, ok := r.element(t, depth)
				if !ok {
					return nil
				}
				depth--
				concepts = append(concepts, r.concept(n))
			}
		case xml.EndElement:
			depth--
		}
		if depth > maxDepth {
			r.errorf("elements nested over %d deep", maxDepth)
			return nil
		}
	}
	if root == "" {
		r.errorf("no XML elements: want a TBX file")
		return nil
	}
	return r.entries(concepts)
}

// element reads the element start opened, and everything in it, into a
// tree, refusing deep nesting and entries past the limits.
func (r *tbxReader) element(start xml.StartElement, depth int) (*node, bool) {
	line, _ := r.dec.InputPos()
	root := newNode(start, line)
	stack := []*node{root}
	nodes, size := 1, 0
	for len(stack) > 0 {
		tok, err := r.dec.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				err = fmt.Errorf("the file ends inside <%s> (line %d)", root.name, root.line)
			}
			r.xmlError(err)
			return nil, false
		}
		switch t := tok.(type) {
		case xml.StartElement:
			line, _ := r.dec.InputPos()
			if nodes++; nodes > maxNodes {
				r.errorf("<%s> (line %d) has over %d elements", root.name, root.line, maxNodes)
				return nil, false
			}
			if depth+len(stack) > maxDepth {
				r.errorf("elements nested over %d deep", maxDepth)
				return nil, false
			}
			n := newNode(t, line)
			top := stack[len(stack)-1]
			top.children = append(top.children, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if size += len(t); size > glossary.MaxEntrySize {
				r.errorf("<%s> (line %d) holds over %d KiB of text", root.name, root.line, glossary.MaxEntrySize>>10)
				return nil, false
			}
			for _, n := range stack { // each node's text is all the text in it, in order
				n.text.Write(t)
			}
		case xml.Directive:
			r.errorf("<!%s>: DTDs and entity declarations are refused (a TBX file needs neither)", firstWord(t))
			return nil, false
		}
	}
	return root, true
}

func newNode(t xml.StartElement, line int) *node {
	return &node{name: t.Name.Local, lang: attr(t, "lang"), typ: attr(t, "type"), id: attr(t, "id"), target: attr(t, "target"), line: line}
}

// attr returns the value of t's attribute of local name, in any namespace
// (xml:lang is {http://www.w3.org/XML/1998/namespace}lang).
func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func firstWord(d xml.Directive) string {
	w, _, _ := strings.Cut(string(bytes.TrimSpace(d)), " ")
	return w
}

func (r *tbxReader) errorf(format string, args ...any) {
	line, _ := r.dec.InputPos()
	r.rep.errorf(glossary.Pos{File: r.path, Line: line}, format, args...)
}

// xmlError reports an error of the XML decoder at its line.
func (r *tbxReader) xmlError(err error) {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		r.rep.errorf(glossary.Pos{File: r.path, Line: se.Line}, "not valid XML: %s", se.Msg)
		return
	}
	r.errorf("%v", err)
}
