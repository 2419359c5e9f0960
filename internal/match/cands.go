package match

import (
	"iter"
	"strings"
)

// This file finds, from the index, the entries each approximate stage
// must compare with a query: every entry the stage could accept, and few
// others. Each stage then runs its own checks on them, in entry order, as
// it ran them on every entry before the index (and still does when
// m.scan is set), so the index changes what is read, never what is found.

// each calls fn with each entry of ids that is whole, in order; with
// m.scan, with every entry.
func (m *Matcher) each(ids []int32, fn func(i int, e *entry)) {
	if m.scan {
		ids = all(m.count())
	}
	for _, i := range ids {
		if e, ok := m.entry(int(i)); ok {
			fn(int(i), &e)
		}
	}
}

// compactStemmed returns the entries whose compact key's stem is qs.
func (m *Matcher) compactStemmed(qs string) []int32 {
	var out []int32
	for _, i := range m.byCompStem.get(qs) {
		out = append(out, int32(i))
	}
	return sortedUnique(out)
}

// prefixCands returns the entries prefixes may accept: those whose compact
// key begins with the query's, and, unless starts rules it out, those with
// a word of the query's first stem or (for a single word) a word that
// begins with it.
func (m *Matcher) prefixCands(q query, starts wordStarts) []int32 {
	s := newSet(m.count())
	ids := m.byComp.ids
	for k := m.byComp.search(q.compact); k < ids.len() && strings.HasPrefix(m.byComp.of(int(ids.at(k))), q.compact); k++ {
		s.add(ids.at(k))
	}
	if !starts.never {
		s.addAll(m.x.stems.find(q.stems[0]))
		if len(q.words) == 1 {
			m.x.words.prefixed(q.words[0], func(_ int, ids []int32) { s.addAll(ids) })
		}
	}
	return s.ids()
}

// withStems returns the entries with any of stems (every one of them, with
// every set), in order.
func (m *Matcher) withStems(stems []string, every bool) []int32 {
	if m.scan {
		return all(m.count())
	}
	var out set
	for _, st := range stems {
		s := newSet(m.count())
		s.addAll(m.x.stems.find(st))
		switch {
		case out == nil:
			out = s
		case every:
			out.and(s)
		default:
			out.or(s)
		}
	}
	return out.ids()
}

// lettered returns the entries whose letterSet holds every bit of
// letters: every entry for a pattern outside ASCII, which sahilm/fuzzy
// folds by Unicode rules.
func (m *Matcher) lettered(letters uint64, ascii bool) []int32 {
	if m.scan || !ascii || letters == 0 {
		return all(m.count())
	}
	var out set
	for b := range 64 {
		if letters&(1<<b) == 0 {
			continue
		}
		if out == nil {
			out = m.letterSet(b)
		} else {
			m.andLetterSet(out, b)
		}
	}
	return out.ids()
}

// typoCands returns the entries typos may accept: those whose compact key
// has enough of the query's bigrams to be within its edits, and, for a
// query of several words, those each of whose words could pass wordEdits.
// Where the bigrams cannot tell (see grams.go), every entry.
func (m *Matcher) typoCands(q query) []int32 {
	s := newSet(m.count())
	if k := maxEdits(len(q.compact)); k > 0 {
		g := gramsOf(q.compact)
		need := gramsNeeded(g, k)
		if need <= 0 {
			return all(m.count())
		}
		for _, i := range m.x.grams.near(g, need) {
			// withinEdits refuses a length more than k away; compacts
			// say so without working the entry out.
			if int(i) < m.count() && abs(m.x.compactLen(int(i))-len(q.compact)) <= k {
				s.add(i)
			}
		}
	}
	if len(q.words) > 1 {
		w, ok := m.wordCands(q)
		if !ok {
			return all(m.count())
		}
		s.or(w)
	}
	return s.ids()
}

// wordCands returns the entries that, for each query word, have a word
// wordEdits could pair with it: of the same stem, within its edits, or,
// for the last, beginning with it. It reports false when the bigrams
// cannot tell.
func (m *Matcher) wordCands(q query) (set, bool) {
	var out set
	for j, w := range q.words {
		s := newSet(m.count())
		s.addAll(m.x.stems.find(q.stems[j]))
		if j == len(q.words)-1 && len(w) >= 3 {
			m.x.words.prefixed(w, func(_ int, ids []int32) { s.addAll(ids) })
		}
		if k := maxEdits(len(w)); k > 0 {
			g := gramsOf(w)
			need := gramsNeeded(g, k)
			if need <= 0 {
				return nil, false
			}
			for _, id := range m.x.wordGrams.near(g, need) {
				if _, ok := withinEdits(w, m.x.words.key(int(id))); ok {
					s.addAll(m.x.words.list(int(id)))
				}
			}
		}
		if out == nil {
			out = s
		} else {
			out.and(s)
		}
	}
	return out, true
}

// nearWords yields the words of the names and aliases that may be within
// limit edits of w, by the bigrams of the words (grams.go): every word,
// once for each entry that has it, with m.scan or where the bigrams cannot
// tell.
func (m *Matcher) nearWords(w string, limit int) iter.Seq[string] {
	return func(yield func(string) bool) {
		g := gramsOf(w)
		need := gramsNeeded(g, limit)
		if m.scan || need <= 0 {
			for i := range m.count() {
				e, ok := m.entry(i)
				for _, t := range e.words {
					if ok && !yield(t) {
						return
					}
				}
			}
			return
		}
		for _, id := range m.x.wordGrams.near(g, need) {
			if !yield(m.x.words.key(int(id))) {
				return
			}
		}
	}
}
