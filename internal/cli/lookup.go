package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/match"
	"github.com/gloss-cli/gloss/internal/render"
)

type lookupOptions struct {
	app   *app
	exact bool
	all   bool
}

func (o *lookupOptions) flags(cmd *cobra.Command) {
	cmd.Flags().BoolVar(&o.exact, "exact", false, "match names and aliases exactly (ignoring case and punctuation), no guessing")
	cmd.Flags().BoolVar(&o.all, "all", false, "list every candidate with how it matched and its score")
}

func newLookupCmd(a *app) *cobra.Command {
	o := &lookupOptions{app: a}
	cmd := &cobra.Command{
		Use:   "lookup QUERY...",
		Short: "Show the entry a query means",
		Long: `Show the glossary entry that QUERY means. Words are joined with spaces.

Matching ignores case, punctuation and spacing, finds aliases and acronyms,
word forms, prefixes and typos. When the entry shown is not an exact match, a
note on stderr says so. With no confident match, gloss prints suggestions on
stderr and exits 1. "-" as the only QUERY reads one query per line from stdin.`,
		Example: `  gloss lookup nps
  gloss lookup --exact "Annual contract value"
  gloss lookup --all pipline
  gloss lookup --json mql | jq -r .definition
  printf 'nps\nmql\n' | gloss lookup --plain -`,
		Args:              cobra.MinimumNArgs(1),
		ValidArgsFunction: a.completeTerms,
		RunE:              o.run,
	}
	o.flags(cmd)
	return cmd
}

func (o *lookupOptions) run(cmd *cobra.Command, args []string) error {
	a := o.app
	if len(args) == 1 && args[0] == "-" {
		return o.batch()
	}
	query := strings.Join(args, " ")
	if strings.TrimSpace(query) == "" {
		return usageErrorf("empty query")
	}
	e, err := a.load()
	if err != nil {
		return err
	}
	if o.all {
		return o.printAll(e, query)
	}
	r, ok := o.find(e, query)
	if !ok {
		o.noMatch(e, query)
		return errNoMatch
	}
	a.noteApproximate(r, query)
	return a.printTerm(e, r)
}

// noteApproximate says on stderr which term is shown for query when r is
// not its exact name or alias.
func (a *app) noteApproximate(r match.Result, query string) {
	if r.Kind != match.Exact && r.Kind != match.Alias {
		a.note("showing %q for %q (%s match)", r.Term.Name, query, r.Kind)
	}
}

// find applies --exact or the full pipeline.
func (o *lookupOptions) find(e *env, query string) (match.Result, bool) {
	if o.exact {
		return e.m.Exact(query)
	}
	return e.m.Best(query)
}

func (o *lookupOptions) noMatch(e *env, query string) {
	a := o.app
	a.note("no term matches %q", query)
	if o.exact {
		return
	}
	if s := e.m.Suggest(query, 3); len(s) > 0 {
		names := make([]string, len(s))
		for i, r := range s {
			names[i] = render.Clean(r.Term.Name)
		}
		fmt.Fprintf(a.io.Err, "did you mean: %s?\n", strings.Join(names, ", "))
	}
}

func (a *app) printTerm(e *env, r match.Result) error {
	switch {
	case a.json:
		return render.JSON(a.io.Out, render.NewMatchJSON(r, e.g))
	case a.plain:
		return render.Record(a.io.Out, render.TermFields(r.Term)...)
	}
	a.style.Term(a.io.Out, r.Term, e.g.Related(r.Term))
	return nil
}

// printAll lists every candidate for --all.
func (o *lookupOptions) printAll(e *env, query string) error {
	a := o.app
	rs := e.m.Lookup(query)
	if o.exact {
		r, ok := e.m.Exact(query)
		rs = rs[:0]
		if ok {
			rs = append(rs, r)
		}
	}
	switch {
	case a.json:
		out := make([]render.MatchJSON, len(rs))
		for i, r := range rs {
			out[i] = render.NewMatchJSON(r, e.g)
		}
		if err := render.JSON(a.io.Out, out); err != nil {
			return err
		}
	case a.plain:
		for _, r := range rs {
			render.Record(a.io.Out, fmt.Sprintf("%.3f", r.Score), string(r.Kind), r.Term.Name, r.Via)
		}
	default:
		a.style.Candidates(a.io.Out, rs, match.Threshold)
	}
	if len(rs) == 0 || rs[0].Score < match.Threshold {
		a.note("no term matches %q", query)
		return errNoMatch
	}
	return nil
}
