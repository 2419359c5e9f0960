package browse

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
)

// listCap is how many matches the list keeps for a query: more than any
// screen shows, few enough that ranking them costs nothing next to
// finding them.
const listCap = 100

// The tiers of Filter's ranking, best first. Within a tier, shorter names
// come first (typing "churn" wants "Churn" before "Churn rate"), then the
// glossary's alphabetical order.
const (
	tierNamed  = iota // the query is the term's name or one of its aliases
	tierPrefix        // the name begins with the query
	tierWords         // each word typed begins a word of the name or an alias
	tierText          // each word typed begins a word somewhere in the entry
	tiers
)

// Finder ranks a glossary's terms for what has been typed so far, in two
// steps: Filter, fast enough for every keystroke at 100,000 terms, and
// Refine, which ranks with the matcher lookup uses and may take longer.
type Finder struct {
	g     *glossary.Glossary
	m     *match.Matcher
	once  sync.Once
	x     *index
	ready atomic.Bool // x is built
}

// NewFinder returns a Finder over g, refining with m.
func NewFinder(g *glossary.Glossary, m *match.Matcher) *Finder {
	return &Finder{g: g, m: m}
}

// Prepare builds the word index Filter needs; Filter builds it on first
// use otherwise. It is safe to call at once with Filter.
func (f *Finder) Prepare() {
	f.once.Do(func() {
		f.x = newIndex(f.g)
		f.ready.Store(true)
	})
}

// Ready reports whether Filter can answer at once: its index is built, or
// query has no words and needs none.
func (f *Finder) Ready(query string) bool {
	return f.ready.Load() || glossary.Key(query) == ""
}

// Filter returns the terms for query, best first, at most listCap of
// them; every term, alphabetically, for a query with no words. A term is
// found when each word of the query begins one of its words (the last
// word is usually still being typed), in its name and aliases first,
// else anywhere in its entry, so a word from a definition finds terms too.
func (f *Finder) Filter(query string) []*glossary.Term {
	key := glossary.Key(query)
	if key == "" {
		return f.g.All()
	}
	f.Prepare()
	x := f.x
	inNames, anywhere := x.find(strings.Fields(key))
	var ranked [tiers]top
	named := f.g.Find(key)
	anywhere.each(func(i int32) {
		t := f.g.Term(int(i))
		tier := tierText
		switch {
		case t == named:
			tier = tierNamed
		case !inNames.has(i): // a name that begins with the query is in inNames too
		case strings.HasPrefix(x.keys[i], key):
			tier = tierPrefix
		default:
			tier = tierWords
		}
		ranked[tier].add(i, len(x.keys[i]))
	})
	var out []*glossary.Term
	for _, r := range ranked {
		for _, i := range r.ids {
			if len(out) < listCap {
				out = append(out, f.g.Term(int(i)))
			}
		}
	}
	return out
}

// top keeps the listCap best terms of a tier: shortest name first, then
// lowest number.
type top struct {
	ids  []int32
	lens []int
}

func (t *top) add(id int32, n int) {
	if len(t.ids) == listCap && n >= t.lens[listCap-1] {
		return // ids come in order, so a tie loses to what is kept
	}
	at := len(t.ids)
	for at > 0 && t.lens[at-1] > n {
		at--
	}
	if len(t.ids) < listCap {
		t.ids, t.lens = append(t.ids, 0), append(t.lens, 0)
	}
	copy(t.ids[at+1:], t.ids[at:])
	copy(t.lens[at+1:], t.lens[at:])
	t.ids[at], t.lens[at] = id, n
}

// Refine reranks fast, Filter's list for query, with the matcher lookup
// uses: its confident candidates first (an acronym, a word form, a typo,
// a question), then fast as it was, then the matcher's weaker
// candidates, the ones lookup would suggest.
func (f *Finder) Refine(query string, fast []*glossary.Term) []*glossary.Term {
	if glossary.Key(query) == "" {
		return fast
	}
	rs := f.m.Suggest(query, listCap)
	out := make([]*glossary.Term, 0, listCap)
	seen := map[*glossary.Term]bool{}
	add := func(t *glossary.Term) {
		if len(out) < listCap && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	for _, r := range rs {
		if r.Score >= match.Threshold {
			add(r.Term)
		}
	}
	for _, t := range fast {
		add(t)
	}
	for _, r := range rs {
		add(r.Term)
	}
	return out
}
