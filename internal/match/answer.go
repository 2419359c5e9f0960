package match

import (
	"cmp"
	"slices"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// Answer is what the lookup of one query comes to: the term it means, or,
// when it cannot tell, the terms it might mean.
type Answer struct {
	Result      // the term meant, when OK
	OK     bool // a term was picked
	// Shared is how many terms have the query's words in a name or alias,
	// when that is why none was picked ("customer" is part of many); 0
	// for a plain miss or for a close call between two terms.
	Shared int
	// Respelled is the word a one-word query was read as when it is a
	// typo of a word several names share ("customer" for "custmer").
	Respelled string
	// Close is set when the two best candidates, of different terms,
	// scored too near each other to pick one.
	Close bool
	// Candidates are the best few terms, best first, when not OK.
	Candidates []Result
}

// Ambiguous reports whether the query came close to several terms rather
// than to none.
func (a Answer) Ambiguous() bool {
	return !a.OK && (a.Shared > 1 || a.Close)
}

// The numbers that decide between answering and saying "I cannot tell".
const (
	// headScore is the score of the one term whose name begins with the
	// whole words, two or more, of a query that no name is ("customer
	// lifetime" for Customer lifetime value): above Threshold, below every
	// kind of match that finds the query's own words.
	headScore = 0.75
	// soleScore is the score of the one term whose names hold the query's
	// whole words somewhere other than at the start: still a fair answer,
	// since no other term uses them.
	soleScore = 0.65
	// closeMargin is how near the two best candidates of different terms
	// may score before neither is picked: within it their scores say
	// nothing about which was meant (typo and prefix scores move by about
	// 0.03 a letter).
	closeMargin = 0.02
	// maxCandidates is how many terms a miss or an ambiguity names.
	maxCandidates = 5
	// suggestFloor is the least score a suggestion needs.
	suggestFloor = 0.3
	// minWhole is the fewest letters a query needs to be read as whole
	// words of names: a lone letter ("c" of "c++") is an initial, and
	// being part of "B2C" says nothing about it.
	minWhole = 2
)

// Answer looks query up. An exact name or alias answers at once. Whole
// words that are part of the names of several terms, and two candidates
// of different terms too close to tell apart, answer nothing: the
// candidates say what the query might have meant.
func (m *Matcher) Answer(query string) Answer {
	q := newQuery(query)
	for _, k := range []string{q.full, q.key} {
		if t := m.g.Find(k); t != nil {
			return Answer{Result: named(t, k), OK: true}
		}
	}
	a := m.answer(q)
	if !a.OK || !strong(a.Kind) {
		if r, ok := m.qualified(q); ok {
			return Answer{Result: r, OK: true}
		}
		if r, ok := m.worded(q); ok {
			return Answer{Result: r, OK: true}
		}
	}
	return a
}

// answer is Answer for a query that is no name or alias as written.
func (m *Matcher) answer(q query) Answer {
	rs := m.top(m.candidates(q.raw), maxCandidates)
	if len(rs) == 0 {
		return Answer{}
	}
	b := rs[0]
	if !strong(b.kind) {
		if a, ok := m.shared(q); ok {
			return a
		}
	}
	if b.kind == Fuzzy || b.score < Threshold {
		if a, ok := m.respelledWord(q); ok {
			return a
		}
	}
	if b.score < Threshold {
		return Answer{Candidates: m.results(aboveFloor(rs))}
	}
	if len(rs) > 1 && !strong(b.kind) && b.score-rs[1].score < closeMargin {
		return Answer{Close: true, Candidates: m.results(aboveFloor(rs))}
	}
	return Answer{Result: m.resultOf(b), OK: true}
}

// strong reports whether a match of kind k finds the query's own words:
// its name or alias, or a form of them.
func strong(k Kind) bool {
	return k == Exact || k == Alias || k == WordForm
}

// shared applies the rule for whole words of several names: the one term
// whose name they begin, or the one term that has them, answers; terms
// that share them otherwise make the query ambiguous. A single word is
// held to more: it answers only the one term that has it when that term's
// own name has a word of its stem ("personalizing", Personalization), since
// one everyday word heading a name ("cost", Cost per lead) looks just like
// a word of the domain doing so ("churn", Churn rate), and the cost of
// guessing wrong is a confident wrong answer. It reports false when no
// name or alias holds the query's words as a run of whole words.
func (m *Matcher) shared(q query) (Answer, bool) {
	holders, heads := m.holders(q)
	switch {
	case len(holders) == 0:
		return Answer{}, false
	case len(heads) == 1 && len(q.stems) > 1:
		return Answer{Result: m.resultOf(m.result(heads[0], Prefix, headScore)), OK: true}, true
	case len(holders) == 1 && (len(q.stems) > 1 || nameBegins(m.g.Name(int(holders[0].term)), q.stems[0])):
		return Answer{Result: m.resultOf(m.result(holders[0].entry, Partial, soleScore)), OK: true}, true
	}
	// Among equals, the terms most others link to first: the ones a
	// reader most likely meant. Only the few named are put in order: an
	// everyday word can be part of thousands of names.
	for i := range holders {
		holders[i].links = m.g.LinkedFromCount(int(holders[i].term))
	}
	a := Answer{Shared: len(holders)}
	for _, h := range m.firstFew(holders, maxCandidates) {
		a.Candidates = append(a.Candidates, m.resultOf(m.result(h.entry, Partial, suggestFloor)))
	}
	return a, true
}

// nameBegins reports whether a word of name begins with stem.
func nameBegins(name, stem string) bool {
	for _, w := range strings.Fields(glossary.LooseKey(name)) {
		if strings.HasPrefix(Stem(w), stem) {
			return true
		}
	}
	return false
}

// holder is a term that holds a query's words in one of its names.
type holder struct {
	term  int32 // its place
	entry int   // its shortest name or alias that holds them
	head  bool  // its name begins with them
	words int   // how many words that name or alias has
	links int   // how many terms link to it, once counted
}

// byFit orders holders as a miss names them: names that begin with the
// words, then the shortest names holding them, then those most linked
// to, then alphabetically.
func (m *Matcher) byFit(a, b holder) int {
	if a.head != b.head {
		if a.head {
			return -1
		}
		return 1
	}
	return cmp.Or(cmp.Compare(a.words, b.words), cmp.Compare(b.links, a.links), cmp.Compare(m.g.Name(int(a.term)), m.g.Name(int(b.term))))
}

// firstFew returns the first n of hs in byFit's order, without sorting
// the rest.
func (m *Matcher) firstFew(hs []holder, n int) []holder {
	for i := 0; i < n && i < len(hs); i++ {
		k := i
		for j := i + 1; j < len(hs); j++ {
			if m.byFit(hs[j], hs[k]) < 0 {
				k = j
			}
		}
		hs[i], hs[k] = hs[k], hs[i]
	}
	return hs[:min(n, len(hs))]
}

// holders returns the terms with a name or alias of more words than q
// that holds q's words, as stems, as a consecutive run, in no order; and
// the entries of the terms' names among them that begin with those words.
func (m *Matcher) holders(q query) (terms []holder, heads []int) {
	at := map[int32]int{} // place in terms
	m.eachHolder(q, func(i int) bool {
		e, _ := m.entry(i) // eachHolder passes only entries that are whole
		k, seen := at[e.term]
		if !seen {
			k = len(terms)
			at[e.term] = k
			terms = append(terms, holder{term: e.term, entry: i, words: len(e.stems)})
		} else if len(e.stems) < terms[k].words {
			terms[k].entry, terms[k].words = i, len(e.stems)
		}
		if !e.alias && slices.Equal(e.stems[:len(q.stems)], q.stems) {
			terms[k].head = true
			heads = append(heads, i)
		}
		return true
	})
	return terms, heads
}

// held reports whether some name or alias holds q's words as holders
// finds them: whether they are whole words of the glossary's names.
func (m *Matcher) held(q query) bool {
	found := false
	m.eachHolder(q, func(int) bool { found = true; return false })
	return found
}

// eachHolder calls fn with each entry of more words than q that holds q's
// stems as a consecutive run, until fn returns false.
func (m *Matcher) eachHolder(q query, fn func(i int) bool) {
	if len(q.compact) < minWhole {
		return
	}
	m.buildOnce.Do(m.build)
	sig := signature(q.stems)
	for _, i := range m.withStems(q.stems, true) {
		if sig&^m.masks(int(i)).stems != 0 {
			continue
		}
		e, ok := m.entry(int(i))
		if ok && len(e.stems) > len(q.stems) && containsRun(e.stems, q.stems) && !fn(int(i)) {
			return
		}
	}
}

// aboveFloor returns the results of rs that score at least suggestFloor.
func aboveFloor(rs []hit) []hit {
	for i, r := range rs {
		if r.score < suggestFloor {
			return rs[:i]
		}
	}
	return rs
}
