package render

import (
	"strings"
	"testing"

	"github.com/gloss-cli/gloss/internal/glossary"
)

func tree() *Node {
	term := func(name, def string) *glossary.Term { return &glossary.Term{Name: name, Definition: def} }
	return &Node{Term: term("Root", "The root."), Children: []*Node{
		{Term: term("Child one", "First child. More."), Link: "both", Depth: 1, Children: []*Node{
			{Term: term("Grandchild", "Deep."), Link: "to", Depth: 2},
		}},
		{Term: term("Child two", "Second child."), Link: "from", Depth: 1},
	}}
}

func TestTree(t *testing.T) {
	var b strings.Builder
	Style{Width: 80}.Tree(&b, tree())
	// The summary column is shared: every summary starts where the widest
	// label ends.
	want := `Root
├── Child one               First child.
│   └── Grandchild          Deep.
└── Child two (links back)  Second child.
`
	if b.String() != want {
		t.Errorf("Tree:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestTreeNarrow(t *testing.T) {
	var b strings.Builder
	Style{Width: 30}.Tree(&b, tree())
	for _, line := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
		if Width(line) > 30 {
			t.Errorf("line %q is wider than 30 columns", line)
		}
	}
	if strings.Contains(b.String(), "First child") {
		t.Errorf("summaries should be left out when there is no room for them:\n%s", b.String())
	}
}

func TestTreeColour(t *testing.T) {
	var b strings.Builder
	Style{Width: 80, Color: true}.Tree(&b, tree())
	// The direction is in words; colour only helps.
	if !strings.Contains(b.String(), "\x1b[1mChild two\x1b[0m\x1b[2m (links back)\x1b[0m") {
		t.Errorf("coloured tree:\n%q", b.String())
	}
}
