package convert

import (
	"errors"
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
	x    *xmlReader
	rep  *report
	lang string // the language to import, once known
	root bool   // the root element was read
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
	r := &tbxReader{path: path, rep: rep, lang: o.Lang}
	if r.x, err = newXMLReader(f); err != nil {
		r.xmlError(err)
		return nil
	}
	var concepts []*concept
	for !rep.full() {
		t, err := r.x.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			r.xmlError(err)
			return nil
		}
		if t.kind != '<' {
			continue
		}
		if !r.root {
			r.root = true
			if t.name != "martif" && t.name != "tbx" {
				r.errorAt(t.line, "<%s>: want a TBX file, whose root is <martif> (TBX v2) or <tbx> (TBX v3)", t.name)
				return nil
			}
			if r.lang == "" {
				r.lang = t.attrs["lang"]
			}
			continue
		}
		if len(r.x.stack) > maxDepth {
			r.errorAt(t.line, "elements nested over %d deep", maxDepth)
			return nil
		}
		if t.name == "termEntry" || t.name == "conceptEntry" {
			n, ok := r.element(t)
			if !ok {
				return nil
			}
			concepts = append(concepts, r.concept(n))
		}
	}
	return r.entries(concepts)
}

// element reads the element start opened, and everything in it, into a
// tree, refusing deep nesting and entries past the limits.
func (r *tbxReader) element(start xmlToken) (*node, bool) {
	root := newNode(start)
	stack := []*node{root}
	nodes, size := 1, 0
	for len(stack) > 0 {
		t, err := r.x.next()
		if err != nil {
			r.xmlError(err)
			return nil, false
		}
		switch t.kind {
		case '<':
			if nodes++; nodes > maxNodes {
				r.errorAt(t.line, "<%s> (line %d) has over %d elements", root.name, root.line, maxNodes)
				return nil, false
			}
			if len(r.x.stack) > maxDepth {
				r.errorAt(t.line, "elements nested over %d deep", maxDepth)
				return nil, false
			}
			n := newNode(t)
			top := stack[len(stack)-1]
			top.children = append(top.children, n)
			stack = append(stack, n)
		case '/':
			stack = stack[:len(stack)-1]
		case 't':
			if size += len(t.text); size > glossary.MaxEntrySize {
				r.errorAt(t.line, "<%s> (line %d) holds over %d KiB of text", root.name, root.line, glossary.MaxEntrySize>>10)
				return nil, false
			}
			for _, n := range stack { // each node's text is all the text in it, in order
				n.text.WriteString(t.text)
			}
		}
	}
	return root, true
}

func newNode(t xmlToken) *node {
	return &node{name: t.name, lang: t.attrs["lang"], typ: t.attrs["type"], id: t.attrs["id"], target: t.attrs["target"], line: t.line}
}

func (r *tbxReader) errorAt(line int, format string, args ...any) {
	r.rep.errorf(glossary.Pos{File: r.path, Line: line}, format, args...)
}

// xmlError reports an error of the XML reader at its line.
func (r *tbxReader) xmlError(err error) {
	var xe *xmlError
	if errors.As(err, &xe) && xe.refused {
		r.errorAt(xe.line, "%s", xe.msg)
		return
	}
	if errors.As(err, &xe) {
		r.errorAt(xe.line, "not valid XML: %s", xe.msg)
		return
	}
	r.errorAt(0, "%v", err)
}
