package match

import (
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// query is what a user typed, prepared once for every stage.
type query struct {
	raw  string
	full string // glossary.Key of raw, question words kept
	// question is set when the query is phrased as a question, which
	// makes a name inside it a likely subject: "how long is a typical
	// sales cycle".
	question bool
	key      string   // Query(raw): as written, question wording removed
	compact  string   // the loose key of key, without spaces
	words    []string // of the loose key
	stems    []string
}

func newQuery(s string) query {
	key := Query(s)
	words := strings.Fields(glossary.LooseKey(key))
	full := glossary.Key(s)
	first, _, _ := strings.Cut(full, " ")
	return query{
		raw: s, full: full, key: key, compact: strings.Join(words, ""), words: words, stems: stems(words),
		question: isQuestionWord(first) || strings.HasSuffix(strings.TrimSpace(s), "?"),
	}
}

// isQuestionWord reports words that open a question about something named
// inside it.
func isQuestionWord(w string) bool {
	switch w {
	case "how", "why", "what", "whats", "where", "when", "which", "who", "define", "explain":
		return true
	}
	return false
}
