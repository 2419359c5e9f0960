package match

import (
	"cmp"
	"slices"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/parallel"
)

// Hit is one result of a full-text search: the term at Place in the
// glossary searched.
type Hit struct {
	Place int
	Score float64
}

// Field weights for Search: a word in the name counts most.
const (
	weightName  = 5
	weightAlias = 4
	weightCat   = 2
	weightText  = 1
)

// Search ranks the terms whose name, aliases, category, definition, formula
// or example mention the words of text, compared as word stems. Terms that
// mention every word come first; if none does, terms that mention some.
func Search(g *glossary.Glossary, text string) []Hit {
	// A large glossary is searched in parts, one for each core.
	return search(g, text, parallel.Parts(g.Len(), parallelEntries/4))
}

// search is Search with the terms split into parts searched at once.
func search(g *glossary.Glossary, text string, parts int) []Hit {
	qs := stems(strings.Fields(glossary.Key(text)))
	qs = slices.DeleteFunc(qs, func(s string) bool { return isStopWord(s) && len(qs) > 1 })
	if len(qs) == 0 {
		return nil
	}
	// Each term is read once and not kept (Glossary.Each), so that
	// searching a million terms takes the memory of a few.
	n := g.Len()
	scores := make([]float64, n)
	found := make([]int32, n)
	parallel.Ranges(n, parts, func(_, from, to int) {
		counts := make([][fields]int, len(qs))
		g.Each(from, to, func(i int, t *glossary.Term) {
			var f int
			scores[i], f = score(t, qs, counts)
			found[i] = int32(f)
		})
	})
	var all, some []Hit
	for i := range n {
		switch {
		case int(found[i]) == len(qs):
			all = append(all, Hit{i, scores[i]})
		case found[i] > 0:
			some = append(some, Hit{i, scores[i]})
		}
	}
	hits := all
	if len(hits) == 0 {
		hits = some
	}
	slices.SortStableFunc(hits, func(a, b Hit) int { return cmp.Compare(b.Score, a.Score) })
	return hits
}

// The fields of a term Search looks in, and their weights.
const (
	fieldName = iota
	fieldAliases
	fieldCategory
	fieldText // definition, formula and example
	fields
)

var weights = [fields]float64{weightName, weightAlias, weightCat, weightText}

// score returns how well t matches the query stems qs and how many of them
// it mentions. counts is scratch space, one row for each of qs.
func score(t *glossary.Term, qs []string, counts [][fields]int) (float64, int) {
	clear(counts)
	count := func(f int, s string) {
		forEachWord(glossary.Key(s), func(w string) {
			st := Stem(w)
			for i, q := range qs {
				if st == q {
					counts[i][f]++
				}
			}
		})
	}
	count(fieldName, t.Name)
	for _, a := range t.Aliases {
		count(fieldAliases, a)
	}
	count(fieldCategory, t.Category)
	count(fieldText, t.Definition)
	count(fieldText, t.Formula)
	count(fieldText, t.Example)

	total, found, covered := 0.0, 0, 0
	for i := range qs {
		best := 0.0
		for f, n := range counts[i] {
			if n > 0 {
				best = max(best, weights[f]*(1+0.1*float64(min(n, 5))))
			}
		}
		if best > 0 {
			found++
			total += best
		}
		if counts[i][fieldName] > 0 {
			covered++
		}
	}
	// A query that names the term ("renewal") beats one that only mentions
	// a word of it ("auto-renewal").
	if found > 0 && covered == distinctStems(t.Name) {
		total += weightName
	}
	return total, found
}

// forEachWord calls fn with each word of key, a string from glossary.Key
// (words separated by single spaces), without making a list of them.
func forEachWord(key string, fn func(string)) {
	for key != "" {
		w, rest, _ := strings.Cut(key, " ")
		fn(w)
		key = rest
	}
}

// distinctStems returns how many different stems the words of s have.
func distinctStems(s string) int {
	var seen []string
	forEachWord(glossary.Key(s), func(w string) {
		if st := Stem(w); !slices.Contains(seen, st) {
			seen = append(seen, st)
		}
	})
	return len(seen)
}
