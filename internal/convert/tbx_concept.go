package convert

import (
	"fmt"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// concept is one TBX entry: a concept with its terms in each language.
type concept struct {
	n       *node
	subject string
	langs   []*node // langSet (v2) or langSec (v3) elements
	xrefs   []*node // crossReference elements, anywhere in the entry
}

func (r *tbxReader) concept(n *node) *concept {
	c := &concept{n: n}
	walk(n, func(d *node) bool {
		switch {
		case d.name == "langSet" || d.name == "langSec":
			c.langs = append(c.langs, d)
			if r.lang == "" {
				r.lang = d.lang // no default language: the first one used
			}
		case d.kind() == "subjectField" && c.subject == "":
			c.subject = flat(d)
		case d.kind() == "crossReference":
			c.xrefs = append(c.xrefs, d)
		}
		return true
	})
	return c
}

// tbxTerm is a term of a concept in one language.
type tbxTerm struct {
	text, status string
}

// Term statuses (TBX-Basic's administrativeStatus, and the older
// normativeAuthorization): a preferred term names the entry; deprecated,
// superseded and forbidden ones are noted in it, never offered as aliases.
func preferred(status string) bool { return strings.HasPrefix(strings.ToLower(status), "preferred") }

func avoided(status string) bool {
	s := strings.ToLower(status)
	for _, w := range []string{"deprecated", "superseded", "forbidden", "notrecommended", "obsolete"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// entries turns the concepts into entries in the chosen language, their
// cross references resolved from ids to the names chosen.
func (r *tbxReader) entries(concepts []*concept) []*entry {
	var out []*entry
	byID := map[string]*entry{}
	refs := map[*entry][]*node{}
	missing := 0
	for _, c := range concepts {
		e := r.entry(c)
		if e == nil {
			missing++
			continue
		}
		out = append(out, e)
		if c.n.id != "" {
			byID[c.n.id] = e
		}
		refs[e] = c.xrefs
	}
	for _, e := range out {
		for _, x := range refs[e] {
			if to := byID[strings.TrimPrefix(x.target, "#")]; to != nil {
				e.Related = append(e.Related, to.Name)
			} else if s := flat(x); s != "" {
				e.Related = append(e.Related, s)
			}
		}
	}
	if len(concepts) > 0 && len(out) == 0 {
		r.rep.errorf(glossary.Pos{File: r.path}, "no entry has a term in language %q; --lang chooses another", r.lang)
	}
	return out
}

// entry is the concept c in the chosen language, or nil, with a warning,
// when it has no term in it.
func (r *tbxReader) entry(c *concept) *entry {
	where := fmt.Sprintf("<%s>", c.n.name)
	if c.n.id != "" {
		where = fmt.Sprintf("<%s id=%q>", c.n.name, c.n.id)
	}
	at := glossary.Pos{File: r.path, Line: c.n.line}
	var terms []tbxTerm
	var def, example, formula string
	var others []string // "de: Datensatz", the terms in other languages
	for _, l := range c.langs {
		ts := langTerms(l)
		if !sameLang(l.lang, r.lang) {
			if name, _, _ := choose(ts); name != "" {
				others = append(others, l.lang+": "+name)
			}
			continue
		}
		terms = append(terms, ts...)
		walk(l, func(d *node) bool {
			switch k := d.kind(); {
			case k == "definition" && def == "":
				def = flat(d)
			case k == "context" && example == "": // TBX-Basic's example of use
				example = flat(d)
			case k == "formula" && formula == "":
				formula = flat(d)
			}
			return true
		})
	}
	name, aliases, avoid := choose(terms)
	if name == "" {
		if len(terms) > 0 {
			r.rep.warnf(at, "%s: left out: its only terms in %q are deprecated or forbidden (%s)", where, r.lang, strings.Join(avoid, ", "))
		} else {
			r.rep.warnf(at, "%s: left out: no term in language %q", where, r.lang)
		}
		return nil
	}
	if def == "" && len(others) > 0 {
		def = "In other languages: " + strings.Join(others, "; ") + "."
	}
	if len(avoid) > 0 {
		def += "\n\nNot to be used: " + strings.Join(avoid, ", ") + "."
	}
	e := &entry{where: fmt.Sprintf("%s (%q)", where, name), id: c.n.id}
	e.Pos = at
	e.Name, e.Aliases, e.Category, e.Definition = name, aliases, c.subject, def
	e.Example, e.Formula = example, formula
	return e
}

// langTerms returns the terms of a langSet or langSec, each from its tig,
// ntig or termSec, with its status.
func langTerms(l *node) []tbxTerm {
	var out []tbxTerm
	for _, ch := range l.children {
		if ch.name != "tig" && ch.name != "ntig" && ch.name != "termSec" {
			continue
		}
		var t tbxTerm
		walk(ch, func(d *node) bool {
			switch d.kind() {
			case "term":
				if t.text == "" {
					t.text = flat(d)
				}
			case "administrativeStatus", "normativeAuthorization":
				if t.status == "" {
					t.status = flat(d)
				}
			}
			return true
		})
		if t.text != "" {
			out = append(out, t)
		}
	}
	return out
}

// choose returns the name (the first preferred term, else the first not
// avoided), the other admitted terms as aliases, and the avoided ones with
// their status.
func choose(terms []tbxTerm) (name string, aliases, avoid []string) {
	for _, t := range terms {
		if preferred(t.status) && name == "" {
			name = t.text
		}
	}
	for _, t := range terms {
		switch {
		case avoided(t.status):
			avoid = append(avoid, fmt.Sprintf("%s (%s)", t.text, statusWord(t.status)))
		case name == "":
			name = t.text
		case t.text != name:
			aliases = append(aliases, t.text)
		}
	}
	return name, aliases, avoid
}

// statusWord is a status as a word: "deprecated" for
// deprecatedTerm-admn-sts.
func statusWord(status string) string {
	s := strings.TrimSuffix(status, "-admn-sts")
	s = strings.TrimSuffix(s, "Term")
	return s
}

// sameLang reports whether language tags a and b name one language: equal
// ignoring case, or one a variety of the other ("en-US" and "en").
func sameLang(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return a == b || strings.HasPrefix(a, b+"-") || strings.HasPrefix(b, a+"-")
}

// walk calls fn for each node under n, depth first; fn returning false
// stops the walk below that node.
func walk(n *node, fn func(*node) bool) {
	for _, ch := range n.children {
		if fn(ch) {
			walk(ch, fn)
		}
	}
}

// flat returns the text of n and everything in it, its spaces collapsed.
func flat(n *node) string {
	return strings.Join(strings.Fields(n.text.String()), " ")
}
