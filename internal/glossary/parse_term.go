package glossary

// This file checks the YAML nodes of a term and reads its fields, for
// parse.go.

import (
	"fmt"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"
)

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
		p.addKind(p.pos(n), KindWrongType, fmt.Sprintf("%s should be %s, not %s", what, wantName, kindName(n.Kind)))
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
			if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
				// "term:" or "term: null" gives a name, of the wrong type:
				// it is there, so "missing" would send the reader looking
				// for a line that exists.
				p.addKind(p.pos(v), KindWrongType, "term should be a name, not null (an empty value)")
			} else {
				t.Name = p.name(v, "term")
			}
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
			p.addKind(p.pos(k), KindUnknownKey, fmt.Sprintf("unknown key %q (want term, aliases, category, definition, formula, example or related)", key))
		}
	})
	if t.Name == "" {
		if !badName {
			p.addKind(t.Pos, KindMissing, `term without a name: "term" is required`)
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
	p.addKind(p.pos(v), KindWrongType, fmt.Sprintf("%s should be text, not %s (quote it)", field, strings.TrimPrefix(v.ShortTag(), "!!")))
	return ""
}

// name is text that names something: one line, no control characters.
func (p *parser) name(v *yaml.Node, field string) string {
	s := p.text(v, field)
	if strings.IndexFunc(s, isControl) >= 0 {
		p.addKind(p.pos(v), KindControl, fmt.Sprintf("%s %q contains a control character", field, s))
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
