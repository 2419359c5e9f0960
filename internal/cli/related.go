package cli

import (
	"fmt"
	"io"
	"slices"
	"strconv"
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
	limit int           // --limit: terms followed from each term, 0 for all
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
Graphviz, or a Mermaid flowchart in a fenced block for a Markdown page.

Each term hangs at most ` + strconv.Itoa(defaultFanOut) + ` terms under it (--limit N changes that,
--limit 0 shows all): without --depth, at most that many it lists and that
many that list it; a term with more says how many it leaves out ("… 37
more"; "left_out" in --json with --depth; a node in the graphs), and a note
on stderr gives the total.`,
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
	cmd.Flags().IntVar(&o.limit, "limit", defaultFanOut, "follow at most `N` terms from each term (0: all)")
	cmd.Flags().StringVar(&o.graph, "graph", "", "print the neighbourhood as a graph in `FORMAT` dot or mermaid")
	cmd.RegisterFlagCompletionFunc("graph", cobra.FixedCompletions(
		[]cobra.Completion{"dot\tGraphviz DOT, for dot -Tsvg", "mermaid\tMermaid flowchart, for Markdown"},
		cobra.ShellCompDirectiveNoFileComp))
	cmd.RegisterFlagCompletionFunc("depth", cobra.NoFileCompletions)
	cmd.RegisterFlagCompletionFunc("limit", cobra.NoFileCompletions)
	return cmd
}

func runRelated(o *relatedOptions) error {
	a := o.find.app
	if o.deep && o.depth < 1 {
		return usageErrorf("--depth must be 1 or more, not %d", o.depth)
	}
	if o.limit < 0 {
		return usageErrorf("--limit must be 0 (no limit) or more, not %d", o.limit)
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
		root, left := neighbourhood(e.g, r.Term, o.depth, o.limit)
		if err := a.printer().Print(neighbourhoodView(root, e, o.graph)); err != nil {
			return err
		}
		if left > 0 {
			a.note("%d linked terms left out, at most %d a term; --limit 0 shows all", left, o.limit)
		}
		return nil
	}
	v, left := relatedView(e, r.Term, o.limit)
	if err := a.printer().Print(v); err != nil {
		return err
	}
	if left > 0 {
		a.note("%d linked terms left out, at most %d each way; --limit 0 shows all", left, o.limit)
	}
	return nil
}

// relatedView is the terms linked with t: in text, those it lists, then
// those that list it without being listed back, at most limit of each (0:
// all). It returns how many it left out.
func relatedView(e *env, t *glossary.Term, limit int) (render.View, int) {
	to := e.g.Related(t)
	from := neighbours(e.g, t)[len(to):] // the terms that list t, not listed back
	keep := func(ts []*glossary.Term) ([]*glossary.Term, int) {
		if limit == 0 || len(ts) <= limit {
			return ts, 0
		}
		return ts[:limit], len(ts) - limit
	}
	to, leftTo := keep(to)
	from, leftFrom := keep(from)
	all := append(slices.Clip(to), from...)
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
			s.Heading(w, "Related to "+render.Clean(t.Name))
			if len(to) == 0 {
				fmt.Fprintln(w, "  (none listed)")
			}
			s.Summary(w, to, "  ")
			if leftTo > 0 {
				fmt.Fprintf(w, "  … %d more\n", leftTo)
			}
			if len(from) > 0 {
				fmt.Fprintln(w)
				s.Heading(w, "Also linked from")
				s.Summary(w, from, "  ")
				if leftFrom > 0 {
					fmt.Fprintf(w, "  … %d more\n", leftFrom)
				}
			}
		},
	}, leftTo + leftFrom
}
