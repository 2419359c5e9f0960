package match

import (
	"iter"
	"slices"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/parallel"
)

// Index is what a Matcher prepares before its first approximate query, as
// plain data: package cache saves it beside a large glossary so that later
// runs match without preparing it again.
type Index struct {
	// Entries yields the names and aliases matched numbered from to to,
	// of Len, in the order the approximate stages visit them.
	Len     int
	Entries func(from, to int) iter.Seq[Entry]
	// ByKey, ByComp and ByStems list entry numbers in order of Key,
	// Compact and StemKey.
	ByKey, ByComp, ByStems []int32
	// Vocab holds every stem of the terms' definitions and examples,
	// sorted. Text holds each term's definition and example as numbers in
	// Vocab, stop words left out; term i's run ends at TextEnd[i].
	Vocab   []string
	Text    []uint32
	TextEnd []uint32
}

// Entry is one name or alias of a term, prepared for matching.
type Entry struct {
	Term        int32  // the term's place in the glossary's Terms
	Alias       bool   // Text is an alias, not the name
	Text        string // the name or alias as written
	Key         string // glossary.Key of Text: its words, separated by spaces
	Compact     string // Key without spaces
	Stems       string // the stem of each word of Key, separated by spaces
	CompactStem string // the stem of Compact
	StemKey     string // the stems without stop words, sorted
	// Stems64, Starts64 and Letters64 summarise the entry in bits, so a
	// stage can rule it out without comparing strings.
	Stems64, Starts64, Letters64 uint64
}

// Prepare prepares m's index now rather than on the first query that
// needs it. A matcher made by Stored saves it to its store instead, to
// read it back when a query first needs it.
func (m *Matcher) Prepare() {
	if m.store == nil {
		m.buildOnce.Do(m.build)
		return
	}
	m.store.Save(m.prepare())
}

// Load reads m's index into memory now, from its store or by preparing
// it, rather than on the first query that needs it.
func (m *Matcher) Load() {
	m.buildOnce.Do(m.build)
}

// Index returns m's prepared index, preparing it first if no query has.
// Its entries are read from m as they are iterated.
func (m *Matcher) Index() *Index {
	parallel.Do(func() { m.buildOnce.Do(m.build) }, func() { m.textOnce.Do(m.stemTexts) })
	return m.indexOf()
}

// indexOf returns the index of m, which must be prepared.
func (m *Matcher) indexOf() *Index {
	place := make(map[*glossary.Term]int32, len(m.terms))
	for i, t := range m.terms {
		place[t] = int32(i)
	}
	entries := func(from, to int) iter.Seq[Entry] {
		return func(yield func(Entry) bool) {
			for i := from; i < to; i++ {
				e := &m.entries[i]
				if !yield(e.plain(place[e.term], m.masks[i])) {
					return
				}
			}
		}
	}
	return &Index{
		Len: len(m.entries), Entries: entries,
		ByKey: m.byKey.ids, ByComp: m.byComp.ids, ByStems: m.byStems.ids,
		Vocab: m.texts.vocab, Text: m.texts.words, TextEnd: m.texts.end,
	}
}

// plain returns e as an Entry, for the term at place in the glossary.
func (e *entry) plain(place int32, mk masks) Entry {
	return Entry{
		Term: place, Alias: e.alias, Text: e.text, Key: e.key, Compact: e.compact,
		Stems: strings.Join(e.stems, " "), CompactStem: e.compactStem, StemKey: e.stemKey,
		Stems64: mk.stems, Starts64: mk.starts, Letters64: mk.letters,
	}
}

// Store keeps a matcher's prepared index between runs; package cache
// keeps it on disk beside the glossary.
type Store interface {
	// Load returns the index saved for the glossary, or an error if
	// there is none.
	Load() (*Index, error)
	// Save keeps x for later runs.
	Save(x *Index) error
}

// Stored returns a matcher for g that, on the first query that needs its
// index, takes it from s instead of preparing it, or prepares it and saves
// it to s. An index that does not fit g is prepared again.
func Stored(g *glossary.Glossary, s Store) *Matcher {
	m := New(g)
	m.store = s
	return m
}

// restore takes the entries and texts from the stored index, reporting
// false, having changed nothing, if it cannot. A large index is read in
// parts, one for each core.
func (m *Matcher) restore() bool {
	x, err := m.store.Load()
	if err != nil || !x.fits(len(m.terms)) {
		return false
	}
	entries, ms := make([]entry, x.Len), make([]masks, x.Len)
	parts := parallel.Parts(x.Len, parallelEntries)
	ok := make([]bool, parts)
	parallel.Ranges(x.Len, parts, func(p, from, to int) { ok[p] = m.restorePart(x, from, to, entries, ms) })
	if slices.Contains(ok, false) {
		return false
	}
	m.entries, m.masks = entries, ms
	m.sortEntries(x.ByKey, x.ByComp, x.ByStems)
	m.textOnce.Do(func() { m.texts = texts{x.Vocab, x.Text, x.TextEnd} })
	return true
}

// restorePart fills entries and ms from..to with the index's entries.
func (m *Matcher) restorePart(x *Index, from, to int, entries []entry, ms []masks) bool {
	words, stems := make([]string, 0, 3*(to-from)), make([]string, 0, 3*(to-from))
	i := from
	for e := range x.Entries(from, to) {
		if i == to || e.Term < 0 || int(e.Term) >= len(m.terms) {
			return false
		}
		w, s := len(words), len(stems)
		words, stems = appendWords(words, e.Key), appendWords(stems, e.Stems)
		if len(words)-w != len(stems)-s {
			return false
		}
		entries[i] = entry{
			term: m.terms[e.Term], text: e.Text, alias: e.Alias, key: e.Key, compact: e.Compact,
			words: words[w:len(words):len(words)], stems: stems[s:len(stems):len(stems)],
			compactStem: e.CompactStem, stemKey: e.StemKey,
		}
		ms[i] = masks{e.Stems64, e.Starts64, e.Letters64}
		i++
	}
	return i == to
}

// fits reports whether x can serve a glossary of n terms without reading
// out of bounds; restore checks the entries as it reads them.
func (x *Index) fits(n int) bool {
	for _, ids := range [][]int32{x.ByKey, x.ByComp, x.ByStems} {
		if len(ids) != x.Len {
			return false
		}
		for _, id := range ids {
			if id < 0 || int(id) >= x.Len {
				return false
			}
		}
	}
	if len(x.TextEnd) != n {
		return false
	}
	start := uint32(0)
	for _, end := range x.TextEnd {
		if end < start || int(end) > len(x.Text) {
			return false
		}
		start = end
	}
	return true
}

// appendWords appends the space-separated words of s to dst; "" has none.
func appendWords(dst []string, s string) []string {
	if s == "" {
		return dst
	}
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			dst = append(dst, s[start:i])
			start = i + 1
		}
	}
	return append(dst, s[start:])
}
