package cache

// This file holds what a slot keeps: opening and saving its glossary and
// its matcher's index, and writing a slot's file into place.

import (
	"os"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
)

// Open returns the glossary kept in the slot, with a matcher that takes
// its prepared index from the slot or, on its first approximate query,
// prepares it and keeps it there. It reports false when the slot holds no
// glossary whole and built from the slot's layers as they are now.
func (s *Slot) Open() (*glossary.Glossary, *match.Matcher, bool) {
	secs, err := readFile(s.path("glossary"), 'g', s.key, glossarySections, true)
	if err != nil {
		return nil, nil, false
	}
	g, err := readGlossary(secs)
	if err != nil {
		return nil, nil, false
	}
	return g, match.Stored(g, indexStore{s, len(g.Terms), secs[6], u32s(secs[1])}), true
}

// HasIndex reports whether the slot holds a matcher's index for its key,
// judging by the file's header alone.
func (s *Slot) HasIndex() bool {
	return hasHeader(s.path("match"), 'm', s.key, indexSections)
}

// Save keeps g in the slot, replacing whatever it held. g must have been
// merged from the slot's layers, with no errors.
func (s *Slot) Save(g *glossary.Glossary) error {
	return s.write("glossary", 'g', glossarySections, func(w *writer) error { return writeGlossary(w, g) })
}

// indexStore keeps a glossary's prepared match index in its slot.
type indexStore struct {
	s       *Slot
	terms   int
	texts   []byte   // the glossary's definitions, where they are mapped
	records []uint32 // the glossary's term records
}

func (st indexStore) Load() (*match.Index, error) {
	secs, err := readFile(st.s.path("match"), 'm', st.s.key, indexSections, true)
	if err != nil {
		return nil, err
	}
	return readIndex(secs, st.terms)
}

// TextsRead lets the pages of the definitions and examples of terms
// from..to go once the matcher has read them to prepare its index: few
// will be read again, and a glossary's worth would otherwise stay in
// memory. They lie in term order in the texts section.
func (st indexStore) TextsRead(from, to int) {
	start := func(i int) int {
		if i >= st.terms {
			return len(st.texts)
		}
		return int(st.records[18*i+4]) // where its definition starts
	}
	if a, b := start(from), start(to); a <= b && b <= len(st.texts) {
		dropPages(st.texts[a:b])
	}
}

func (st indexStore) Save(x *match.Index) error {
	return st.s.write("match", 'm', indexSections, func(w *writer) error { return writeIndex(w, x) })
}

// write writes a file of the slot to a temporary file and renames it into
// place, so that a reader sees the old file or the new one, never a part;
// of two runs writing at once, the last rename wins.
func (s *Slot) write(kind string, k byte, sections int, body func(*writer) error) error {
	if err := os.MkdirAll(s.dir, 0o700); err != nil {
		return err
	}
	removeStale(s.dir)
	f, err := os.CreateTemp(s.dir, s.name+"."+kind+".*.tmp")
	if err != nil {
		return err
	}
	w := newWriter(f, sections)
	err = body(w)
	if err == nil {
		err = w.finish(k, s.key)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), s.path(kind))
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}
