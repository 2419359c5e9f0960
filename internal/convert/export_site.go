package convert

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// docusaurusTerm is a term of docusaurus-plugin-glossary's glossary.json.
type docusaurusTerm struct {
	Term         string   `json:"term"`
	Abbreviation string   `json:"abbreviation,omitempty"`
	Definition   string   `json:"definition"`
	RelatedTerms []string `json:"relatedTerms,omitempty"`
}

// writeDocusaurus writes terms as the glossary.json of
// docusaurus-plugin-glossary: {"terms": [...]}, each with its first
// abbreviation among its aliases.
func writeDocusaurus(w io.Writer, terms []*glossary.Term) error {
	out := struct {
		Terms []docusaurusTerm `json:"terms"`
	}{Terms: make([]docusaurusTerm, len(terms))}
	for i, t := range terms {
		out.Terms[i] = docusaurusTerm{Term: t.Name, Abbreviation: abbreviation(t.Aliases), Definition: t.Definition, RelatedTerms: t.Related}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// maxAbbreviation is the longest alias taken for an abbreviation: longer
// runs of capitals are words in capitals, not abbreviations.
const maxAbbreviation = 8

// abbreviation returns the first alias written as an abbreviation is, or "".
func abbreviation(aliases []string) string {
	for _, a := range aliases {
		if isAbbreviation(a) {
			return a
		}
	}
	return ""
}

// isAbbreviation reports whether s is written as an abbreviation is: two
// capitals or more, with digits, & or / ("NPS", "B2B", "P&L").
func isAbbreviation(s string) bool {
	upper := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsDigit(r) || r == '&' || r == '/':
		default:
			return false
		}
	}
	return upper >= 2 && len(s) <= maxAbbreviation
}

// writeMkDocs writes terms as an abbreviations file for Material for
// MkDocs (the abbr and snippets extensions): "*[NPS]: Net Promoter Score:
// A loyalty measure ...", one a line, for each name and alias written as
// an abbreviation, with the text its tooltip shows. (Other names would
// turn every mention of a phrase in the docs into a tooltip.)
func writeMkDocs(w io.Writer, terms []*glossary.Term) {
	seen := map[string]bool{}
	for _, t := range terms {
		first := oneLine(firstSentence(t.Definition))
		for i, n := range append([]string{t.Name}, t.Aliases...) {
			if seen[n] || !isAbbreviation(n) {
				continue
			}
			seen[n] = true
			if i == 0 {
				fmt.Fprintf(w, "*[%s]: %s\n", n, first)
			} else {
				fmt.Fprintf(w, "*[%s]: %s: %s\n", n, t.Name, first)
			}
		}
	}
}

// firstSentence returns s up to the end of its first sentence.
func firstSentence(s string) string {
	for i := 0; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == '?' || s[i] == '!') && (s[i+1] == ' ' || s[i+1] == '\n') {
			return s[:i+1]
		}
	}
	return s
}

// oneLine collapses s to one line, with control characters as gloss shows
// them.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	var b strings.Builder
	for _, r := range s {
		if isControl(r) {
			fmt.Fprintf(&b, "\\x%02x", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
