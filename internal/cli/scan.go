package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/scan"
)

type scanOptions struct {
	app      *app
	define   bool
	annotate bool
	allWords bool
}

func (o *scanOptions) flags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.BoolVar(&o.define, "define", false, "print the full entry of each term found")
	f.BoolVar(&o.annotate, "annotate", false, "print the text with each mention marked, then footnotes")
	f.BoolVar(&o.allWords, "all-words", false, "count everyday words (lead, account, deal) in any case and place")
}

func newScanCmd(a *app) *cobra.Command {
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
		RunE: o.run,
	}
	o.flags(cmd)
	return cmd
}

// run scans every file in turn with one automaton, then reports.
func (o *scanOptions) run(cmd *cobra.Command, args []string) error {
	a := o.app
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
	out := bufio.NewWriterSize(a.io.Out, 64<<10)
	p := o.printer(e, out, len(args))
	var unreadable error
	for _, file := range args {
		err := o.scanFile(auto, file, p)
		var werr writeError
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
		return writeError{err}
	}
	if err := out.Flush(); err != nil {
		return writeError{err}
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
	p.start(file)
	h := p.handler(file)
	wrap := func(f func(scan.Mention) error) func(scan.Mention) error {
		return func(m scan.Mention) error {
			if err := f(m); err != nil {
				return writeError{err}
			}
			return nil
		}
	}
	h.Mention = wrap(h.Mention)
	if text := h.Text; text != nil {
		h.Text = func(b []byte) error {
			if err := text(b); err != nil {
				return writeError{err}
			}
			return nil
		}
	}
	err := auto.Scan(r, scan.Options{AllWords: o.allWords}, h)
	var werr writeError
	if err != nil && !errors.As(err, &werr) && !errors.Is(err, scan.ErrBinary) {
		return fmt.Errorf("cannot read %s: %w", quoteFile(file), errors.Unwrap(err))
	}
	return err
}

// writeError is a failure to write the output: the scan stops there.
type writeError struct{ err error }

func (e writeError) Error() string { return "write output: " + e.err.Error() }
func (e writeError) Unwrap() error { return e.err }

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
