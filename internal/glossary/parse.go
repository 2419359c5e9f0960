package glossary

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// File is one parsed glossary file: a layer of the merged glossary.
type File struct {
	Name  string
	Terms []*Term
}

// Parse decodes a glossary file strictly. It reports every problem it can
// find rather than stopping at the first: unknown keys, values of the wrong
// type, control characters in names, YAML aliases. Whether required fields
// are present is decided by New, because a higher layer may extend a term
// without restating its definition.
func Parse(name string, data []byte) (*File, Problems) {
	f := &File{Name: name}
	p := &parser{file: name}
	if off := invalidUTF8(data); off >= 0 {
		p.add(p.offsetPos(data, off), "invalid UTF-8")
		return f, p.problems
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		p.add(p.offsetPos(data, i), "NUL byte in file")
		return f, p.problems
	}
	if len(bytes.TrimSpace(data)) == 0 {
		p.add(Pos{}, "file is empty")
		return f, p.problems
	}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
		p.add(Pos{}, "file is empty")
		return f, p.problems
	} else if err != nil {
		p.yamlError(err, Pos{})
		return f, p.problems
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		p.add(p.pos(&extra), "more than one YAML document")
	} else if !errors.Is(err, io.EOF) {
		p.yamlError(err, Pos{})
	}
	if len(doc.Content) == 0 {
		p.add(Pos{}, "file is empty")
		return f, p.problems
	}
	root := doc.Content[0]
	if !p.kind(root, yaml.MappingNode, "the file", "a mapping with a \"terms\" list") {
		return f, p.problems
	}
	var list *yaml.Node
	p.mapping(root, func(key string, k, v *yaml.Node) {
		if key != "terms" {
			p.addKind(p.pos(k), KindUnknownKey, fmt.Sprintf("unknown key %q (the file has one key, \"terms\")", key))
			return
		}
		list = v
	})
	if list == nil {
		p.addKind(p.pos(root), KindMissing, `missing "terms" list`)
		return f, p.problems
	}
	if !p.kind(list, yaml.SequenceNode, `"terms"`, "a list of terms") {
		return f, p.problems
	}
	p.terms(f, list)
	return f, p.problems
}

type parser struct {
	file     string
	problems Problems
	// line is added to every line number: the line before the part of
	// the file being parsed, when ParseStream parses one entry at a time.
	line int
	// stopped is set once MaxProblems problems are reported: the last
	// problem says so.
	stopped bool
}

// terms adds the terms of a "terms" list to f.
func (p *parser) terms(f *File, list *yaml.Node) {
	for _, item := range list.Content {
		if t := p.term(item); t != nil {
			f.Terms = append(f.Terms, t)
		}
	}
}

// MaxProblems is how many problems Parse reports in one file before it
// stops with "too many problems", so a hostile file cannot fill memory with
// messages.
const MaxProblems = 1000

func (p *parser) add(pos Pos, msg string) {
	p.addKind(pos, KindFormat, msg)
}

// addKind adds a problem of a kind other than KindFormat.
func (p *parser) addKind(pos Pos, kind Kind, msg string) {
	switch n := len(p.problems); {
	case n > MaxProblems:
		return
	case n == MaxProblems:
		pos, msg, kind = Pos{}, fmt.Sprintf("too many problems; stopped after %d", MaxProblems), KindFormat
		p.stopped = true
	}
	pos.File = p.file
	p.problems = append(p.problems, Problem{Pos: pos, Message: msg, Kind: kind})
}

func (p *parser) pos(n *yaml.Node) Pos {
	return Pos{File: p.file, Line: p.lineAt(n.Line), Col: n.Column}
}

// lineAt returns the line in the file of line n of the part being parsed.
func (p *parser) lineAt(n int) int {
	if n == 0 {
		return 0
	}
	return p.line + n
}

func (p *parser) offsetPos(data []byte, off int) Pos {
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := off - bytes.LastIndexByte(data[:off], '\n')
	return Pos{File: p.file, Line: p.lineAt(line), Col: col}
}

// yamlError reports err, an error from yaml.v3, at the line it names, or
// else at fallback.
func (p *parser) yamlError(err error, fallback Pos) {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	pos := fallback
	// Compiled here, on the error path, rather than at every start of gloss.
	yamlLine := regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		if line, err := strconv.Atoi(m[1]); err == nil {
			pos = Pos{Line: p.lineAt(line)}
		}
		msg = m[2]
	}
	p.add(pos, "not valid YAML: "+msg)
}

// invalidUTF8 returns the offset of the first byte that is not valid
// UTF-8, or -1.
func invalidUTF8(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	off := 0
	for off < len(data) {
		r, size := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && size <= 1 {
			return off
		}
		off += size
	}
	return -1
}
