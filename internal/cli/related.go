package cli

import (
	"fmt"
	"io"
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

// relatedOptions is what `gloss related` runs with.
type relatedOptions struct {
	find  lookupOptions // the app, and --exact
	depth int           // --depth
	deep  bool          // whether --depth was given
	graph string        // --graph: "", "dot" or "mermaid"
	words []string      // the term asked about
}

func newRelatedCmd(a *app, runF func(*relatedOptions) error) *cobra.Command {
	o := &relatedOptions{find: lookupOptions{app: a}}
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
			o.deep, o.words = cmd.Flags().Changed("depth"), args
			return runOr(runF, runRelated, o)
		},
	}

	cmd.Flags().BoolVar(&o.find.exact, "exact", false, "find TERM by exact name or alias only")
	cmd.Flags().IntVarP(&o.depth, "depth", "d", 1, "show the terms up to `N` links away, as a tree")
	cmd.Flags().StringVar(&o.graph, "graph", "", "print the neighbourhood as a graph in `FORMAT` dot or mermaid")
	cmd.RegisterFlagCompletionFunc("graph", cobra.FixedCompletions(
		[]cobra.Completion{"dot\tGraphviz DOT, for dot -Tsvg", "mermaid\tMermaid flowchart, for Markdown"},
		cobra.ShellCompDirectiveNoFileComp))
	cmd.RegisterFlagCompletionFunc("depth", cobra.NoFileCompletions)
	return cmd
}

func runRelated(o *relatedOptions) error {
	a := o.find.app
	if o.deep && o.depth < 1 {
		return usageErrorf("--depth must be 1 or more, not %d", o.depth)
	}
	if o.graph != "" && o.graph != "dot" && o.graph != "mermaid" {
		return usageErrorf("--graph must be dot or mermaid, not %q", o.graph)
	}
	if o.graph != "" && (a.json || a.plain) {
		return usageErrorf("--graph cannot be used with --json or --plain")
	}
	query := strings.Join(o.words, " ")
	e, err := a.load()
	if err != nil {
		return err
	}
	ans := o.find.find(e, query)
	if !ans.OK {
		a.missNote(query, ans)
		return errNoMatch
	}
	r := ans.Result
	a.noteApproximate(r, query)
	if o.deep || o.graph != "" {
		return a.printer().Print(neighbourhoodView(e, r.Term, o.depth, o.graph))
	}
	return a.printer().Print(relatedView(e, r.Term))
}

// relatedView is the terms linked with t: in text, those it lists, then
// those that list it without being listed back.
func relatedView(e *env, t *glossary.Term) render.View {
	all := neighbours(e.g, t)
	return render.View{
		JSON: func() any {
			out := []relatedJSON{}
			for _, r := range all {
				out = append(out, relatedJSON{render.NewTermJSON(r, e.g), linkOf(e.g, t, r)})
			}
			return out
		},
		Plain: func(rec func(...string)) {
			for _, r := range all {
				rec(append([]string{linkOf(e.g, t, r)}, render.TermFields(r)...)...)
			}
		},
		Text: func(w io.Writer, s render.Style) {
			to := e.g.Related(t)
			from := all[len(to):] // the terms that list t, not listed back
			s.Heading(w, "Related to "+render.Clean(t.Name))
			if len(to) == 0 {
				fmt.Fprintln(w, "  (none listed)")
			}
			s.Summary(w, to, "  ")
			if len(from) > 0 {
				fmt.Fprintln(w)
				s.Heading(w, "Also linked from")
				s.Summary(w, from, "  ")
			}
		},
	}
}
