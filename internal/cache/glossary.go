package cache

// This file lays out and writes a glossary file; glossary_read.go reads
// one back.

import (
	"errors"
	"math"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// A glossary file has seven sections:
//
//	strings   names, categories, aliases, related names, keys and file
//	          names, end to end; the others point into it with (offset,
//	          length) pairs, written "str" below
//	terms     per term: name, category (str), definition, formula,
//	          example (str in texts), aliases and related (first, count
//	          in lists), file (index in files), line, column, 0: 18 uint32
//	lists     the aliases and related names of every term, then the
//	          term names each source added, replaced and extended: str
//	keys      the key index, sorted by key: str, term
//	sources   per source: file (str), terms, then first and count in
//	          lists of added, replaced and extended, 0: 10 uint32
//	files     the file names in term positions: str
//	texts     definitions, formulas and examples, end to end
//
// The long texts are kept apart so that reading every name (to sort a
// list, say) touches a few megabytes, not the whole file.
const glossarySections = 7

// strtab hands out the places of strings in the strings section. Adding
// the same strings in the same order gives the same places, so a writer
// can write the strings on one pass and, counting again, the records that
// point to them on the next.
type strtab struct {
	w *writer // nil when only counting
	n uint64
}

func (t *strtab) add(s string) (off, n uint32) {
	off, n = uint32(t.n), uint32(len(s))
	t.n += uint64(len(s))
	if t.w != nil {
		t.w.str(s)
	}
	return off, n
}

// glossaryWriter walks a glossary in the order its file lays it out.
type glossaryWriter struct {
	g     *glossary.Glossary
	keys  []glossary.SnapshotKey
	files []string
}

func writeGlossary(w *writer, g *glossary.Glossary) error {
	gw := glossaryWriter{g: g, keys: g.Keys()}
	index := map[string]bool{}
	for _, t := range g.Terms {
		if !index[t.Pos.File] {
			index[t.Pos.File] = true
			gw.files = append(gw.files, t.Pos.File)
		}
	}
	w.begin()
	short := &strtab{w: w}
	gw.terms(short, &strtab{}, nil)
	keysAt := short.n
	gw.keyStrings(short, nil)
	sourcesAt := short.n
	gw.sourceStrings(short, nil, nil)
	filesAt := short.n
	for _, f := range gw.files {
		short.add(f)
	}
	w.end()

	w.begin()
	list := uint32(0)
	fileOf := make(map[string]uint32, len(gw.files))
	for i, f := range gw.files {
		fileOf[f] = uint32(i)
	}
	gw.terms(&strtab{}, &strtab{}, func(t *glossary.Term, refs []uint32) {
		na, nr := uint32(len(t.Aliases)), uint32(len(t.Related))
		w.u32(refs[:10]...)
		w.u32(list, na, list+na, nr, fileOf[t.Pos.File], uint32(t.Pos.Line), uint32(t.Pos.Col), 0)
		list += na + nr
	})
	w.end()

	w.begin()
	gw.terms(&strtab{}, &strtab{}, func(t *glossary.Term, refs []uint32) { w.u32(refs[10:]...) })
	gw.sourceStrings(&strtab{n: sourcesAt}, nil, func(refs []uint32) { w.u32(refs...) })
	w.end()

	w.begin()
	gw.keyStrings(&strtab{n: keysAt}, func(k glossary.SnapshotKey, off, n uint32) { w.u32(off, n, uint32(k.Term)) })
	w.end()

	w.begin()
	gw.sourceStrings(&strtab{n: sourcesAt}, func(s glossary.Source, off, n, first uint32) {
		w.u32(off, n, uint32(s.Terms),
			first, uint32(len(s.Added)), first+uint32(len(s.Added)), uint32(len(s.Replaced)),
			first+uint32(len(s.Added)+len(s.Replaced)), uint32(len(s.Extended)), 0)
	}, nil)
	w.end()

	w.begin()
	files := &strtab{n: filesAt}
	for _, f := range gw.files {
		w.u32(files.add(f))
	}
	w.end()

	w.begin()
	long := &strtab{w: w}
	gw.terms(&strtab{}, long, nil)
	w.end()
	if short.n > math.MaxUint32 || long.n > math.MaxUint32 {
		return errors.New("glossary too large for the cache")
	}
	return nil
}

// terms adds every term's strings to short and its definition, formula
// and example to long, passing each term and the places of its strings
// to fn: five fields, then its aliases and related names.
func (gw glossaryWriter) terms(short, long *strtab, fn func(*glossary.Term, []uint32)) {
	var refs []uint32
	for _, term := range gw.g.Terms {
		refs = refs[:0]
		for i, s := range [5]string{term.Name, term.Category, term.Definition, term.Formula, term.Example} {
			t := short
			if i >= 2 {
				t = long
			}
			off, n := t.add(s)
			refs = append(refs, off, n)
		}
		for _, s := range term.Aliases {
			off, n := short.add(s)
			refs = append(refs, off, n)
		}
		for _, s := range term.Related {
			off, n := short.add(s)
			refs = append(refs, off, n)
		}
		if fn != nil {
			fn(term, refs)
		}
	}
}

func (gw glossaryWriter) keyStrings(t *strtab, fn func(glossary.SnapshotKey, uint32, uint32)) {
	for _, k := range gw.keys {
		off, n := t.add(k.Key)
		if fn != nil {
			fn(k, off, n)
		}
	}
}

// sourceStrings adds each source's file name and term names to t,
// passing the source, its name's place and where its names start in the
// lists section to fn, and the places of its names to names.
func (gw glossaryWriter) sourceStrings(t *strtab, fn func(glossary.Source, uint32, uint32, uint32), names func([]uint32)) {
	first := uint32(0)
	for _, term := range gw.g.Terms {
		first += uint32(len(term.Aliases) + len(term.Related))
	}
	var refs []uint32
	for _, s := range gw.g.Sources {
		off, n := t.add(s.File)
		if fn != nil {
			fn(s, off, n, first)
		}
		refs = refs[:0]
		for _, list := range [][]string{s.Added, s.Replaced, s.Extended} {
			for _, name := range list {
				o, n := t.add(name)
				refs = append(refs, o, n)
			}
		}
		if names != nil {
			names(refs)
		}
		first += uint32(len(s.Added) + len(s.Replaced) + len(s.Extended))
	}
}
