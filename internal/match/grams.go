package match

import (
	"slices"

	"github.com/gloss-cli/gloss/internal/sections"
)

// The typo stage's index is a table of bigrams: for each pair of
// neighbouring bytes of a key, with its start and end marked ("^c", "ca",
// ..., "t$"), the keys that have it. It answers "which keys could be
// within d edits of this one" by a count: an edit changes at most three
// of a key's marked bigrams (a transposition "ab" to "ba" changes the
// bigrams before, across and after it; a substitution, insertion or
// deletion two or fewer), so a key within d edits of q has at least
// grams(q) - 3d of q's distinct bigrams. Keys with fewer are never
// compared. When that bound is not above zero (a key of repeated letters)
// the count says nothing, and every key is compared, as before the index.
// See docs/adr/016-typo-index.md for why bigrams and not a deletion
// neighbourhood or trigrams.

// gramPad marks the start and end of a key in a bigram.
const gramPad = 256

// gramCount is how many bigrams there are: any two of 256 bytes and
// gramPad.
const gramCount = 257 * 257

// editGrams is how many of a key's marked bigrams one edit can change.
const editGrams = 3

// gramsOf returns the distinct marked bigrams of s, sorted.
func gramsOf(s string) []int32 {
	out := make([]int32, 0, len(s)+1)
	prev := gramPad
	for i := 0; i < len(s); i++ {
		out = append(out, int32(prev*257+int(s[i])))
		prev = int(s[i])
	}
	out = append(out, int32(prev*257+gramPad))
	slices.Sort(out)
	return slices.Compact(out)
}

// gramsNeeded is how many of q's bigrams a key within edits of q must
// share; 0 or less means any key may be.
func gramsNeeded(q []int32, edits int) int {
	return len(q) - editGrams*edits
}

// near returns, in order, the numbers in p's bigram lists that have at
// least need of grams. need must be at least 1.
func (p *postings) near(grams []int32, need int) []int32 {
	counts := make([]uint16, p.n)
	var out []int32
	for _, g := range grams {
		for _, id := range p.list(int(g)) {
			if id < 0 || int(id) >= p.n {
				continue
			}
			counts[id]++
			if int(counts[id]) == need {
				out = append(out, id)
			}
		}
	}
	return sortedUnique(out)
}

// gramBuilder gathers a dense bigram table as keys are numbered.
type gramBuilder struct {
	lists [][]int32
}

func newGramBuilder() *gramBuilder {
	return &gramBuilder{lists: make([][]int32, gramCount)}
}

// add adds id to the list of each bigram of s. ids must come in order.
func (b *gramBuilder) add(id int32, s string) {
	for _, g := range gramsOf(s) {
		b.lists[g] = append(b.lists[g], id)
	}
}

// write writes the lists as sections name/start and name/ids.
func (b *gramBuilder) write(sw *sections.Writer, name string) {
	writeLists(sw, name, b.lists)
}

// writeLists writes lists end to end as section name/ids, and where
// each starts, and the end of the last, as name/start.
func writeLists(sw *sections.Writer, name string, lists [][]int32) {
	start := make([]uint32, 0, len(lists)+1)
	at := uint32(0)
	for _, l := range lists {
		start = append(start, at)
		at += uint32(len(l))
	}
	sw.Begin(name + "/start")
	sw.Uint32s(append(start, at)...)
	sw.Begin(name + "/ids")
	for _, l := range lists {
		sw.Uint32s(sections.Uint32sOf(l)...)
	}
}

// keyBuilder gathers lists under string keys (words, stems).
type keyBuilder struct {
	lists map[string][]int32
}

func newKeyBuilder() *keyBuilder {
	return &keyBuilder{lists: map[string][]int32{}}
}

// add adds id to key's list, once. ids must come in order.
func (b *keyBuilder) add(key string, id int32) {
	if l := b.lists[key]; len(l) == 0 || l[len(l)-1] != id {
		b.lists[key] = append(l, id)
	}
}

// table returns the keys sorted and their lists in the same order.
func (b *keyBuilder) table() (keys []string, lists [][]int32) {
	for k := range b.lists {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	lists = make([][]int32, len(keys))
	for i, k := range keys {
		lists[i] = b.lists[k]
	}
	return keys, lists
}
