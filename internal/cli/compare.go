package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
	"github.com/gloss-cli/gloss/internal/render"
)

// compareOptions is everything `gloss compare` needs to run.
type compareOptions struct {
	app  *app
	args []string // the terms, one an argument
}

// newCompareCmd returns `gloss compare`; it calls runF with the options
// when it runs (runCompare when runF is nil).
func newCompareCmd(a *app, runF func(*compareOptions) error) *cobra.Command {
	o := &compareOptions{app: a}
	return &cobra.Command{
		Use:   "compare TERM TERM [TERM...]",
		Short: "Show entries side by side",
		Long: `Show the entries of two or more terms side by side, each TERM found as
lookup finds it (quote a term of several words). Each column needs at least
` + fmt.Sprint(render.MinColumn) + ` columns; in a narrower terminal the entries follow one another.
A TERM that matches nothing, or several terms equally, is an error naming it
(exit 1). --json prints an array in the order named, --plain one record each.

lookup answers comparison questions the same way: "gloss mql vs sql",
"gloss difference between arr and mrr".`,
		Example: `  gloss compare mql sql
  gloss compare arr mrr "annual contract value"
  gloss compare --json nps csat | jq -r '.[].term'`,
		Args:              cobra.MinimumNArgs(2),
		ValidArgsFunction: a.completeTerms,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.args = args
			return runOr(runF, runCompare, o)
		},
	}
}

// runCompare shows the entries of the terms named.
func runCompare(o *compareOptions) error {
	a := o.app
	for _, s := range o.args {
		if strings.TrimSpace(s) == "" {
			return usageErrorf("compare: empty TERM")
		}
	}
	e, err := a.load()
	if err != nil {
		return err
	}
	c := match.Comparison{Sides: o.args}
	for _, s := range o.args {
		c.Answers = append(c.Answers, e.m.Answer(s))
	}
	return a.printComparison(e, "", c)
}

// printComparison prints the entries of c's terms: side by side, as a
// JSON array or as one record each; for a lookup (query not "") JSON is
// the first entry with the others under "compare". A side that names no
// term is reported instead (with --json as the miss object lookup prints,
// for the query or, for compare, the first TERM that missed; on stderr a
// note for every side that missed), and the result is errNoMatch.
func (a *app) printComparison(e *env, query string, c match.Comparison) error {
	missed := false
	for i, ans := range c.Answers {
		if ans.OK {
			continue
		}
		if a.json && !missed { // scripts get one object whatever happens: the first side that missed
			q := query
			if q == "" {
				q = c.Sides[i] // compare: the TERM that named nothing
			}
			if err := a.printer().Print(render.View{JSON: func() any { return newMiss(q, ans) }}); err != nil {
				return err
			}
		}
		a.missNote(c.Sides[i], ans) // every side that missed is named
		missed = true
	}
	if missed {
		return errNoMatch
	}
	rs := c.Results()
	for i, r := range rs {
		a.noteApproximate(r, c.Sides[i])
	}
	v := compareView(e, rs)
	if query != "" {
		v.JSON = func() any { return render.NewCompareJSON(rs, e.g) }
	}
	return a.printer().Print(v)
}

// compareView is the answer of compare: the entries side by side, a JSON
// array in the order named, a --plain record each.
func compareView(e *env, rs []match.Result) render.View {
	terms := make([]*glossary.Term, len(rs))
	related := make([][]*glossary.Term, len(rs))
	for i, r := range rs {
		terms[i], related[i] = r.Term, e.g.Related(r.Term)
	}
	return render.View{
		JSON: func() any { return matchesJSON(e, rs) },
		Plain: func(rec func(...string)) {
			for _, t := range terms {
				rec(render.TermFields(t)...)
			}
		},
		Text: func(w io.Writer, s render.Style) { s.Compare(w, terms, related) },
	}
}
