package match_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
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

// BenchmarkBestBuiltin is what `gloss lookup` does per query.
func BenchmarkBestBuiltin(b *testing.B) {
	_, m := builtinMatcher(b)
	for _, q := range benchQueries {
		b.Run(q.name, func(b *testing.B) {
			for b.Loop() {
				m.Best(q.query)
			}
		})
	}
}

// BenchmarkLookupBuiltin ranks every candidate, as `lookup --all` does.
func BenchmarkLookupBuiltin(b *testing.B) {
	_, m := builtinMatcher(b)
	for _, q := range benchQueries {
		b.Run(q.name, func(b *testing.B) {
			for b.Loop() {
				m.Lookup(q.query)
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
			for b.Loop() {
				m.Lookup(q.query)
			}
		})
	}
}
