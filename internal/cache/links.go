package cache

// This file keeps, for each term, the terms its related names find, so
// that a lookup shows a term's related terms without looking each name
// up: the sections "links" and "links/end".

import (
	"slices"
	"sort"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/sections"
)

// writeLinks writes, for each term of gw's glossary in order, the places
// of the terms Glossary.Related returns for it, end to end ("links"), and
// where each term's run ends ("links/end").
func (gw glossaryWriter) writeLinks(w *sections.Writer) {
	find := func(name string) int {
		k := glossary.Key(name)
		i := sort.Search(len(gw.keys), func(i int) bool { return gw.keys[i].Key >= k })
		if i < len(gw.keys) && gw.keys[i].Key == k {
			return int(gw.keys[i].Term)
		}
		return -1
	}
	terms := gw.g.All()
	ends := make([]uint32, len(terms))
	w.Begin("links")
	n := uint32(0)
	var run []uint32
	for i, t := range terms {
		run = run[:0]
		for _, r := range t.Related {
			if to := find(r); to >= 0 && to != i && !slices.Contains(run, uint32(to)) {
				run = append(run, uint32(to))
			}
		}
		w.Uint32s(run...)
		n += uint32(len(run))
		ends[i] = n
	}
	w.Begin("links/end")
	w.Uint32s(ends...)
}

// runOf returns run i of values, a section of uint32 runs end to end
// whose ends are the uint32s of ends (as "links" and "links/end" are), and
// false if either is damaged.
func runOf(ends, values *sections.Section, i int) ([]uint32, bool) {
	end := func(i int) (uint32, bool) {
		if i < 0 {
			return 0, true
		}
		b, ok := ends.Bytes(4*uint64(i), 4)
		if !ok {
			return 0, false
		}
		return sections.Uint32s(b)[0], true
	}
	from, ok1 := end(i - 1)
	to, ok2 := end(i)
	if !ok1 || !ok2 || from > to {
		return nil, false
	}
	b, ok := values.Bytes(4*uint64(from), 4*uint64(to-from))
	if !ok {
		return nil, false
	}
	return sections.Uint32s(b), true
}

// Related returns the places of the terms term i's related names find,
// as Glossary.Related finds them.
func (f *glossaryFile) Related(i int) ([]int, error) {
	run, ok := runOf(f.linkEnds, f.links, i)
	if !ok {
		return nil, f.fail("links")
	}
	out := make([]int, 0, len(run))
	for _, t := range run {
		if int(t) >= f.Len() {
			return nil, f.fail("links")
		}
		out = append(out, int(t))
	}
	return out, nil
}
