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

// termLinks is, for each term of a glossary in order, the places of the
// terms Glossary.Related returns for it, end to end (links), and where
// each term's run ends (ends): the sections "links" and "links/end"; and
// the same for the terms Glossary.LinkedFrom returns, in order of place
// (from, in): "linked" and "linked/end".
type termLinks struct {
	links, ends, from, in []uint32
}

// findLinks works out gw's termLinks; gw.keys must be set.
func (gw glossaryWriter) findLinks() termLinks {
	find := func(name string) int {
		k := glossary.Key(name)
		i := sort.Search(len(gw.keys), func(i int) bool { return gw.keys[i].Key >= k })
		if i < len(gw.keys) && gw.keys[i].Key == k {
			return int(gw.keys[i].Term)
		}
		return -1
	}
	terms := gw.g.All()
	out := termLinks{ends: make([]uint32, len(terms)), in: make([]uint32, len(terms))} // in: how many terms link to each, then where their runs end
	for i, t := range terms {
		from := len(out.links)
		for _, r := range t.Related {
			if to := find(r); to >= 0 && to != i && !slices.Contains(out.links[from:], uint32(to)) {
				out.links = append(out.links, uint32(to))
				out.in[to]++
			}
		}
		out.ends[i] = uint32(len(out.links))
	}

	// Each term's linking terms, in order of place: its run starts where
	// the runs before it end, and fills as the links are gone through in
	// order of the term that lists them.
	at := make([]uint32, len(terms))
	sum := uint32(0)
	for i, k := range out.in {
		at[i], out.in[i] = sum, sum+k
		sum += k
	}
	out.from = make([]uint32, len(out.links))
	start := uint32(0)
	for i, end := range out.ends {
		for _, to := range out.links[start:end] {
			out.from[at[to]] = uint32(i)
			at[to]++
		}
		start = end
	}
	return out
}

// write writes the sections "links", "links/end", "linked" and
// "linked/end".
func (l termLinks) write(w *sections.Writer) {
	w.Begin("links")
	w.Uint32s(l.links...)
	w.Begin("links/end")
	w.Uint32s(l.ends...)
	w.Begin("linked")
	w.Uint32s(l.from...)
	w.Begin("linked/end")
	w.Uint32s(l.in...)
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
