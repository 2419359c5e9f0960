package glossary_test

import (
	"reflect"
	"testing"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// TestOrigin checks that a term merged from several layers says which
// file its definition comes from and which files extended it, and that a
// term one entry gave says nothing (docs/adr/002-layer-merging.md).
func TestOrigin(t *testing.T) {
	base := parse(t, "base.yaml", `terms:
  - {term: Lead, category: Leads, definition: Someone who may buy.}
  - {term: Deal, category: Sales, definition: A possible sale.}
  - {term: Quote, category: Sales, definition: A priced offer.}
  - {term: Churn, category: Metrics, definition: Customers lost.}
`)
	team := parse(t, "team.yaml", `terms:
  - {term: lead, definition: Anyone who filled in our form.}
  - {term: Deal, aliases: [opp]}
  - {term: Quote, aliases: [offer]}
  - {term: Widget, category: Products, definition: What we sell.}
`)
	mine := parse(t, "mine.yaml", `terms:
  - {term: Lead, aliases: [L]}
  - {term: deal, example: A deal of 10 seats.}
  - {term: Quote, definition: What I send a customer.}
  - {term: Widget, aliases: [W]}
`)
	g, problems := glossary.New(base, team, mine)
	if err := problems.Err(); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]*glossary.Origin{
		"Lead":   {Source: "team.yaml", ExtendedBy: []string{"mine.yaml"}},
		"Deal":   {Source: "base.yaml", ExtendedBy: []string{"team.yaml", "mine.yaml"}},
		"Quote":  {Source: "mine.yaml", ExtendedBy: []string{"team.yaml"}}, // team's alias is still there
		"Widget": {Source: "team.yaml", ExtendedBy: []string{"mine.yaml"}},
		"Churn":  nil,
	} {
		if got := g.Find(glossary.Key(name)).Origin; !reflect.DeepEqual(got, want) {
			t.Errorf("%s: Origin = %+v, want %+v", name, got, want)
		}
	}

	// Merging changes no file's entries: merging fewer layers again gives
	// their own origins.
	for _, f := range []*glossary.File{base, team, mine} {
		for _, e := range f.Terms {
			if e.Origin != nil {
				t.Errorf("%s: entry %s has Origin %+v after merging", f.Name, e.Name, e.Origin)
			}
		}
	}
	alone, _ := glossary.New(base, team)
	if o := alone.Find("deal").Origin; !reflect.DeepEqual(o, &glossary.Origin{Source: "base.yaml", ExtendedBy: []string{"team.yaml"}}) {
		t.Errorf("Deal over two layers: Origin = %+v", o)
	}
}
