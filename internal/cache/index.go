package cache

import (
	"encoding/binary"
	"errors"
	"iter"
	"math"

	"github.com/gloss-cli/gloss/internal/match"
)

// A match file holds a matcher's prepared index (match.Index) in six
// sections:
//
//	strings   the entries' strings, then the vocabulary
//	entries   per entry: three uint64 masks, then term, alias (0 or 1)
//	          and the places (offset, length) of text, key, compact,
//	          stems, compact stem and stem key: 80 bytes
//	orders    the entry numbers by key, by compact key, by stem key
//	vocab     the places of the vocabulary's stems
//	text      the terms' definitions and examples as stem numbers
//	textEnd   where each term's run of stem numbers ends
//
// An entry's strings that equal one before them in the same entry (a
// one-word name's key, compact key and stems are often the same) share
// its place.
const (
	indexSections = 6
	entrySize     = 80
)

func writeIndex(w *writer, x *match.Index) error {
	// One pass over the entries, which may be worked out as they are read:
	// their strings go to the file, their records to memory until the
	// strings are done.
	w.begin()
	all := &strtab{w: w}
	recs := make([]byte, 0, x.Len*entrySize)
	le := binary.LittleEndian
	var refs [12]uint32
	for e := range x.Entries(0, x.Len) {
		strs := [6]string{e.Text, e.Key, e.Compact, e.Stems, e.CompactStem, e.StemKey}
	next:
		for i, s := range strs {
			for j := range i {
				if strs[j] == s {
					refs[2*i], refs[2*i+1] = refs[2*j], refs[2*j+1]
					continue next
				}
			}
			refs[2*i], refs[2*i+1] = all.add(s)
		}
		alias := uint32(0)
		if e.Alias {
			alias = 1
		}
		recs = le.AppendUint64(recs, e.Stems64)
		recs = le.AppendUint64(recs, e.Starts64)
		recs = le.AppendUint64(recs, e.Letters64)
		recs = le.AppendUint32(recs, uint32(e.Term))
		recs = le.AppendUint32(recs, alias)
		for _, r := range refs {
			recs = le.AppendUint32(recs, r)
		}
	}
	vocabAt := all.n
	for _, s := range x.Vocab {
		all.add(s)
	}
	w.end()
	if all.n > math.MaxUint32 || len(recs) != x.Len*entrySize {
		return errors.New("index too large for the cache, or not as long as it says")
	}

	w.begin()
	w.write(recs)
	w.end()

	w.begin()
	for _, order := range [][]int32{x.ByKey, x.ByComp, x.ByStems} {
		w.u32(u32sOf(order)...)
	}
	w.end()

	w.begin()
	vocab := &strtab{n: vocabAt}
	for _, s := range x.Vocab {
		w.u32(vocab.add(s))
	}
	w.end()

	w.begin()
	w.u32(x.Text...)
	w.end()
	w.begin()
	w.u32(x.TextEnd...)
	w.end()
	return nil
}

// readIndex returns the index in the sections of a match file for a
// glossary of n terms. Its entries are read from the file as they are
// iterated; one that does not fit comes out with Term -1, which
// match.Stored refuses.
func readIndex(secs [][]byte, terms int) (*match.Index, error) {
	blob, entries := secs[0], secs[1]
	if len(entries)%entrySize != 0 {
		return nil, errDamaged
	}
	n := len(entries) / entrySize
	orders := i32s(secs[2])
	if len(orders) != 3*n {
		return nil, errDamaged
	}
	refs := u32s(secs[3])
	vocab := make([]string, len(refs)/2)
	for i := range vocab {
		s, ok := stringAt(blob, refs[2*i], refs[2*i+1])
		if !ok {
			return nil, errDamaged
		}
		vocab[i] = s
	}
	x := &match.Index{
		Len: n, ByKey: orders[:n:n], ByComp: orders[n : 2*n : 2*n], ByStems: orders[2*n:],
		Vocab: vocab, Text: u32s(secs[4]), TextEnd: u32s(secs[5]),
	}
	x.Entries = func(from, to int) iter.Seq[match.Entry] {
		return func(yield func(match.Entry) bool) {
			readEntries(entries[entrySize*from:entrySize*to], blob, terms, yield)
		}
	}
	return x, nil
}

// readEntries yields the entries in recs, then lets their pages go: the
// matcher copies what it keeps.
func readEntries(recs, blob []byte, terms int, yield func(match.Entry) bool) {
	le := binary.LittleEndian
	for i := range len(recs) / entrySize {
		r := recs[entrySize*i : entrySize*(i+1)]
		term, alias := le.Uint32(r[24:]), le.Uint32(r[28:])
		e := match.Entry{Stems64: le.Uint64(r), Starts64: le.Uint64(r[8:]), Letters64: le.Uint64(r[16:]), Term: int32(term), Alias: alias == 1}
		ok := term < uint32(terms) && alias <= 1
		for j, dst := range [6]*string{&e.Text, &e.Key, &e.Compact, &e.Stems, &e.CompactStem, &e.StemKey} {
			s, fits := stringAt(blob, le.Uint32(r[32+8*j:]), le.Uint32(r[36+8*j:]))
			*dst, ok = s, ok && fits
		}
		if !ok {
			e.Term = -1
		}
		if !yield(e) {
			return
		}
	}
	dropPages(recs)
}
