package match

import (
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/sections"
)

// indexBuilder gathers the approximate stages' indexes (encode.go) as the
// entries are encoded, one at a time and in order.
type indexBuilder struct {
	words, stems *keyBuilder
	grams        *gramBuilder
	letters      [64][]uint64
}

func newIndexBuilder(n int) *indexBuilder {
	b := &indexBuilder{words: newKeyBuilder(), stems: newKeyBuilder(), grams: newGramBuilder()}
	for i := range b.letters {
		b.letters[i] = make([]uint64, (n+63)/64)
	}
	return b
}

// add indexes entry id.
func (b *indexBuilder) add(id int32, e *indexEntry) {
	for _, w := range appendWords(nil, glossary.LooseKey(e.key)) {
		b.words.add(w, id)
	}
	for _, s := range appendWords(nil, e.stems) {
		b.stems.add(s, id)
	}
	b.grams.add(id, e.compact)
	for bit := range b.letters {
		if e.masks.letters&(1<<bit) != 0 {
			b.letters[bit][id/64] |= 1 << (id % 64)
		}
	}
}

// keyTable is a keyBuilder's table, with the spans of its keys once
// they are written to the strings section.
type keyTable struct {
	keys  []string
	spans []span
	start []uint32
	ids   []int32
}

// indexTables are an indexBuilder's tables, to be written.
type indexTables struct {
	words, stems          keyTable
	gramStart, wordGStart []uint32
	gramIDs, wordGIDs     []int32
	letters               [64][]uint64
}

// tables returns what b gathered, and the bigram table of the words.
func (b *indexBuilder) tables() *indexTables {
	t := &indexTables{letters: b.letters}
	t.words.keys, t.words.start, t.words.ids = b.words.table()
	t.stems.keys, t.stems.start, t.stems.ids = b.stems.table()
	t.gramStart, t.gramIDs = b.grams.table()
	wg := newGramBuilder()
	for i, w := range t.words.keys {
		wg.add(int32(i), w)
	}
	t.wordGStart, t.wordGIDs = wg.table()
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
		sw.Begin(k.name + "/start")
		sw.Uint32s(k.t.start...)
		sw.Begin(k.name + "/ids")
		sw.Uint32s(sections.Uint32sOf(k.t.ids)...)
	}
	sw.Begin("grams/start")
	sw.Uint32s(t.gramStart...)
	sw.Begin("grams/ids")
	sw.Uint32s(sections.Uint32sOf(t.gramIDs)...)
	sw.Begin("wordgrams/start")
	sw.Uint32s(t.wordGStart...)
	sw.Begin("wordgrams/ids")
	sw.Uint32s(sections.Uint32sOf(t.wordGIDs)...)
	sw.Begin("letters")
	for _, set := range t.letters {
		for _, w := range set {
			sw.Uint32s(uint32(w), uint32(w>>32))
		}
	}
}
