package cli

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/load"
	"github.com/gloss-cli/gloss/internal/render"
)

// sourceJSON is the JSON shape of one loaded file. Lists are never null.
type sourceJSON struct {
	File     string   `json:"file"`
	Origin   string   `json:"origin"`
	Terms    int      `json:"terms"`
	Added    []string `json:"added"`
	Replaced []string `json:"replaced"`
	Extended []string `json:"extended"`
}

// sourcesOptions is what `gloss sources` runs with.
type sourcesOptions struct {
	app *app
}

func newSourcesCmd(a *app, runF func(*sourcesOptions) error) *cobra.Command {
	o := &sourcesOptions{app: a}
	return &cobra.Command{
		Use:   "sources",
		Short: "List the glossary files loaded, lowest layer first",
		Long: `List every glossary file gloss loaded, lowest layer first, with where it was
configured (built-in, glossary.d, project, GLOSS_PATH or --glossary), how many terms it
holds, and how many terms it added, replaced (gave a new definition) or
extended (added aliases, related terms or other fields to), naming the first
few; --json and --plain name them all. Later layers win. A term a layer
replaced or extended says so itself: "Definition from FILE" under the entry,
"source" and "extended_by" in --json.`,
		Example: `  gloss sources
  GLOSS_PATH=team.yaml gloss sources --json | jq '.[].file'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runOr(runF, runSources, o)
		},
	}
}

func runSources(o *sourcesOptions) error {
	a := o.app
	e, err := a.load()
	if err != nil {
		return err
	}
	out := make([]sourceJSON, len(e.g.Sources()))
	for i, s := range e.g.Sources() {
		out[i] = sourceJSON{s.File, e.srcs[i].Origin, s.Terms, list(s.Added), list(s.Replaced), list(s.Extended)}
	}
	if len(out) == 0 && !a.json && !a.plain {
		a.note("no glossary loaded (--no-builtin, and no other source)")
	}
	return a.printer().Print(render.View{
		JSON: func() any { return out },
		Plain: func(rec func(...string)) {
			for _, s := range out {
				rec(s.File, s.Origin, strconv.Itoa(s.Terms),
					strings.Join(s.Added, render.ListSep), strings.Join(s.Replaced, render.ListSep), strings.Join(s.Extended, render.ListSep))
			}
		},
		Text: func(w io.Writer, st render.Style) {
			for _, s := range out {
				printSource(w, st, s)
			}
		},
	})
}

// printSource writes one source for a person: a line of counts, then a
// few of the names of the terms it changed (except for the built-in
// glossary, which adds every term).
func printSource(w io.Writer, st render.Style, s sourceJSON) {
	name := render.Clean(s.File)
	if s.Origin != load.FromBuiltin {
		name += " (" + s.Origin + ")"
	}
	var counts []string
	for _, c := range []struct {
		verb  string
		terms []string
	}{{"added", s.Added}, {"replaced", s.Replaced}, {"extended", s.Extended}} {
		if len(c.terms) > 0 {
			counts = append(counts, fmt.Sprintf("%d %s", len(c.terms), c.verb))
		}
	}
	fmt.Fprintf(w, "%s: %s", name, plural(s.Terms, "term"))
	if len(counts) > 0 {
		fmt.Fprintf(w, " (%s)", strings.Join(counts, ", "))
	}
	fmt.Fprintln(w)
	if s.Origin == load.FromBuiltin {
		return
	}
	for _, c := range []struct {
		label string
		terms []string
	}{{"added:    ", s.Added}, {"replaced: ", s.Replaced}, {"extended: ", s.Extended}} {
		if len(c.terms) == 0 {
			continue
		}
		lines := render.Wrap(summary(c.terms), st.Width-2-len(c.label))
		for i, line := range lines {
			lead := strings.Repeat(" ", len(c.label))
			if i == 0 {
				lead = c.label
			}
			fmt.Fprintln(w, "  "+lead+line)
		}
	}
}

// sourceNames is how many of the terms a source added, replaced or
// extended the text names: enough to tell what a layer is about (a
// computing dictionary replacing Record, Field and Pipeline), few enough
// that a layer of thousands of terms takes a line or two. --json and
// --plain list them all.
const sourceNames = 5

// summary returns the first sourceNames of names, cleaned, and how many
// more there are.
func summary(names []string) string {
	n := min(len(names), sourceNames)
	if len(names) == n+1 { // "and 1 more" would take the room of the name
		n++
	}
	out := make([]string, n)
	for i, t := range names[:n] {
		out[i] = render.Clean(t)
	}
	text := strings.Join(out, ", ")
	if more := len(names) - n; more > 0 {
		text += fmt.Sprintf(" and %d more", more)
	}
	return text
}

// list returns s, or an empty list for nil, so JSON shows [] and not null.
func list(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
