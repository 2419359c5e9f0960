package match

import (
	"cmp"
	"iter"
	"slices"
	"sort"
	"strings"
)

// order lists entry numbers sorted by one of their strings, so that the
// entries with a given string are found by binary search.
type order struct {
	ids []int32
	of  func(i int) string
}

// get yields the entries whose string is s, in the order they were added,
// each with its count.
func (o order) get(s string) iter.Seq2[int, int] {
	lo := sort.Search(len(o.ids), func(k int) bool { return o.of(int(o.ids[k])) >= s })
	return func(yield func(int, int) bool) {
		for k := lo; k < len(o.ids) && o.of(int(o.ids[k])) == s; k++ {
			if !yield(k-lo, int(o.ids[k])) {
				return
			}
		}
	}
}

// sortEntries makes the three orders of the entries, taking each from
// saved when it is given.
func (m *Matcher) sortEntries(byKey, byComp, byStems []int32) {
	m.byKey = m.order(byKey, func(e *entry) string { return e.key })
	m.byComp = m.order(byComp, func(e *entry) string { return e.compact })
	m.byStems = m.order(byStems, func(e *entry) string { return e.stemKey })
}

func (m *Matcher) order(saved []int32, field func(*entry) string) order {
	ids := saved
	if ids == nil {
		ids = make([]int32, len(m.entries))
		for i := range ids {
			ids[i] = int32(i)
		}
		// Ties in the order added, as a stable sort would leave them.
		slices.SortFunc(ids, func(a, b int32) int {
			return cmp.Or(strings.Compare(field(&m.entries[a]), field(&m.entries[b])), cmp.Compare(a, b))
		})
	}
	return order{ids, func(i int) string { return field(&m.entries[i]) }}
}
