package cache

// This file reads back a glossary file, laid out as glossary.go describes.

import (
	"errors"
	"sync/atomic"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/parallel"
)

var errDamaged = errors.New("cache file is damaged")

// readGlossary returns the glossary in the sections of a glossary file.
// Its strings point into the sections. The records are read on every
// core: most of the time goes to the kernel giving memory to the arrays
// they fill, which cores can do side by side.
func readGlossary(secs [][]byte) (*glossary.Glossary, error) {
	blob, texts := secs[0], secs[6]
	str := func(off, n uint32) (string, bool) { return stringAt(blob, off, n) }
	var damaged atomic.Bool
	refs := u32s(secs[2])
	lists := make([]string, len(refs)/2)
	inParts(len(lists), func(i int) {
		s, ok := str(refs[2*i], refs[2*i+1])
		lists[i] = s
		if !ok {
			damaged.Store(true)
		}
	})
	list := func(first, n uint32) ([]string, bool) {
		if uint64(first)+uint64(n) > uint64(len(lists)) {
			return nil, false
		}
		if n == 0 {
			return nil, true
		}
		return lists[first : first+n : first+n], true
	}
	files := u32s(secs[5])
	names := make([]string, len(files)/2)
	for i := range names {
		s, ok := str(files[2*i], files[2*i+1])
		if !ok {
			return nil, errDamaged
		}
		names[i] = s
	}

	rec := u32s(secs[1])
	s := &glossary.Snapshot{Terms: make([]glossary.Term, len(rec)/18)}
	inParts(len(s.Terms), func(i int) {
		r := rec[18*i : 18*i+18]
		var f [5]string
		ok := true
		for j := range f {
			var fits bool
			if j < 2 {
				f[j], fits = str(r[2*j], r[2*j+1])
			} else {
				f[j], fits = stringAt(texts, r[2*j], r[2*j+1])
			}
			ok = ok && fits
		}
		aliases, ok1 := list(r[10], r[11])
		related, ok2 := list(r[12], r[13])
		if !ok || !ok1 || !ok2 || int(r[14]) >= len(names) {
			damaged.Store(true)
			return
		}
		s.Terms[i] = glossary.Term{
			Name: f[0], Category: f[1], Definition: f[2], Formula: f[3], Example: f[4],
			Aliases: aliases, Related: related,
			Pos: glossary.Pos{File: names[r[14]], Line: int(r[15]), Col: int(r[16])},
		}
	})

	rec = u32s(secs[3])
	s.Keys = make([]glossary.SnapshotKey, len(rec)/3)
	inParts(len(s.Keys), func(i int) {
		k, ok := str(rec[3*i], rec[3*i+1])
		if !ok || int(rec[3*i+2]) >= len(s.Terms) {
			damaged.Store(true)
			return
		}
		s.Keys[i] = glossary.SnapshotKey{Key: k, Term: int32(rec[3*i+2])}
	})
	if damaged.Load() {
		return nil, errDamaged
	}

	rec = u32s(secs[4])
	sources := make([]glossary.Source, len(rec)/10)
	for i := range sources {
		r := rec[10*i : 10*i+10]
		file, ok := str(r[0], r[1])
		added, ok1 := list(r[3], r[4])
		replaced, ok2 := list(r[5], r[6])
		extended, ok3 := list(r[7], r[8])
		if !ok || !ok1 || !ok2 || !ok3 {
			return nil, errDamaged
		}
		sources[i] = glossary.Source{File: file, Terms: int(r[2]), Added: added, Replaced: replaced, Extended: extended}
	}
	return glossary.FromSnapshot(s, sources), nil
}

// inParts calls fn for 0..n-1, split between the cores when n is large.
func inParts(n int, fn func(i int)) {
	parallel.Each(n, readPart, fn)
}

// readPart is the fewest records worth a core of their own when a
// glossary is read: below about this many, starting a goroutine and the
// kernel's first touches of a fresh array cost more than they save.
const readPart = 25000
