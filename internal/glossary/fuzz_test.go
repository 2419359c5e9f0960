package glossary_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/glossary"
)

// FuzzParse feeds arbitrary bytes to the loader: Parse must never panic or
// hang, must place every problem in the file, and whatever it accepts must
// merge over the built-in glossary without panicking. Seeds are in
// testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	builtin, problems := glossary.Parse(data.Name, data.YAML)
	if err := problems.Err(); err != nil {
		f.Fatal(err)
	}
	f.Add([]byte("terms:\n  - term: Widget\n    category: Products\n    definition: A thing we sell.\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		file, problems := glossary.Parse("fuzz.yaml", in)
		if len(problems) > glossary.MaxProblems+1 {
			t.Errorf("%d problems, more than the cap of %d", len(problems), glossary.MaxProblems)
		}
		for _, p := range problems {
			if p.Pos.File != "fuzz.yaml" || p.Message == "" {
				t.Errorf("problem %+v is not placed in the file", p)
			}
		}
		for _, term := range file.Terms {
			for _, name := range append([]string{term.Name, term.Category}, append(term.Aliases, term.Related...)...) {
				if strings.IndexFunc(name, unicode.IsControl) >= 0 {
					t.Errorf("name %q with a control character was accepted", name)
				}
			}
			if term.Name == "" {
				t.Errorf("term without a name at %+v", term.Pos)
			}
		}
		if problems.Err() != nil {
			return
		}
		for _, files := range [][]*glossary.File{{file}, {builtin, file}} {
			g, problems := glossary.New(files...)
			for _, p := range problems {
				if p.Pos.File == "" || p.String() == "" {
					t.Errorf("merge problem %+v is not placed in a file", p)
				}
			}
			for _, term := range g.All() {
				if g.Find(term.Name) == nil {
					t.Errorf("term %q cannot be found by its name", term.Name)
				}
			}
		}
	})
}
