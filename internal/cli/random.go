package cli

import (
	"math/rand/v2"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/match"
	"github.com/gloss-cli/gloss/internal/render"
)

// randomOptions is what `gloss random` runs with.
type randomOptions struct {
	app      *app
	category string // --category, when set
	only     bool   // whether --category was given
}

func newRandomCmd(a *app, runF func(*randomOptions) error) *cobra.Command {
	o := &randomOptions{app: a}
	cmd := &cobra.Command{
		Use:   "random",
		Short: "Show a random term, to learn the vocabulary",
		Long: `Show the whole entry of a term picked at random, to learn the vocabulary a
term at a time. --category picks from one category.`,
		Example: `  gloss random
  gloss random --category "Metrics & KPIs"
  gloss random --json | jq -r '.term + ": " + .definition'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.only = cmd.Flags().Changed("category")
			return runOr(runF, runRandom, o)
		},
	}
	a.categoryFlag(cmd, &o.category, "pick from category `NAME`, or the one its words start (see gloss categories)")
	return cmd
}

func runRandom(o *randomOptions) error {
	a := o.app
	e, ps, err := a.loadPlaces(o.only, o.category)
	if err != nil {
		return err
	}
	if ps.len() == 0 {
		a.note("the glossary has no terms")
		return errNoMatch
	}
	t := e.g.Term(ps.at(rand.IntN(ps.len())))
	v := termView(e, match.Result{Term: t})
	v.JSON = func() any { return render.NewTermJSON(t, e.g) } // a term, not a match: no "match" object
	return a.printer().Print(v)
}
