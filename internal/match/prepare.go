package match

import (
	"cmp"
	"iter"
	"slices"
	"strings"

	"github.com/gloss-cli/gloss/internal/parallel"
)

// prepare returns the index build would make, for a store to save,
// without holding its entries: each is worked out again as it is read.
// Only the keys the orders are sorted by are kept, while they are sorted:
// about 60 bytes an entry.
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
			return newEntry(r.term, t.Name, false)
		}
		return newEntry(r.term, t.Aliases[r.alias], true)
	}

	n := len(refs)
	x := &index{n: n}
	// The definitions are stemmed while the sort orders are made, so that
	// neither waits for the other's slowest part on one core.
	parallel.Do(func() {
		txt := m.stemmed()
		x.vocab, x.text, x.textEnd = txt.vocab, txt.words, txt.end
	}, func() {
		// Each entry's four keys are worked out at once, on every core,
		// and sorted side by side.
		keys, comps, stemKeys, compStems := make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		parallel.Each(n, prepareBlock, func(i int) {
			t := m.g.Term(int(refs[i].term))
			text := t.Name
			if refs[i].alias >= 0 {
				text = t.Aliases[refs[i].alias]
			}
			e := newEntry(refs[i].term, text, false)
			keys[i], comps[i], stemKeys[i], compStems[i] = e.key, e.compact, e.stemKey, e.compactStem
		})
		parallel.Do(func() { x.byKey = sortedBy(keys) }, func() { x.byComp = sortedBy(comps) },
			func() { x.byStems = sortedBy(stemKeys) }, func() { x.byCompStem = sortedBy(compStems) })
	})
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
// number: the order sortEntries makes. Each key is sorted with its number
// beside it, not looked up through the number at each comparison: a
// quarter of a million keys sort about twice as fast.
func sortedBy(keys []string) []int32 {
	type keyed struct {
		key string
		id  int32
	}
	ks := make([]keyed, len(keys))
	for i, k := range keys {
		ks[i] = keyed{k, int32(i)}
	}
	slices.SortFunc(ks, func(a, b keyed) int { return cmp.Or(strings.Compare(a.key, b.key), cmp.Compare(a.id, b.id)) })
	ids := make([]int32, len(keys))
	for i, k := range ks {
		ids[i] = k.id
	}
	return ids
}
