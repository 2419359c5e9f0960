package convert

import (
	"bytes"
	"fmt"
	"sort"

	"go.yaml.in/yaml/v3"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// header opens every glossary Import writes.
const header = "# Imported by gloss import; check with: gloss validate FILE\nterms:\n"

// writeYAML returns terms as a gloss glossary in block style, one entry
// after another as glossary.ParseStream reads them, and the line each
// term's entry starts on.
func writeYAML(terms []*glossary.Term) []byte {
	var out bytes.Buffer
	out.WriteString(header)
	var buf bytes.Buffer
	for _, t := range terms {
		buf.Reset()
		enc := yaml.NewEncoder(&buf)
		enc.SetIndent(2)
		// Encoding a mapping of strings cannot fail.
		_ = enc.Encode(&yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{termNode(t)}})
		_ = enc.Close()
		// Indent the entry under "terms:".
		for _, line := range bytes.SplitAfter(buf.Bytes(), []byte("\n")) {
			if len(line) > 1 { // blank lines in a literal block stay empty
				out.WriteString("  ")
			}
			out.Write(line)
		}
	}
	return out.Bytes()
}

// termNode is the YAML mapping of t, in the field order of the format.
func termNode(t *glossary.Term) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	field := func(key string, v *yaml.Node) {
		m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: key}, v)
	}
	text := func(key, s string) {
		if s == "" {
			return
		}
		n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
		if bytes.ContainsRune([]byte(s), '\n') {
			n.Style = yaml.LiteralStyle
		}
		field(key, n)
	}
	list := func(key string, items []string) {
		if len(items) == 0 {
			return
		}
		seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, s := range items {
			seq.Content = append(seq.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s})
		}
		field(key, seq)
	}
	text("term", t.Name)
	list("aliases", t.Aliases)
	text("category", t.Category)
	text("definition", t.Definition)
	text("formula", t.Formula)
	text("example", t.Example)
	list("related", t.Related)
	return m
}

// check parses the YAML written for terms again, as gloss will load it,
// and reports any error at the source entry it came from. Warnings are
// not repeated: gloss validate lists them.
func check(path string, data []byte, terms []*glossary.Term, rep *report) {
	const name = "gloss YAML"
	f, problems := glossary.ParseStream(name, bytes.NewReader(data))
	if problems.Err() == nil {
		_, merged := glossary.New(f)
		problems = append(problems, merged...)
	}
	starts := entryLines(data)
	for _, p := range problems.Errors() {
		pos := glossary.Pos{File: path}
		where := "the glossary"
		if i := sort.SearchInts(starts, p.Pos.Line+1) - 1; i >= 0 && i < len(terms) {
			pos = terms[i].Pos
			where = fmt.Sprintf("%q", terms[i].Name)
		}
		rep.errorf(pos, "%s: the gloss YAML written for it is wrong (line %d): %s; please report this", where, p.Pos.Line, p.Message)
	}
}

// entryLines returns the line each entry of data starts on, in order.
func entryLines(data []byte) []int {
	var starts []int
	line := 1
	for len(data) > 0 {
		if bytes.HasPrefix(data, []byte("  - ")) {
			starts = append(starts, line)
		}
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			break
		}
		data = data[i+1:]
		line++
	}
	return starts
}
