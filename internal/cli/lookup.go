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
	cmd.Flags().BoolVar(&o.exact, "exact", false, "match names and aliases as normalised only (case, accents, spacing), no guessing")
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
note on stderr says so. With no confident match, or a word many terms share
("customer"), gloss names what it might have meant on stderr and exits 1;
with --json it also prints {"query", "error", "suggestions"} on stdout.
A comparison ("mql vs sql", "difference between arr and mrr") is answered as
compare answers it. "-" as the only QUERY reads one query per line from stdin.`,
		Example: `  gloss lookup nps
  gloss lookup --exact "Annual contract value"
  gloss lookup --all pipline
  gloss lookup --json mql | jq -r .definition
  gloss lookup --json "mql vs sql" | jq -r '.term, .compare[0].term'
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
	if c, ok := o.comparison(e, query); ok {
		return a.printComparison(e, query, c)
	}
	ans := o.find(e, query)
	if !ans.OK {
		return a.noMatch(query, ans)
	}
	a.noteApproximate(ans.Result, query)
	return a.printer().Print(termView(e, ans.Result))
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

// noMatch reports a query that found no term, or several it cannot choose
// between: on stderr, and with --json as one object on stdout, the one
// `lookup -` prints for a miss. It returns errNoMatch, or the error
// writing the object.
func (a *app) noMatch(query string, ans match.Answer) error {
	if a.json {
		if err := a.printer().Print(render.View{JSON: func() any { return newMiss(query, ans) }}); err != nil {
			return err
		}
	}
	a.missNote(query, ans)
	return errNoMatch
}

// missNote says on stderr why query found no term, and what it might
// have meant.
func (a *app) missNote(query string, ans match.Answer) {
	names := make([]string, 0, maxNamed)
	for _, r := range ans.Candidates[:min(len(ans.Candidates), maxNamed)] {
		names = append(names, render.Clean(r.Term.Name))
	}
	switch {
	case ans.Shared > 1 && ans.Respelled != "":
		a.note("%q, read as %q, is part of %d terms; did you mean: %s?", query, ans.Respelled, ans.Shared, strings.Join(names, ", "))
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
