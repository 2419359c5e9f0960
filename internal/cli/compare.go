package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
	"github.com/gloss-cli/gloss/internal/render"
)

func newCompareCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "compare TERM TERM [TERM...]",
		Short: "Show entries side by side",
		Long: `Show the entries of two or more terms side by side, each TERM found as
lookup finds it (quote a term of several words). The columns need at least
` + fmt.Sprint(render.MinColumn) + ` columns each; in a narrower terminal the entries follow one
another. A TERM that matches nothing, or several terms equally, is an error
naming it (exit 1).

lookup answers comparison questions the same way: "gloss mql vs sql",
"gloss difference between arr and mrr".`,
		Example: `  gloss compare mql sql
  gloss compare arr mrr "annual contract value"
  gloss compare --json nps csat | jq -r '.[].term'`,
		Args:              cobra.MinimumNArgs(2),
		ValidArgsFunction: a.completeTerms,
		RunE: func(cmd *cobra.Command, args []string) error {
			e, err := a.load()
			if err != nil {
				return err
			}
			c := match.Comparison{Sides: args}
			for _, s := range args {
				if strings.TrimSpace(s) == "" {
					return usageErrorf("compare: empty TERM")
				}
				c.Answers = append(c.Answers, e.m.Answer(s))
			}
			return a.printComparison(e, "", c)
		},
	}
}

// printComparison prints the entries of c's terms: side by side, as a
// JSON array or as one record each; for a lookup (query not "") JSON is
// the first entry with the others under "compare". A side that names no
// term is reported instead, and the result is errNoMatch.
func (a *app) printComparison(e *env, query string, c match.Comparison) error {
	for i, ans := range c.Answers {
		if !ans.OK {
			if query != "" && a.json {
				if err := render.JSON(a.io.Out, newMiss(query, ans)); err != nil {
					return err
				}
			}
			a.missNote(c.Sides[i], ans)
			return errNoMatch
		}
	}
	rs := c.Results()
	for i, r := range rs {
		a.noteApproximate(r, c.Sides[i])
	}
	switch {
	case a.json && query != "":
		return render.JSON(a.io.Out, render.NewCompareJSON(rs, e.g))
	case a.json:
		out := make([]render.MatchJSON, len(rs))
		for i, r := range rs {
			out[i] = render.NewMatchJSON(r, e.g)
		}
		return render.JSON(a.io.Out, out)
	case a.plain:
		for _, r := range rs {
			if err := render.Record(a.io.Out, render.TermFields(r.Term)...); err != nil {
				return err
			}
		}
		return nil
	}
	terms := make([]*glossary.Term, len(rs))
	related := make([][]*glossary.Term, len(rs))
	for i, r := range rs {
		terms[i], related[i] = r.Term, e.g.Related(r.Term)
	}
	a.style.Compare(a.io.Out, terms, related)
	return nil
}
