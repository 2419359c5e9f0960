package glossary

import (
	"slices"
	"strings"
)

// Snapshot is a checked glossary reduced to plain data: its terms in order
// and its sorted key index. data/gen writes the built-in glossary's
// snapshot as a Go literal, which the compiler lays out in the binary, so
// the built-in glossary needs no parsing or indexing at start-up.
type Snapshot struct {
	Terms []Term
	Keys  []SnapshotKey
}

// SnapshotKey maps one normalised name or alias to the index of its term.
type SnapshotKey struct {
	Key  string
	Term int32
}

// Snapshot returns g as a Snapshot.
func (g *Glossary) Snapshot() *Snapshot {
	s := &Snapshot{Terms: make([]Term, g.Len()), Keys: g.Keys()}
	for i, t := range g.All() {
		s.Terms[i] = Term{
			Name: t.Name, Aliases: t.Aliases, Category: t.Category, Definition: t.Definition,
			Formula: t.Formula, Example: t.Example, Related: t.Related, Pos: t.Pos,
		}
	}
	return s
}

// Keys returns g's key index: every name and alias after Key, with the
// place in Terms of the term it finds, sorted by key.
func (g *Glossary) Keys() []SnapshotKey {
	if g.stored != nil {
		return g.stored.keys()
	}
	if g.keys == nil {
		return g.sorted
	}
	index := make(map[*Term]int32, g.Len())
	for i, t := range g.terms {
		index[t] = int32(i)
	}
	keys := make([]SnapshotKey, 0, len(g.keys))
	for k, t := range g.keys {
		keys = append(keys, SnapshotKey{k, index[t]})
	}
	slices.SortFunc(keys, func(a, b SnapshotKey) int { return strings.Compare(a.Key, b.Key) })
	return keys
}

// FromSnapshot returns the glossary s describes. It shares s's memory and
// does no checking: a snapshot is made from a glossary already checked.
func FromSnapshot(s *Snapshot, sources []Source) *Glossary {
	g := &Glossary{terms: make([]*Term, len(s.Terms)), sources: sources, sorted: s.Keys}
	for i := range s.Terms {
		g.terms[i] = &s.Terms[i]
	}
	return g
}
