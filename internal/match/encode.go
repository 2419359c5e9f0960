package match

import (
	"errors"
	"io"
	"math"
	"strings"

	"github.com/gloss-cli/gloss/internal/sections"
)

// indexVersion is the version of the encoding below. A stored index of
// another version is not read: the matcher prepares its index again and
// saves it anew. Raise it whenever what a section holds changes. (The
// cache's key covers the program too, so a new gloss never reads an old
// index; the version keeps the rule visible where the format is.)
//
//	1  the first encoding of its own (issue 13)
//	2  an entry's key is the name as written; its loose key, which the
//	   words come from, is worked out from it when read
//	3  the approximate stages' indexes (issue 17): words, stems, bigrams
//	   of compact keys and of words, letters, order/compactStem; entries
//	   are read one at a time where they lie, not copied
//	4  compacts and compacts/end: the compact keys end to end, in entry
//	   order, so that sahilm/fuzzy's stage and the typos' length check
//	   read them without an entry's record
//	5  grams/dense and grams/bits: the entries' common bigrams as sets of
//	   bits, not lists of numbers
const indexVersion = 5

// An index is encoded as named sections (internal/sections), numbers
// little-endian, read in place by decodeIndex:
//
//	version        uint32 indexVersion
//	strings        the entries' strings, then the vocabulary, end to end
//	entries        an entryRecord for each entry
//	order/key      entry numbers (int32) in order of key,
//	order/compact  of compact key,
//	order/stems    of stem key
//	vocab          where each stem of the vocabulary lies in strings
//	text, textEnd  the terms' texts as stem numbers, and where each ends
//	order/compactStem  entry numbers in order of the compact key's stem
//	words/keys, words/start, words/ids  each distinct word of the
//	               loose keys (a span in strings), sorted, and the
//	               entries that have it: list k is ids[start[k]:start[k+1]]
//	stems/keys, stems/start, stems/ids  the same for the words' stems
//	grams/start, grams/ids  for each marked bigram (gramsOf), the
//	               entries whose compact key has it; empty for those in
//	grams/dense, grams/bits  the bigrams of more than n/32 entries, in
//	               order, and their entries as sets of n bits, (n+63)/64
//	               uint64s each (two uint32s, low first)
//	wordgrams/start, wordgrams/ids  the same for the words of words/keys
//	letters        64 sets of entries, (n+63)/64 uint64s each (two
//	               uint32s, low first): set b holds the entries whose
//	               letterSet has bit b
//	compacts, compacts/end  each entry's compact key, end to end in
//	               entry order, and where each ends (uint32): entry i's
//	               is compacts[end[i-1]:end[i]], a few megabytes read
//	               densely where the records' spans would be scattered
//
// A new kind of key is a section of a span for each entry (say
// "key/written") and one of its order ("order/written"), and a new
// version; the sections already there stay as they are.

// span is where a string lies in the strings section.
type span struct{ Off, Len uint32 }

// entryRecord is one indexEntry as stored: uint32s only, for
// sections.Records.
type entryRecord struct {
	Term, Alias                                     uint32 // Alias is 0 or 1
	StemsLo, StemsHi, StartsLo, StartsHi            uint32 // the masks, 64 bits each
	LettersLo, LettersHi                            uint32
	Text, Key, Compact, Stems, CompactStem, StemKey span
}

// encode writes x to w. Its entries are read once, as they are worked
// out: their strings go to w and their records to memory until the
// strings are done.
func (x *index) encode(w io.Writer) error {
	sw := sections.NewWriter(w)
	sw.Begin("version")
	sw.Uint32s(indexVersion)
	// The texts first, and let go: the largest thing held while the
	// entries are worked out is the index built from them.
	sw.Begin("text")
	sw.Uint32s(x.text...)
	sw.Begin("textEnd")
	sw.Uint32s(x.textEnd...)
	x.text, x.textEnd = nil, nil
	sw.Begin("strings")
	var at uint64
	add := func(s string) span {
		sp := span{uint32(at), uint32(len(s))}
		at += uint64(len(s))
		sw.WriteString(s)
		return sp
	}
	recs := make([]entryRecord, 0, x.n)
	var compacts strings.Builder
	compactEnd := make([]uint32, 0, x.n)
	ix := newIndexBuilder(x.n)
	for e := range x.entries(0, x.n) {
		ix.add(int32(len(recs)), &e)
		compacts.WriteString(e.compact)
		compactEnd = append(compactEnd, uint32(compacts.Len()))
		strs := [6]string{e.text, e.key, e.compact, e.stems, e.compactStem, e.stemKey}
		var spans [6]span
	next:
		for i, s := range strs {
			for j := range i { // a one-word name's key, compact key and stems are often the same
				if strs[j] == s {
					spans[i] = spans[j]
					continue next
				}
			}
			spans[i] = add(s)
		}
		r := entryRecord{
			Term: uint32(e.term), Text: spans[0], Key: spans[1], Compact: spans[2], Stems: spans[3], CompactStem: spans[4], StemKey: spans[5],
			StemsLo: uint32(e.masks.stems), StemsHi: uint32(e.masks.stems >> 32),
			StartsLo: uint32(e.masks.starts), StartsHi: uint32(e.masks.starts >> 32),
			LettersLo: uint32(e.masks.letters), LettersHi: uint32(e.masks.letters >> 32),
		}
		if e.alias {
			r.Alias = 1
		}
		recs = append(recs, r)
	}
	vocab := make([]span, len(x.vocab))
	for i, s := range x.vocab {
		vocab[i] = add(s)
	}
	tables := ix.tables()
	for _, t := range []*keyTable{&tables.words, &tables.stems} {
		t.spans = make([]span, len(t.keys))
		for i, k := range t.keys {
			t.spans[i] = add(k)
		}
	}
	if at > math.MaxUint32 || uint64(compacts.Len()) > math.MaxUint32 || len(recs) != x.n {
		return errors.New("index too large to store, or not as long as it says")
	}
	sw.Begin("entries")
	sections.WriteRecords(sw, recs)
	for _, o := range []struct {
		name string
		ids  []int32
	}{{"order/key", x.byKey}, {"order/compact", x.byComp}, {"order/stems", x.byStems}, {"order/compactStem", x.byCompStem}} {
		sw.Begin(o.name)
		sw.Uint32s(sections.Uint32sOf(o.ids)...)
	}
	sw.Begin("vocab")
	sections.WriteRecords(sw, vocab)
	sw.Begin("compacts")
	sw.WriteString(compacts.String())
	sw.Begin("compacts/end")
	sw.Uint32s(compactEnd...)
	tables.write(sw)
	return sw.Close()
}
