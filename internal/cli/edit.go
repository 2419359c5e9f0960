package cli

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/load"
)

// editOptions is everything `gloss edit` needs to run.
type editOptions struct {
	app  *app
	name string
}

// newEditCmd returns `gloss edit`; it calls runF with the options when it
// runs (runEdit when runF is nil).
func newEditCmd(a *app, runF func(*editOptions) error) *cobra.Command {
	o := &editOptions{app: a}
	cmd := &cobra.Command{
		Use:   "edit TERM...",
		Short: "Open the file that defines a term, at its entry",
		Long: `Open the glossary file that defines TERM (its name or an alias, exactly)
in $VISUAL, else $EDITOR, else vi, at the line of its entry: the highest
layer that gives it a definition, else the highest that mentions it. On
saving, the file is checked as gloss validate checks it; with an error the
editor opens again, or, answering n, the file is left as it was. A term of
the built-in glossary is not in a file: gloss new TERM extends it.`,
		Example:           `  gloss edit "Deal desk"`,
		Args:              cobra.MinimumNArgs(1),
		ValidArgsFunction: a.completeTerms,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.name = strings.Join(args, " ")
			return runOr(runF, runEdit, o)
		},
	}
	return cmd
}

// runEdit finds the term's file and line and opens the editor there.
func runEdit(o *editOptions) error {
	a := o.app
	e, err := a.load()
	if err != nil {
		return err
	}
	t := e.g.Find(o.name)
	if t == nil {
		return &exitError{ExitNoMatch, fmt.Errorf("no term is named %q; gloss new %q writes one", o.name, o.name)}
	}
	path, line := definedIn(a, t)
	if path == "" {
		return usageErrorf("%q is built in; 'gloss new %s' writes an entry in your glossary that extends it", t.Name, t.Name)
	}
	text, err := os.ReadFile(path)
	if err != nil {
		return glossaryError(fmt.Errorf("%s: %w", path, err))
	}
	return a.editFile(path, text, line, text)
}

// definedIn returns the file and line of t's entry: in the highest layer
// whose entry gives it a definition, else the highest with an entry for
// it; "" when only the built-in glossary has it.
func definedIn(a *app, t *glossary.Term) (string, int) {
	srcs, _ := load.Sources(a.config())
	key := glossary.Key(t.Name)
	var mention string
	var mentionLine int
	for _, s := range slices.Backward(srcs) {
		if s.Origin == load.FromBuiltin {
			continue
		}
		f, _ := glossary.LoadFile(s.Path)
		for _, entry := range f.Terms {
			if glossary.Key(entry.Name) != key {
				continue
			}
			if entry.Definition != "" {
				return s.Path, entry.Pos.Line
			}
			if mention == "" {
				mention, mentionLine = s.Path, entry.Pos.Line
			}
		}
	}
	return mention, mentionLine
}
