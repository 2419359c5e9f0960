package browse

import (
	"math/bits"
	"slices"
	"sort"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// index finds, for the start of a word, every term that has a word
// beginning that way: in its name or aliases (names), or anywhere in its
// entry (text). It is what lets the list follow each keystroke over
// 100,000 terms: a word typed so far is a range of a sorted vocabulary,
// and a query is the intersection of its words' ranges.
type index struct {
	n     int      // terms
	keys  []string // glossary.Key of each term's name
	names vocab
	text  vocab
}

// vocab is a sorted list of distinct words, each with the terms that use
// it, in glossary order.
type vocab struct {
	words []string
	terms [][]int32
}

// newIndex indexes the words of every term of g.
func newIndex(g *glossary.Glossary) *index {
	x := &index{n: len(g.Terms), keys: make([]string, len(g.Terms))}
	names := map[string][]int32{}
	text := map[string][]int32{}
	add := func(m map[string][]int32, i int32, s string) {
		for w := range strings.FieldsSeq(glossary.Key(s)) {
			if ts := m[w]; len(ts) == 0 || ts[len(ts)-1] != i {
				m[w] = append(ts, i)
			}
		}
	}
	for i, t := range g.Terms {
		id := int32(i)
		x.keys[i] = glossary.Key(t.Name)
		add(names, id, t.Name)
		for _, a := range t.Aliases {
			add(names, id, a)
		}
		add(text, id, t.Category)
		add(text, id, t.Definition)
		add(text, id, t.Formula)
		add(text, id, t.Example)
	}
	x.names, x.text = sortVocab(names), sortVocab(text)
	return x
}

func sortVocab(m map[string][]int32) vocab {
	v := vocab{words: make([]string, 0, len(m))}
	for w := range m {
		v.words = append(v.words, w)
	}
	slices.Sort(v.words)
	v.terms = make([][]int32, len(v.words))
	for i, w := range v.words {
		v.terms[i] = m[w]
	}
	return v
}

// set is a set of term numbers, one bit each.
type set []uint64

func newSet(n int) set { return make(set, (n+63)/64) }

func (s set) add(i int32)      { s[i/64] |= 1 << (i % 64) }
func (s set) has(i int32) bool { return s[i/64]&(1<<(i%64)) != 0 }
func (s set) and(o set) {
	for i := range s {
		s[i] &= o[i]
	}
}
func (s set) or(o set) {
	for i := range s {
		s[i] |= o[i]
	}
}

// each calls fn with every term number in s, in order.
func (s set) each(fn func(int32)) {
	for i, w := range s {
		for w != 0 {
			fn(int32(i*64 + bits.TrailingZeros64(w)))
			w &= w - 1
		}
	}
}

// starting adds to s every term with a word that begins with prefix.
func (v *vocab) starting(prefix string, s set) {
	from := sort.SearchStrings(v.words, prefix)
	for i := from; i < len(v.words) && strings.HasPrefix(v.words[i], prefix); i++ {
		for _, t := range v.terms[i] {
			s.add(t)
		}
	}
}

// find returns the terms with a word beginning with each of words: in
// their names or aliases, and (the second set, which holds the first) in
// their names, aliases or text.
func (x *index) find(words []string) (inNames, anywhere set) {
	for i, w := range words {
		n, a := newSet(x.n), newSet(x.n)
		x.names.starting(w, n)
		x.text.starting(w, a)
		a.or(n)
		if i == 0 {
			inNames, anywhere = n, a
			continue
		}
		inNames.and(n)
		anywhere.and(a)
	}
	return inNames, anywhere
}
