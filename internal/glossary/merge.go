package glossary

import (
	"fmt"
	"slices"
)

// Source describes what one file contributed to a merged glossary.
type Source struct {
	File     string   `json:"file"`
	Terms    int      `json:"terms"`
	Added    []string `json:"added"`
	Replaced []string `json:"replaced"`
	Extended []string `json:"extended"`
}

// New merges files, lowest layer first, into one glossary and checks it.
//
// An entry whose name matches a term from a lower layer is merged into
// it: the fields the entry sets win, the fields it leaves out are kept,
// and its aliases and related names are added to the lower term's. An entry
// that sets a definition replaces the term, and its spelling of the name
// wins; one that does not extends it, keeping the lower spelling.
// A name or alias claimed in a higher layer wins that key over any lower
// term. See docs/adr/002-layer-merging.md.
//
// The returned glossary is usable whenever the problems hold no errors.
func New(files ...*File) (*Glossary, Problems) {
	m := merger{byName: map[string]*Term{}, at: map[string]int{}, layer: map[string]int{}}
	for i, f := range files {
		m.layer[f.Name] = i
		m.file(f)
	}
	g := &Glossary{terms: m.terms, sources: m.sources}
	m.problems = append(m.problems, g.index(m.layer, m.byName)...)
	return g, m.problems
}

type merger struct {
	terms    []*Term
	byName   map[string]*Term // name key -> term, across the layers so far
	at       map[string]int   // name key -> place in terms
	layer    map[string]int   // file name -> layer index
	layerOf  []int            // for each of terms, the layer of its first entry
	sources  []Source
	problems Problems
}

func (m *merger) add(pos Pos, kind Kind, format string, args ...any) {
	m.problems = append(m.problems, Problem{Pos: pos, Message: fmt.Sprintf(format, args...), Kind: kind})
}

func (m *merger) file(f *File) {
	src := Source{File: f.Name, Terms: len(f.Terms)}
	inFile := map[string]*Term{}
	keys := nameKeys(f.Terms)
	for i, e := range f.Terms {
		k := keys[i]
		if k == "" {
			m.add(e.Pos, KindNoLetters, "term %q has no letters or digits", e.Name)
			continue
		}
		if first, dup := inFile[k]; dup {
			m.add(e.Pos, KindDuplicate, "duplicate term %q: the same name as %q at line %d (names compare ignoring case, accents, spacing and most punctuation)", e.Name, first.Name, first.Pos.Line)
			continue
		}
		inFile[k] = e
		if lower, ok := m.byName[k]; ok {
			merged := merge(lower, e)
			at := m.at[k] // not a search of terms: two large layers that overlap would take quadratic time
			merged.Origin = origin(lower, m.sources[m.layerOf[at]].File, e, f.Name)
			m.byName[k] = merged
			m.terms[at] = merged
			if e.Definition != "" {
				src.Replaced = append(src.Replaced, merged.Name)
			} else {
				src.Extended = append(src.Extended, merged.Name)
			}
			continue
		}
		if e.Category == "" && !e.badCategory {
			m.add(e.Pos, KindMissing, "term %q: missing category", e.Name)
		}
		if e.Definition == "" && !e.badDefinition {
			m.add(e.Pos, KindMissing, "term %q: missing definition", e.Name)
		}
		m.byName[k] = e
		m.at[k] = len(m.terms)
		m.terms = append(m.terms, e)
		m.layerOf = append(m.layerOf, len(m.sources))
		src.Added = append(src.Added, e.Name)
	}
	m.sources = append(m.sources, src)
}

// merge returns a new term: lower with the fields that higher sets.
func merge(lower, higher *Term) *Term {
	t := *lower
	t.Pos = higher.Pos
	pick := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	if higher.Definition != "" { // a replacing entry may respell the name; an extending one keeps it
		t.Name = higher.Name
	}
	pick(&t.Category, higher.Category)
	pick(&t.Definition, higher.Definition)
	pick(&t.Formula, higher.Formula)
	pick(&t.Example, higher.Example)
	t.Aliases, t.aliasPos = union(lower.Aliases, lower.aliasPos, higher.Aliases, higher.aliasPos)
	t.Related, t.relatedPos = union(lower.Related, lower.relatedPos, higher.Related, higher.relatedPos)
	return &t
}

// origin returns the Origin of the term that merging higher, an entry of
// file, into lower gives. lowerFile is the file of lower when one entry
// alone gave it. lower's Origin is not changed: it may be shared.
func origin(lower *Term, lowerFile string, higher *Term, file string) *Origin {
	o := Origin{Source: lowerFile}
	if lower.Origin != nil {
		o = Origin{Source: lower.Origin.Source, ExtendedBy: slices.Clip(lower.Origin.ExtendedBy)}
	}
	if higher.Definition != "" {
		o.Source = file
	} else {
		o.ExtendedBy = append(o.ExtendedBy, file)
	}
	return &o
}

// union appends the names of b not already in a (compared by Key).
func union(a []string, apos []Pos, b []string, bpos []Pos) ([]string, []Pos) {
	out := slices.Clip(a)
	pos := make([]Pos, len(a), len(a)+len(b)) // apos may be short: the compiled built-in glossary has none
	copy(pos, apos)
	seen := make(map[string]bool, len(a)+len(b)) // a set, so a hostile list cannot make this quadratic
	for _, s := range a {
		seen[Key(s)] = true
	}
	for i, s := range b {
		if k := Key(s); !seen[k] {
			seen[k] = true
			out = append(out, s)
			pos = append(pos, posAt(bpos, i))
		}
	}
	return out, pos
}

func posAt(ps []Pos, i int) Pos {
	if i < len(ps) {
		return ps[i]
	}
	return Pos{}
}
