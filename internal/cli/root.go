package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/render"
)

// app holds what every command shares: the streams, the global flags and
// the glossary once loaded.
type app struct {
	io *IO

	json, plain bool
	color       string
	width       int
	glossaries  []string
	noBuiltin   bool
	noPager     bool

	style render.Style
	env   *env      // loaded on first use
	pager *pager    // holds stdout for paging; see pager.go
	after afterFunc // the progress line's clock; nil for time.AfterFunc

	browsing bool // the browser owns the terminal: no progress lines
}

func (a *app) newRoot() *cobra.Command {
	lo := &lookupOptions{app: a}
	root := &cobra.Command{
		Use:   "gloss [QUERY...]",
		Short: "Look up CRM terms from the command line",
		Long: `gloss explains CRM vocabulary: MQL vs SQL, ACV vs ARR, what NPS measures.

It ships a complete CRM glossary inside the binary. "gloss QUERY" is short for
"gloss lookup QUERY" when QUERY is not a command name; scripts should use
"gloss lookup".`,
		Example: `  gloss nps
  gloss lookup --json "annual contract value"
  gloss list --category "Metrics & KPIs"
  gloss related churn rate
  gloss search renewal`,
		Version:       version(),
		Args:          cobra.ArbitraryArgs,
		SilenceErrors: true,
		SilenceUsage:  true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if err := a.setup(); err != nil {
				return err
			}
			a.startPager(cmd.Name(), args)
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return cmd.Help()
			}
			if err := a.shorthandCommand(args); err != nil {
				return err
			}
			lo.args = args
			err := runLookup(lo)
			if errors.Is(err, errNoMatch) {
				if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
					a.note("%q is not a command either; did you mean 'gloss %s'?", args[0], s[0])
				}
			}
			return err
		},
	}
	root.SetOut(a.io.Out)
	root.SetErr(a.io.Err)
	root.SetIn(a.io.In)
	root.SetFlagErrorFunc(flagError)
	root.SuggestionsMinimumDistance = 2
	pf := root.PersistentFlags()
	pf.BoolVar(&a.json, "json", false, "print JSON (see README for the shape)")
	pf.BoolVar(&a.plain, "plain", false, "print tab-separated records, one per line, for scripts")
	pf.StringVar(&a.color, "color", "auto", "colour output `WHEN`: auto (on a terminal), always or never")
	pf.IntVar(&a.width, "width", 0, "wrap text to `N` columns (default: terminal width, else 80)")
	pf.StringArrayVar(&a.glossaries, "glossary", nil, "also load glossary `FILE`, or the YAML files in a folder, over the built-in one (repeatable)")
	pf.BoolVar(&a.noBuiltin, "no-builtin", false, "leave out the built-in CRM glossary")
	pf.BoolVar(&a.noPager, "no-pager", false, "never send output through a pager")
	lo.flags(root)

	root.AddCommand(
		newLookupCmd(a, nil),
		newCompareCmd(a, nil),
		newListCmd(a, nil),
		newCategoriesCmd(a, nil),
		newRelatedCmd(a, nil),
		newSearchCmd(a, nil),
		newScanCmd(a, nil),
		newSourcesCmd(a, nil),
		newValidateCmd(a, nil),
		newImportCmd(a, nil),
		newExportCmd(a, nil),
		newNewCmd(a, nil),
		newEditCmd(a, nil),
		newRandomCmd(a, nil),
		newBrowseCmd(a, nil),
		newDocsCmd(a, nil),
	)
	a.addHelp(root)
	a.registerCompletions(root)
	var wrap func(*cobra.Command)
	wrap = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			sub.Args = usageArgs(sub.Args)
			wrap(sub)
		}
	}
	wrap(root)
	return root
}

// shorthandCommand reports, as a miss with the command hint, a `gloss
// QUERY` whose first word looks like a command or a flag (LIST, lis,
// version) and which is not exactly a term's name or alias.
func (a *app) shorthandCommand(args []string) error {
	hint := commandHint(args[0])
	if hint == "" {
		return nil
	}
	e, err := a.load()
	if err != nil {
		return err
	}
	query := strings.Join(args, " ")
	if _, ok := e.m.Exact(query); ok {
		return nil
	}
	a.note("%q is not a term; did you mean '%s'?", query, hint)
	return errNoMatch
}

// usageArgs makes an argument validator's errors exit with ExitUsage, and
// says what is wrong in the command's own terms, from the arguments part
// of its Use line: "lookup: missing QUERY" rather than cobra's "requires at
// least 1 arg(s), only received 0".
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	if check == nil {
		return nil
	}
	return func(cmd *cobra.Command, args []string) error {
		if check(cmd, args) == nil {
			return nil
		}
		name := strings.TrimPrefix(cmd.CommandPath(), "gloss ")
		_, want, _ := strings.Cut(cmd.Use, " ")
		var err error
		switch {
		case want == "" && len(args) > 0:
			err = fmt.Errorf("%s: takes no arguments, got %q", name, args[0])
		case want == "":
			err = fmt.Errorf("%s: wrong number of arguments", name)
		case len(args) == 0:
			err = fmt.Errorf("%s: missing %s", name, strings.TrimSuffix(want, "..."))
		case len(args) == 1:
			err = fmt.Errorf("%s: takes %s, got 1 argument", name, want)
		default:
			err = fmt.Errorf("%s: takes %s, got %d arguments", name, want, len(args))
		}
		return &exitError{ExitUsage, fmt.Errorf("%w (see '%s --help')", err, cmd.CommandPath())}
	}
}

// setup checks the global flags and decides how text is drawn.
func (a *app) setup() error {
	if a.json && a.plain {
		return usageErrorf("--json and --plain cannot be used together")
	}
	if a.width < 0 {
		return usageErrorf("--width must be 0 or more, not %d", a.width)
	}
	switch a.color {
	case "auto":
		// NO_COLOR, a person's standing wish, beats CLICOLOR_FORCE; that
		// beats TERM=dumb and a stdout that is not a terminal.
		force := a.io.Getenv("CLICOLOR_FORCE")
		a.style.Color = a.io.Getenv("NO_COLOR") == "" &&
			(force != "" && force != "0" || a.io.OutTTY && a.io.Getenv("TERM") != "dumb")
	case "always":
		a.style.Color = true
	case "never":
		a.style.Color = false
	default:
		return usageErrorf("--color must be auto, always or never, not %q", a.color)
	}
	a.style.Width = a.width
	if a.style.Width == 0 {
		a.style.Width = a.io.TermWidth
	}
	if a.style.Width == 0 {
		a.style.Width = 80
	}
	return nil
}

// note prints a message for the user on stderr.
// Arguments from files or queries should be formatted with %q; the whole
// message is cleaned as well, so nothing reaches the terminal raw.
func (a *app) note(format string, args ...any) {
	fmt.Fprintln(a.io.Err, "gloss: "+render.Clean(fmt.Sprintf(format, args...)))
}
