package match

import (
	"errors"
	"iter"
	"unsafe"

	"github.com/gloss-cli/gloss/internal/sections"
)

// errIndex is returned for a stored index that cannot be used: of
// another version, or not whole. The matcher prepares its own instead.
var errIndex = errors.New("stored match index is of another version or damaged")

// decodeIndex returns the index encoded in b (see encode.go) for a
// glossary of terms terms. Nothing is copied and nothing is read but the
// section table: its strings and numbers point into b,
// and every number is checked as it is used. An entry that does not fit
// comes out with term -1, which the matcher passes over.
func decodeIndex(b []byte, terms int) (*index, error) {
	t, err := sections.Read(b)
	if err != nil {
		return nil, errIndex
	}
	get := func(name string) []byte {
		s, ok := t.Get(name)
		if !ok {
			err = errIndex
		}
		return s
	}
	version, blob, entries := sections.Uint32s(get("version")), get("strings"), get("entries")
	byKey, byComp, byStems := sections.Int32s(get("order/key")), sections.Int32s(get("order/compact")), sections.Int32s(get("order/stems"))
	vocabSpans := sections.Records[span](get("vocab"))
	text, textEnd := sections.Uint32s(get("text")), sections.Uint32s(get("textEnd"))
	size := int(unsafe.Sizeof(entryRecord{}))
	if err != nil || len(version) != 1 || version[0] != indexVersion || len(entries)%size != 0 {
		return nil, errIndex
	}
	recs := sections.Records[entryRecord](entries)
	keyed := func(name string, n int) postings {
		return postings{
			blob: blob, keys: sections.Records[span](get(name + "/keys")),
			start: sections.Uint32s(get(name + "/start")), ids: sections.Int32s(get(name + "/ids")), n: n,
		}
	}
	dense := func(name string, n int) postings {
		return postings{start: sections.Uint32s(get(name + "/start")), ids: sections.Int32s(get(name + "/ids")), n: n}
	}
	x := &index{
		n: len(recs), byKey: byKey, byComp: byComp, byStems: byStems,
		byCompStem: sections.Int32s(get("order/compactStem")),
		vocabSpans: vocabSpans, text: text, textEnd: textEnd,
		recs: recs, blob: blob,
		words: keyed("words", len(recs)), stems: keyed("stems", len(recs)),
		grams: dense("grams", len(recs)), letters: sections.Uint32s(get("letters")),
	}
	x.wordGrams = dense("wordgrams", x.words.count())
	if err != nil || len(x.words.keys) != x.words.count() || len(x.stems.keys) != x.stems.count() ||
		x.grams.count() != gramCount || x.wordGrams.count() != gramCount || len(x.letters) != 64*2*((x.n+63)/64) {
		return nil, errIndex
	}
	x.entries = func(from, to int) iter.Seq[indexEntry] {
		return func(yield func(indexEntry) bool) {
			for i := range recs[from:to] {
				if !yield(recs[from+i].entry(blob, terms)) {
					return
				}
			}
		}
	}
	return x, nil
}

// entry returns r as an indexEntry with its strings in blob, or with
// term -1 if r does not fit blob or a glossary of terms terms.
func (r *entryRecord) entry(blob []byte, terms int) indexEntry {
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
	e.text, ok[1] = sections.String(blob, r.Text.Off, r.Text.Len)
	e.key, ok[2] = sections.String(blob, r.Key.Off, r.Key.Len)
	e.compact, ok[3] = sections.String(blob, r.Compact.Off, r.Compact.Len)
	e.stems, ok[4] = sections.String(blob, r.Stems.Off, r.Stems.Len)
	e.compactStem, ok[5] = sections.String(blob, r.CompactStem.Off, r.CompactStem.Len)
	e.stemKey, ok[6] = sections.String(blob, r.StemKey.Off, r.StemKey.Len)
	if ok != [7]bool{true, true, true, true, true, true, true} {
		e.term = -1
	}
	return e
}
