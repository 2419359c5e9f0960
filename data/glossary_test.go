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
	if len(g.Terms) < len(list) {
		t.Errorf("built-in glossary has %d terms, the list %d", len(g.Terms), len(list))
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

// TestBuiltinEntries checks the shape of every entry: definition length,
// and 3-6 related terms that resolve.
func TestBuiltinEntries(t *testing.T) {
	g, _ := builtin(t)
	for _, term := range g.Terms {
		if n := len(strings.Fields(term.Definition)); n < 20 || n > 120 {
			t.Errorf("%q: definition has %d words, want 20-120", term.Name, n)
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
	if len(compiled.Terms) != len(fromYAML.Terms) {
		t.Fatalf("compiled has %d terms, YAML %d", len(compiled.Terms), len(fromYAML.Terms))
	}
	for i, want := range fromYAML.Terms {
		got := compiled.Terms[i]
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
	if s.File != data.Name || s.Terms != len(fromYAML.Terms) || len(s.Added) != len(fromYAML.Terms) {
		t.Fatalf("Source() = %s, %d terms, %d added; want %s, %d", s.File, s.Terms, len(s.Added), data.Name, len(fromYAML.Terms))
	}
	for i, term := range fromYAML.Terms {
		if s.Added[i] != term.Name {
			t.Errorf("added[%d] = %q, want %q", i, s.Added[i], term.Name)
		}
	}
	if len(s.Replaced)+len(s.Extended) != 0 {
		t.Errorf("the built-in layer replaces %v and extends %v", s.Replaced, s.Extended)
	}
}

// ownEntry maps acronyms that testdata/crm-terms.yaml lists under a broader
// or neighbouring term to the entry of their own that now defines them
// (issue #12): ARPA is not ARPU, EBR is not QBR.
var ownEntry = map[string]string{
	"ARPA": "Average revenue per account",
	"ARPC": "Average revenue per account",
	"MTA":  "Multi-touch attribution",
	"EBR":  "Executive business review",
	"SKU":  "Stock keeping unit",
	"RFI":  "Request for information",
	"RFQ":  "Request for quotation",
	"EULA": "End-user license agreement",
	"PII":  "Personal data",
	"CCPA": "California Consumer Privacy Act",
	"CPRA": "California Consumer Privacy Act",
	"CTI":  "Computer telephony integration",
}

// notAliases lists names that once were aliases of a term they do not
// mean: each must not resolve to that term.
var notAliases = []struct{ name, not string }{
	{"CTOR", "Click-through rate"},
	{"click-to-open rate", "Click-through rate"},
	{"downtime", "Uptime"},
	{"ELT", "ETL"},
	{"RFI", "Request for proposal"},
	{"RFQ", "Request for proposal"},
	{"request for quote", "Request for proposal"},
	{"RFx", "Request for proposal"},
	{"net new MRR", "Monthly recurring revenue"},
	{"SKU", "Product catalog"},
	{"re-engagement campaign", "Win-back campaign"},
	{"call center", "Contact center"},
	{"CCaaS", "Contact center"},
	{"golden record", "Single source of truth"},
	{"system of record", "Single source of truth"},
	{"ARPA", "Average revenue per user"},
	{"ARPC", "Average revenue per user"},
	{"sales rep", "Account executive"},
	{"quota carrier", "Account executive"},
	{"first-touch attribution", "Marketing attribution"},
	{"last-touch attribution", "Marketing attribution"},
	{"multi-touch attribution", "Marketing attribution"},
	{"MTA", "Marketing attribution"},
	{"EULA", "Terms of service"},
	{"digital signature", "E-signature"},
	{"UK GDPR", "GDPR"},
	{"PII", "Data privacy"},
	{"personal data", "Data privacy"},
	{"CCPA", "Data privacy"},
	{"SAML", "Single sign-on"},
	{"CTI", "Click-to-call"},
	{"EBR", "Quarterly business review"},
	{"business review", "Quarterly business review"},
	{"forecast accuracy", "Sales forecasting"},
	{"buyer's journey", "Customer journey"},
	{"read receipt", "Email tracking"},
	{"generative AI", "Artificial intelligence in CRM"},
	{"negative churn", "Revenue churn"},
	{"service level", "Service level agreement"},
	{"distribution list", "Contact list"},
	{"data augmentation", "Data enrichment"},
}

// TestNotAliases checks, with the exact lookup users get from
// `gloss lookup --exact`, that no name resolves to a term it does not mean.
func TestNotAliases(t *testing.T) {
	g, _ := builtin(t)
	m := match.New(g)
	for _, c := range notAliases {
		if g.Find(c.not) == nil {
			t.Errorf("%q: no such term", c.not)
		}
		if r, ok := m.Exact(c.name); ok && r.Term.Name == c.not {
			t.Errorf("lookup --exact %q: got %q, which it does not mean", c.name, c.not)
		}
	}
}
