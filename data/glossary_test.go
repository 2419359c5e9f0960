package data_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/data/gen/source"
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
)

// listed is one entry of testdata/crm-terms.yaml, the list of terms the
// built-in glossary must cover.
type listed struct {
	Term        string   `yaml:"term"`
	Category    string   `yaml:"category"`
	Acronyms    []string `yaml:"acronyms"`
	SeedAliases []string `yaml:"seed_aliases"`
	Formula     string   `yaml:"formula"`
	Related     []string `yaml:"suggested_related"`
	Seed        bool     `yaml:"seed"`
}

func builtin(t *testing.T) (*glossary.Glossary, glossary.Problems) {
	t.Helper()
	f, problems := glossary.Parse(data.Name, data.YAML)
	if err := problems.Err(); err != nil {
		t.Fatal(err)
	}
	return glossary.New(f)
}

func terms(t *testing.T) []listed {
	t.Helper()
	raw, err := os.ReadFile("../testdata/crm-terms.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var list []listed
	if err := yaml.Unmarshal(raw, &list); err != nil {
		t.Fatal(err)
	}
	return list
}

// TestBuiltinLoads checks the embedded glossary has no errors and no
// aliases that clash with names.
func TestBuiltinLoads(t *testing.T) {
	_, problems := builtin(t)
	for _, p := range problems {
		if !p.Warning || strings.Contains(p.Message, "is the name of another term") || strings.Contains(p.Message, "short definition") {
			t.Error(p)
		}
	}
}

// TestBuiltinCoversList checks every listed term is present under its name
// and category, found by its name and acronyms with exact matching, and
// carries the listed formula.
func TestBuiltinCoversList(t *testing.T) {
	g, _ := builtin(t)
	m := match.New(g)
	list := terms(t)
	if g.Len() < len(list) {
		t.Errorf("built-in glossary has %d terms, the list %d", g.Len(), len(list))
	}
	for _, l := range list {
		term := g.Find(l.Term)
		if term == nil || term.Name != l.Term {
			t.Errorf("%q: missing (or not under its listed name)", l.Term)
			continue
		}
		if term.Category != l.Category {
			t.Errorf("%q: category %q, listed %q", l.Term, term.Category, l.Category)
		}
		for _, q := range append(append([]string{l.Term}, l.Acronyms...), l.SeedAliases...) {
			if _, moved := ownEntry[q]; moved {
				continue // checked by TestNotAliases
			}
			r, ok := m.Exact(q)
			if !ok || r.Term != term {
				t.Errorf("lookup --exact %q: got %v, want %q", q, r.Term, l.Term)
			}
		}
		if l.Formula != "" && term.Formula == "" {
			t.Errorf("%q: the list gives a formula, the glossary none", l.Term)
		}
		if term.Formula != "" && term.Example == "" {
			t.Errorf("%q: formula without a worked example", l.Term)
		}
	}
}

// Definitions of the built-in glossary are 30-90 words, as
// docs/GLOSSARY-FORMAT.md asks: long enough to say what a term is and how it
// differs from its neighbour, short enough to read at a glance.
const (
	minDefinitionWords = 30
	maxDefinitionWords = 90
)

// TestBuiltinEntries checks the shape of every entry: definition length,
// and 3-6 related terms that resolve.
func TestBuiltinEntries(t *testing.T) {
	g, _ := builtin(t)
	for _, term := range g.All() {
		if n := len(strings.Fields(term.Definition)); n < minDefinitionWords || n > maxDefinitionWords {
			t.Errorf("%q: definition has %d words, want %d-%d", term.Name, n, minDefinitionWords, maxDefinitionWords)
		}
		if n := len(g.Related(term)); n < 3 || n > 6 {
			t.Errorf("%q: %d related terms, want 3-6", term.Name, n)
		}
	}
}

func TestNames(t *testing.T) {
	if data.Name != source.File {
		t.Errorf("data.Name %q, source.File %q: they must agree", data.Name, source.File)
	}
}

// TestGeneratedIsCurrent fails when glossary.yaml was edited without
// running `go generate ./data`.
func TestGeneratedIsCurrent(t *testing.T) {
	want, err := source.Generate(data.YAML)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("builtin_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("builtin_gen.go is stale: run `go generate ./data`")
	}
}

// TestSnapshotMatchesYAML checks the compiled glossary answers like one
// built from the YAML.
func TestSnapshotMatchesYAML(t *testing.T) {
	fromYAML, _ := builtin(t)
	compiled := data.Glossary()
	if compiled.Len() != fromYAML.Len() {
		t.Fatalf("compiled has %d terms, YAML %d", compiled.Len(), fromYAML.Len())
	}
	for i, want := range fromYAML.All() {
		got := compiled.Term(i)
		if got.Name != want.Name || got.Definition != want.Definition || len(compiled.Related(got)) != len(fromYAML.Related(want)) {
			t.Errorf("term %d: compiled %q, YAML %q", i, got.Name, want.Name)
		}
		for _, k := range append([]string{want.Name}, want.Aliases...) {
			if a, b := compiled.Find(k), fromYAML.Find(k); (a == nil) != (b == nil) || a != nil && a.Name != b.Name {
				t.Errorf("Find(%q): compiled %v, YAML %v", k, a, b)
			}
		}
	}
}

// TestSourceAddsEveryTerm checks the built-in source, as `gloss sources`
// shows it, lists every term the YAML has, in order.
func TestSourceAddsEveryTerm(t *testing.T) {
	fromYAML, _ := builtin(t)
	s := data.Source()
	if s.File != data.Name || s.Terms != fromYAML.Len() || len(s.Added) != fromYAML.Len() {
		t.Fatalf("Source() = %s, %d terms, %d added; want %s, %d", s.File, s.Terms, len(s.Added), data.Name, fromYAML.Len())
	}
	for i, term := range fromYAML.All() {
		if s.Added[i] != term.Name {
			t.Errorf("added[%d] = %q, want %q", i, s.Added[i], term.Name)
		}
	}
	if len(s.Replaced)+len(s.Extended) != 0 {
		t.Errorf("the built-in layer replaces %v and extends %v", s.Replaced, s.Extended)
	}
}
