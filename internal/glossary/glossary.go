package glossary

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Glossary is a merged, checked set of terms with its lookup index. Its
// terms are in alphabetical order of their names, ignoring case: Term(i)
// for i in 0..Len(). A glossary read from the cache decodes each term the
// first time it is asked for (stored.go).
type Glossary struct {
	// terms holds every term of a glossary built by New or from a
	// Snapshot; nil for one kept in a Store.
	terms   []*Term
	sources []Source
	stored  *stored // for one kept in a Store: its terms decoded as asked

	// The key index: a map when built by New, or the sorted keys of a
	// Snapshot, searched in place so a compiled-in glossary costs nothing
	// to start.
	keys   map[string]*Term
	sorted []SnapshotKey

	linkOnce   sync.Once
	linkedFrom map[*Term][]*Term

	catOnce    sync.Once
	categories []Category
}

// Len returns the number of terms.
func (g *Glossary) Len() int {
	if g.stored != nil {
		return len(g.stored.terms)
	}
	return len(g.terms)
}

// Term returns the term at place i, 0 <= i < Len(): the same *Term every
// time it is asked.
func (g *Glossary) Term(i int) *Term {
	if g.stored != nil {
		return g.stored.term(i)
	}
	return g.terms[i]
}

// All returns every term, in order. The slice is shared: it must not be
// changed. For a glossary kept in a Store, the first call decodes every
// term.
func (g *Glossary) All() []*Term {
	if g.stored != nil {
		return g.stored.every()
	}
	return g.terms
}

// Peek returns the term at place i, 0 <= i < Len(), for reading every
// term once in the memory of one (list, search): a glossary kept in a
// Store decodes it for the caller alone, unless it has been asked for
// before, and does not keep it, so the *Term may not be the one Term
// returns. Release lets go of what reading it paged in.
func (g *Glossary) Peek(i int) *Term {
	if g.stored != nil {
		return g.stored.peek(i)
	}
	return g.terms[i]
}

// RelatedNames returns the names of the terms Related returns for the
// term at place i, read alone from a Store: neither term is kept.
func (g *Glossary) RelatedNames(i int) []string {
	var names []string
	if g.stored != nil {
		places, err := g.stored.s.Related(i)
		if err != nil {
			panic(err)
		}
		for _, p := range places {
			names = append(names, g.stored.name(p))
		}
		return names
	}
	for _, r := range g.Related(g.terms[i]) {
		names = append(names, r.Name)
	}
	return names
}

// Check makes sure every term of g can be read: a glossary kept in a
// Store checks all of it, without decoding or keeping a term, and panics
// as a read of a damaged part would. A command that prints every term as
// it reads it checks first, so that damage is found before it prints.
func (g *Glossary) Check() {
	if g.stored != nil {
		if err := g.stored.s.Check(); err != nil {
			panic(err)
		}
	}
}

// Release tells g that the terms at places from..to will not be read
// again soon, after Peek: a glossary kept in a Store lets the pages of
// their texts go, so that reading every term of a large one keeps few of
// them resident. Their terms still read correctly, from the file.
func (g *Glossary) Release(from, to int) {
	if g.stored != nil {
		g.stored.s.Decoded(from, to)
	}
}

// eachRelease is how many terms Each passes before it lets their pages go.
const eachRelease = 1024

// Each calls fn for the terms at places from..to, in order, each read
// with Peek and its pages let go behind (Release): reading every term of
// a glossary of a million in the memory of a few. fn must not keep t
// past the call unless it is content with a copy Term may not return.
func (g *Glossary) Each(from, to int, fn func(i int, t *Term)) {
	for i := from; i < to; i++ {
		fn(i, g.Peek(i))
		if (i+1-from)%eachRelease == 0 || i == to-1 {
			g.Release(max(from, i+1-eachRelease), i+1)
		}
	}
}

// Sources returns what each file merged contributed, lowest layer first.
func (g *Glossary) Sources() []Source {
	if g.stored != nil {
		return g.stored.allSources()
	}
	return g.sources
}

// Find returns the term whose name or alias equals s after Key
// normalisation, or nil.
func (g *Glossary) Find(s string) *Term {
	return g.find(Key(s))
}

func (g *Glossary) find(key string) *Term {
	if g.stored != nil {
		return g.stored.find(key)
	}
	if g.keys != nil {
		return g.keys[key]
	}
	i := sort.Search(len(g.sorted), func(i int) bool { return g.sorted[i].Key >= key })
	if i < len(g.sorted) && g.sorted[i].Key == key {
		return g.terms[g.sorted[i].Term]
	}
	return nil
}

// Related returns the terms t links to, in the order it lists them,
// leaving out names that match nothing, t itself and repeats.
func (g *Glossary) Related(t *Term) []*Term {
	if g.stored != nil {
		if out, ok := g.stored.related(t); ok {
			return out
		}
	}
	var out []*Term
	seen := map[*Term]bool{t: true}
	for _, r := range t.Related {
		if to := g.Find(r); to != nil && !seen[to] {
			seen[to] = true
			out = append(out, to)
		}
	}
	return out
}

// LinkedFrom returns the terms that list t as related (Related returns
// t for them), alphabetically. A glossary kept in a Store reads them from
// it, decoding only them.
func (g *Glossary) LinkedFrom(t *Term) []*Term {
	if g.stored != nil {
		if out, ok := g.stored.linkedFrom(t); ok {
			return out
		}
	}
	return g.linkedFromAll(t)
}

// LinkedFromCount returns how many terms LinkedFrom returns for the term
// at place i, without decoding them (or it) in a glossary kept in a
// Store.
func (g *Glossary) LinkedFromCount(i int) int {
	if g.stored != nil {
		n, err := g.stored.s.LinkedFromCount(i)
		if err != nil {
			panic(err)
		}
		return n
	}
	return len(g.linkedFromAll(g.Term(i)))
}

// Name returns the name of the term at place i, 0 <= i < Len(), without
// decoding the rest of it in a glossary kept in a Store.
func (g *Glossary) Name(i int) string {
	if g.stored != nil {
		return g.stored.name(i)
	}
	return g.terms[i].Name
}

// linkedFromAll is LinkedFrom worked out from every term's links, once.
func (g *Glossary) linkedFromAll(t *Term) []*Term {
	g.linkOnce.Do(func() {
		g.linkedFrom = map[*Term][]*Term{}
		for _, from := range g.All() {
			for _, to := range g.Related(from) {
				g.linkedFrom[to] = append(g.linkedFrom[to], from)
			}
		}
	})
	return g.linkedFrom[t]
}

// Category is a category name with the number of terms in it.
type Category struct {
	Name  string `json:"category"`
	Count int    `json:"terms"`
}

// Categories returns every category, alphabetically, with its term
// count: counted once, reading each term without keeping it (Each).
func (g *Glossary) Categories() []Category {
	g.catOnce.Do(func() {
		counts := map[string]int{}
		g.Each(0, g.Len(), func(_ int, t *Term) { counts[t.Category]++ })
		out := make([]Category, 0, len(counts))
		for name, n := range counts {
			out = append(out, Category{name, n})
		}
		slices.SortFunc(out, func(a, b Category) int { return cmp.Compare(Key(a.Name), Key(b.Name)) })
		g.categories = out
	})
	return slices.Clone(g.categories)
}

// MatchCategories returns the categories s names: the one whose name
// equals s after Key normalisation if there is one, else, alphabetically,
// every category in which each word of s begins a word, "and" aside
// ("metrics" and "kpi" name Metrics & KPIs; "sales pipe" names Sales
// process & pipeline).
func (g *Glossary) MatchCategories(s string) []string {
	k := Key(s)
	// "and" (also "&" after Key) joins most category names: it is left
	// out on both sides, so "a" does not name every "X & Y".
	notAnd := func(w string) bool { return w == "and" }
	words := slices.DeleteFunc(strings.Fields(k), notAnd)
	var out []string
	for _, c := range g.Categories() {
		ck := Key(c.Name)
		if ck == k && k != "" {
			return []string{c.Name}
		}
		if len(words) > 0 && wordsBegin(words, slices.DeleteFunc(strings.Fields(ck), notAnd)) {
			out = append(out, c.Name)
		}
	}
	return out
}

// wordsBegin reports whether each of words begins one of in.
func wordsBegin(words, in []string) bool {
	for _, w := range words {
		if !slices.ContainsFunc(in, func(s string) bool { return strings.HasPrefix(s, w) }) {
			return false
		}
	}
	return true
}
