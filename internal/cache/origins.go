package cache

// This file keeps, for each term merged from several layers, the files its
// text comes from (glossary.Origin), so that a lookup says where a
// replaced or extended entry's definition comes from: the sections
// "origins" and "origins/end".

import (
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/sections"
)

// writeOrigins writes, for each term of gw's glossary in order, the places
// in the sources section of the files of its Origin, the source first and
// then those that extended it, end to end ("origins"), and where each
// term's run ends ("origins/end"); a term that one entry alone gave has an
// empty run. When no term has an Origin both sections are empty, so a
// glossary of one layer, or of layers that only add, pays nothing.
func (gw glossaryWriter) writeOrigins(w *sections.Writer) {
	layer := map[string]uint32{}
	for i, s := range gw.g.Sources() {
		if _, ok := layer[s.File]; !ok {
			layer[s.File] = uint32(i)
		}
	}
	terms := gw.g.All()
	var ends []uint32
	w.Begin("origins")
	n := uint32(0)
	for i, t := range terms {
		if t.Origin == nil {
			if ends != nil {
				ends[i] = n
			}
			continue
		}
		if ends == nil {
			ends = make([]uint32, len(terms)) // the terms before i had none: 0
		}
		w.Uint32s(layer[t.Origin.Source])
		for _, f := range t.Origin.ExtendedBy {
			w.Uint32s(layer[f])
		}
		n += uint32(1 + len(t.Origin.ExtendedBy))
		ends[i] = n
	}
	w.Begin("origins/end")
	w.Uint32s(ends...)
}

// origin returns term i's Origin, nil when it has none, as writeOrigins
// kept it, and false if the sections are damaged.
func (f *glossaryFile) origin(i int) (*glossary.Origin, bool) {
	if f.originEnds.Len() == 0 {
		return nil, true // no term has one
	}
	run, ok := runOf(f.originEnds, f.origins, i)
	if !ok {
		return nil, false
	}
	if len(run) == 0 {
		return nil, true
	}
	files := make([]string, len(run))
	for j, layer := range run {
		r, ok := sections.Record[sourceRecord](f.sources, int(layer))
		if !ok {
			return nil, false
		}
		if files[j], ok = f.str(r.File); !ok {
			return nil, false
		}
	}
	o := &glossary.Origin{Source: files[0]}
	if len(files) > 1 {
		o.ExtendedBy = files[1:]
	}
	return o, true
}
