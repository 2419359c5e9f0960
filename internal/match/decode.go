package match

import (
	"errors"
	"unsafe"

	"github.com/gloss-cli/gloss/internal/sections"
)

// errIndex is returned for a stored index that cannot be used: of
// another version, or not whole. The matcher prepares its own instead.
var errIndex = errors.New("stored match index is of another version or damaged")

// inPlace is an index as read back from its encoding (encode.go), where
// it lies: nothing is copied, and nothing is read at first but the
// section table and the version. Each block of a section is checked the
// first time it is read (inplace.go); a damaged one calls bad. Every
// number is checked against its bounds as it is read, so a record that
// does not fit comes out with term -1, which the matcher passes over.
type inPlace struct {
	n    int // entries
	recs arr[entryRecord]
	blob strs
	// byKey, byComp, byStems and byCompStem list entry numbers in order
	// of key, compact, stemKey and compactStem.
	byKey, byComp, byStems, byCompStem arr[int32]
	// vocab holds every stem of the terms' definitions and examples,
	// sorted, as spans in blob; text holds each term's definition and
	// example as numbers in vocab, stop words left out; term i's run
	// ends at textEnd[i].
	vocab            arr[span]
	text, textEnd    arr[uint32]
	words, stems     postings    // entries by each word, and stem, of their loose key
	grams, wordGrams postings    // entries, and words of words, by bigram
	letters          arr[uint32] // 64 sets of entries by letterSet bit, as uint32 pairs
	// compacts holds every entry's compact key end to end, in entry
	// order; entry i's ends at compactEnd[i].
	compacts   strs
	compactEnd arr[uint32]
}

// decodeIndex returns the index encoded in b for a glossary of terms
// terms, read in place; bad is called for a block found damaged when it
// is read, and must not return.
func decodeIndex(b []byte, terms int, bad func(what string)) (*inPlace, error) {
	t, err := sections.Read(b)
	if err != nil {
		return nil, errIndex
	}
	get := func(name string) *sections.Section {
		s, ok := t.Section(name)
		if !ok {
			err = errIndex
		}
		return s
	}
	version, vok := t.Section("version")
	if !vok || err != nil {
		return nil, errIndex
	}
	if v, ok := version.Bytes(0, uint64(version.Len())); !ok || len(v) != 4 || sections.Uint32s(v)[0] != indexVersion {
		return nil, errIndex
	}
	u32 := func(name string) arr[uint32] { return arr[uint32]{get(name), bad} }
	i32 := func(name string) arr[int32] { return arr[int32]{get(name), bad} }
	blob := strs{get("strings"), bad}
	entries := get("entries")
	x := &inPlace{
		recs: arr[entryRecord]{entries, bad}, blob: blob,
		byKey: i32("order/key"), byComp: i32("order/compact"), byStems: i32("order/stems"), byCompStem: i32("order/compactStem"),
		vocab: arr[span]{get("vocab"), bad}, text: u32("text"), textEnd: u32("textEnd"),
		letters: u32("letters"), compacts: strs{get("compacts"), bad}, compactEnd: u32("compacts/end"),
	}
	if err != nil || entries.Len()%int(unsafe.Sizeof(entryRecord{})) != 0 {
		return nil, errIndex
	}
	x.n = x.recs.len()
	keyed := func(name string, n int) postings {
		return postings{blob: blob, keys: arr[span]{get(name + "/keys"), bad}, start: u32(name + "/start"), ids: i32(name + "/ids"), n: n}
	}
	dense := func(name string, n int) postings {
		return postings{start: u32(name + "/start"), ids: i32(name + "/ids"), n: n}
	}
	x.words, x.stems, x.grams = keyed("words", x.n), keyed("stems", x.n), dense("grams", x.n)
	x.grams.dense, x.grams.bits = u32("grams/dense"), u32("grams/bits")
	x.wordGrams = dense("wordgrams", x.words.count())
	if err != nil || x.words.keys.len() != x.words.count() || x.stems.keys.len() != x.stems.count() ||
		x.grams.count() != gramCount || x.wordGrams.count() != gramCount || x.letters.len() != 64*2*((x.n+63)/64) ||
		x.grams.bits.len() != x.grams.dense.len()*2*((x.n+63)/64) {
		return nil, errIndex
	}
	for _, o := range []arr[int32]{x.byKey, x.byComp, x.byStems, x.byCompStem} {
		if o.len() != x.n {
			return nil, errIndex
		}
	}
	if x.textEnd.len() != terms || x.compactEnd.len() != x.n {
		return nil, errIndex
	}
	return x, nil
}

// entry returns entry i as an indexEntry, or with term -1 if its record
// does not fit the strings or a glossary of terms terms. i must be below
// x.n.
func (x *inPlace) entry(i, terms int) indexEntry {
	r := x.recs.at(i)
	e := indexEntry{
		term: int32(r.Term), alias: r.Alias == 1,
		masks: masks{
			stems:   uint64(r.StemsHi)<<32 | uint64(r.StemsLo),
			starts:  uint64(r.StartsHi)<<32 | uint64(r.StartsLo),
			letters: uint64(r.LettersHi)<<32 | uint64(r.LettersLo),
		},
	}
	var ok [7]bool
	ok[0] = r.Term < uint32(terms) && r.Alias <= 1
	e.text, ok[1] = x.blob.str(r.Text)
	e.key, ok[2] = x.blob.str(r.Key)
	e.compact, ok[3] = x.blob.str(r.Compact)
	e.stems, ok[4] = x.blob.str(r.Stems)
	e.compactStem, ok[5] = x.blob.str(r.CompactStem)
	e.stemKey, ok[6] = x.blob.str(r.StemKey)
	if ok != [7]bool{true, true, true, true, true, true, true} {
		e.term = -1
	}
	return e
}

// compactLen returns the length of entry i's compact key, and 0 if its
// bounds are damaged (no pattern is that short). i must be below x.n.
func (x *inPlace) compactLen(i int) int {
	from, to := x.compactBounds(i)
	return to - from
}

// compact returns entry i's compact key, "" if its bounds are damaged.
// i must be below x.n.
func (x *inPlace) compact(i int) string {
	from, to := x.compactBounds(i)
	s, _ := x.compacts.str(span{uint32(from), uint32(to - from)})
	return s
}

// compactBounds returns where entry i's compact key lies in compacts, an
// empty run if its bounds do not fit.
func (x *inPlace) compactBounds(i int) (from, to int) {
	if i > 0 {
		from = int(x.compactEnd.at(i - 1))
	}
	to = int(x.compactEnd.at(i))
	if from > to || x.compacts.s == nil || to > x.compacts.s.Len() {
		return 0, 0
	}
	return from, to
}

// textOf returns term i's definition and example as numbers in vocab,
// and false if its bounds are damaged.
func (x *inPlace) textOf(i int) ([]uint32, bool) {
	if i < 0 || i >= x.textEnd.len() {
		return nil, false
	}
	from := uint32(0)
	if i > 0 {
		from = x.textEnd.at(i - 1)
	}
	to := x.textEnd.at(i)
	if from > to || int(to) > x.text.len() {
		return nil, false
	}
	return x.text.run(int(from), int(to)), true
}
