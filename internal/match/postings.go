package match

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
)

// postings maps keys to lists of numbers (entries or words), read in
// place from a stored index. Keys are either strings, sorted (words and
// stems), or the dense numbers of gramID (bigrams), in which case keys is
// nil and list k is the k-th. Every number read is checked against n
// before it is used, so a damaged section gives short lists, never a read
// out of bounds.
type postings struct {
	blob  strs        // the strings section, which keys point into
	keys  arr[span]   // sorted; none for a dense table
	start arr[uint32] // list k is ids[start[k]:start[k+1]]
	ids   arr[int32]
	n     int // every id is below n
	// For the entries' bigrams, the lists of more than n/denseShare
	// numbers are sets instead (lists.go, writeDense): dense holds their
	// list numbers in order, bits their sets, (n+63)/64 uint64s each as
	// uint32 pairs; such a list is empty in ids.
	dense, bits arr[uint32]
}

// set returns list k as a set of bits, as uint32 pairs, and true if it
// is kept as one; false for a list kept as numbers, or a set that does
// not fit the section (a damaged index), which reads as empty.
func (p *postings) set(k int) ([]uint32, bool) {
	nd := p.dense.len()
	if nd == 0 {
		return nil, false
	}
	j := sort.Search(nd, func(j int) bool { return int(p.dense.at(j)) >= k })
	if j == nd || int(p.dense.at(j)) != k {
		return nil, false
	}
	words := (p.n + 63) / 64
	if (j+1)*2*words > p.bits.len() {
		return nil, true
	}
	return p.bits.run(2*words*j, 2*words*(j+1)), true
}

// count is how many lists p has.
func (p *postings) count() int {
	return max(p.start.len()-1, 0)
}

// key returns the string of list k, or "" if it lies outside the blob.
func (p *postings) key(k int) string {
	if k < 0 || k >= p.keys.len() {
		return ""
	}
	s, _ := p.blob.str(p.keys.at(k))
	return s
}

// search returns the first list whose key is at least s.
func (p *postings) search(s string) int {
	return sort.Search(min(p.keys.len(), p.count()), func(k int) bool { return p.key(k) >= s })
}

// find returns the list of key s, or nil.
func (p *postings) find(s string) []int32 {
	k := p.search(s)
	if k < min(p.keys.len(), p.count()) && p.key(k) == s {
		return p.list(k)
	}
	return nil
}

// list returns list k, or nil if k or its bounds are out of range. Its
// numbers are the reader's to check against n.
func (p *postings) list(k int) []int32 {
	if k < 0 || k+1 >= p.start.len() {
		return nil
	}
	bounds := p.start.run(k, k+2)
	from, to := bounds[0], bounds[1]
	if from > to || int(to) > p.ids.len() {
		return nil
	}
	return p.ids.run(int(from), int(to))
}

// prefixed calls fn with each list whose key begins with prefix.
func (p *postings) prefixed(prefix string, fn func(k int, ids []int32)) {
	for k := p.search(prefix); k < min(p.keys.len(), p.count()); k++ {
		if !strings.HasPrefix(p.key(k), prefix) {
			return
		}
		fn(k, p.list(k))
	}
}

// set is a set of numbers below some n, one bit each.
type set []uint64

func newSet(n int) set { return make(set, (n+63)/64) }

// add adds i, if it is in range.
func (s set) add(i int32) {
	if i >= 0 && int(i/64) < len(s) {
		s[i/64] |= 1 << (i % 64)
	}
}

// addAll adds every number of ids.
func (s set) addAll(ids []int32) {
	for _, i := range ids {
		s.add(i)
	}
}

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

// ids returns the numbers in s, in order.
func (s set) ids() []int32 {
	var out []int32
	for i, w := range s {
		for w != 0 {
			out = append(out, int32(i*64+bits.TrailingZeros64(w)))
			w &= w - 1
		}
	}
	return out
}

// all returns 0..n-1: every entry, for the reference scan.
func all(n int) []int32 {
	out := make([]int32, n)
	for i := range out {
		out[i] = int32(i)
	}
	return out
}

// sortedUnique sorts ids and drops repeats.
func sortedUnique(ids []int32) []int32 {
	slices.Sort(ids)
	return slices.Compact(ids)
}
