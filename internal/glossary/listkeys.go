package glossary

import "github.com/gloss-cli/gloss/internal/parallel"

// keyBlock is how many terms' keys are worked out at a time on each core
// while a large glossary is merged: normalising names is a third of
// merging 100,000 terms, and below a few thousand a second core costs
// more to start than it saves.
const keyBlock = 4096

// nameKeys returns the Key of each term's name, worked out on every core.
func nameKeys(terms []*Term) []string {
	keys := make([]string, len(terms))
	parallel.Each(len(terms), keyBlock, func(i int) { keys[i] = Key(terms[i].Name) })
	return keys
}

// listKeys returns the Key of each alias and each related name of every
// term, in the order they are listed, worked out on every core.
func listKeys(terms []*Term) (aliases, related [][]string) {
	n := 0
	for _, t := range terms {
		n += len(t.Aliases) + len(t.Related)
	}
	flat := make([]string, 0, n)
	aliases, related = make([][]string, len(terms)), make([][]string, len(terms))
	for i, t := range terms { // each term's part of flat, filled below
		at := len(flat)
		flat = flat[:at+len(t.Aliases)+len(t.Related)]
		aliases[i] = flat[at : at+len(t.Aliases) : at+len(t.Aliases)]
		related[i] = flat[at+len(t.Aliases) : len(flat) : len(flat)]
	}
	parallel.Each(len(terms), keyBlock, func(i int) {
		for j, a := range terms[i].Aliases {
			aliases[i][j] = Key(a)
		}
		for j, r := range terms[i].Related {
			related[i][j] = Key(r)
		}
	})
	return aliases, related
}
