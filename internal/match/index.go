package match

import (
	"io"
	"iter"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// index is what a Matcher prepares before its first approximate query,
// as plain data, for a Store to keep between runs (encode.go); the
// matcher reads it back in place (decode.go), so that later runs match
// without preparing it again.
type index struct {
	// entries yields the names and aliases matched numbered from to to,
	// of n, in the order the approximate stages visit them.
	n       int
	entries func(from, to int) iter.Seq[indexEntry]
	// byKey, byComp, byStems and byCompStem list entry numbers in order
	// of key, compact, stemKey and compactStem.
	byKey, byComp, byStems, byCompStem []int32
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
	// words are the words of the loose key, when prepare has them at
	// hand (they are not stored: restore works them out from key).
	words []string
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

// save prepares m's index and saves it to m's store. It is prepared
// inside the store's Save, so that a store can set the run up for the
// work (package load's lowers the memory limit).
func (m *Matcher) save() error {
	return m.store.Save(func(w io.Writer) error { return m.prepare().encode(w) })
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
		masks: mk, words: e.words,
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
	// Save keeps what write writes: the index, for later runs. write
	// prepares the index as it writes it: most of the work of preparing.
	Save(write func(io.Writer) error) error
	// Done tells the store that the matcher has read b, a part of the
	// bytes Index returned, and will not read it again; a store that
	// maps them from a file can let their memory go. The matcher reads
	// its index in place and never calls it now (ADR 016).
	Done(b []byte)
	// TextsRead tells the store that the matcher has read the definitions
	// and examples of terms from..to to prepare its index, and will not
	// read them again soon.
	TextsRead(from, to int)
	// Damaged tells the store that a part of the bytes Index returned,
	// read after they were opened, is damaged (what says which), and
	// returns the error the matcher panics with: the cache removes its
	// files and wraps its ErrDamaged, so that the run starts again from
	// the glossary files (docs/adr/015-read-in-place.md).
	Damaged(what string) error
}

// Stored returns a matcher for g that, on the first query that needs its
// index, takes it from s instead of preparing it, or prepares it and saves
// it to s. An index that does not fit g is prepared again.
func Stored(g *glossary.Glossary, s Store) *Matcher {
	m := New(g)
	m.store = s
	return m
}

// restore takes the index from the store, reporting false, having
// changed nothing, if it cannot. Nothing is copied: entries are read
// from the stored records as the stages need them.
func (m *Matcher) restore() bool {
	b, err := m.store.Index()
	if err != nil {
		return false
	}
	return m.use(b)
}

// use makes the index encoded in b m's, reporting false if it cannot.
func (m *Matcher) use(b []byte) bool {
	x, err := decodeIndex(b, m.g.Len(), m.damaged)
	if err != nil {
		return false
	}
	m.x = x
	m.sortEntries()
	return true
}

// damaged is called when a block of the stored index is found damaged as
// it is read: the store is told, and the matcher panics with the error it
// gives, on the goroutine reading (package parallel carries it to the
// caller), as a glossary read from a damaged cache does. An index encoded
// in memory is never damaged.
func (m *Matcher) damaged(what string) {
	if m.store == nil {
		panic("match: an index encoded in memory reads as damaged: " + what)
	}
	panic(m.store.Damaged(what))
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
