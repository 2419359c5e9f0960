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
	if c, ok := o.comparison(e, query); ok {
		return a.printComparison(e, query, c)
	}
	ans := o.find(e, query)
	if !ans.OK {
		return a.noMatch(e, query, ans)
	}
	a.noteApproximate(ans.Result, query)
	return a.printTerm(e, ans.Result)
}

// noteApproximate says on stderr which term is shown for query when r is
// not its exact name or alias.
func (a *app) noteApproximate(r match.Result, query string) {
	if r.Kind != match.Exact && r.Kind != match.Alias {
		a.note("showing %q for %q (%s match)", r.Term.Name, query, r.Kind)
	}
}

// find applies --exact or the full pipeline.
func (o *lookupOptions) find(e *env, query string) match.Answer {
	if o.exact {
		r, ok := e.m.Exact(query)
		return match.Answer{Result: r, OK: ok}
	}
	return e.m.Answer(query)
}

// comparison reads query as a comparison ("mql vs sql"), which --exact
// never does.
func (o *lookupOptions) comparison(e *env, query string) (match.Comparison, bool) {
	if o.exact {
		return match.Comparison{}, false
	}
	return e.m.Compare(query)
}

// noMatch reports a query that found no term, or several it cannot choose
// between: on stderr, and with --json as one object on stdout, the one
// `lookup -` prints for a miss. It returns errNoMatch, or the error
// writing the object.
func (a *app) noMatch(e *env, query string, ans match.Answer) error {
	miss := newMiss(query, ans)
	if a.json {
		if err := render.JSON(a.io.Out, miss); err != nil {
			return err
		}
	}
	a.missNote(query, ans)
	return errNoMatch
}

// missNote says on stderr why query found no term, and what it might
// have meant.
func (a *app) missNote(query string, ans match.Answer) {
	names := make([]string, 0, len(ans.Candidates))
	for _, r := range ans.Candidates[:min(len(ans.Candidates), maxNamed)] {
		names = append(names, render.Clean(r.Term.Name))
	}
	switch {
	case ans.Shared > 1:
		a.note("%q is part of %d terms; did you mean: %s?", query, ans.Shared, strings.Join(names, ", "))
	case ans.Close && len(names) > 1:
		a.note("%q is as close to %q as to %q; which did you mean?", query, names[0], names[1])
	default:
		a.note("no term matches %q", query)
		if len(names) > 0 {
			fmt.Fprintf(a.io.Err, "did you mean: %s?\n", strings.Join(names, ", "))
		}
	}
}

// maxNamed is how many candidates a miss names: enough to recognise the
// one meant, few enough to read at a glance.
const maxNamed = 3

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
