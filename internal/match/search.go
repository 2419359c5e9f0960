package match

import (
	"cmp"
	"slices"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// Hit is one result of a full-text search.
type Hit struct {
	Term  *glossary.Term
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
	qs := stems(strings.Fields(glossary.Key(text)))
	qs = slices.DeleteFunc(qs, func(s string) bool { return isStopWord(s) && len(qs) > 1 })
	if len(qs) == 0 {
		return nil
	}
	var all, some []Hit
	for _, t := range g.Terms {
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
			// A query that names the term ("renewal") beats one that only
			// mentions a word of it ("auto-renewal").
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
			all = append(all, Hit{t, score})
		case found > 0:
			some = append(some, Hit{t, score})
		}
	}
	hits := all
	if len(hits) == 0 {
		hits = some
	}
	slices.SortStableFunc(hits, func(a, b Hit) int { return cmp.Compare(b.Score, a.Score) })
	return hits
}

func stemCounts(s string) map[string]int {
	out := map[string]int{}
	for _, w := range strings.Fields(glossary.Key(s)) {
		out[Stem(w)]++
	}
	return out
}
