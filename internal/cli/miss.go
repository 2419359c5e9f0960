package cli

import "github.com/gloss-cli/gloss/internal/match"

// missJSON is the JSON record for a query that found no term: what
// `lookup -` prints for a miss, and `lookup --json` for a miss of its one
// query. Error is "no match", or "ambiguous" when the query came close to
// several terms; Suggestions names the best few, never null.
type missJSON struct {
	Query       string   `json:"query"`
	Error       string   `json:"error"`
	Suggestions []string `json:"suggestions"`
}

// newMiss returns the record for query, whose answer found no term.
func newMiss(query string, ans match.Answer) missJSON {
	miss := missJSON{Query: query, Error: "no match", Suggestions: []string{}}
	if ans.Ambiguous() {
		miss.Error = "ambiguous"
	}
	for _, r := range ans.Candidates[:min(len(ans.Candidates), maxNamed)] {
		miss.Suggestions = append(miss.Suggestions, r.Term.Name)
	}
	return miss
}
