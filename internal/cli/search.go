package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
)

func newSearchCmd(a *app) *cobra.Command {
	var limit int
	cmd := &cobra.Command{
		Use:   "search TEXT...",
		Short: "Find terms whose name or definition mentions TEXT",
		Long: `Search names, aliases, categories, definitions, formulas and examples for the
words of TEXT (in any form: "renewals" finds "renewal"), best first. Terms that
mention every word come first; when none does, terms that mention some.`,
		Example: `  gloss search renewal
  gloss search "monthly revenue"
  gloss search --json quota | jq -r '.[].term'`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			text := strings.Join(args, " ")
			if glossary.Key(text) == "" {
				return usageErrorf("search needs at least one word")
			}
			e, err := a.load()
			if err != nil {
				return err
			}
			hits := match.Search(e.g, text)
			if len(hits) == 0 {
				a.note("no term mentions %q", text)
				return errNoMatch
			}
			if limit > 0 && len(hits) > limit {
				hits = hits[:limit]
			}
			terms := make([]*glossary.Term, len(hits))
			for i, h := range hits {
				terms[i] = h.Term
			}
			a.style = a.style.Marking(text)
			return a.printTerms(e, terms)
		},
	}
	cmd.Flags().IntVarP(&limit, "limit", "n", 20, "show at most `N` results (0 for all)")
	return cmd
}
