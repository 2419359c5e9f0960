package match

import (
	"slices"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// mentions: a phrase of two or more words that exactly one term's
// definition or example uses ("round robin" is how lead routing is
// explained). A phrase more terms use only suggests them. The definitions
// are stemmed on first use, so lookups that end earlier never pay for it.
func (m *Matcher) mentions(q query, keep func(Result)) {
	phrase := slices.DeleteFunc(slices.Clone(q.stems), func(s string) bool { return stopWords[s] })
	if len(phrase) < 2 {
		return
	}
	m.textOnce.Do(m.stemTexts)
	var found []int
	for i, words := range m.texts {
		if containsRun(words, phrase) {
			found = append(found, i)
		}
	}
	score := 0.61
	if len(found) > 1 {
		score = 0.45
	}
	for _, i := range found {
		keep(Result{Term: m.terms[i], Kind: Mention, Score: score, Via: "definition"})
	}
}

// stemTexts stems every term's definition and example, dropping stop
// words, for mentions.
func (m *Matcher) stemTexts() {
	m.texts = make([][]string, len(m.terms))
	for i, t := range m.terms {
		words := strings.Fields(glossary.Key(t.Definition + " " + t.Example))
		words = slices.DeleteFunc(words, func(s string) bool { return stopWords[s] })
		m.texts[i] = stems(words)
	}
}

// containsRun reports whether phrase occurs in words as a consecutive run.
func containsRun(words, phrase []string) bool {
	for i := 0; i+len(phrase) <= len(words); i++ {
		if slices.Equal(words[i:i+len(phrase)], phrase) {
			return true
		}
	}
	return false
}
