package match_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
	"github.com/gloss-cli/gloss/internal/synth"
)

// benchQueries covers each stage of the pipeline, and a miss that runs
// every stage to the end.
var benchQueries = []struct{ name, query string }{
	{"exact", "net promoter score"},
	{"alias", "nps"},
	{"wordform", "forecasts"},
	{"prefix", "onboardin"},
	{"typo", "oppurtunity"},
	{"question", "whats a webhook"},
	{"miss", "lead guitar"},
}

// fresh returns query spelt one of two ways that normalise alike, so that
// a benchmark repeating a query is not answered from the matcher's memory
// of the last one.
func fresh(query string, i int) string {
	if i%2 == 1 {
		return query + " "
	}
	return query
}

// BenchmarkBestBuiltin is what `gloss lookup` does per query.
func BenchmarkBestBuiltin(b *testing.B) {
	_, m := builtinMatcher(b)
	for _, q := range benchQueries {
		b.Run(q.name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				m.Best(fresh(q.query, i))
			}
		})
	}
}

// BenchmarkLookupBuiltin ranks every candidate, as `lookup --all` does.
func BenchmarkLookupBuiltin(b *testing.B) {
	_, m := builtinMatcher(b)
	for _, q := range benchQueries {
		b.Run(q.name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				m.Lookup(fresh(q.query, i))
			}
		})
	}
}

// BenchmarkFirstApproximate is the first query that needs approximate
// matching in a run: it builds the matcher's index.
func BenchmarkFirstApproximate(b *testing.B) {
	g, _ := builtinMatcher(b)
	for b.Loop() {
		match.New(g).Best("oppurtunity")
	}
}

// synthetic returns a glossary of n made-up terms with names of two or
// three words drawn from a fixed vocabulary, one alias each.
func synthetic(tb testing.TB, n int) *glossary.Glossary {
	tb.Helper()
	words := []string{"account", "revenue", "pipeline", "quota", "lead", "contact", "renewal", "churn",
		"segment", "forecast", "invoice", "ticket", "channel", "partner", "region", "product", "campaign",
		"portal", "signal", "cohort", "margin", "tier", "bundle", "usage", "credit", "stage", "owner"}
	rng := rand.New(rand.NewPCG(1, 2))
	f := &glossary.File{Name: "synthetic"}
	for i := range n {
		name := fmt.Sprintf("%s %s %s %d", words[rng.IntN(len(words))], words[rng.IntN(len(words))], words[rng.IntN(len(words))], i)
		f.Terms = append(f.Terms, &glossary.Term{
			Name: name, Aliases: []string{fmt.Sprintf("ST%d", i)}, Category: "Synthetic",
			Definition: "A made-up term for measuring how matching scales with the size of a glossary.",
		})
	}
	g, problems := glossary.New(f)
	if err := problems.Err(); err != nil {
		tb.Fatal(err)
	}
	return g
}

func BenchmarkLookup100k(b *testing.B) {
	m := match.New(synthetic(b, 100_000))
	for _, q := range []struct{ name, query string }{
		{"exact", "revenue quota churn 4242"},
		{"alias", "st99999"},
		{"typo", "revenu qouta churn 4242"},
		{"miss", "lead guitar"},
	} {
		b.Run(q.name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				m.Lookup(fresh(q.query, i))
			}
		})
	}
}

// BenchmarkLookupSynthetic runs Best over synthetic glossaries of growing
// size (internal/synth), for how matching grows from 1,000 to 100,000
// terms: a name, an alias, a typo, a phrase from a definition, a miss.
// The index is prepared before timing.
func BenchmarkLookupSynthetic(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		var buf bytes.Buffer
		if err := synth.Write(&buf, n, 1); err != nil {
			b.Fatal(err)
		}
		f, _ := glossary.ParseStream("synthetic", &buf)
		g, _ := glossary.New(f)
		m := match.New(g)
		m.Prepare()
		t := g.Term(g.Len() / 2)
		alias := ""
		for _, u := range g.All()[g.Len()/2:] {
			if len(u.Aliases) > 0 {
				alias = u.Aliases[0]
				break
			}
		}
		typo := []byte(strings.ToLower(t.Name))
		typo[1], typo[2] = typo[2], typo[1]
		words := strings.Fields(t.Definition)
		queries := []struct{ name, query string }{
			{"name", t.Name},
			{"alias", alias},
			{"typo", string(typo)},
			{"phrase", strings.Join(words[3:5], " ")},
			{"miss", "lead guitar"},
		}
		for _, q := range queries {
			b.Run(fmt.Sprintf("%d/%s", n, q.name), func(b *testing.B) {
				for i := 0; b.Loop(); i++ {
					m.Best(fresh(q.query, i))
				}
			})
		}
	}
}
