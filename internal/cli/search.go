package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
)

// searchOptions is what `gloss search` runs with.
type searchOptions struct {
	app   *app
	limit int      // --limit: at most this many results, 0 for all
	words []string // the text to search for
}

func newSearchCmd(a *app, runF func(*searchOptions) error) *cobra.Command {
	o := &searchOptions{app: a}
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
			o.words = args
			return runOr(runF, runSearch, o)
		},
	}
	cmd.Flags().IntVarP(&o.limit, "limit", "n", 20, "show at most `N` results (0 for all)")
	cmd.RegisterFlagCompletionFunc("limit", cobra.NoFileCompletions)
	return cmd
}

func runSearch(o *searchOptions) error {
	a := o.app
	if o.limit < 0 {
		return usageErrorf("--limit must be 0 (for all) or more, not %d", o.limit)
	}
	text := strings.Join(o.words, " ")
	if glossary.Key(text) == "" {
		return usageErrorf("search needs at least one word")
	}
	e, err := a.load()
	if err != nil {
		return err
	}
	p := a.startProgress("searching")
	hits := match.Search(e.g, text)
	p.stop()
	if len(hits) == 0 {
		a.note("no term mentions %q", text)
		return errNoMatch
	}
	if o.limit > 0 && len(hits) > o.limit {
		hits = hits[:o.limit]
	}
	ids := make([]int, len(hits))
	for i, h := range hits {
		ids[i] = h.Place
	}
	pr := a.printer()
	pr.Style = pr.Style.Marking(text)
	return pr.PrintList(termsList(e, places{ids: ids}))
}
