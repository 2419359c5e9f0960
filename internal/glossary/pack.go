package glossary

import "strings"

// pack moves the terms a batch of entries parsed into a few large blocks:
// one array of terms, one of the names in their lists, one of their
// positions, and one string holding every text they point to. YAML gives
// each value a string of its own and each term is allocated apart, among
// the parser's nodes, which are garbage as soon as the batch is parsed: a
// glossary of 100,000 terms would be over a million small objects spread
// thinly over the heap's pages, which every collection marks one by one
// and which keep those pages from being reused. Packed, the terms take
// the same bytes in four objects a batch, and the pages the parser's
// garbage held are given back whole: at 100,000 terms under a 150 MB
// limit the load's peak fell from 172 to 155 MB (docs/adr/017).
// The terms are the same values; their lists are capped, so appending to
// one copies it.
func pack(terms []*Term) {
	if len(terms) == 0 {
		return
	}
	size, names := 0, 0
	for _, t := range terms {
		size += len(t.Name) + len(t.Category) + len(t.Definition) + len(t.Formula) + len(t.Example)
		for _, s := range t.Aliases {
			size += len(s)
		}
		for _, s := range t.Related {
			size += len(s)
		}
		names += len(t.Aliases) + len(t.Related)
	}
	var b strings.Builder
	b.Grow(size)
	block := make([]Term, len(terms))
	lists := make([]string, 0, names)
	places := make([]Pos, 0, names)
	at := 0
	text := func(s string) (start, end int) {
		b.WriteString(s)
		start, at = at, at+len(s)
		return start, at
	}
	type place struct{ start, end int }
	spans := make([][5]place, len(terms))
	for i, t := range terms {
		for j, s := range [5]string{t.Name, t.Category, t.Definition, t.Formula, t.Example} {
			spans[i][j].start, spans[i][j].end = text(s)
		}
		for _, s := range t.Aliases {
			text(s)
		}
		for _, s := range t.Related {
			text(s)
		}
	}
	all := b.String()
	at = 0
	for i, t := range terms {
		p := &block[i]
		*p = *t
		f := spans[i]
		p.Name, p.Category, p.Definition = all[f[0].start:f[0].end], all[f[1].start:f[1].end], all[f[2].start:f[2].end]
		p.Formula, p.Example = all[f[3].start:f[3].end], all[f[4].start:f[4].end]
		at = f[4].end
		p.Aliases, p.aliasPos, lists, places = packList(all, &at, t.Aliases, t.aliasPos, lists, places)
		p.Related, p.relatedPos, lists, places = packList(all, &at, t.Related, t.relatedPos, lists, places)
		terms[i] = p
	}
}

// packList appends names, now found in all from *at on, and their
// positions to lists and places, and returns the part of each that is
// theirs, capped.
func packList(all string, at *int, names []string, pos []Pos, lists []string, places []Pos) ([]string, []Pos, []string, []Pos) {
	if len(names) == 0 {
		return names, pos, lists, places
	}
	from, pfrom := len(lists), len(places)
	for _, s := range names {
		lists = append(lists, all[*at:*at+len(s)])
		*at += len(s)
	}
	places = append(places, pos...)
	return lists[from:len(lists):len(lists)], places[pfrom:len(places):len(places)], lists, places
}
