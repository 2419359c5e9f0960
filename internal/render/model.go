package render

import (
	"math"
	"strconv"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
)

// TermJSON is the JSON shape of a term. Lists are never null.
type TermJSON struct {
	Term       string   `json:"term"`
	Aliases    []string `json:"aliases"`
	Category   string   `json:"category"`
	Definition string   `json:"definition"`
	Formula    string   `json:"formula,omitempty"`
	Example    string   `json:"example,omitempty"`
	Related    []string `json:"related"`
	// Source and ExtendedBy are the term's glossary.Origin, for a term
	// merged from several layers only.
	Source     string   `json:"source,omitempty"`
	ExtendedBy []string `json:"extended_by,omitempty"`
}

// NewTermJSON returns the JSON shape of t. Related lists the names of the
// terms t links to, as resolved in g (so an alias written in the file is
// reported as the term's name).
func NewTermJSON(t *glossary.Term, g *glossary.Glossary) TermJSON {
	var related []string
	for _, r := range g.Related(t) {
		related = append(related, r.Name)
	}
	return TermJSONOf(t, related)
}

// TermJSONOf is NewTermJSON for a term whose related terms' names are
// known (Glossary.RelatedNames), so that neither is kept.
func TermJSONOf(t *glossary.Term, related []string) TermJSON {
	if related == nil {
		related = []string{}
	}
	aliases := t.Aliases
	if aliases == nil {
		aliases = []string{}
	}
	j := TermJSON{
		Term: t.Name, Aliases: aliases, Category: t.Category, Definition: t.Definition,
		Formula: t.Formula, Example: t.Example, Related: related,
	}
	if t.Origin != nil {
		j.Source, j.ExtendedBy = t.Origin.Source, t.Origin.ExtendedBy
	}
	return j
}

// MatchJSON is a term with how a lookup matched it.
type MatchJSON struct {
	TermJSON
	Match MatchInfo `json:"match"`
}

// MatchInfo says how a query matched a term.
type MatchInfo struct {
	Kind  match.Kind `json:"kind"`
	Score float64    `json:"score"`
	Via   string     `json:"via"`
}

// NewMatchJSON returns the JSON shape of a lookup result.
func NewMatchJSON(r match.Result, g *glossary.Glossary) MatchJSON {
	return MatchJSON{NewTermJSON(r.Term, g), MatchInfo{r.Kind, round3(r.Score), r.Via}}
}

// scoreDigits is how many decimals a score is shown with: enough to tell
// the pipeline's stages apart (their scores differ in the second), few
// enough to read.
const scoreDigits = 3

// round3 rounds a score to scoreDigits decimals, the value JSON shows.
func round3(f float64) float64 {
	return math.Round(f*1000) / 1000
}

// Score formats a score for text and --plain: the number JSON shows, with
// all its decimals, so the three modes never disagree (0.7875 is 0.788 in
// each).
func Score(f float64) string {
	return strconv.FormatFloat(round3(f), 'f', scoreDigits, 64)
}
