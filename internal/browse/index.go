package browse

import (
	"math/bits"
	"slices"
	"sort"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/parallel"
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

// minIndexPart is the fewest terms worth indexing on a core of their own:
// a part's words are merged with the others' after, which costs about as
// much as indexing a few thousand terms.
const minIndexPart = 10000

// newIndex indexes the words of every term of g, in parts at once on a
// large glossary.
func newIndex(g *glossary.Glossary) *index {
	terms := g.All()
	x := &index{n: len(terms), keys: make([]string, len(terms))}
	parts := parallel.Parts(len(terms), minIndexPart)
	names := make([]map[string][]int32, parts)
	text := make([]map[string][]int32, parts)
	parallel.Ranges(len(terms), parts, func(p, from, to int) {
		names[p], text[p] = map[string][]int32{}, map[string][]int32{}
		for i := from; i < to; i++ {
			t, id := terms[i], int32(i)
			x.keys[i] = glossary.Key(t.Name)
			addWords(names[p], id, t.Name)
			for _, a := range t.Aliases {
				addWords(names[p], id, a)
			}
			addWords(text[p], id, t.Category)
			addWords(text[p], id, t.Definition)
			addWords(text[p], id, t.Formula)
			addWords(text[p], id, t.Example)
		}
	})
	parallel.Do(
		func() { x.names = sortVocab(merge(names)) },
		func() { x.text = sortVocab(merge(text)) },
	)
	return x
}

// addWords adds term i to the list of each word of s in m, once.
func addWords(m map[string][]int32, i int32, s string) {
	for w := range strings.FieldsSeq(glossary.Key(s)) {
		if ts := m[w]; len(ts) == 0 || ts[len(ts)-1] != i {
			m[w] = append(ts, i)
		}
	}
}

// merge joins the maps of consecutive parts into the first: each word's
// terms stay in order.
func merge(parts []map[string][]int32) map[string][]int32 {
	for _, m := range parts[1:] {
		for w, ts := range m {
			parts[0][w] = append(parts[0][w], ts...)
		}
	}
	return parts[0]
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
