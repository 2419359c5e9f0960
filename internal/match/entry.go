package match

import (
	"slices"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// entry is one name or alias of a term, prepared for matching.
type entry struct {
	term    int32 // the term's place in the glossary
	text    string
	alias   bool
	key     string   // glossary.Key: the name as written
	compact string   // the loose key without spaces
	words   []string // of the loose key
	stems   []string
	// compactStem is the stem of compact, for run-together word forms.
	compactStem string
	stemKey     string // sortedKey(stems)
}

func newEntry(place int32, text string, alias bool) entry {
	key := glossary.Key(text)
	words := strings.Fields(glossary.LooseKey(key))
	compact := strings.Join(words, "")
	e := entry{term: place, text: text, alias: alias, key: key, compact: compact, words: words, stems: stems(words), compactStem: Stem(compact)}
	e.stemKey = sortedKey(e.stems)
	return e
}

func stems(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		out = append(out, Stem(w))
	}
	return out
}

// sortedKey joins the stems that are not stop words, sorted, so that word
// order does not matter.
func sortedKey(stems []string) string {
	var s []string
	for _, w := range stems {
		if !isStopWord(w) {
			s = append(s, w)
		}
	}
	slices.Sort(s)
	return strings.Join(s, " ")
}
