package match

import (
	"bytes"
	"unsafe"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// This file reads the matcher's entries where they lie in its index, one
// at a time: a query over 100,000 terms works out only the entries its
// candidates name, never all of them.

// count is how many entries m has.
func (m *Matcher) count() int {
	return m.x.n
}

// entry returns entry i worked out from its record, and false if the
// record is out of range or does not fit the glossary (a damaged index),
// in which case the stages pass it over.
func (m *Matcher) entry(i int) (entry, bool) {
	if i < 0 || i >= m.x.n {
		return entry{}, false
	}
	e := m.x.entry(i, m.g.Len())
	if e.term < 0 {
		return entry{}, false
	}
	words, stems := appendWords(nil, glossary.LooseKey(e.key)), appendWords(nil, e.stems)
	if len(words) != len(stems) {
		return entry{}, false
	}
	return entry{
		term: e.term, text: e.text, alias: e.alias, key: e.key, compact: e.compact,
		words: words, stems: stems, compactStem: e.compactStem, stemKey: e.stemKey,
	}, true
}

// masks returns entry i's masks; an entry out of range has every bit,
// and is ruled out by no mask (entry then refuses it).
func (m *Matcher) masks(i int) masks {
	if i < 0 || i >= m.x.n {
		return masks{^uint64(0), ^uint64(0), ^uint64(0)}
	}
	r := m.x.recs.at(i)
	return masks{
		stems:   uint64(r.StemsHi)<<32 | uint64(r.StemsLo),
		starts:  uint64(r.StartsHi)<<32 | uint64(r.StartsLo),
		letters: uint64(r.LettersHi)<<32 | uint64(r.LettersLo),
	}
}

// field returns one string of entry i's record without working out the
// rest: what the orders compare and the stages' quick checks read.
func (m *Matcher) field(i int, f func(*entryRecord) span) string {
	if i < 0 || i >= m.x.n {
		return ""
	}
	r := m.x.recs.at(i)
	s, _ := m.x.blob.str(f(&r))
	return s
}

func keySpan(r *entryRecord) span         { return r.Key }
func compactSpan(r *entryRecord) span     { return r.Compact }
func stemKeySpan(r *entryRecord) span     { return r.StemKey }
func compactStemSpan(r *entryRecord) span { return r.CompactStem }

// letterSet returns the set of entries whose letterSet has bit b.
func (m *Matcher) letterSet(b int) set {
	s := newSet(m.x.n)
	raw := m.letterRaw(b)
	for i := range s {
		s[i] = uint64(raw[2*i]) | uint64(raw[2*i+1])<<32
	}
	return s
}

// andLetterSet removes from s, a set of m's entries, those whose
// letterSet lacks bit b, reading the stored set in place.
func (m *Matcher) andLetterSet(s set, b int) {
	raw := m.letterRaw(b)
	for i := range s {
		s[i] &= uint64(raw[2*i]) | uint64(raw[2*i+1])<<32
	}
}

// letterRaw is the stored set of entries whose letterSet has bit b, as
// uint32 pairs, low first.
func (m *Matcher) letterRaw(b int) []uint32 {
	words := (m.x.n + 63) / 64
	return m.x.letters.run(2*words*b, 2*words*(b+1))
}

// inMemory prepares m's index and reads it from memory, as it would from
// a store: one way of reading entries whether or not there is a cache.
func (m *Matcher) inMemory() {
	var buf bytes.Buffer
	if err := m.prepare().encode(&buf); err != nil {
		panic("match: encoding an index in memory: " + err.Error()) // only a glossary over 4 GiB
	}
	// The sections are read in place, so their numbers must be aligned.
	aligned := make([]uint64, (buf.Len()+7)/8)
	b := unsafe.Slice((*byte)(unsafe.Pointer(&aligned[0])), 8*len(aligned))[:buf.Len()]
	copy(b, buf.Bytes())
	if !m.use(b) {
		panic("match: an index encoded in memory does not decode")
	}
}
