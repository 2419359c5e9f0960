package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
	"github.com/gloss-cli/gloss/internal/render"
)

// Directions of a related link, as seen from the term asked about.
const (
	linkTo   = "to"   // the term lists it
	linkFrom = "from" // it lists the term
	linkBoth = "both" // both list each other
)

type relatedJSON struct {
	render.TermJSON
	Link string `json:"link"`
}

func newRelatedCmd(a *app) *cobra.Command {
	o := &lookupOptions{app: a}
	cmd := &cobra.Command{
		Use:   "related TERM...",
		Short: "Show the terms related to TERM, both ways",
		Long: `Show the terms TERM lists as related, each with a one-line summary, then the
terms that list TERM without being listed back. TERM is found as by lookup.`,
		Example: `  gloss related nps
  gloss related --json "churn rate" | jq -r '.[] | select(.link != "from") | .term'`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			query := strings.Join(args, " ")
			e, err := a.load()
			if err != nil {
				return err
			}
			r, ok := o.find(e, query)
			if !ok {
				o.noMatch(e, query)
				return errNoMatch
			}
			if r.Kind != match.Exact && r.Kind != match.Alias {
				a.note("showing %q for %q (%s match)", render.Clean(r.Term.Name), render.Clean(query), r.Kind)
			}
			return a.printRelated(e, r.Term)
		},
	}
	cmd.Flags().BoolVar(&o.exact, "exact", false, "find TERM by exact name or alias only")
	return cmd
}

func (a *app) printRelated(e *env, t *glossary.Term) error {
	to := e.g.Related(t)
	var from []*glossary.Term
	for _, f := range e.g.LinkedFrom(t) {
		if !slices.Contains(to, f) {
			from = append(from, f)
		}
	}
	link := func(r *glossary.Term) string {
		if slices.Contains(e.g.Related(r), t) {
			return linkBoth
		}
		return linkTo
	}
	switch {
	case a.json:
		out := []relatedJSON{}
		for _, r := range to {
			out = append(out, relatedJSON{render.NewTermJSON(r, e.g), link(r)})
		}
		for _, r := range from {
			out = append(out, relatedJSON{render.NewTermJSON(r, e.g), linkFrom})
		}
		return render.JSON(a.io.Out, out)
	case a.plain:
		for _, r := range to {
			render.Record(a.io.Out, append([]string{link(r)}, render.TermFields(r)...)...)
		}
		for _, r := range from {
			render.Record(a.io.Out, append([]string{linkFrom}, render.TermFields(r)...)...)
		}
		return nil
	}
	a.style.Heading(a.io.Out, "Related to "+render.Clean(t.Name))
	if len(to) == 0 {
		fmt.Fprintln(a.io.Out, "  (none listed)")
	}
	a.style.Summary(a.io.Out, to, "  ")
	if len(from) > 0 {
		fmt.Fprintln(a.io.Out)
		a.style.Heading(a.io.Out, "Also linked from")
		a.style.Summary(a.io.Out, from, "  ")
	}
	return nil
}
