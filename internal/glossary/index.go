package glossary

import (
	"slices"
	"strings"
	"unicode"
)

// index sorts the terms, builds the key index and the links, and reports
// clashing aliases and related names that match nothing. byName holds
// each term under the Key of its name, as merging found them.
func (g *Glossary) index(layer map[string]int, byName map[string]*Term) Problems {
	var ps Problems
	add := func(pos Pos, kind Kind, msg string) {
		warning := kind == KindAliasIsName || kind == KindSelfLink || kind == KindOneWay || kind == KindShort
		ps = append(ps, Problem{Pos: pos, Message: msg, Warning: warning, Kind: kind})
	}
	type named struct {
		key  string
		term *Term
	}
	sorted := make([]named, 0, len(g.terms))
	for k, t := range byName { // one for each term: names' keys are unique
		sorted = append(sorted, named{k, t})
	}
	slices.SortFunc(sorted, func(a, b named) int { return strings.Compare(a.key, b.key) })
	g.keys = make(map[string]*Term, len(g.terms)*3)
	for i, n := range sorted {
		g.terms[i] = n.term
		g.keys[n.key] = n.term
	}
	type claim struct {
		term *Term
		pos  Pos
	}
	claims := map[string]claim{}
	aliasKeys, relatedKeys := listKeys(g.terms)
	for ti, t := range g.terms {
		for i, a := range t.Aliases {
			k, pos := aliasKeys[ti][i], posAt(t.aliasPos, i)
			switch owner, isName := g.keys[k]; {
			case k == "":
				add(pos, KindNoLetters, "alias "+quote(a)+" of "+quote(t.Name)+" has no letters or digits")
				continue
			case isName && owner == t:
				continue
			case isName:
				add(pos, KindAliasIsName, "alias "+quote(a)+" of "+quote(t.Name)+" is the name of another term, which wins")
				continue
			}
			c, taken := claims[k]
			if !taken {
				claims[k] = claim{t, pos}
				continue
			}
			if c.term == t {
				continue
			}
			switch lc, lt := layer[c.pos.File], layer[pos.File]; {
			case lt > lc:
				claims[k] = claim{t, pos}
			case lt == lc:
				add(pos, KindAliasClash, "alias "+quote(a)+" of "+quote(t.Name)+" is already an alias of "+quote(c.term.Name)+lineRef(c.pos))
			}
		}
	}
	for k, c := range claims {
		g.keys[k] = c.term
	}

	place := make(map[*Term]uint64, len(g.terms))
	for i, t := range g.terms {
		place[t] = uint64(i)
	}
	// The links, from<<32 | to by place in Terms, as a sorted list rather
	// than a set: a few hundred thousand of them are found faster so.
	var links []uint64
	related := 0
	for _, t := range g.terms {
		related += len(t.Related)
	}
	found := make([]*Term, 0, related)       // what each term's related names find, end to end
	targets := make([][]*Term, len(g.terms)) // each term's part of it
	for ti, t := range g.terms {
		from := len(found)
		for i, r := range t.Related {
			pos := posAt(t.relatedPos, i)
			to := g.keys[relatedKeys[ti][i]]
			found = append(found, to)
			switch to {
			case nil:
				add(pos, KindBrokenLink, "related "+quote(r)+" of "+quote(t.Name)+" matches no term")
			case t:
				add(pos, KindSelfLink, quote(t.Name)+" lists itself as related")
			default:
				links = append(links, place[t]<<32|place[to])
			}
		}
		targets[ti] = found[from:]
	}
	slices.Sort(links)
	for ti, t := range g.terms {
		for i, to := range targets[ti] {
			if to == nil || to == t {
				continue
			}
			if _, back := slices.BinarySearch(links, place[to]<<32|place[t]); !back {
				add(posAt(t.relatedPos, i), KindOneWay, "one-way related link: "+quote(t.Name)+" lists "+quote(to.Name)+", which does not list it back")
			}
		}
		if n := countWords(t.Definition, minDefinitionWords); n > 0 && n < minDefinitionWords {
			add(t.Pos, KindShort, quote(t.Name)+" has a very short definition ("+plural(n, "word")+")")
		}
	}
	return ps
}

// countWords returns how many words (as strings.Fields splits them) s
// holds, counting no further than limit.
func countWords(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			if n++; n == limit {
				return n
			}
		}
		in = !space
	}
	return n
}

// minDefinitionWords is the length under which a definition draws a warning.
const minDefinitionWords = 8
