package match

import (
	"math/bits"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/sections"
)

// indexBuilder gathers the approximate stages' indexes (encode.go) as the
// entries are encoded, one at a time and in order.
type indexBuilder struct {
	n            int // entries
	words, stems *keyBuilder
	grams        *gramBuilder
	letters      [64][]uint64
}

func newIndexBuilder(n int) *indexBuilder {
	b := &indexBuilder{n: n, words: newKeyBuilder(), stems: newKeyBuilder(), grams: newGramBuilder()}
	for i := range b.letters {
		b.letters[i] = make([]uint64, (n+63)/64)
	}
	return b
}

// add indexes entry id.
func (b *indexBuilder) add(id int32, e *indexEntry) {
	words := e.words
	if words == nil {
		words = appendWords(nil, glossary.LooseKey(e.key))
	}
	for _, w := range words {
		b.words.add(w, id)
	}
	for _, s := range appendWords(nil, e.stems) {
		b.stems.add(s, id)
	}
	b.grams.add(id, e.compact)
	for l := e.masks.letters; l != 0; l &= l - 1 {
		b.letters[bits.TrailingZeros64(l)][id/64] |= 1 << (id % 64)
	}
}

// keyTable is a keyBuilder's table, with the spans of its keys once
// they are written to the strings section.
type keyTable struct {
	keys  []string
	spans []span
	lists []*idList
}

// indexTables are an indexBuilder's tables, to be written.
type indexTables struct {
	n                int // entries
	words, stems     keyTable
	grams, wordGrams *gramBuilder
	letters          [64][]uint64
}

// tables returns what b gathered, and the bigram table of the words.
func (b *indexBuilder) tables() *indexTables {
	t := &indexTables{n: b.n, letters: b.letters, grams: b.grams, wordGrams: newGramBuilder()}
	t.words.keys, t.words.lists = b.words.table()
	t.stems.keys, t.stems.lists = b.stems.table()
	for i, w := range t.words.keys {
		t.wordGrams.add(int32(i), w)
	}
	return t
}

// write writes t's sections to sw.
func (t *indexTables) write(sw *sections.Writer) {
	for _, k := range []struct {
		name string
		t    *keyTable
	}{{"words", &t.words}, {"stems", &t.stems}} {
		sw.Begin(k.name + "/keys")
		sections.WriteRecords(sw, k.t.spans)
		writeLists(sw, k.name, k.t.lists)
	}
	t.grams.writeDense(sw, "grams", t.n)
	t.wordGrams.write(sw, "wordgrams")
	sw.Begin("letters")
	pairs := make([]uint32, 0, 2*len(t.letters[0]))
	for _, set := range t.letters {
		pairs = pairs[:0]
		for _, w := range set {
			pairs = append(pairs, uint32(w), uint32(w>>32))
		}
		sw.Uint32s(pairs...)
	}
}
