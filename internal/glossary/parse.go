package glossary

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode"
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
		p.yamlError(err)
		return f, p.problems
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		p.add(p.pos(&extra), "more than one YAML document")
	} else if !errors.Is(err, io.EOF) {
		p.yamlError(err)
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
			p.add(p.pos(k), fmt.Sprintf("unknown key %q (the file has one key, \"terms\")", key))
			return
		}
		list = v
	})
	if list == nil {
		p.add(p.pos(root), `missing "terms" list`)
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
	switch n := len(p.problems); {
	case n > MaxProblems:
		return
	case n == MaxProblems:
		pos, msg = Pos{}, fmt.Sprintf("too many problems; stopped after %d", MaxProblems)
	}
	pos.File = p.file
	p.problems = append(p.problems, Problem{Pos: pos, Message: msg})
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

func (p *parser) yamlError(err error) {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	var pos Pos
	// Compiled here, on the error path, rather than at every start of gloss.
	yamlLine := regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		pos.Line, _ = strconv.Atoi(m[1])
		pos.Line = p.lineAt(pos.Line)
		msg = m[2]
	}
	p.add(pos, "not valid YAML: "+msg)
}

// kindName says what a node of kind k is, in a problem.
func kindName(k yaml.Kind) string {
	switch k {
	case yaml.DocumentNode:
		return "a document"
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.ScalarNode:
		return "a single value"
	case yaml.AliasNode:
		return "a YAML alias"
	}
	return "a YAML node"
}

// kind reports whether n has the wanted kind, recording a problem if not.
func (p *parser) kind(n *yaml.Node, want yaml.Kind, what, wantName string) bool {
	if n.Kind == yaml.AliasNode {
		p.add(p.pos(n), "YAML aliases (*name) are not allowed in a glossary")
		return false
	}
	if n.Kind != want {
		p.add(p.pos(n), fmt.Sprintf("%s should be %s, not %s", what, wantName, kindName(n.Kind)))
		return false
	}
	return true
}

// mapping calls fn for each key of m, reporting duplicate and non-text keys.
func (p *parser) mapping(m *yaml.Node, fn func(key string, k, v *yaml.Node)) {
	seen := map[string]bool{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			p.add(p.pos(k), "a key should be a single word")
			continue
		}
		if seen[k.Value] {
			p.add(p.pos(k), fmt.Sprintf("key %q appears twice", k.Value))
			continue
		}
		seen[k.Value] = true
		fn(k.Value, k, v)
	}
}

func (p *parser) term(n *yaml.Node) *Term {
	if !p.kind(n, yaml.MappingNode, "a term", "a mapping of term, category, definition, ...") {
		return nil
	}
	t := &Term{Pos: p.pos(n)}
	badName := false // the name was reported already: of the wrong type, say
	p.mapping(n, func(key string, k, v *yaml.Node) {
		switch key {
		case "term":
			before := len(p.problems)
			t.Name = p.name(v, "term")
			badName = len(p.problems) > before
		case "category":
			before := len(p.problems)
			t.Category = p.name(v, "category")
			t.badCategory = len(p.problems) > before
		case "definition":
			before := len(p.problems)
			t.Definition = p.text(v, "definition")
			t.badDefinition = len(p.problems) > before
		case "formula":
			t.Formula = p.text(v, "formula")
		case "example":
			t.Example = p.text(v, "example")
		case "aliases":
			t.Aliases, t.aliasPos = p.names(v, "aliases")
		case "related":
			t.Related, t.relatedPos = p.names(v, "related")
		default:
			p.add(p.pos(k), fmt.Sprintf("unknown key %q (want term, aliases, category, definition, formula, example or related)", key))
		}
	})
	if t.Name == "" {
		if !badName {
			p.add(t.Pos, `term without a name: "term" is required`)
		}
		return nil
	}
	return t
}

// text returns the text of a scalar string value.
func (p *parser) text(v *yaml.Node, field string) string {
	if !p.kind(v, yaml.ScalarNode, field, "text") {
		return ""
	}
	switch v.Tag {
	case "!!str":
		return strings.TrimSpace(v.Value)
	case "!!null":
		return ""
	}
	p.add(p.pos(v), fmt.Sprintf("%s should be text, not %s (quote it)", field, strings.TrimPrefix(v.ShortTag(), "!!")))
	return ""
}

// name is text that names something: one line, no control characters.
func (p *parser) name(v *yaml.Node, field string) string {
	s := p.text(v, field)
	if strings.IndexFunc(s, isControl) >= 0 {
		p.add(p.pos(v), fmt.Sprintf("%s %q contains a control character", field, s))
		return ""
	}
	return s
}

func (p *parser) names(v *yaml.Node, field string) ([]string, []Pos) {
	if !p.kind(v, yaml.SequenceNode, field, "a list, like [a, b]") {
		return nil, nil
	}
	var out []string
	var pos []Pos
	for _, item := range v.Content {
		if s := p.name(item, field+" entry"); s != "" {
			out = append(out, s)
			pos = append(pos, p.pos(item))
		}
	}
	return out, pos
}

// isControl reports characters that must never appear in a name: C0 and C1
// controls, and the bidirectional formatting characters that can make text
// display in a different order from how it is stored.
func isControl(r rune) bool {
	return unicode.IsControl(r) || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x200E || r == 0x200F || r == 0x061C
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
