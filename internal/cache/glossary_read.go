package cache

// This file reads back a glossary file, laid out as glossary_layout.go
// describes.

import (
	"errors"
	"sync/atomic"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/parallel"
	"github.com/gloss-cli/gloss/internal/sections"
)

var errDamaged = errors.New("cache file is damaged")

// readPart is how many records of a kind a glossary must have for them
// to be read on every core: below it, waking another thread (slow on a
// busy machine) costs more than the kernel's first touches of a fresh
// array it would share, which is most of the work.
const readPart = 50000

// glossaryFile is the sections of a glossary file.
type glossaryFile struct {
	strings, texts []byte
	terms          []termRecord
	lists          []span
	keys           []keyRecord
	sources        []sourceRecord
	files          []span
	notes          []noteRecord
}

// glossarySections returns the sections of a glossary file's body.
func glossarySections(body []byte) (*glossaryFile, error) {
	t, err := sections.Read(body)
	if err != nil {
		return nil, errDamaged
	}
	get := func(name string) []byte {
		b, ok := t.Get(name)
		if !ok {
			err = errDamaged
		}
		return b
	}
	f := &glossaryFile{
		strings: get("strings"), texts: get("texts"),
		terms: sections.Records[termRecord](get("terms")), lists: sections.Records[span](get("lists")),
		keys: sections.Records[keyRecord](get("keys")), sources: sections.Records[sourceRecord](get("sources")),
		files: sections.Records[span](get("files")), notes: sections.Records[noteRecord](get("notes")),
	}
	return f, err
}

// read returns the glossary and notes in f. Its strings point into f's
// sections. The records are read on every core: most of the time goes to
// the kernel giving memory to the arrays they fill, which cores can do
// side by side.
func (f *glossaryFile) read() (*glossary.Glossary, []Note, error) {
	str := func(sp span) (string, bool) { return sections.String(f.strings, sp.Off, sp.Len) }
	var damaged atomic.Bool
	lists := make([]string, len(f.lists))
	parallel.Each(len(lists), readPart, func(i int) {
		s, ok := str(f.lists[i])
		lists[i] = s
		if !ok {
			damaged.Store(true)
		}
	})
	list := func(sp span) ([]string, bool) {
		if uint64(sp.Off)+uint64(sp.Len) > uint64(len(lists)) {
			return nil, false
		}
		if sp.Len == 0 {
			return nil, true
		}
		return lists[sp.Off : sp.Off+sp.Len : sp.Off+sp.Len], true
	}
	names := make([]string, len(f.files))
	for i, sp := range f.files {
		s, ok := str(sp)
		if !ok {
			return nil, nil, errDamaged
		}
		names[i] = s
	}

	s := &glossary.Snapshot{Terms: make([]glossary.Term, len(f.terms))}
	parallel.Each(len(s.Terms), readPart, func(i int) {
		r := &f.terms[i]
		name, ok1 := str(r.Name)
		category, ok2 := str(r.Category)
		var texts [3]string
		ok := ok1 && ok2
		for j, sp := range [3]span{r.Definition, r.Formula, r.Example} {
			var fits bool
			texts[j], fits = sections.String(f.texts, sp.Off, sp.Len)
			ok = ok && fits
		}
		aliases, ok3 := list(r.Aliases)
		related, ok4 := list(r.Related)
		if !ok || !ok3 || !ok4 || int(r.File) >= len(names) {
			damaged.Store(true)
			return
		}
		s.Terms[i] = glossary.Term{
			Name: name, Category: category, Definition: texts[0], Formula: texts[1], Example: texts[2],
			Aliases: aliases, Related: related,
			Pos: glossary.Pos{File: names[r.File], Line: int(r.Line), Col: int(r.Col)},
		}
	})

	s.Keys = make([]glossary.SnapshotKey, len(f.keys))
	parallel.Each(len(s.Keys), readPart, func(i int) {
		k, ok := str(f.keys[i].Key)
		if !ok || int(f.keys[i].Term) >= len(s.Terms) {
			damaged.Store(true)
			return
		}
		s.Keys[i] = glossary.SnapshotKey{Key: k, Term: int32(f.keys[i].Term)}
	})
	if damaged.Load() {
		return nil, nil, errDamaged
	}

	sources := make([]glossary.Source, len(f.sources))
	for i, r := range f.sources {
		file, ok := str(r.File)
		added, ok1 := list(r.Added)
		replaced, ok2 := list(r.Replaced)
		extended, ok3 := list(r.Extended)
		if !ok || !ok1 || !ok2 || !ok3 {
			return nil, nil, errDamaged
		}
		sources[i] = glossary.Source{File: file, Terms: int(r.Terms), Added: added, Replaced: replaced, Extended: extended}
	}
	notes := make([]Note, len(f.notes))
	for i, r := range f.notes {
		path, ok1 := str(r.Path)
		text, ok2 := str(r.Text)
		if !ok1 || !ok2 {
			return nil, nil, errDamaged
		}
		notes[i] = Note{path, text}
	}
	return glossary.FromSnapshot(s, sources), notes, nil
}
