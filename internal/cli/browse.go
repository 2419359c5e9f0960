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

// browseOptions are the flags and arguments of `gloss browse`.
type browseOptions struct {
	app   *app
	print bool
}

func newBrowseCmd(a *app) *cobra.Command {
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
			return o.run(strings.Join(args, " "))
		},
	}
	cmd.Flags().BoolVarP(&o.print, "print", "p", false, "print the chosen term's name and exit, for scripts and key bindings")
	return cmd
}

func (o *browseOptions) run(query string) error {
	a := o.app
	if a.json || a.plain {
		return usageErrorf("browse: --json and --plain are for commands that print results")
	}
	if a.io.Getenv("TERM") == "dumb" {
		return usageErrorf("browse: TERM=dumb: this terminal cannot move the cursor")
	}
	in, out, err := o.terminal()
	if err != nil {
		return err
	}
	e, err := a.load()
	if err != nil {
		return err
	}
	style := a.style
	if a.color == "auto" { // the browser always draws on a terminal, whatever stdout is
		style.Color = a.io.Getenv("NO_COLOR") == ""
	}
	t, err := browse.Run(browse.Options{
		Glossary: e.g, Matcher: e.m, Style: style, Query: query, Print: o.print, In: in, Out: out,
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

// terminal returns the terminal to browse on: stdin and stdout, or with
// --print the controlling terminal.
func (o *browseOptions) terminal() (in, out *os.File, err error) {
	if o.print {
		in, out, err = browse.Terminal()
		if err != nil {
			return nil, nil, usageErrorf("browse --print: no terminal to draw on: %v", err)
		}
		return in, out, nil
	}
	in, inOK := o.app.io.In.(*os.File)
	out, outOK := o.app.io.Out.(*os.File)
	if !inOK || !outOK || !term.IsTerminal(int(in.Fd())) || !term.IsTerminal(int(out.Fd())) {
		return nil, nil, usageErrorf("browse: stdin and stdout must be a terminal; for scripts, see 'gloss search' and 'gloss browse --print'")
	}
	return in, out, nil
}
