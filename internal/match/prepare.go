package match

import (
	"cmp"
	"iter"
	"slices"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/parallel"
)

// prepare returns the index build would make, for a store to save,
// without holding its entries: each is worked out again as it is read.
// Only the keys the orders are sorted by are kept, while they are sorted.
// Its store is told as the definitions and examples of terms have been
// read (Store.TextsRead).
func (m *Matcher) prepare() *index {
	type ref struct{ term, alias int32 } // alias -1 for the name
	var refs []ref
	for ti, t := range m.g.All() {
		refs = append(refs, ref{int32(ti), -1})
		for ai, a := range t.Aliases {
			if m.g.Find(a) == t { // as in build
				refs = append(refs, ref{int32(ti), int32(ai)})
			}
		}
	}
	entryAt := func(r ref) entry {
		t := m.g.Term(int(r.term))
		if r.alias < 0 {
			return newEntry(t, t.Name, false)
		}
		return newEntry(t, t.Aliases[r.alias], true)
	}

	n := len(refs)
	txt := m.stemmed()
	x := &index{n: n, vocab: txt.vocab, text: txt.words, textEnd: txt.end}
	// One order at a time, each key worked out on every core, so that
	// only one set of keys is held.
	orderBy := func(field func(text string) string) []int32 {
		keys := make([]string, n)
		parallel.Each(n, prepareBlock, func(i int) {
			t := m.g.Term(int(refs[i].term))
			text := t.Name
			if refs[i].alias >= 0 {
				text = t.Aliases[refs[i].alias]
			}
			keys[i] = field(text)
		})
		return sortedBy(keys)
	}
	x.byKey = orderBy(glossary.Key)
	x.byComp = orderBy(func(text string) string { return newEntry(nil, text, false).compact })
	x.byStems = orderBy(func(text string) string { return newEntry(nil, text, false).stemKey })
	x.entries = func(from, to int) iter.Seq[indexEntry] {
		return func(yield func(indexEntry) bool) {
			// Work the entries out a block at a time on every core, ahead
			// of the reader, and hand them over in order.
			blocks := parallel.Blocks(from, to, prepareBlock, func(lo, hi int) []indexEntry {
				es := make([]indexEntry, hi-lo)
				for i, r := range refs[lo:hi] {
					e := entryAt(r)
					es[i] = e.plain(r.term, maskOf(&e))
				}
				return es
			})
			for es := range blocks {
				for _, e := range es {
					if !yield(e) {
						return
					}
				}
			}
		}
	}
	return x
}

// prepareBlock is how many entries are worked out at a time while the
// index is prepared: enough that handing a block over costs little beside
// it, few enough that the blocks worked out ahead hold little memory.
const prepareBlock = 4096

// sortedBy returns the numbers of keys in order of key, ties in order of
// number: the order sortEntries makes.
func sortedBy(keys []string) []int32 {
	ids := make([]int32, len(keys))
	for i := range ids {
		ids[i] = int32(i)
	}
	slices.SortFunc(ids, func(a, b int32) int { return cmp.Or(strings.Compare(keys[a], keys[b]), cmp.Compare(a, b)) })
	return ids
}
