package glossary_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/gloss-cli/gloss/internal/glossary"
)

func parse(t *testing.T, name, src string) *glossary.File {
	t.Helper()
	f, problems := glossary.Parse(name, []byte(src))
	if err := problems.Err(); err != nil {
		t.Fatal(err)
	}
	return f
}

func TestNewChecks(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"duplicate term", "terms:\n  - {term: A, category: C, definition: d}\n  - {term: a, category: C, definition: d}\n",
			`f.yaml:3:5: duplicate term "a": the same name as "A" at line 2`},
		{"names differing only in case, spacing or accents", "terms:\n  - {term: Cafe Sales, category: C, definition: d}\n  - {term: café  sales, category: C, definition: d}\n",
			`f.yaml:3:5: duplicate term "café  sales": the same name as "Cafe Sales" at line 2`},
		{"duplicate alias", "terms:\n  - {term: A, aliases: [x], category: C, definition: d}\n  - {term: B, aliases: [X], category: C, definition: d}\n",
			`f.yaml:3:25: alias "X" of "B" is already an alias of "A" (line 2)`},
		{"dangling related", "terms:\n  - {term: A, category: C, definition: d, related: [Nope]}\n",
			`f.yaml:2:53: related "Nope" of "A" matches no term`},
		{"missing definition", "terms:\n  - {term: A, category: C}\n", `f.yaml:2:5: term "A": missing definition`},
		{"missing category", "terms:\n  - {term: A, definition: d}\n", `f.yaml:2:5: term "A": missing category`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, problems := glossary.New(parse(t, "f.yaml", tt.yaml))
			err := problems.Err()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
}

func TestNewWarnings(t *testing.T) {
	_, problems := glossary.New(parse(t, "f.yaml", `terms:
  - {term: A, aliases: [B], category: C, definition: short one, related: [B]}
  - {term: B, category: C, definition: a definition that is long enough not to warn about}
`))
	if err := problems.Err(); err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, p := range problems {
		msgs = append(msgs, p.String())
	}
	for _, want := range []string{
		`f.yaml:2:25: warning: alias "B" of "A" is the name of another term, which wins`,
		`warning: one-way related link: "A" lists "B", which does not list it back`,
		`f.yaml:2:5: warning: "A" has a very short definition (2 words)`,
	} {
		if !slices.ContainsFunc(msgs, func(m string) bool { return strings.Contains(m, want) }) {
			t.Errorf("missing %q in %q", want, msgs)
		}
	}
}

// TestLayers checks the merge semantics of docs/adr/002-layer-merging.md.
func TestLayers(t *testing.T) {
	base := parse(t, "base.yaml", `terms:
  - {term: Lead, aliases: [prospect record], category: Leads, definition: Someone who may buy., related: [Deal]}
  - {term: Deal, aliases: [AE], category: Sales, definition: A possible sale., related: [Lead]}
`)
	team := parse(t, "team.yaml", `terms:
  - {term: lead, aliases: [L], related: [Widget]}
  - {term: Deal, definition: Our own definition of a deal.}
  - {term: Widget, aliases: [AE], category: Products, definition: What we sell., related: [Lead]}
`)
	g, problems := glossary.New(base, team)
	if err := problems.Err(); err != nil {
		t.Fatal(err)
	}
	lead := g.Find("Lead")
	if lead.Definition != "Someone who may buy." || !slices.Equal(lead.Aliases, []string{"prospect record", "L"}) {
		t.Errorf("extended Lead = %+v", lead)
	}
	if g.Find("L") != lead || g.Find("prospect record") != lead {
		t.Error("extended Lead is not found by old and new aliases")
	}
	if names(g.Related(lead)) != "Deal, Widget" {
		t.Errorf("Lead related = %s, want Deal, Widget", names(g.Related(lead)))
	}
	if d := g.Find("deal"); d.Definition != "Our own definition of a deal." || d.Category != "Sales" {
		t.Errorf("replaced Deal = %+v", d)
	}
	if w := g.Find("AE"); w == nil || w.Name != "Widget" {
		t.Errorf("AE = %v, want the higher layer's Widget", w)
	}
	src := g.Sources()[1]
	if src.File != "team.yaml" || src.Terms != 3 || !slices.Equal(src.Added, []string{"Widget"}) ||
		!slices.Equal(src.Replaced, []string{"Deal"}) || !slices.Equal(src.Extended, []string{"Lead"}) {
		t.Errorf("sources[1] = %+v", src)
	}
}

func names(ts []*glossary.Term) string {
	var s []string
	for _, t := range ts {
		s = append(s, t.Name)
	}
	return strings.Join(s, ", ")
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"  Net-Promoter   SCORE ": "net promoter score",
		"Café":                    "cafe",
		"Roles & permissions":     "roles and permissions",
		"R&D":                     "r and d",
		"KPI's":                   "kpis",
		"ｆｕｌｌｗｉｄｔｈ":               "fullwidth",
		"Straße":                  "strasse",
		"?!":                      "",
		"C++":                     "c++",
		"C#":                      "c#",
		"F# language":             "f# language",
		".NET Framework":          ".net framework",
		"ASP.NET":                 "asp net",
		"TCP/IP":                  "tcp ip",
		"# of deals":              "of deals",
		"1 + 1":                   "1 1",
		"C.R.M.":                  "c r m",
		"..net":                   ".net",
		"Ｃ＋＋":                     "c++",
	} {
		if got := glossary.Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLooseKey checks that the loose key drops the marks Key keeps, so
// that C, C++ and C# meet, and nothing else.
func TestLooseKey(t *testing.T) {
	for in, want := range map[string]string{
		"C++":            "c",
		"C#":             "c",
		".NET Framework": "net framework",
		"C++/CLI":        "c cli",
		"Net-Promoter":   "net promoter",
	} {
		if got := glossary.LooseKey(in); got != want {
			t.Errorf("LooseKey(%q) = %q, want %q", in, got, want)
		}
		if got := glossary.LooseKey(glossary.Key(in)); got != want {
			t.Errorf("LooseKey(Key(%q)) = %q, want %q", in, got, want)
		}
	}
}

// TestNamesAsWritten checks that names differing in the marks Key keeps
// are distinct terms, each found by its own spelling.
func TestNamesAsWritten(t *testing.T) {
	names := []string{"C", "C++", "C#", "F#", ".NET"}
	var src strings.Builder
	src.WriteString("terms:\n")
	for _, n := range names {
		src.WriteString("  - {term: '" + n + "', category: Languages, definition: a programming language or platform}\n")
	}
	g, problems := glossary.New(parse(t, "f.yaml", src.String()))
	if err := problems.Err(); err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		if got := g.Find(strings.ToLower(n)); got == nil || got.Name != n {
			t.Errorf("Find(%q) = %v, want %s", strings.ToLower(n), got, n)
		}
	}
}
