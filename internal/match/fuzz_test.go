package match_test

import (
	"strings"
	"testing"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
)

// FuzzLookup runs arbitrary queries through the matcher over the built-in
// glossary: no panic, no hang, and results that keep their documented
// shape. Seeds are in testdata/fuzz/FuzzLookup.
func FuzzLookup(f *testing.F) {
	file, problems := glossary.Parse(data.Name, data.YAML)
	if err := problems.Err(); err != nil {
		f.Fatal(err)
	}
	g, _ := glossary.New(file)
	m := match.New(g)
	f.Add("nps")
	f.Fuzz(func(t *testing.T, query string) {
		rs := m.Lookup(query)
		for i, r := range rs {
			if r.Term == nil || r.Score < 0 || r.Score > 1.0001 {
				t.Fatalf("result %d for %q: %+v", i, query, r)
			}
			if i > 0 && r.Score > rs[i-1].Score {
				t.Fatalf("results for %q out of order at %d", query, i)
			}
		}
		if r, ok := m.Best(query); ok && (r.Term == nil || r.Score < match.Threshold) {
			t.Fatalf("best for %q below the threshold: %+v", query, r)
		}
		if r, ok := m.Exact(query); ok && r.Term == nil {
			t.Fatalf("exact for %q has no term", query)
		}
		if s := m.Suggest(query, 3); len(s) > 3 {
			t.Fatalf("%d suggestions for %q", len(s), query)
		}
		if a := m.Answer(query); a.OK && (a.Ambiguous() || a.Term == nil) || !a.OK && a.Term != nil {
			t.Fatalf("answer for %q: %+v", query, a)
		}
		if c, ok := m.Compare(query); ok && len(c.Sides) != len(c.Answers) {
			t.Fatalf("comparison %q: %d sides, %d answers", query, len(c.Sides), len(c.Answers))
		}
	})
}

// FuzzKey checks the normalisation's promises on arbitrary text: Key is
// idempotent, LooseKey of the key is LooseKey of the text, and a key
// holds only lower-case words of letters, digits and the marks Key keeps,
// separated by single spaces.
func FuzzKey(f *testing.F) {
	for _, s := range []string{"C++", ".NET", "C#/F#", "..net", "Ｃ＋＋", "a. b", "x+ +y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := glossary.Key(s)
		if glossary.Key(k) != k {
			t.Fatalf("Key(Key(%q)) = %q, want %q", s, glossary.Key(k), k)
		}
		if glossary.LooseKey(k) != glossary.LooseKey(s) {
			t.Fatalf("LooseKey(Key(%q)) = %q, LooseKey = %q", s, glossary.LooseKey(k), glossary.LooseKey(s))
		}
		if strings.HasPrefix(k, " ") || strings.HasSuffix(k, " ") || strings.Contains(k, "  ") {
			t.Fatalf("Key(%q) = %q: stray spaces", s, k)
		}
	})
}
