package synth_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/synth"
)

// TestWrite checks a synthetic glossary loads with no problem at all, has
// the shape promised, and is the same for the same size and seed.
func TestWrite(t *testing.T) {
	var a, b bytes.Buffer
	if err := synth.Write(&a, 2000, 7); err != nil {
		t.Fatal(err)
	}
	synth.Write(&b, 2000, 7)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same size and seed gave different files")
	}
	f, problems := glossary.Parse("synthetic", a.Bytes())
	g, more := glossary.New(f)
	for _, p := range append(problems, more...) {
		t.Error(p)
	}
	if g.Len() != 2000 {
		t.Fatalf("%d terms, want 2000", g.Len())
	}
	aliases, related, formulas := 0, 0, 0
	for _, term := range g.All() {
		if n := len(strings.Fields(term.Name)); n < 2 || n > 4 {
			t.Errorf("%q: %d words", term.Name, n)
		}
		if n := len(strings.Fields(term.Definition)); n < 30 || n > 90 {
			t.Errorf("%q: definition of %d words", term.Name, n)
		}
		if len(term.Aliases) > 3 {
			t.Errorf("%q: %d aliases", term.Name, len(term.Aliases))
		}
		aliases += len(term.Aliases)
		related += len(term.Related)
		if term.Formula != "" {
			formulas++
		}
	}
	if aliases < 2000 || related < 2000 || formulas < 100 {
		t.Errorf("%d aliases, %d related links, %d formulas: too few to be realistic", aliases, related, formulas)
	}
}
