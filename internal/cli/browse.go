package cli

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/gloss-cli/gloss/internal/browse"
	"github.com/gloss-cli/gloss/internal/render"
)

// browseOptions is everything `gloss browse` needs to run.
type browseOptions struct {
	app   *app
	print bool
	query string // the words of QUERY, joined
}

// newBrowseCmd returns `gloss browse`; it calls runF with the options
// when it runs (runBrowse when runF is nil).
func newBrowseCmd(a *app, runF func(*browseOptions) error) *cobra.Command {
	o := &browseOptions{app: a}
	cmd := &cobra.Command{
		Use:   "browse [QUERY...]",
		Short: "Search as you type, read entries and follow their related terms",
		Long: `Browse the glossary on a terminal. Type to narrow the list (ranked as lookup
ranks, and by the words of definitions too), Up/Down to move, Enter to open an
entry. In an entry, Tab and Shift-Tab select a related term or a term linking
back, Enter follows it, Backspace or Alt-Left goes back, Alt-Right forward, /
starts a new search, Esc returns to the list and q quits. Esc or Ctrl-C quits
from the list.

--print is for scripts and shell key bindings: Enter in the list prints the
chosen term's name on stdout and exits 0; Esc exits 1 printing nothing. It
draws on the controlling terminal (/dev/tty), so stdout may be a pipe.
Without --print, stdin and stdout must be a terminal.`,
		Example: `  gloss browse
  gloss browse churn
  gloss lookup "$(gloss browse --print)"`,
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.query = strings.Join(args, " ")
			return runOr(runF, runBrowse, o)
		},
	}
	cmd.Flags().BoolVarP(&o.print, "print", "p", false, "print the chosen term's name and exit, for scripts and key bindings")
	return cmd
}

// runBrowse checks there is a terminal to browse on, then browses it.
func runBrowse(o *browseOptions) error {
	a := o.app
	if a.json || a.plain {
		return usageErrorf("browse: --json and --plain are for commands that print results")
	}
	if a.io.Getenv("TERM") == "dumb" {
		return usageErrorf("browse: TERM=dumb: this terminal cannot move the cursor")
	}
	if !o.print && !(a.io.OutTTY && isTerminal(a.io.In)) {
		return usageErrorf("browse: stdin and stdout must be a terminal; for scripts, see 'gloss search' and 'gloss browse --print'")
	}
	// The browser reads keys from and draws on the controlling terminal,
	// which stdin and stdout are without --print; with it, stdout may be
	// a pipe to whoever asked.
	in, out, err := browse.Terminal()
	if err != nil {
		return usageErrorf("browse: no terminal to draw on: %v", err)
	}
	defer in.Close()
	if out != in {
		defer out.Close()
	}
	e, err := a.load()
	if err != nil {
		return err
	}
	style := a.style
	if a.color == "auto" { // the browser draws on a terminal, whatever stdout is
		style.Color = a.io.Getenv("NO_COLOR") == ""
	}
	a.browsing = true
	t, err := browse.Run(browse.Options{
		Glossary: e.g, Matcher: e.m, Style: style, Query: o.query, Print: o.print, In: in, Out: out,
	})
	switch {
	case errors.Is(err, browse.ErrCancelled):
		return &exitError{code: ExitNoMatch}
	case err != nil:
		return fmt.Errorf("browse: %w", err)
	case t != nil:
		_, err := fmt.Fprintln(a.io.Out, render.Clean(t.Name))
		return err
	}
	return nil
}

func isTerminal(r any) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
