package match

import (
	"math/bits"
	"slices"
	"sync"
	"unsafe"
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
	if need > 255 {
		return nearCounted[uint16](p, grams, need)
	}
	return nearCounted[uint8](p, grams, need)
}

// nearCounted is near with a count of type C for each number: a byte
// where need allows, half the memory a query zeroes and touches (228,415
// entries at 100,000 terms). A count may wrap past need; the number was
// added when it first reached it, and repeats are dropped.
//
// The counts are taken from a pool and put back zeroed (the numbers
// counted, or all of them when a set was counted): a lookup asks three
// or four times, on several goroutines, and fresh memory each time is
// page faults, most of a typo lookup's system time at 100,000 terms.
func nearCounted[C uint8 | uint16](p *postings, grams []int32, need int) []int32 {
	counts := takeCounts[C](p.n)
	var out []int32
	for _, g := range grams {
		if set, ok := p.set(int(g)); ok {
			for w := 0; 2*w+1 < len(set); w++ {
				for v := uint64(set[2*w]) | uint64(set[2*w+1])<<32; v != 0; v &= v - 1 {
					id := 64*w + bits.TrailingZeros64(v)
					if id >= p.n {
						break
					}
					counts[id]++
					if int(counts[id]) == need {
						out = append(out, int32(id))
					}
				}
			}
			continue
		}
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
	// Put the counts back zeroed: only those counted, or the whole of
	// them when a set was counted (a set touches most of them anyway).
	for _, g := range grams {
		if _, ok := p.set(int(g)); ok {
			clear(counts)
			break
		}
		for _, id := range p.list(int(g)) {
			if id >= 0 && int(id) < p.n {
				counts[id] = 0
			}
		}
	}
	putCounts(counts)
	return sortedUnique(out)
}

// countPools hold zeroed count arrays for nearCounted, by type.
var countPools = struct{ u8, u16 sync.Pool }{}

// takeCounts returns n zeroed counts, from the pool when one is long
// enough.
func takeCounts[C uint8 | uint16](n int) []C {
	pool := countPool[C]()
	if c, ok := pool.Get().(*[]C); ok && cap(*c) >= n {
		return (*c)[:n]
	}
	return make([]C, n)
}

// putCounts gives back counts, which must be zeroed.
func putCounts[C uint8 | uint16](counts []C) {
	countPool[C]().Put(&counts)
}

func countPool[C uint8 | uint16]() *sync.Pool {
	var c C
	if unsafe.Sizeof(c) == 1 {
		return &countPools.u8
	}
	return &countPools.u16
}
