package convert

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// resolve checks the entries' fields, resolves repeated headwords, clashing
// aliases and links to nothing, and returns the terms to write, in source
// order. Errors are what the user must fix in the source; warnings are
// what was left out so the rest could be imported.
func resolve(entries []*entry, o *Options, rep *report, res *Result) []*glossary.Term {
	var kept []*entry
	for _, e := range entries {
		if clean(e, o, rep) {
			kept = append(kept, e)
		}
	}
	if rep.failed() {
		return nil
	}
	kept = merge(kept, o, rep, res)
	if rep.failed() {
		return nil
	}
	owner := claimAliases(kept, rep, res)
	linkRelated(kept, owner, rep, res)
	terms := make([]*glossary.Term, len(kept))
	for i, e := range kept {
		terms[i] = &e.Term
	}
	return terms
}

// clean trims e's fields, fills in its category, and reports what gloss
// cannot hold. It returns false for an entry left out (its name has no
// letters or digits) or in error.
func clean(e *entry, o *Options, rep *report) bool {
	ok := true
	text := func(what string, s *string, name bool) {
		*s = strings.TrimSpace(*s)
		switch {
		case !utf8.ValidString(*s):
			rep.errorf(e.Pos, "%s: invalid UTF-8 in the %s", e.where, what)
			ok = false
		case len(*s) > MaxField:
			rep.errorf(e.Pos, "%s: the %s is %d KiB; gloss takes at most %d KiB", e.where, what, len(*s)>>10, MaxField>>10)
			ok = false
		case name && strings.IndexFunc(*s, isControl) >= 0:
			rep.errorf(e.Pos, "%s: the %s %q contains a control character", e.where, what, *s)
			ok = false
		}
	}
	text("term", &e.Name, true)
	text("category", &e.Category, true)
	text("definition", &e.Definition, false)
	text("formula", &e.Formula, false)
	text("example", &e.Example, false)
	for i := range e.Aliases {
		text("alias", &e.Aliases[i], true)
	}
	for i := range e.Related {
		text("related term", &e.Related[i], true)
	}
	if !ok {
		return false
	}
	switch {
	case e.Name == "":
		rep.errorf(e.Pos, "%s: no term", e.where)
		return false
	case glossary.Key(e.Name) == "":
		rep.warnf(e.Pos, "%s: left out: the term has no letters or digits, so gloss could not look it up", e.where)
		return false
	case e.Definition == "":
		rep.errorf(e.Pos, "%s: no definition", e.where)
		return false
	}
	e.ownCategory = e.Category != ""
	if !e.ownCategory {
		e.Category = o.Category
	}
	e.Aliases = dedupe(e.Name, e.Aliases)
	e.Related = dedupe(e.Name, e.Related)
	return true
}

// dedupe drops empty names, names with no letters or digits, repeats and
// names that are name itself, all after glossary.Key.
func dedupe(name string, names []string) []string {
	seen := map[string]bool{glossary.Key(name): true, "": true}
	out := names[:0]
	for _, n := range names {
		if k := glossary.Key(n); !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}

// claimAliases gives each name and alias key to one entry: a name is its
// own, an alias the first entry's that lists it. Aliases that lose are
// left out, with a warning. It returns the owner of every key.
func claimAliases(entries []*entry, rep *report, res *Result) map[string]*entry {
	owner := make(map[string]*entry, len(entries)*2)
	for _, e := range entries {
		owner[glossary.Key(e.Name)] = e
	}
	dropped := 0
	for _, e := range entries {
		kept := e.Aliases[:0]
		for _, a := range e.Aliases {
			k := glossary.Key(a)
			switch o, taken := owner[k]; {
			case !taken:
				owner[k] = e
			case o == e:
			case glossary.Key(o.Name) == k:
				rep.warnf(e.Pos, "%s: alias %q left out: it is the term of %s", e.where, a, o.where)
				dropped++
				continue
			default:
				rep.warnf(e.Pos, "%s: alias %q left out: it is already an alias of %s", e.where, a, o.where)
				dropped++
				continue
			}
			kept = append(kept, a)
		}
		e.Aliases = kept
	}
	if dropped > 0 {
		res.Notes = append(res.Notes, fmt.Sprintf("%s naming other entries left out", plural(dropped, "alias")))
	}
	return owner
}

// linkRelated keeps the related names that name another entry, by its name
// or an alias, and leaves out the rest with a warning.
func linkRelated(entries []*entry, owner map[string]*entry, rep *report, res *Result) {
	dropped := 0
	for _, e := range entries {
		kept := e.Related[:0]
		seen := map[*entry]bool{e: true}
		for _, r := range e.Related {
			to, ok := owner[glossary.Key(r)]
			if !ok {
				// Dictionaries link plurals, "{registers}", to the
				// headword "register".
				if to, ok = singular(owner, glossary.Key(r)); ok {
					r = to.Name
				}
			}
			switch {
			case !ok:
				rep.warnf(e.Pos, "%s: related %q left out: no entry has that name", e.where, r)
				dropped++
			case !seen[to]:
				seen[to] = true
				kept = append(kept, r)
			}
		}
		e.Related = kept
	}
	if dropped > 0 {
		res.Notes = append(res.Notes, fmt.Sprintf("%s to no entry left out", plural(dropped, "related link")))
	}
}

// isControl reports characters that must never appear in a name, as
// package glossary refuses them: C0 and C1 controls and the bidirectional
// formatting characters.
func isControl(r rune) bool {
	return unicode.IsControl(r) || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x200E || r == 0x200F || r == 0x061C
}

// singular finds the entry a plural key names, by the English plural
// endings of its last word: "registers", "boxes", "libraries".
func singular(owner map[string]*entry, key string) (*entry, bool) {
	for _, end := range [][2]string{{"ies", "y"}, {"es", ""}, {"s", ""}} {
		if stem, ok := strings.CutSuffix(key, end[0]); ok && stem != "" {
			if e, ok := owner[stem+end[1]]; ok {
				return e, true
			}
		}
	}
	return nil, false
}
