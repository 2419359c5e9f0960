package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/render"
	"github.com/gloss-cli/gloss/internal/scan"
)

// scanOptions is what `gloss scan` runs with.
type scanOptions struct {
	app      *app
	define   bool     // --define: full entries instead of summaries
	annotate bool     // --annotate: the text with the mentions marked
	allWords bool     // --all-words: everyday words count anywhere
	files    []string // the texts to read; "-" is stdin
}

func (o *scanOptions) flags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.BoolVar(&o.define, "define", false, "print the full entry of each term found")
	f.BoolVar(&o.annotate, "annotate", false, "print the text with each mention marked, then footnotes")
	f.BoolVar(&o.allWords, "all-words", false, "count everyday words (lead, account, deal) in any case and place")
}

func newScanCmd(a *app, runF func(*scanOptions) error) *cobra.Command {
	o := &scanOptions{app: a}
	cmd := &cobra.Command{
		Use:   "scan [FILE...]",
		Short: "Find the glossary's terms in a text",
		Long: `Read each FILE (standard input when there is none, or for "-") and find
every mention of a glossary term: names and aliases, multi-word ones too, as
plurals and possessives ("SQLs", "the customer's NPS"). Where names overlap,
the longest wins ("customer acquisition cost" over "customer").

By default each term found is listed once, in order of first mention, with
how often and where it was first mentioned and its one-line summary.
--define prints the full entries, --annotate the text with each mention
marked and numbered footnotes, --plain one mention per line (file, line,
column, offset, term, text) and --json the mentions and the entries.

Acronyms the glossary writes in capitals match only in capitals ("ARR", not
"arr"). A name that is one everyday word (lead, account, deal, case) counts
only where it is capitalised mid-sentence or part of a longer name, unless
--all-words. Binary files are skipped with a note. Exit status: 0 when
something was found, 1 when nothing was, 3 when a file could not be read.`,
		Example: `  gloss scan email.txt
  gloss scan --annotate email.txt
  git log -1 --format=%B | gloss scan
  gloss scan --json docs/*.md | jq -r '.mentions[] | "\(.file):\(.line) \(.term)"'`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.files = args
			return runOr(runF, runScan, o)
		},
	}
	o.flags(cmd)
	return cmd
}

// runScan scans every file in turn with one automaton, then reports.
func runScan(o *scanOptions) error {
	a, args := o.app, o.files
	if err := o.check(); err != nil {
		return err
	}
	e, err := a.load()
	if err != nil {
		return err
	}
	auto := scan.New(e.g) // once per run, after the glossary is loaded: never at start-up
	if len(args) == 0 {
		args = []string{"-"}
	}
	// Mentions are printed as they are found, each through the printer,
	// into a buffer that writes to stdout when full.
	out := bufio.NewWriterSize(a.io.Out, outBuffer)
	p := o.printer(e, render.NewPrinter(out, a.printer().Mode, a.style), out, len(args))
	var unreadable error
	for _, file := range args {
		err := o.scanFile(auto, file, p)
		var werr *render.WriteError
		switch {
		case errors.As(err, &werr):
			return err
		case errors.Is(err, scan.ErrBinary):
			a.note("%s: binary file skipped", quoteFile(file))
		case err != nil:
			a.note("%s", err)
			unreadable = &exitError{code: ExitGlossary}
		}
	}
	if err := p.finish(); err != nil {
		return err
	}
	if err := out.Flush(); err != nil {
		return &render.WriteError{Err: err}
	}
	switch {
	case unreadable != nil:
		return unreadable
	case p.count() == 0:
		a.note("no glossary term found")
		return errNoMatch
	}
	return nil
}

// check rejects flags that ask for two outputs at once.
func (o *scanOptions) check() error {
	a, n := o.app, 0
	for _, on := range []bool{o.define, o.annotate, a.json, a.plain} {
		if on {
			n++
		}
	}
	if n > 1 {
		return usageErrorf("scan: choose one of --define, --annotate, --json and --plain")
	}
	return nil
}

// scanFile scans one file, or standard input for "-".
func (o *scanOptions) scanFile(auto *scan.Automaton, file string, p printer) error {
	var r io.Reader = o.app.io.In
	if file != "-" {
		f, err := os.Open(file)
		if err != nil {
			return fmt.Errorf("cannot read %s: %w", quoteFile(file), unwrapPath(err))
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil && info.IsDir() {
			return fmt.Errorf("cannot read %s: is a directory", quoteFile(file))
		}
		r = f
	}
	if err := p.start(file); err != nil {
		return err
	}
	err := auto.Scan(r, scan.Options{AllWords: o.allWords}, p.handler(file))
	var werr *render.WriteError
	if err != nil && !errors.As(err, &werr) && !errors.Is(err, scan.ErrBinary) {
		return fmt.Errorf("cannot read %s: %w", quoteFile(file), errors.Unwrap(err))
	}
	return err
}

// outBuffer is how much output is gathered before it is written: mentions
// come by the thousand in a long log, and a write each would cost more
// than finding them.
const outBuffer = 64 << 10

// quoteFile names a file in a message; standard input is "stdin".
func quoteFile(file string) string {
	if file == "-" {
		return "stdin"
	}
	return fmt.Sprintf("%q", file)
}

// unwrapPath drops the operation and path of a *fs.PathError, which the
// message names already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
