package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/glossary"
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
	var depth int
	var graph string
	cmd := &cobra.Command{
		Use:   "related TERM...",
		Short: "Show the terms related to TERM, both ways",
		Long: `Show the terms TERM lists as related, each with a one-line summary, then the
terms that list TERM without being listed back. TERM is found as by lookup.

--depth N shows the neighbourhood N links deep as a tree, following links
both ways; each term appears once, where it is first reached, and a term that
lists its parent without being listed back is marked "(links back)".
--graph dot or --graph mermaid prints the neighbourhood (1 link deep unless
--depth says otherwise) as a graph with every link between its terms: DOT for
Graphviz, or a Mermaid flowchart in a fenced block for a Markdown page.`,
		Example: `  gloss related nps
  gloss related --depth 2 "churn rate"
  gloss related --depth 2 --graph dot nps | dot -Tsvg > nps.svg
  gloss related --graph mermaid nps >> README.md
  gloss related --json "churn rate" | jq -r '.[] | select(.link != "from") | .term'`,
		Args:              cobra.MinimumNArgs(1),
		ValidArgsFunction: a.completeTerms,
		RunE: func(cmd *cobra.Command, args []string) error {
			deep := cmd.Flags().Changed("depth")
			if deep && depth < 1 {
				return usageErrorf("--depth must be 1 or more, not %d", depth)
			}
			if graph != "" && graph != "dot" && graph != "mermaid" {
				return usageErrorf("--graph must be dot or mermaid, not %q", graph)
			}
			if graph != "" && (a.json || a.plain) {
				return usageErrorf("--graph cannot be used with --json or --plain")
			}
			query := strings.Join(args, " ")
			e, err := a.load()
			if err != nil {
				return err
			}
			ans := o.find(e, query)
			if !ans.OK {
				a.missNote(query, ans)
				return errNoMatch
			}
			r := ans.Result
			a.noteApproximate(r, query)
			if deep || graph != "" {
				return a.printNeighbourhood(e, r.Term, depth, graph)
			}
			return a.printRelated(e, r.Term)
		},
	}
	cmd.Flags().BoolVar(&o.exact, "exact", false, "find TERM by exact name or alias only")
	cmd.Flags().IntVarP(&depth, "depth", "d", 1, "show the terms up to `N` links away, as a tree")
	cmd.Flags().StringVar(&graph, "graph", "", "print the neighbourhood as a graph in `FORMAT` dot or mermaid")
	cmd.RegisterFlagCompletionFunc("graph", cobra.FixedCompletions(
		[]cobra.Completion{"dot\tGraphviz DOT, for dot -Tsvg", "mermaid\tMermaid flowchart, for Markdown"},
		cobra.ShellCompDirectiveNoFileComp))
	cmd.RegisterFlagCompletionFunc("depth", cobra.NoFileCompletions)
	return cmd
}

func (a *app) printRelated(e *env, t *glossary.Term) error {
	to := e.g.Related(t)
	from := neighbours(e.g, t)[len(to):] // the terms that list t, not listed back
	switch {
	case a.json:
		out := []relatedJSON{}
		for _, r := range neighbours(e.g, t) {
			out = append(out, relatedJSON{render.NewTermJSON(r, e.g), linkOf(e.g, t, r)})
		}
		return render.JSON(a.io.Out, out)
	case a.plain:
		for _, r := range neighbours(e.g, t) {
			render.Record(a.io.Out, append([]string{linkOf(e.g, t, r)}, render.TermFields(r)...)...)
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
