package cli

import (
	"math/rand/v2"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/render"
)

func newRandomCmd(a *app) *cobra.Command {
	var category string
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
			e, terms, err := a.loadTerms(cmd, category)
			if err != nil {
				return err
			}
			if len(terms) == 0 {
				a.note("the glossary has no terms")
				return errNoMatch
			}
			t := terms[rand.IntN(len(terms))]
			switch {
			case a.json:
				return render.JSON(a.io.Out, render.NewTermJSON(t, e.g))
			case a.plain:
				return render.Record(a.io.Out, render.TermFields(t)...)
			}
			a.style.Term(a.io.Out, t, e.g.Related(t))
			return nil
		},
	}
	a.categoryFlag(cmd, &category, "pick from category `NAME`, or the one its words start (see gloss categories)")
	return cmd
}
