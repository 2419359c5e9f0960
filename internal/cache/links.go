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

// termLinks is, for each term of a glossary in order, the places of the
// terms Glossary.Related returns for it, end to end (links), and where
// each term's run ends (ends): the sections "links" and "links/end".
type termLinks struct {
	links, ends []uint32
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
	out := termLinks{ends: make([]uint32, len(terms))}
	for i, t := range terms {
		from := len(out.links)
		for _, r := range t.Related {
			if to := find(r); to >= 0 && to != i && !slices.Contains(out.links[from:], uint32(to)) {
				out.links = append(out.links, uint32(to))
			}
		}
		out.ends[i] = uint32(len(out.links))
	}
	return out
}

// write writes the sections "links" and "links/end".
func (l termLinks) write(w *sections.Writer) {
	w.Begin("links")
	w.Uint32s(l.links...)
	w.Begin("links/end")
	w.Uint32s(l.ends...)
}

// Related returns the places of the terms term i's related names find,
// as Glossary.Related finds them.
func (f *glossaryFile) Related(i int) ([]int, error) {
	end := func(i int) (uint32, bool) {
		if i < 0 {
			return 0, true
		}
		b, ok := f.linkEnds.Bytes(4*uint64(i), 4)
		if !ok {
			return 0, false
		}
		return sections.Uint32s(b)[0], true
	}
	from, ok1 := end(i - 1)
	to, ok2 := end(i)
	if !ok1 || !ok2 || from > to {
		return nil, f.fail("links")
	}
	b, ok := f.links.Bytes(4*uint64(from), 4*uint64(to-from))
	if !ok {
		return nil, f.fail("links")
	}
	out := make([]int, 0, to-from)
	for _, t := range sections.Uint32s(b) {
		if int(t) >= f.Len() {
			return nil, f.fail("links")
		}
		out = append(out, int(t))
	}
	return out, nil
}
