package cache

// This file keeps, for each term, the terms its related names find, so
// that a lookup shows a term's related terms without looking each name
// up (the sections "links" and "links/end"), and the terms whose related
// names find it, so that an ambiguous lookup or `gloss related` reads
// only the terms it shows rather than every term's links ("linked" and
// "linked/end").

import (
	"slices"
	"sort"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/sections"
)

// writeLinks writes, for each term of gw's glossary in order, the places
// of the terms Glossary.Related returns for it, end to end ("links"), and
// where each term's run ends ("links/end"); then the same for the terms
// Glossary.LinkedFrom returns, in order of place ("linked", "linked/end").
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
	in := make([]uint32, len(terms)) // how many terms link to each
	w.Begin("links")
	n := uint32(0)
	var run, links []uint32
	for i, t := range terms {
		run = run[:0]
		for _, r := range t.Related {
			if to := find(r); to >= 0 && to != i && !slices.Contains(run, uint32(to)) {
				run = append(run, uint32(to))
			}
		}
		w.Uint32s(run...)
		links = append(links, run...)
		for _, to := range run {
			in[to]++
		}
		n += uint32(len(run))
		ends[i] = n
	}
	w.Begin("links/end")
	w.Uint32s(ends...)

	// Each term's linking terms, in order of place: its run starts where
	// the runs before it end, and fills as the links are gone through in
	// order of the term that lists them.
	at := make([]uint32, len(terms))
	sum := uint32(0)
	for i, k := range in {
		at[i], in[i] = sum, sum+k
		sum += k
	}
	from := make([]uint32, len(links))
	start := uint32(0)
	for i, end := range ends {
		for _, to := range links[start:end] {
			from[at[to]] = uint32(i)
			at[to]++
		}
		start = end
	}
	w.Begin("linked")
	w.Uint32s(from...)
	w.Begin("linked/end")
	w.Uint32s(in...)
}

// runBounds returns where run i lies in a section of uint32 runs end to
// end whose ends are the uint32s of ends, and false if ends is damaged.
func runBounds(ends *sections.Section, i int) (from, to uint32, ok bool) {
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
	return from, to, ok1 && ok2 && from <= to
}

// runOf returns run i of values, a section of uint32 runs end to end
// whose ends are the uint32s of ends (as "links" and "links/end" are), and
// false if either is damaged.
func runOf(ends, values *sections.Section, i int) ([]uint32, bool) {
	from, to, ok := runBounds(ends, i)
	if !ok {
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
	return f.places(f.linkEnds, f.links, i, "links")
}

// LinkedFrom returns the places of the terms whose related names find
// term i, as Glossary.LinkedFrom finds them, in order of place.
func (f *glossaryFile) LinkedFrom(i int) ([]int, error) {
	return f.places(f.linkedEnds, f.linked, i, "linked")
}

// LinkedFromCount returns how many terms LinkedFrom(i) returns, reading
// only where their run starts and ends.
func (f *glossaryFile) LinkedFromCount(i int) (int, error) {
	from, to, ok := runBounds(f.linkedEnds, i)
	if !ok || uint64(to) > uint64(f.linked.Len()/4) {
		return 0, f.fail("linked")
	}
	return int(to - from), nil
}

// places returns run i of values (as runOf), each checked to be a
// term's place.
func (f *glossaryFile) places(ends, values *sections.Section, i int, what string) ([]int, error) {
	run, ok := runOf(ends, values, i)
	if !ok {
		return nil, f.fail(what)
	}
	out := make([]int, 0, len(run))
	for _, t := range run {
		if int(t) >= f.Len() {
			return nil, f.fail(what)
		}
		out = append(out, int(t))
	}
	return out, nil
}
