package match

import (
	"iter"
	"sort"
)

// order lists entry numbers sorted by one of their strings, so that the
// entries with a given string are found by binary search.
type order struct {
	ids   []int32
	of    func(i int) string
	whole func(i int) bool // whether entry i's record can be read
}

// get yields the entries whose string is s, in the order they were added,
// each with its count; an entry whose record is damaged is passed over.
func (o order) get(s string) iter.Seq2[int, int] {
	lo := sort.Search(len(o.ids), func(k int) bool { return o.of(int(o.ids[k])) >= s })
	return func(yield func(int, int) bool) {
		for k := lo; k < len(o.ids) && o.of(int(o.ids[k])) == s; k++ {
			if o.whole(int(o.ids[k])) && !yield(k-lo, int(o.ids[k])) {
				return
			}
		}
	}
}

// sortEntries makes the four orders of the entries from the index's.
func (m *Matcher) sortEntries() {
	m.byKey = m.order(m.x.byKey, keySpan)
	m.byComp = m.order(m.x.byComp, compactSpan)
	m.byStems = m.order(m.x.byStems, stemKeySpan)
	m.byCompStem = m.order(m.x.byCompStem, compactStemSpan)
}

func (m *Matcher) order(ids []int32, f func(*entryRecord) span) order {
	return order{ids, func(i int) string { return m.field(i, f) }, func(i int) bool { _, ok := m.entry(i); return ok }}
}
