package cache

// This file holds what a slot keeps: opening and saving its glossary and
// its matcher's index, and writing a slot's file into place.

import (
	"fmt"
	"io"
	"os"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/sections"
)

// Note is a line kept with a glossary for the runs that read it back:
// package load keeps there the layers it left out, and why.
type Note struct {
	Path, Text string
}

// Kept is what a slot holds: a glossary, its notes, how many sources it
// was merged from, and the store of its matcher's index.
type Kept struct {
	Glossary *glossary.Glossary
	Notes    []Note
	Sources  int
	Index    *Index
}

// Open returns what the slot keeps. It reports false when the slot holds
// no glossary built from the slot's layers as they are now, or one whose
// header, table of sections or notes are damaged. The glossary is read in
// place as it is used (glossary.FromStore); should a part of the file
// read later be damaged, the slot's files are removed and the glossary
// panics with an error wrapping ErrDamaged.
func (s *Slot) Open() (*Kept, bool) {
	body, err := readFile(s.path("glossary"), 'g', s.key)
	if err != nil {
		return nil, false
	}
	f, err := glossarySections(body)
	if err != nil {
		return nil, false
	}
	notes, err := f.readNotes()
	if err != nil {
		return nil, false
	}
	f.path, f.damaged = s.path("glossary"), removeSlot(s)
	k := &Kept{Glossary: glossary.FromStore(f), Notes: notes, Index: &Index{s, f}}
	k.Sources = sections.Count[sourceRecord](f.sources)
	return k, true
}

// Save keeps g in the slot, with notes, replacing whatever it held. g
// must have been merged from the slot's layers, with no errors.
func (s *Slot) Save(g *glossary.Glossary, notes []Note) error {
	return s.write("glossary", 'g', func(w io.Writer) error {
		sw := sections.NewWriter(w)
		if err := writeGlossary(sw, g, notes); err != nil {
			return err
		}
		return sw.Close()
	})
}

// Index keeps the matcher's index of a slot's glossary, in the matcher's
// own encoding, which the cache does not look into. It is the
// match.Store of a glossary read from the cache.
type Index struct {
	s *Slot
	f *glossaryFile // the glossary's, for the places of its texts
}

// Index returns the index kept in the slot, mapped from its file.
func (x *Index) Index() ([]byte, error) {
	return readFile(x.s.path("match"), 'm', x.s.key)
}

// Save keeps the index write writes in the slot.
func (x *Index) Save(write func(io.Writer) error) error {
	return x.s.write("match", 'm', write)
}

// Done lets the pages of b, a part of the index read, go: the matcher
// has copied what it keeps of them.
func (x *Index) Done(b []byte) {
	dropPages(b)
}

// TextsRead lets the pages of the definitions and examples of terms
// from..to go once the matcher has read them to prepare its index: few
// will be read again, and a glossary's worth would otherwise stay in
// memory. They lie in term order in the texts section.
func (x *Index) TextsRead(from, to int) {
	x.f.Decoded(from, to)
}

// Damaged removes the slot's files, since a part of the index read after
// it was opened is damaged (what says which), and returns the error the
// matcher panics with, wrapping ErrDamaged, so the run starts again from
// the glossary files (docs/adr/015-read-in-place.md).
func (x *Index) Damaged(what string) error {
	removeSlot(x.s)()
	return fmt.Errorf("%s: %w (match index: %s)", x.s.path("match"), ErrDamaged, what)
}

// write writes a file of the slot to a temporary file and renames it into
// place, so that a reader sees the old file or the new one, never a part;
// of two runs writing at once, the last rename wins.
func (s *Slot) write(kind string, k byte, body func(io.Writer) error) error {
	if err := os.MkdirAll(s.dir, 0o700); err != nil {
		return err
	}
	removeStale(s.dir)
	boundTotal(s.dir, s.name, maxTotal)
	f, err := os.CreateTemp(s.dir, s.name+"."+kind+".*.tmp")
	if err != nil {
		return err
	}
	w := newWriter(f)
	renamed := false
	// On every path, a panic in body included (a matcher prepares its
	// index as it writes it, and a damaged block of the glossary panics),
	// the writing goroutine ends, the file is closed and, unless renamed
	// into place, removed.
	defer func() {
		if !renamed {
			os.Remove(f.Name())
		}
	}()
	defer f.Close()
	defer w.stop()
	err = body(w)
	if err == nil {
		err = w.finish(k, s.key)
	}
	w.stop()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), s.path(kind))
		renamed = err == nil
	}
	return err
}
