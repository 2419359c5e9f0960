package match_test

import (
	"slices"
	"testing"

	"github.com/gloss-cli/gloss/internal/match"
)

func TestBest(t *testing.T) {
	_, m := builtinMatcher(t)
	tests := []struct {
		query, want string
		kind        match.Kind
	}{
		{"Net Promoter Score", "Net Promoter Score", match.Exact},
		{"  net-promoter   SCORE ", "Net Promoter Score", match.Exact},
		{"NPS", "Net Promoter Score", match.Alias},
		{"kpi's", "Key performance indicator", match.WordForm},
		{"leads scoring", "Lead scoring", match.WordForm},
		{"scoring lead", "Lead scoring", match.WordForm},
		{"ganttchart", "Gantt chart", match.Exact},
		{"onboardin", "Customer onboarding", match.Prefix},
		{"oppurtunity", "Opportunity", match.Typo},
		{"segmnetation", "Customer segmentation", match.Typo},
		{"whats a webhook", "Webhook", match.Exact},
		{"sla?", "Service level agreement", match.Alias},
		{"customisations", "Customization", match.WordForm},
	}
	for _, tt := range tests {
		r, ok := m.Best(tt.query)
		if !ok || r.Term.Name != tt.want || r.Kind != tt.kind {
			t.Errorf("Best(%q) = %v %q (%s), want %q (%s)", tt.query, ok, name(r), r.Kind, tt.want, tt.kind)
		}
	}
}

func TestBestRejects(t *testing.T) {
	_, m := builtinMatcher(t)
	for _, q := range []string{"zzqxv", "tax return", "lead guitar", "contact lens", "café", "a", "?", "oil pipeline", "compare", "account for", "CPR", "custmer"} {
		if r, ok := m.Best(q); ok {
			t.Errorf("Best(%q) = %q (%s %.2f), want no match", q, r.Term.Name, r.Kind, r.Score)
		}
	}
}

func TestExactNeverGuesses(t *testing.T) {
	_, m := builtinMatcher(t)
	if r, ok := m.Exact("oppurtunity"); ok {
		t.Errorf("Exact(oppurtunity) = %q", r.Term.Name)
	}
	if r, ok := m.Exact("A/B testing"); !ok || r.Term.Name != "A/B testing" {
		t.Errorf("Exact(A/B testing) = %v %q", ok, name(r))
	}
}

func TestLookupExplains(t *testing.T) {
	_, m := builtinMatcher(t)
	rs := m.Lookup("pipline")
	if len(rs) < 2 {
		t.Fatalf("Lookup(pipline) gave %d candidates, want several", len(rs))
	}
	for i := 1; i < len(rs); i++ {
		if rs[i].Score > rs[i-1].Score {
			t.Fatalf("candidates not ranked: %v before %v", rs[i-1], rs[i])
		}
	}
	if rs[0].Kind != match.Typo || rs[0].Via == "" {
		t.Errorf("top candidate %q matched by %s via %q, want a typo of a name", rs[0].Term.Name, rs[0].Kind, rs[0].Via)
	}
}

func TestSuggest(t *testing.T) {
	_, m := builtinMatcher(t)
	s := m.Suggest("revenue thing", 3)
	if len(s) == 0 || len(s) > 3 {
		t.Fatalf("Suggest gave %d suggestions, want 1-3", len(s))
	}
}

func TestStem(t *testing.T) {
	for _, forms := range [][]string{
		{"forecast", "forecasts", "forecasting", "forecasted"},
		{"churn", "churns", "churned", "churning"},
		{"customisation", "customization", "customizations"},
		{"upsell", "upsells", "upselling"},
		{"company", "companies"},
		{"licence", "license"},
	} {
		for _, f := range forms[1:] {
			if match.Stem(f) != match.Stem(forms[0]) {
				t.Errorf("Stem(%q) = %q, Stem(%q) = %q; want equal", f, match.Stem(f), forms[0], match.Stem(forms[0]))
			}
		}
	}
}

func TestQuery(t *testing.T) {
	for in, want := range map[string]string{
		"what is NPS?":                "nps",
		"whats a webhook":             "webhook",
		"define upsell":               "upsell",
		"what does mql mean":          "mql",
		"what does sql mean in sales": "sql",
		"Define":                      "define",
		"A/B testing":                 "b testing",
	} {
		if got := match.Query(in); got != want {
			t.Errorf("Query(%q) = %q, want %q", in, got, want)
		}
	}
}

func name(r match.Result) string {
	if r.Term == nil {
		return "<none>"
	}
	return r.Term.Name
}

func TestCompare(t *testing.T) {
	_, m := builtinMatcher(t)
	tests := []struct {
		query string
		want  []string // nil: not a comparison
	}{
		{"mql vs sql", []string{"Marketing qualified lead", "Sales qualified lead"}},
		{"ACV vs. ARR", []string{"Annual contract value", "Annual recurring revenue"}},
		{"acv versus arr", []string{"Annual contract value", "Annual recurring revenue"}},
		{"difference between mql and sql", []string{"Marketing qualified lead", "Sales qualified lead"}},
		{"what is the difference between arr and mrr?", []string{"Annual recurring revenue", "Monthly recurring revenue"}},
		{"compare lead and contact", []string{"Lead", "Contact"}},
		{"mrr compared to arr", []string{"Monthly recurring revenue", "Annual recurring revenue"}},
		{"lead or contact", []string{"Lead", "Contact"}},
		{"nps vs csat vs ces", []string{"Net Promoter Score", "Customer satisfaction score", "Customer effort score"}},
		{"Terms and conditions", nil},
		{"user roles and permissions", nil},
		{"difference between user roles and permissions and sso", []string{"User roles and permissions", "Single sign-on"}},
		{"lead and contact", nil},
		{"apples or oranges", nil},
	}
	for _, tt := range tests {
		c, ok := m.Compare(tt.query)
		var got []string
		if ok && c.Found() {
			for _, r := range c.Results() {
				got = append(got, r.Term.Name)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Compare(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
}

func TestRespelledWord(t *testing.T) {
	_, m := builtinMatcher(t)
	a := m.Answer("custmer")
	if a.OK || a.Shared < 2 || a.Respelled != "customer" {
		t.Errorf("Answer(custmer) = OK %v, shared %d, read as %q; want ambiguous, read as customer", a.OK, a.Shared, a.Respelled)
	}
	// A typo of a word one name begins answers that name.
	if a := m.Answer("renewel"); !a.OK || a.Term.Name != "Renewal" {
		t.Errorf("Answer(renewel) = %v %q", a.OK, name(a.Result))
	}
}
