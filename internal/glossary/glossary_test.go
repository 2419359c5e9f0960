package glossary_test

import (
	"reflect"
	"testing"

	"github.com/gloss-cli/gloss/internal/glossary"
)

func TestMatchCategories(t *testing.T) {
	f := parse(t, "f.yaml", `terms:
  - {term: A, category: Metrics & KPIs, definition: d}
  - {term: B, category: Sales process & pipeline, definition: d}
  - {term: C, category: Sales, definition: d}
  - {term: D, category: Customer success & service, definition: d}
`)
	g, problems := glossary.New(f)
	if err := problems.Err(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"metrics & kpis", []string{"Metrics & KPIs"}},
		{"Metrics and KPIs", []string{"Metrics & KPIs"}},
		{"metrics", []string{"Metrics & KPIs"}},
		{"kpi", []string{"Metrics & KPIs"}},
		{"sales pipe", []string{"Sales process & pipeline"}},
		{"sales", []string{"Sales"}}, // a whole name wins over starts of words
		{"sa", []string{"Sales", "Sales process & pipeline"}},
		{"s", []string{"Customer success & service", "Sales", "Sales process & pipeline"}},
		{"&&", nil},
		{"a", nil}, // not the "and" of "X & Y"
		{"an", nil},
		{"metrics a", nil},
		{"and", nil},
		{"", nil},
		{"churn", nil},
		{"metrics churn", nil},
	} {
		if got := g.MatchCategories(c.query); !reflect.DeepEqual(got, c.want) {
			t.Errorf("MatchCategories(%q) = %q, want %q", c.query, got, c.want)
		}
	}
}
