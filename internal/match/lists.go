package match

import (
	"encoding/binary"
	"slices"

	"github.com/gloss-cli/gloss/internal/sections"
)

// This file gathers the index's lists while it is prepared. A list grows
// one number at a time, in order, as varint gaps: the bigram table of
// 100,000 terms holds four million numbers, 16 MB as int32s but a third
// of that as gaps, and the heap is capped while an index is prepared
// (internal/load), so what it holds is what the collector's work grows
// with.

// idList is a list of increasing numbers, stored as varint gaps.
type idList struct {
	gaps []byte
	last int32
	n    uint32
}

// add appends id, which must be above every number already added; an id
// equal to the last is not added again.
func (l *idList) add(id int32) {
	if l.n > 0 && id == l.last {
		return
	}
	gap := id - l.last
	if l.n == 0 {
		gap = id
	}
	l.gaps = binary.AppendUvarint(l.gaps, uint64(gap))
	l.last = id
	l.n++
}

// appendTo appends the numbers of l to dst.
func (l *idList) appendTo(dst []uint32) []uint32 {
	at, b := uint32(0), l.gaps
	for len(b) > 0 {
		gap, k := binary.Uvarint(b)
		at += uint32(gap)
		dst = append(dst, at)
		b = b[k:]
	}
	return dst
}

// writeLists writes lists end to end as section name/ids, and where
// each starts, and the end of the last, as name/start.
func writeLists(sw *sections.Writer, name string, lists []*idList) {
	start := make([]uint32, 0, len(lists)+1)
	at := uint32(0)
	for _, l := range lists {
		start = append(start, at)
		if l != nil {
			at += l.n
		}
	}
	sw.Begin(name + "/start")
	sw.Uint32s(append(start, at)...)
	sw.Begin(name + "/ids")
	var buf []uint32
	for _, l := range lists {
		if l != nil {
			buf = l.appendTo(buf[:0])
			sw.Uint32s(buf...)
		}
	}
}

// gramBuilder gathers a dense bigram table as keys are numbered.
type gramBuilder struct {
	lists []*idList
}

func newGramBuilder() *gramBuilder {
	return &gramBuilder{lists: make([]*idList, gramCount)}
}

// add adds id to the list of each bigram of s. ids must come in order.
func (b *gramBuilder) add(id int32, s string) {
	for _, g := range gramsOf(s) {
		if b.lists[g] == nil {
			b.lists[g] = &idList{}
		}
		b.lists[g].add(id)
	}
}

// write writes the lists as sections name/start and name/ids.
func (b *gramBuilder) write(sw *sections.Writer, name string) {
	writeLists(sw, name, b.lists)
}

// denseShare is the share of the n numbers above which a bigram's list
// is kept as a set of bits instead: n/8 bytes rather than four a number,
// so a list of more than n/32 is smaller as a set. A typo lookup reads
// the lists of its query's bigrams, most of them common ones ("ca",
// "n$"): at 100,000 terms 1.5 MB of numbers, 0.5 MB as sets.
const denseShare = 32

// writeDense writes the lists as writeLists does, but for those of more
// than n/denseShare numbers, which are written empty there and as sets
// of n bits: name/dense lists their bigrams in order, name/bits holds
// their sets, (n+63)/64 uint64s each as uint32 pairs, low first.
func (b *gramBuilder) writeDense(sw *sections.Writer, name string, n int) {
	lists := slices.Clone(b.lists)
	var dense []uint32
	var bits []uint32
	words := (n + 63) / 64
	var buf []uint32
	for g, l := range lists {
		if l == nil || int(l.n) <= n/denseShare {
			continue
		}
		set := make([]uint64, words)
		buf = l.appendTo(buf[:0])
		for _, id := range buf {
			if int(id) < n {
				set[id/64] |= 1 << (id % 64)
			}
		}
		for _, w := range set {
			bits = append(bits, uint32(w), uint32(w>>32))
		}
		dense = append(dense, uint32(g))
		lists[g] = nil
	}
	writeLists(sw, name, lists)
	sw.Begin(name + "/dense")
	sw.Uint32s(dense...)
	sw.Begin(name + "/bits")
	sw.Uint32s(bits...)
}

// keyBuilder gathers lists under string keys (words, stems).
type keyBuilder struct {
	lists map[string]*idList
}

func newKeyBuilder() *keyBuilder {
	return &keyBuilder{lists: map[string]*idList{}}
}

// add adds id to key's list, once. ids must come in order.
func (b *keyBuilder) add(key string, id int32) {
	l := b.lists[key]
	if l == nil {
		l = &idList{}
		b.lists[key] = l
	}
	l.add(id)
}

// table returns the keys sorted and their lists in the same order.
func (b *keyBuilder) table() (keys []string, lists []*idList) {
	for k := range b.lists {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	lists = make([]*idList, len(keys))
	for i, k := range keys {
		lists[i] = b.lists[k]
	}
	return keys, lists
}
