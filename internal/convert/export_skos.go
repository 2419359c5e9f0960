package convert

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// writeSKOS writes terms as a SKOS concept scheme in Turtle. Each term is
// a skos:Concept (prefLabel its name, altLabel its aliases, definition,
// example, the formula as a note, related its links), narrower than the
// concept of its category, and the categories are the scheme's top
// concepts. IRIs are relative to the document (<#net-promoter-score>).
func writeSKOS(w io.Writer, terms []*glossary.Term) {
	ids := anchors(terms)
	cats := map[string]string{}
	for _, t := range terms {
		cats[t.Category] = ""
	}
	names := make([]string, 0, len(cats))
	for c := range cats {
		names = append(names, c)
	}
	sort.Strings(names)
	used := map[string]bool{}
	for _, id := range ids {
		used[id] = true
	}
	for _, c := range names {
		id := "category-" + slug(c)
		for n := 2; used[id]; n++ {
			id = fmt.Sprintf("category-%s-%d", slug(c), n)
		}
		used[id] = true
		cats[c] = id
	}
	io.WriteString(w, "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\n<#glossary> a skos:ConceptScheme ;\n    skos:prefLabel \"Glossary\"@en")
	for _, c := range names {
		fmt.Fprintf(w, " ;\n    skos:hasTopConcept <#%s>", cats[c])
	}
	io.WriteString(w, " .\n")
	for _, c := range names {
		fmt.Fprintf(w, "\n<#%s> a skos:Concept ;\n    skos:inScheme <#glossary> ;\n    skos:topConceptOf <#glossary> ;\n    skos:prefLabel %s .\n", cats[c], turtleString(c))
	}
	for _, t := range terms {
		fmt.Fprintf(w, "\n<#%s> a skos:Concept ;\n    skos:inScheme <#glossary> ;\n    skos:prefLabel %s", ids[t.Name], turtleString(t.Name))
		for _, a := range t.Aliases {
			fmt.Fprintf(w, " ;\n    skos:altLabel %s", turtleString(a))
		}
		fmt.Fprintf(w, " ;\n    skos:broader <#%s> ;\n    skos:definition %s", cats[t.Category], turtleString(t.Definition))
		if t.Example != "" {
			fmt.Fprintf(w, " ;\n    skos:example %s", turtleString(t.Example))
		}
		if t.Formula != "" {
			fmt.Fprintf(w, " ;\n    skos:note %s", turtleString("Formula: "+t.Formula))
		}
		for _, r := range t.Related {
			fmt.Fprintf(w, " ;\n    skos:related <#%s>", ids[r])
		}
		io.WriteString(w, " .\n")
	}
}

// turtleString is s as a Turtle string literal in English, escaped.
func turtleString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f || isControl(r):
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString(`"@en`)
	return b.String()
}
