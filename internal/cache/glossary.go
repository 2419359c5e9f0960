package cache

// This file writes a glossary file's body, laid out as
// glossary_layout.go describes; glossary_read.go reads one back.

import (
	"errors"
	"math"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/parallel"
	"github.com/gloss-cli/gloss/internal/sections"
)

// strtab hands out the places of strings in a section. Adding the same
// strings in the same order gives the same places, so a writer can write
// the strings on one pass and, counting again, the records that point to
// them on the next.
type strtab struct {
	w *sections.Writer // nil when only counting
	n uint64
}

func (t *strtab) add(s string) span {
	sp := span{uint32(t.n), uint32(len(s))}
	t.n += uint64(len(s))
	if t.w != nil {
		t.w.WriteString(s)
	}
	return sp
}

// recordBatch is how many records are gathered before they are written.
const recordBatch = 1024

// glossaryWriter walks a glossary in the order its file lays it out.
type glossaryWriter struct {
	g     *glossary.Glossary
	keys  []glossary.SnapshotKey
	files []string
	notes []Note
}

// writeGlossary writes g's file, with notes, to w. The keys, their hash
// table and the links are worked out on another core while the terms'
// strings and records are written: on one core they were half the time
// of writing the file (docs/adr/020-first-load-overlap.md).
func writeGlossary(w *sections.Writer, g *glossary.Glossary, notes []Note) error {
	gw := glossaryWriter{g: g, notes: notes}
	var sorted []glossary.SnapshotKey // gw's methods copy gw: the goroutine must not write to it
	keysDone := parallel.Start(func() { sorted = g.Keys() })
	fileOf := map[string]uint32{}
	for _, t := range g.All() {
		if _, ok := fileOf[t.Pos.File]; !ok {
			fileOf[t.Pos.File] = uint32(len(gw.files))
			gw.files = append(gw.files, t.Pos.File)
		}
	}
	w.Begin("strings")
	short := &strtab{w: w}
	gw.terms(short, &strtab{}, nil)
	keysDone()
	gw.keys = sorted
	var table []hashSlot
	var links termLinks
	tablesDone := parallel.Start(func() { table, links = keyHashTable(gw.keys), gw.findLinks() })
	defer tablesDone() // on every path: the goroutine reads g
	keysAt := short.n
	gw.keyStrings(short, nil)
	sourcesAt := short.n
	gw.sourceStrings(short, nil, nil)
	filesAt := short.n
	for _, f := range gw.files {
		short.add(f)
	}
	notesAt := short.n
	for _, n := range notes {
		short.add(n.Path)
		short.add(n.Text)
	}

	w.Begin("terms")
	list := uint32(0)
	batch := make([]termRecord, 0, recordBatch)
	gw.terms(&strtab{}, &strtab{}, func(t *glossary.Term, f [5]span, _ []span) {
		na, nr := uint32(len(t.Aliases)), uint32(len(t.Related))
		batch = append(batch, termRecord{
			Name: f[0], Category: f[1], Definition: f[2], Formula: f[3], Example: f[4],
			Aliases: span{list, na}, Related: span{list + na, nr},
			File: fileOf[t.Pos.File], Line: uint32(t.Pos.Line), Col: uint32(t.Pos.Col),
		})
		list += na + nr
		if len(batch) == recordBatch {
			sections.WriteRecords(w, batch)
			batch = batch[:0]
		}
	})
	sections.WriteRecords(w, batch)

	w.Begin("lists")
	gw.terms(&strtab{}, &strtab{}, func(_ *glossary.Term, _ [5]span, names []span) { sections.WriteRecords(w, names) })
	gw.sourceStrings(&strtab{n: sourcesAt}, nil, func(names []span) { sections.WriteRecords(w, names) })

	w.Begin("keys")
	keys := make([]keyRecord, 0, recordBatch)
	gw.keyStrings(&strtab{n: keysAt}, func(k glossary.SnapshotKey, sp span) {
		keys = append(keys, keyRecord{sp, uint32(k.Term)})
		if len(keys) == recordBatch {
			sections.WriteRecords(w, keys)
			keys = keys[:0]
		}
	})
	sections.WriteRecords(w, keys)
	tablesDone()
	w.Begin("keys/hash")
	sections.WriteRecords(w, table)
	links.write(w)
	gw.writeOrigins(w)

	w.Begin("sources")
	var srcs []sourceRecord
	gw.sourceStrings(&strtab{n: sourcesAt}, func(s glossary.Source, file span, first uint32) {
		na, nr, ne := uint32(len(s.Added)), uint32(len(s.Replaced)), uint32(len(s.Extended))
		srcs = append(srcs, sourceRecord{file, uint32(s.Terms), span{first, na}, span{first + na, nr}, span{first + na + nr, ne}})
	}, nil)
	sections.WriteRecords(w, srcs)

	w.Begin("files")
	files := &strtab{n: filesAt}
	for _, f := range gw.files {
		sections.WriteRecords(w, []span{files.add(f)})
	}

	w.Begin("notes")
	at := &strtab{n: notesAt}
	for _, n := range notes {
		sections.WriteRecords(w, []noteRecord{{at.add(n.Path), at.add(n.Text)}})
	}

	w.Begin("texts")
	long := &strtab{w: w}
	gw.terms(&strtab{}, long, nil)
	if short.n > math.MaxUint32 || long.n > math.MaxUint32 {
		return errors.New("glossary too large for the cache")
	}
	return nil
}

// terms adds every term's strings to short and its definition, formula
// and example to long, passing each term to fn with the places of its
// five fields and of its aliases and related names.
func (gw glossaryWriter) terms(short, long *strtab, fn func(*glossary.Term, [5]span, []span)) {
	var names []span
	for _, term := range gw.g.All() {
		var f [5]span
		for i, s := range [5]string{term.Name, term.Category, term.Definition, term.Formula, term.Example} {
			t := short
			if i >= 2 {
				t = long
			}
			f[i] = t.add(s)
		}
		names = names[:0]
		for _, s := range term.Aliases {
			names = append(names, short.add(s))
		}
		for _, s := range term.Related {
			names = append(names, short.add(s))
		}
		if fn != nil {
			fn(term, f, names)
		}
	}
}

func (gw glossaryWriter) keyStrings(t *strtab, fn func(glossary.SnapshotKey, span)) {
	for _, k := range gw.keys {
		sp := t.add(k.Key)
		if fn != nil {
			fn(k, sp)
		}
	}
}

// sourceStrings adds each source's file name and term names to t,
// passing the source, its name's place and where its names start in the
// lists section to fn, and the places of its names to names.
func (gw glossaryWriter) sourceStrings(t *strtab, fn func(glossary.Source, span, uint32), names func([]span)) {
	first := uint32(0)
	for _, term := range gw.g.All() {
		first += uint32(len(term.Aliases) + len(term.Related))
	}
	var spans []span
	for _, s := range gw.g.Sources() {
		file := t.add(s.File)
		if fn != nil {
			fn(s, file, first)
		}
		spans = spans[:0]
		for _, list := range [][]string{s.Added, s.Replaced, s.Extended} {
			for _, name := range list {
				spans = append(spans, t.add(name))
			}
		}
		if names != nil {
			names(spans)
		}
		first += uint32(len(s.Added) + len(s.Replaced) + len(s.Extended))
	}
}
