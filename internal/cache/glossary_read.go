package cache

// This file reads back a glossary file, laid out as glossary_layout.go
// describes, in place: a glossary.Store whose terms are decoded one at a
// time, each from the blocks of the file that hold it, checked as they
// are read.

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"sync"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/sections"
)

// ErrDamaged is what a glossary read from the cache reports (wrapped,
// and as the value of a panic: glossary.FromStore) when a part of its file
// read after it was opened is damaged. The slot's files are removed when
// it is found, so the next run builds them again.
var ErrDamaged = errors.New("cache file is damaged")

// glossaryFile is the sections of a glossary file, each checked a block
// at a time as it is read. It is the glossary.Store of a glossary read
// from the cache.
type glossaryFile struct {
	strings, texts, terms, lists, keys, keyHash, sources, files, notes *sections.Section
	links, linkEnds, linked, linkedEnds                                *sections.Section
	origins, originEnds                                                *sections.Section

	path    string // for errors
	damaged func() // called when a damaged block is found, before the error is returned
}

// glossarySections returns the sections of a glossary file's body. Only
// the table of sections is checked here.
func glossarySections(body []byte) (*glossaryFile, error) {
	t, err := sections.Read(body)
	if err != nil {
		return nil, ErrDamaged
	}
	get := func(name string) *sections.Section {
		s, ok := t.Section(name)
		if !ok {
			err = ErrDamaged
		}
		return s
	}
	f := &glossaryFile{
		strings: get("strings"), texts: get("texts"), terms: get("terms"), lists: get("lists"),
		keys: get("keys"), keyHash: get("keys/hash"), sources: get("sources"), files: get("files"),
		notes: get("notes"), links: get("links"), linkEnds: get("links/end"),
		linked: get("linked"), linkedEnds: get("linked/end"), damaged: func() {},
		origins: get("origins"), originEnds: get("origins/end"),
	}
	return f, err
}

// fail reports a damaged part of the file.
func (f *glossaryFile) fail(what string) error {
	f.damaged()
	return fmt.Errorf("%s: %w (%s)", f.path, ErrDamaged, what)
}

// str returns the string sp places in strings.
func (f *glossaryFile) str(sp span) (string, bool) {
	return f.strings.String(sp.Off, sp.Len)
}

// list returns the strings of the run sp of lists; nil for none.
func (f *glossaryFile) list(sp span) ([]string, bool) {
	if sp.Len == 0 {
		return nil, uint64(sp.Off) <= uint64(sections.Count[span](f.lists))
	}
	if uint64(sp.Off)+uint64(sp.Len) > uint64(sections.Count[span](f.lists)) {
		return nil, false
	}
	out := make([]string, sp.Len)
	for i := range out {
		r, ok := sections.Record[span](f.lists, int(sp.Off)+i)
		if !ok {
			return nil, false
		}
		if out[i], ok = f.str(r); !ok {
			return nil, false
		}
	}
	return out, true
}

// Len returns the number of terms.
func (f *glossaryFile) Len() int {
	return sections.Count[termRecord](f.terms)
}

// Term decodes term i. Its strings point into the file.
func (f *glossaryFile) Term(i int) (glossary.Term, error) {
	r, ok := sections.Record[termRecord](f.terms, i)
	if !ok {
		return glossary.Term{}, f.fail("term record")
	}
	var s [5]string
	all := true
	for j, sp := range [5]span{r.Name, r.Category, r.Definition, r.Formula, r.Example} {
		from := f.strings
		if j >= 2 {
			from = f.texts
		}
		s[j], ok = from.String(sp.Off, sp.Len)
		all = all && ok
	}
	aliases, ok1 := f.list(r.Aliases)
	related, ok2 := f.list(r.Related)
	file, ok3 := sections.Record[span](f.files, int(r.File))
	name, ok4 := f.str(file)
	origin, ok5 := f.origin(i)
	if !all || !ok1 || !ok2 || !ok3 || !ok4 || !ok5 {
		return glossary.Term{}, f.fail(fmt.Sprintf("term %d", i))
	}
	return glossary.Term{
		Name: s[0], Category: s[1], Definition: s[2], Formula: s[3], Example: s[4],
		Aliases: aliases, Related: related, Origin: origin,
		Pos: glossary.Pos{File: name, Line: int(r.Line), Col: int(r.Col)},
	}, nil
}

// Name returns the name of term i alone: its record and the name's
// string.
func (f *glossaryFile) Name(i int) (string, error) {
	r, ok := sections.Record[termRecord](f.terms, i)
	if !ok {
		return "", f.fail("term record")
	}
	name, ok := f.str(r.Name)
	if !ok {
		return "", f.fail(fmt.Sprintf("term %d", i))
	}
	return name, nil
}

// checkRun is how much of a section Check reads at a time before it
// lets the pages go.
const checkRun = 1 << 20

// Check reads every block of every section of the file, checking each,
// and lets the pages go as it passes them: for a command that prints
// every term as it reads it (list), so that a damaged block is found
// before anything is printed, when the run can still start again from
// the glossary files, rather than halfway through its output.
func (f *glossaryFile) Check() error {
	for _, s := range []*sections.Section{f.strings, f.texts, f.terms, f.lists, f.keys, f.keyHash, f.sources, f.files,
		f.notes, f.links, f.linkEnds, f.linked, f.linkedEnds, f.origins, f.originEnds} {
		n := uint64(s.Len())
		for off := uint64(0); off < n; off += checkRun {
			b, ok := s.Bytes(off, min(checkRun, n-off))
			if !ok {
				return f.fail(fmt.Sprintf("bytes %d to %d of a section", off, min(off+checkRun, n)))
			}
			dropPages(b)
		}
	}
	return nil
}

// Decoded lets the pages of the definitions, formulas and examples of
// terms from..to go, once read and checked: they lie in term order in the
// texts section, and few will be read again.
func (f *glossaryFile) Decoded(from, to int) {
	start := func(i int) (uint64, bool) {
		if i >= f.Len() {
			return uint64(f.texts.Len()), true
		}
		r, ok := sections.Record[termRecord](f.terms, i)
		return uint64(r.Definition.Off), ok
	}
	a, ok1 := start(from)
	b, ok2 := start(to)
	if ok1 && ok2 && a <= b {
		if texts, ok := f.texts.Bytes(a, b-a); ok {
			dropPages(texts)
		}
	}
}

// key returns key record i and its key.
func (f *glossaryFile) key(i int) (keyRecord, string, error) {
	r, ok := sections.Record[keyRecord](f.keys, i)
	k, ok2 := f.str(r.Key)
	if !ok || !ok2 || int(r.Term) >= f.Len() {
		return keyRecord{}, "", f.fail("key record")
	}
	return r, k, nil
}

// Find returns the place of the term key names, looked up in the hash
// table of keys (keyhash.go).
func (f *glossaryFile) Find(key string) (int, bool, error) {
	slots := sections.Count[hashSlot](f.keyHash)
	if slots == 0 || slots&(slots-1) != 0 {
		return 0, false, f.fail("key table")
	}
	h := keyHash(key)
	for n, i := 0, int(h)&(slots-1); n < slots; n, i = n+1, (i+1)&(slots-1) {
		s, ok := sections.Record[hashSlot](f.keyHash, i)
		switch {
		case !ok:
			return 0, false, f.fail("key table")
		case s.Key == 0:
			return 0, false, nil
		case s.Tag != uint32(h>>32):
			continue
		}
		r, k, err := f.key(int(s.Key - 1))
		if err != nil {
			return 0, false, err
		}
		if k == key {
			return int(r.Term), true, nil
		}
	}
	return 0, false, nil
}

// Keys returns the whole key index, sorted.
func (f *glossaryFile) Keys() ([]glossary.SnapshotKey, error) {
	out := make([]glossary.SnapshotKey, sections.Count[keyRecord](f.keys))
	for i := range out {
		r, k, err := f.key(i)
		if err != nil {
			return nil, err
		}
		out[i] = glossary.SnapshotKey{Key: k, Term: int32(r.Term)}
	}
	if !sort.SliceIsSorted(out, func(i, j int) bool { return out[i].Key < out[j].Key }) {
		return nil, f.fail("key order")
	}
	return out, nil
}

// Sources returns what each file merged contributed.
func (f *glossaryFile) Sources() ([]glossary.Source, error) {
	out := make([]glossary.Source, sections.Count[sourceRecord](f.sources))
	for i := range out {
		r, ok := sections.Record[sourceRecord](f.sources, i)
		file, ok1 := f.str(r.File)
		added, ok2 := f.list(r.Added)
		replaced, ok3 := f.list(r.Replaced)
		extended, ok4 := f.list(r.Extended)
		if !ok || !ok1 || !ok2 || !ok3 || !ok4 {
			return nil, f.fail("source record")
		}
		out[i] = glossary.Source{File: file, Terms: int(r.Terms), Added: added, Replaced: replaced, Extended: extended}
	}
	return out, nil
}

// readNotes returns the notes kept with the glossary.
func (f *glossaryFile) readNotes() ([]Note, error) {
	out := make([]Note, sections.Count[noteRecord](f.notes))
	for i := range out {
		r, ok := sections.Record[noteRecord](f.notes, i)
		path, ok1 := f.str(r.Path)
		text, ok2 := f.str(r.Text)
		if !ok || !ok1 || !ok2 {
			return nil, ErrDamaged
		}
		out[i] = Note{path, text}
	}
	return out, nil
}

// removeSlot returns the damaged func of a slot's glossary file: it
// removes the slot's files, once, so that the next run builds them again.
// Their mappings stay whole.
func removeSlot(s *Slot) func() {
	var once sync.Once
	return func() {
		once.Do(func() {
			os.Remove(s.path("glossary"))
			os.Remove(s.path("match"))
		})
	}
}
