package convert

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// Merge is what Import does with a headword a source gives more than once:
// two entries whose names are the same after glossary.Key.
type Merge int

const (
	// MergeError reports every repeat as an error, so nothing is decided
	// behind the user's back.
	MergeError Merge = iota
	// MergeSenses makes one entry whose definition numbers the senses, in
	// the source's order, and which has every sense's aliases and links.
	MergeSenses
	// MergeQualify keeps separate entries, naming each repeat after the
	// first with a qualifier: the category the source gives it when that
	// tells it apart ("Record (Sales)"), else its number ("Record (2)").
	MergeQualify
)

// Merges are the names of the strategies, as --merge takes them.
var Merges = []string{"error", "senses", "qualify"}

// ParseMerge returns the strategy named s.
func ParseMerge(s string) (Merge, error) {
	for i, name := range Merges {
		if s == name {
			return Merge(i), nil
		}
	}
	return 0, fmt.Errorf("unknown merge strategy %q (want %s)", s, strings.Join(Merges, ", "))
}

// merge resolves groups of entries that share a name key, each group in
// source order, and returns the entries to keep in source order.
func merge(entries []*entry, o *Options, rep *report, res *Result) []*entry {
	groups := map[string][]*entry{}
	var order []string
	for _, e := range entries {
		k := glossary.Key(e.Name)
		if _, seen := groups[k]; !seen {
			order = append(order, k)
		}
		groups[k] = append(groups[k], e)
	}
	taken := make(map[string]bool, len(groups))
	for k := range groups {
		taken[k] = true
	}
	var out []*entry
	merged, renamed := 0, 0
	for _, k := range order {
		g := groups[k]
		if len(g) == 1 {
			out = append(out, g[0])
			continue
		}
		switch o.Merge {
		case MergeError:
			for _, e := range g[1:] {
				rep.errorf(e.Pos, "%s repeats the headword of %s (line %d); --merge senses or --merge qualify resolves repeats",
					e.where, g[0].where, g[0].Pos.Line)
			}
			out = append(out, g[0])
		case MergeSenses:
			out = append(out, senses(g))
			merged += len(g) - 1
		case MergeQualify:
			out = append(out, g[0])
			for i, e := range g[1:] {
				e.Name = qualified(e, g[0], i+2, taken)
				out = append(out, e)
				renamed++
			}
		}
	}
	if merged > 0 {
		res.Notes = append(res.Notes, fmt.Sprintf("%s merged as senses", plural(merged, "repeated headword")))
	}
	if renamed > 0 {
		res.Notes = append(res.Notes, fmt.Sprintf("%s named with a qualifier", plural(renamed, "repeated headword")))
	}
	return keepOrder(entries, out)
}

// senses combines the entries of g into the first: its definition numbers
// each one's ("1. ... 2. ..."), the others' aliases and links are added,
// fields only a later one has are taken from it, and the plainest
// spelling gives the name and category.
func senses(g []*entry) *entry {
	first := g[0]
	var def strings.Builder
	for i, e := range g {
		if i > 0 {
			def.WriteString("\n\n")
			first.Aliases = append(first.Aliases, e.Name)
			first.Aliases = append(first.Aliases, e.Aliases...)
			first.Related = append(first.Related, e.Related...)
			first.Formula = cmpOr(first.Formula, e.Formula)
			first.Example = cmpOr(first.Example, e.Example)
		}
		fmt.Fprintf(&def, "%d. %s", i+1, e.Definition)
	}
	first.Definition = def.String()
	plain := plainest(g)
	first.Name, first.Category, first.ownCategory = plain.Name, plain.Category, plain.ownCategory
	first.Aliases = dedupe(first.Name, first.Aliases)
	return first
}

// plainest returns the first of g's entries whose name is spelt with
// nothing Key drops ("C" rather than "(c)"), or else the first: its name
// and category name the merged entry.
func plainest(g []*entry) *entry {
	for _, e := range g {
		if strings.ToLower(e.Name) == glossary.Key(e.Name) {
			return e
		}
	}
	return g[0]
}

// qualified returns a name for e, the n-th entry with first's name, that
// no other entry has: "Name (Category)" when its category differs from
// first's, else "Name (n)". It marks the name taken.
func qualified(e, first *entry, n int, taken map[string]bool) string {
	try := func(q string) (string, bool) {
		name := e.Name + " (" + q + ")"
		k := glossary.Key(name)
		if taken[k] {
			return "", false
		}
		taken[k] = true
		return name, true
	}
	if e.ownCategory && glossary.Key(e.Category) != glossary.Key(first.Category) {
		if name, ok := try(e.Category); ok {
			return name
		}
	}
	for ; ; n++ {
		if name, ok := try(strconv.Itoa(n)); ok {
			return name
		}
	}
}

// keepOrder returns the entries of kept in the order they have in all.
func keepOrder(all, kept []*entry) []*entry {
	in := make(map[*entry]bool, len(kept))
	for _, e := range kept {
		in[e] = true
	}
	out := kept[:0:0]
	for _, e := range all {
		if in[e] {
			out = append(out, e)
		}
	}
	return out
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// plural returns "1 word" or "n words".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "s") {
		return strconv.Itoa(n) + " " + noun + "es"
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
