package data_test

import (
	"testing"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
)

// This file keeps issue #12 true: an alias names exactly its term, and
// concepts that used to hide under a neighbour's aliases have entries of
// their own.

// ownEntry maps acronyms that testdata/crm-terms.yaml lists under a broader
// or neighbouring term to the entry of their own that now defines them:
// ARPA is not ARPU, EBR is not QBR. TestBuiltinCoversList skips them.
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

// newEntries are the entries issue #12 added: each in its category, related
// both ways with the term it used to hide under; metric says it must carry
// a formula and a worked example.
var newEntries = []struct {
	name, category, hidUnder string
	metric                   bool
}{
	{"Click-to-open rate", "Marketing & campaigns", "Click-through rate", true},
	{"ELT", "Data & integration", "ETL", false},
	{"Request for information", "Contracts & commercial", "Request for proposal", false},
	{"Request for quotation", "Contracts & commercial", "Request for proposal", false},
	{"Average revenue per account", "Metrics & KPIs", "Average revenue per user", true},
	{"Net new MRR", "Metrics & KPIs", "Monthly recurring revenue", true},
	{"Negative churn", "Metrics & KPIs", "Revenue churn", true},
	{"System of record", "Data & integration", "Single source of truth", false},
	{"Golden record", "Data & integration", "Single source of truth", false},
	{"Call center", "Customer success & service", "Contact center", false},
	{"Contact center as a service", "Customer success & service", "Contact center", false},
	{"End-user license agreement", "Contracts & commercial", "Terms of service", false},
	{"SAML", "Platform & deployment", "Single sign-on", false},
	{"Computer telephony integration", "Collaboration & productivity", "Click-to-call", false},
	{"Executive business review", "Customer success & service", "Quarterly business review", false},
	{"Personal data", "Data & integration", "Data privacy", false},
	{"California Consumer Privacy Act", "Data & integration", "Data privacy", false},
	{"UK GDPR", "Data & integration", "GDPR", false},
	{"Multi-touch attribution", "Marketing & campaigns", "Marketing attribution", false},
	{"First-touch attribution", "Marketing & campaigns", "Marketing attribution", false},
	{"Last-touch attribution", "Marketing & campaigns", "Marketing attribution", false},
	{"Digital signature", "Contracts & commercial", "E-signature", false},
	{"Forecast accuracy", "Metrics & KPIs", "Sales forecasting", true},
	{"Downtime", "Platform & deployment", "Uptime", true},
	{"Re-engagement campaign", "Marketing & campaigns", "Win-back campaign", false},
	{"Stock keeping unit", "Contracts & commercial", "Product catalog", false},
	{"Generative AI", "Platform & deployment", "Artificial intelligence in CRM", false},
	{"Buyer's journey", "Marketing & campaigns", "Customer journey", false},
	{"Read receipt", "Collaboration & productivity", "Email tracking", false},
	{"Sales representative", "Sales process & pipeline", "Account executive", false},
}

// notAliases lists names that once were aliases of a term they do not
// mean: none may resolve to that term.
var notAliases = []struct{ name, not string }{
	{"CTOR", "Click-through rate"},
	{"click-to-open rate", "Click-through rate"},
	{"downtime", "Uptime"},
	{"ELT", "ETL"},
	{"RFI", "Request for proposal"},
	{"request for information", "Request for proposal"},
	{"RFQ", "Request for proposal"},
	{"request for quote", "Request for proposal"},
	{"RFx", "Request for proposal"},
	{"net new MRR", "Monthly recurring revenue"},
	{"SKU", "Product catalog"},
	{"stock keeping unit", "Product catalog"},
	{"re-engagement campaign", "Win-back campaign"},
	{"call center", "Contact center"},
	{"CCaaS", "Contact center"},
	{"golden record", "Single source of truth"},
	{"system of record", "Single source of truth"},
	{"ARPA", "Average revenue per user"},
	{"ARPC", "Average revenue per user"},
	{"average revenue per account", "Average revenue per user"},
	{"sales rep", "Account executive"},
	{"quota carrier", "Account executive"},
	{"multi-touch attribution", "Marketing attribution"},
	{"first-touch attribution", "Marketing attribution"},
	{"last-touch attribution", "Marketing attribution"},
	{"MTA", "Marketing attribution"},
	{"EULA", "Terms of service"},
	{"digital signature", "E-signature"},
	{"UK GDPR", "GDPR"},
	{"PII", "Data privacy"},
	{"personal data", "Data privacy"},
	{"CCPA", "Data privacy"},
	{"CPRA", "Data privacy"},
	{"SAML", "Single sign-on"},
	{"CTI", "Click-to-call"},
	{"computer telephony integration", "Click-to-call"},
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

// TestOwnEntries checks each moved acronym resolves to its own entry.
func TestOwnEntries(t *testing.T) {
	g, _ := builtin(t)
	m := match.New(g)
	for name, want := range ownEntry {
		if r, ok := m.Exact(name); !ok || r.Term.Name != want {
			t.Errorf("lookup --exact %q: got %v, want %q", name, r.Term, want)
		}
	}
}

// TestNewEntries checks every entry issue #12 added is present under its
// name and category, linked both ways with the term it was confused with,
// and, for a metric, carries a formula and a worked example.
func TestNewEntries(t *testing.T) {
	g, _ := builtin(t)
	m := match.New(g)
	for _, e := range newEntries {
		term, old := g.Find(e.name), g.Find(e.hidUnder)
		if term == nil || term.Name != e.name || old == nil {
			t.Errorf("%q (or %q): missing", e.name, e.hidUnder)
			continue
		}
		if term.Category != e.category {
			t.Errorf("%q: category %q, want %q", e.name, term.Category, e.category)
		}
		if !relates(g, term, old) || !relates(g, old, term) {
			t.Errorf("%q and %q: not related both ways", e.name, e.hidUnder)
		}
		if e.metric && (term.Formula == "" || term.Example == "") {
			t.Errorf("%q: a metric without formula and worked example", e.name)
		}
		for _, a := range term.Aliases {
			if r, ok := m.Exact(a); !ok || r.Term != term {
				t.Errorf("lookup --exact %q: got %v, want %q", a, r.Term, e.name)
			}
		}
	}
}

func relates(g *glossary.Glossary, from, to *glossary.Term) bool {
	for _, r := range g.Related(from) {
		if r == to {
			return true
		}
	}
	return false
}

// bareBrands are vendors' brand words that are everyday words, or span
// several concepts, so the glossary holds them only vendor-qualified
// ("Intercom Fin", "Salesforce Einstein", "Zoho potential"): on their own
// none may answer a term.
var bareBrands = []string{
	"einstein", "fin", "flow", "gong", "outreach", "breeze", "zia", "potential",
	"knowledge", "messenger", "sequences", "lists", "meetings", "salesforce",
	"hubspot", "zoho", "dynamics", "pipedrive", "zendesk", "intercom", "salesloft", "docusign",
}

// TestBareBrands checks that no bare brand word answers a term, the way
// `gloss lookup` answers it.
func TestBareBrands(t *testing.T) {
	g, _ := builtin(t)
	m := match.New(g)
	for _, q := range bareBrands {
		if a := m.Answer(q); a.OK {
			t.Errorf("lookup %q: answered %q, want no single answer", q, a.Term.Name)
		}
	}
}
