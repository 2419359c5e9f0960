// Package match finds the glossary terms a query means. It runs one ranked
// pipeline over every name and alias: exact, word forms, prefixes,
// subsequence (sahilm/fuzzy) and typos, and explains how each candidate
// matched so a user can see why an answer won. See
// docs/adr/003-match-pipeline.md.
package match

import (
	"slices"
	"sync"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// Kind says how a query matched a term.
type Kind string

// The kinds of match, strongest first.
const (
	Exact    Kind = "exact"     // the term's name
	Alias    Kind = "alias"     // one of its aliases or acronyms
	WordForm Kind = "word form" // plurals, inflections, spelling variants, word order
	Prefix   Kind = "prefix"    // the start of a name, or of each of its words
	Typo     Kind = "typo"      // within a small edit distance
	Fuzzy    Kind = "fuzzy"     // the query's letters in order (sahilm/fuzzy)
	Mention  Kind = "mention"   // a phrase only this term's definition uses
	Partial  Kind = "partial"   // some words of the name
)

// Threshold is the score a best result needs to be shown as the answer.
// Below it a lookup reports no match and offers suggestions.
const Threshold = 0.6

// Result is one candidate term for a query.
type Result struct {
	Term  *glossary.Term
	Kind  Kind
	Score float64 // 0 to 1; 1 is an exact match of the name
	Via   string  // the name or alias that matched
}

// Matcher matches queries against one glossary. Build it once with New;
// it is safe for concurrent use.
type Matcher struct {
	g         *glossary.Glossary
	buildOnce sync.Once
	store     Store // where the prepared index is kept between runs, if anywhere

	x          *inPlace // the prepared index, read in place (decode.go, access.go)
	byKey      order    // entries by glossary.Key
	byComp     order    // by compact key
	byStems    order    // by their stems sorted, stop words left out
	byCompStem order    // by the stem of the compact key
	// scan makes every stage compare every entry, as before the index:
	// the reference the tests hold the index to.
	scan bool

	lastMu    sync.Mutex
	lastQuery string
	last      []hit // the candidates for lastQuery
}

// New prepares a matcher for g.
//
// New does no work: the index for approximate matching is built on the
// first query that needs it, so a run that finds its term by name or alias
// (the common case) pays only for a lookup in the glossary's own index.
func New(g *glossary.Glossary) *Matcher {
	return &Matcher{g: g}
}

// build prepares every name and alias for the approximate stages, or
// takes them from the store.
func (m *Matcher) build() {
	if m.store != nil {
		if m.restore() {
			return
		}
		// Save it as it is prepared and read it back: less memory than
		// holding the prepared entries while they are saved.
		if m.save() == nil && m.restore() {
			return
		}
	}
	m.inMemory()
}

// candidates returns every candidate for query, one per term, unsorted,
// in a slice the caller may change. The last query's are remembered: a
// lookup that finds nothing asks again for suggestions, and over a large
// glossary running the stages is most of the work.
func (m *Matcher) candidates(query string) []hit {
	m.lastMu.Lock()
	if m.lastQuery == query && m.last != nil {
		out := slices.Clone(m.last)
		m.lastMu.Unlock()
		return out
	}
	m.lastMu.Unlock()
	out := m.run(query)
	m.lastMu.Lock()
	m.lastQuery, m.last = query, slices.Clone(out)
	m.lastMu.Unlock()
	return out
}

// run runs every stage for query and returns what they found.
func (m *Matcher) run(query string) []hit {
	m.buildOnce.Do(m.build)
	q := newQuery(query)
	if q.compact == "" {
		return nil
	}
	best := map[int32]hit{}
	keep := func(r hit) {
		if old, ok := best[r.term]; !ok || r.score > old.score {
			best[r.term] = r
		}
	}
	m.stages(q, keep)
	out := make([]hit, 0, len(best))
	for _, r := range best {
		out = append(out, r)
	}
	return out
}

// Lookup returns every candidate for query, best first, one per term.
func (m *Matcher) Lookup(query string) []Result {
	out := m.candidates(query)
	slices.SortFunc(out, m.byRank)
	return m.results(out)
}

// Best returns the term query means, when Answer finds one.
func (m *Matcher) Best(query string) (Result, bool) {
	a := m.Answer(query)
	return a.Result, a.OK
}

// Suggest returns up to n terms that come closest to query, for a
// "did you mean" after a failed lookup.
func (m *Matcher) Suggest(query string, n int) []Result {
	rs := m.candidates(query)
	if n < 0 || n > len(rs) {
		n = len(rs)
	}
	var out []Result
	for _, r := range m.top(rs, n) {
		if r.score < suggestFloor {
			break
		}
		out = append(out, m.resultOf(r))
	}
	return out
}

// result is entry i as a result: it reads only the term, and the name or
// alias, of the entry's record. i must be an entry that entry accepts.
func (m *Matcher) result(i int, kind Kind, score float64) hit {
	r := m.x.recs.at(i)
	alias := r.Alias == 1
	if kind == Exact && alias {
		kind = Alias
		score -= 0.01
	}
	text, _ := m.x.blob.str(r.Text)
	return hit{term: int32(r.Term), kind: kind, score: score, via: text}
}
