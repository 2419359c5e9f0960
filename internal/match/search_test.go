package match

import (
	"cmp"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// searchReference is Search as first written: every field of every term
// stemmed into a map, one term after another. Search must rank exactly
// as it does.
func searchReference(g *glossary.Glossary, text string) []Hit {
	qs := stems(strings.Fields(glossary.Key(text)))
	qs = slices.DeleteFunc(qs, func(s string) bool { return isStopWord(s) && len(qs) > 1 })
	if len(qs) == 0 {
		return nil
	}
	stemCounts := func(s string) map[string]int {
		out := map[string]int{}
		for _, w := range strings.Fields(glossary.Key(s)) {
			out[Stem(w)]++
		}
		return out
	}
	var all, some []Hit
	for place, t := range g.All() {
		fields := []struct {
			stems  map[string]int
			weight float64
		}{
			{stemCounts(t.Name), weightName},
			{stemCounts(strings.Join(t.Aliases, " ")), weightAlias},
			{stemCounts(t.Category), weightCat},
			{stemCounts(t.Definition + " " + t.Formula + " " + t.Example), weightText},
		}
		score, found := 0.0, 0
		for _, q := range qs {
			best := 0.0
			for _, f := range fields {
				if n := f.stems[q]; n > 0 {
					best = max(best, f.weight*(1+0.1*float64(min(n, 5))))
				}
			}
			if best > 0 {
				found++
				score += best
			}
		}
		if found > 0 {
			name := fields[0].stems
			covered := 0
			for _, q := range qs {
				if name[q] > 0 {
					covered++
				}
			}
			if covered == len(name) {
				score += weightName
			}
		}
		switch {
		case found == len(qs):
			all = append(all, Hit{place, score})
		case found > 0:
			some = append(some, Hit{place, score})
		}
	}
	hits := all
	if len(hits) == 0 {
		hits = some
	}
	slices.SortStableFunc(hits, func(a, b Hit) int { return cmp.Compare(b.Score, a.Score) })
	return hits
}

// TestSearchAsReference compares Search with searchReference on the
// built-in glossary and synthetic ones (one large enough to be searched
// in parts), for words of names, definitions and categories (of sampled
// terms, in the smaller glossaries), word forms, repeated and stop words,
// and misses.
func TestSearchAsReference(t *testing.T) {
	for name, g := range testGlossaries(t) {
		queries := []string{"renewal", "renewals", "monthly revenue", "the", "of the customer", "customer customer",
			"client", "customisation", "zzqx", "account revenue pipeline", "rate", "a/b", "sales & marketing"}
		for i := 0; g.Len() < 1000 && i < g.Len(); i += max(1, g.Len()/25) {
			term := g.Term(i)
			queries = append(queries, term.Name, term.Category, strings.Join(strings.Fields(term.Definition)[:3], " "))
		}
		for _, q := range queries {
			want := searchReference(g, q)
			if got := Search(g, q); !reflect.DeepEqual(got, want) {
				t.Errorf("%s: Search(%q): %d hits, reference %d; first differing: %v", name, q, len(got), len(want), firstDiff(got, want))
			}
			// In parts, as on a machine with more cores, whatever this one has.
			if got := search(g, q, 3); !reflect.DeepEqual(got, want) {
				t.Errorf("%s: search(%q) in 3 parts: %d hits, reference %d; first differing: %v", name, q, len(got), len(want), firstDiff(got, want))
			}
		}
	}
}

func firstDiff(a, b []Hit) string {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return itoa(a[i].Place) + " " + itoa(int(a[i].Score*100)) + " vs " + itoa(b[i].Place) + " " + itoa(int(b[i].Score*100))
		}
	}
	return "one is a prefix of the other"
}
