package match

import (
	"iter"
	"sort"
)

// order lists entry numbers sorted by one of their strings, so that the
// entries with a given string are found by binary search.
type order struct {
	ids   arr[int32]
	of    func(i int) string
	whole func(i int) bool // whether entry i's record can be read
}

// get yields the entries whose string is s, in the order they were added,
// each with its count; an entry whose record is damaged is passed over.
func (o order) get(s string) iter.Seq2[int, int] {
	lo := o.search(s)
	return func(yield func(int, int) bool) {
		for k := lo; k < o.ids.len() && o.of(int(o.ids.at(k))) == s; k++ {
			if i := int(o.ids.at(k)); o.whole(i) && !yield(k-lo, i) {
				return
			}
		}
	}
}

// search returns the first place in o whose entry's string is at least s.
func (o order) search(s string) int {
	return sort.Search(o.ids.len(), func(k int) bool { return o.of(int(o.ids.at(k))) >= s })
}

// sortEntries makes the four orders of the entries from the index's.
func (m *Matcher) sortEntries() {
	m.byKey = m.order(m.x.byKey, keySpan)
	m.byComp = m.order(m.x.byComp, compactSpan)
	m.byStems = m.order(m.x.byStems, stemKeySpan)
	m.byCompStem = m.order(m.x.byCompStem, compactStemSpan)
}

func (m *Matcher) order(ids arr[int32], f func(*entryRecord) span) order {
	return order{ids, func(i int) string { return m.field(i, f) }, func(i int) bool { _, ok := m.entry(i); return ok }}
}
