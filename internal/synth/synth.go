// Package synth writes made-up glossaries of any size in the block style of
// data/glossary.yaml, for measuring how gloss scales. The same size and
// seed always give the same file.
package synth

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
)

// generator holds the state of one glossary being made up.
type generator struct {
	rng    *rand.Rand
	pseudo []string        // made-up words, for the long tail of rare words
	taken  map[string]bool // glossary.Key of every name and alias so far
}

// Write writes a glossary of n terms made up from seed to w. Names have
// two to four words, each term zero to three aliases, a definition of 30
// to 90 words and related links that point both ways; a tenth of the terms
// have a formula and an example. The file is valid: it loads without
// errors or warnings.
func Write(w io.Writer, n int, seed uint64) error {
	g := &generator{rng: rand.New(rand.NewPCG(seed, 0x9105)), taken: map[string]bool{}}
	g.pseudo = g.pseudoWords(max(2000, n/10))
	names := make([]string, n)
	for i := range names {
		names[i] = g.name()
	}
	related := g.links(n)
	b := bufio.NewWriterSize(w, 64<<10)
	fmt.Fprintf(b, "# A synthetic glossary of %d terms (seed %d), written by internal/synth.\nterms:\n", n, seed)
	for i, name := range names {
		fmt.Fprintf(b, "  - term: %s\n", name)
		if aliases := g.aliases(name); len(aliases) > 0 {
			fmt.Fprintf(b, "    aliases: [%s]\n", strings.Join(aliases, ", "))
		}
		fmt.Fprintf(b, "    category: %s\n", categories[g.rng.IntN(len(categories))])
		fmt.Fprintf(b, "    definition: >-\n%s", wrap(g.text(30+g.rng.IntN(61)), "      "))
		if g.rng.IntN(10) == 0 && len(related[i]) >= 2 {
			fmt.Fprintf(b, "    formula: \"%s = %s / %s\"\n", name, names[related[i][0]], names[related[i][1]])
			fmt.Fprintf(b, "    example: >-\n%s", wrap(g.text(15+g.rng.IntN(20)), "      "))
		}
		if len(related[i]) > 0 {
			rel := make([]string, len(related[i]))
			for j, r := range related[i] {
				rel[j] = names[r]
			}
			fmt.Fprintf(b, "    related: [%s]\n", strings.Join(rel, ", "))
		}
		b.WriteString("\n")
	}
	return b.Flush()
}

// links returns up to six related terms for each term, every link made in
// both directions so the glossary has no one-way links.
func (g *generator) links(n int) [][]int {
	out := make([][]int, n)
	if n < 2 {
		return out
	}
	for i := range n {
		for range g.rng.IntN(3) {
			j := g.rng.IntN(n)
			if j == i || len(out[i]) >= 6 || len(out[j]) >= 6 || contains(out[i], j) {
				continue
			}
			out[i] = append(out[i], j)
			out[j] = append(out[j], i)
		}
	}
	return out
}

func contains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// wrap breaks text into lines of about 100 columns, each indented.
func wrap(text, indent string) string {
	var b strings.Builder
	line := 0
	for _, w := range strings.Fields(text) {
		if line > 0 && line+1+len(w) > 100 {
			b.WriteString("\n")
			line = 0
		}
		if line == 0 {
			b.WriteString(indent)
			line = len(indent)
		} else {
			b.WriteString(" ")
			line++
		}
		b.WriteString(w)
		line += len(w)
	}
	b.WriteString("\n")
	return b.String()
}
