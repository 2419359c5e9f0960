package match

import (
	"io"
	"iter"
	"slices"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/parallel"
)

// index is what a Matcher prepares before its first approximate query,
// as plain data: what a Store keeps between runs (encode.go), so that
// later runs match without preparing it again.
type index struct {
	// entries yields the names and aliases matched numbered from to to,
	// of n, in the order the approximate stages visit them.
	n       int
	entries func(from, to int) iter.Seq[indexEntry]
	// byKey, byComp and byStems list entry numbers in order of key,
	// compact and stemKey.
	byKey, byComp, byStems []int32
	// vocab holds every stem of the terms' definitions and examples,
	// sorted. text holds each term's definition and example as numbers in
	// vocab, stop words left out; term i's run ends at textEnd[i].
	vocab   []string
	text    []uint32
	textEnd []uint32
}

// indexEntry is one name or alias of a term, prepared for matching.
type indexEntry struct {
	term        int32  // the term's place in the glossary's Terms
	alias       bool   // text is an alias, not the name
	text        string // the name or alias as written
	key         string // glossary.Key of text: its words as written, separated by spaces
	compact     string // glossary.Compact of text: the loose key without spaces
	stems       string // the stem of each word of key, separated by spaces
	compactStem string // the stem of compact
	stemKey     string // the stems without stop words, sorted
	masks       masks  // the entry in bits, so a stage can rule it out without comparing strings
}

// Prepare prepares m's index now rather than on the first query that
// needs it. A matcher made by Stored saves it to its store instead, to
// read it back when a query first needs it.
func (m *Matcher) Prepare() {
	if m.store == nil {
		m.buildOnce.Do(m.build)
		return
	}
	m.save()
}

// save prepares m's index and saves it to m's store.
func (m *Matcher) save() error {
	x := m.prepare()
	return m.store.Save(x.encode)
}

// Load reads m's index into memory now, from its store or by preparing
// it, rather than on the first query that needs it.
func (m *Matcher) Load() {
	m.buildOnce.Do(m.build)
}

// plain returns e as an indexEntry, for the term at place in the glossary.
func (e *entry) plain(place int32, mk masks) indexEntry {
	return indexEntry{
		term: place, alias: e.alias, text: e.text, key: e.key, compact: e.compact,
		stems: strings.Join(e.stems, " "), compactStem: e.compactStem, stemKey: e.stemKey,
		masks: mk,
	}
}

// Store keeps a matcher's prepared index between runs, in the matcher's
// own encoding; package load gives a matcher the cache's store for its
// glossary.
type Store interface {
	// Index returns the bytes of the index saved earlier, or an error if
	// there is none. The index is read where it lies: the bytes must
	// start at a multiple of 8 and stay as they are while the matcher is
	// used.
	Index() ([]byte, error)
	// Save keeps what write writes: the index, for later runs.
	Save(write func(io.Writer) error) error
	// Done tells the store that the matcher has read b, a part of the
	// bytes Index returned, and will not read it again; a store that
	// maps them from a file can let their memory go.
	Done(b []byte)
	// TextsRead tells the store that the matcher has read the definitions
	// and examples of terms from..to to prepare its index, and will not
	// read them again soon.
	TextsRead(from, to int)
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
	b, err := m.store.Index()
	if err != nil {
		return false
	}
	x, err := decodeIndex(b, m.g.Len(), m.store.Done)
	if err != nil || !x.fits(m.g.Len()) {
		return false
	}
	terms := m.g.All() // every term decoded here, not on the cores below
	entries, ms := make([]entry, x.n), make([]masks, x.n)
	parts := parallel.Parts(x.n, parallelEntries)
	ok := make([]bool, parts)
	parallel.Ranges(x.n, parts, func(p, from, to int) { ok[p] = m.restorePart(x, terms, from, to, entries, ms) })
	if slices.Contains(ok, false) {
		return false
	}
	m.entries, m.masks = entries, ms
	m.sortEntries(x.byKey, x.byComp, x.byStems)
	m.textOnce.Do(func() { m.texts = texts{x.vocab, x.text, x.textEnd} })
	return true
}

// restorePart fills entries and ms from..to with the index's entries.
func (m *Matcher) restorePart(x *index, terms []*glossary.Term, from, to int, entries []entry, ms []masks) bool {
	words, stems := make([]string, 0, 3*(to-from)), make([]string, 0, 3*(to-from))
	i := from
	for e := range x.entries(from, to) {
		if i == to || e.term < 0 || int(e.term) >= len(terms) {
			return false
		}
		w, s := len(words), len(stems)
		words, stems = appendWords(words, glossary.LooseKey(e.key)), appendWords(stems, e.stems)
		if len(words)-w != len(stems)-s {
			return false
		}
		entries[i] = entry{
			term: terms[e.term], text: e.text, alias: e.alias, key: e.key, compact: e.compact,
			words: words[w:len(words):len(words)], stems: stems[s:len(stems):len(stems)],
			compactStem: e.compactStem, stemKey: e.stemKey,
		}
		ms[i] = e.masks
		i++
	}
	return i == to
}

// fits reports whether x can serve a glossary of n terms without reading
// out of bounds; restore checks the entries as it reads them.
func (x *index) fits(n int) bool {
	for _, ids := range [][]int32{x.byKey, x.byComp, x.byStems} {
		if len(ids) != x.n {
			return false
		}
		for _, id := range ids {
			if id < 0 || int(id) >= x.n {
				return false
			}
		}
	}
	if len(x.textEnd) != n {
		return false
	}
	start := uint32(0)
	for _, end := range x.textEnd {
		if end < start || int(end) > len(x.text) {
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
