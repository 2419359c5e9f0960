package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/match"
	"github.com/gloss-cli/gloss/internal/render"
)

// lookupOptions is everything `gloss lookup` needs to run, so a test can
// run its logic (runLookup) without the process or cobra.
type lookupOptions struct {
	app   *app
	exact bool
	all   bool
	args  []string // the words of the query, or "-" for one query a line from stdin
}

func (o *lookupOptions) flags(cmd *cobra.Command) {
	cmd.Flags().BoolVar(&o.exact, "exact", false, "match names and aliases exactly (ignoring case and punctuation), no guessing")
	cmd.Flags().BoolVar(&o.all, "all", false, "list every candidate with how it matched and its score")
}

// newLookupCmd returns `gloss lookup`; it calls runF with the options
// when it runs (runLookup when runF is nil), as every command does.
func newLookupCmd(a *app, runF func(*lookupOptions) error) *cobra.Command {
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
		RunE: func(cmd *cobra.Command, args []string) error {
			o.args = args
			return runOr(runF, runLookup, o)
		},
	}
	o.flags(cmd)
	return cmd
}

// runOr calls runF with o, or run when runF is nil: how each command's
// RunE hands its options to its logic, or to a test that stands in for it.
func runOr[O any](runF, run func(O) error, o O) error {
	if runF != nil {
		return runF(o)
	}
	return run(o)
}

// runLookup answers one query, or with "-" one a line from stdin.
func runLookup(o *lookupOptions) error {
	a := o.app
	if len(o.args) == 1 && o.args[0] == "-" {
		return o.batch()
	}
	query := strings.Join(o.args, " ")
	if strings.TrimSpace(query) == "" {
		return usageErrorf("empty query")
	}
	e, err := a.load()
	if err != nil {
		return err
	}
	if o.all {
		rs := o.candidates(e, query)
		if err := a.printer().Print(candidatesView(e, rs)); err != nil {
			return err
		}
		if !confident(rs) {
			a.note("no term matches %q", query)
			return errNoMatch
		}
		return nil
	}
	r, ok := o.find(e, query)
	if !ok {
		o.noMatch(e, query)
		return errNoMatch
	}
	a.noteApproximate(r, query)
	return a.printer().Print(termView(e, r))
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

// candidates returns every candidate for --all: with --exact, only the
// exact match, if any.
func (o *lookupOptions) candidates(e *env, query string) []match.Result {
	if !o.exact {
		return e.m.Lookup(query)
	}
	if r, ok := e.m.Exact(query); ok {
		return []match.Result{r}
	}
	return nil
}

// confident reports whether the best of rs clears the threshold.
func confident(rs []match.Result) bool {
	return len(rs) > 0 && rs[0].Score >= match.Threshold
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

// termView is a lookup's answer: the whole entry, with how it matched in
// JSON.
func termView(e *env, r match.Result) render.View {
	return render.View{
		JSON:  func() any { return render.NewMatchJSON(r, e.g) },
		Plain: func(rec func(...string)) { rec(render.TermFields(r.Term)...) },
		Text:  func(w io.Writer, s render.Style) { s.Term(w, r.Term, e.g.Related(r.Term)) },
	}
}

// matchesJSON is the JSON shape of the candidates rs.
func matchesJSON(e *env, rs []match.Result) []render.MatchJSON {
	out := make([]render.MatchJSON, len(rs))
	for i, r := range rs {
		out[i] = render.NewMatchJSON(r, e.g)
	}
	return out
}

// candidatesView is the answer of --all: every candidate, ranked, with
// its score and how it matched.
func candidatesView(e *env, rs []match.Result) render.View {
	return render.View{
		JSON: func() any { return matchesJSON(e, rs) },
		Plain: func(rec func(...string)) {
			for _, r := range rs {
				rec(render.Score(r.Score), string(r.Kind), r.Term.Name, r.Via)
			}
		},
		Text: func(w io.Writer, s render.Style) { s.Candidates(w, rs, match.Threshold) },
	}
}
