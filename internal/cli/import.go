package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/convert"
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/render"
)

// maxWarnings is how many warnings import prints one by one: enough to
// see what kind of thing was left out, few enough that a dictionary with
// thousands of dangling cross references does not bury the summary,
// which counts them all.
const maxWarnings = 20

// importOptions is everything `gloss import` needs to run, so a test can
// run its logic (runImport) without the process or cobra.
type importOptions struct {
	app      *app
	format   string
	file     string
	output   string
	merge    string
	maps     []string
	lang     string
	category string
}

// newImportCmd returns `gloss import`; it calls runF with the options
// when it runs (runImport when runF is nil).
func newImportCmd(a *app, runF func(*importOptions) error) *cobra.Command {
	o := &importOptions{app: a}
	cmd := &cobra.Command{
		Use:   "import FORMAT FILE",
		Short: "Convert a glossary from another format to gloss YAML",
		Long: `Convert a glossary from another format into gloss YAML, on stdout or into
the file given with -o. FORMAT is one of:

  csv, tsv  a spreadsheet: a header row, then a term a row. Columns are read
            by name (term or name, definition or description, aliases or
            synonyms or abbreviation, category, related or see also, example,
            formula); --map names others. Lists in a cell split at ; or |.
  json      what gloss prints with --json (list, search, lookup, lookup -).
  dictd     a dictd dictionary: FILE is its .index, beside its .dict or
            .dict.dz; {cross references} become related terms.
  tbx       a TBX termbase, TBX-Basic v2 (martif) or v3 (tbx); --lang picks
            the language.

The YAML is parsed again as gloss will load it before it is written. Every
problem is reported as FILE:line: message, in the source's own terms (a row
and column, an element, a headword); with any error nothing is written and
gloss exits 3. A headword given twice is an error unless --merge says what to
do: "senses" numbers the definitions in one entry, "qualify" keeps separate
entries named "Term (Category)" or "Term (2)". Related names and aliases that
name no other entry are left out, with a warning.`,
		Example: `  gloss import csv glossary.csv -o ~/.config/gloss/glossary.d/team.yaml
  gloss import csv --map term=Name,definition=Notes export.csv
  gloss import dictd --merge senses /usr/share/dictd/foldoc.index -o foldoc.yaml
  gloss import tbx --lang de termbase.tbx
  gloss list --json | gloss import json - > all.yaml`,
		Args: cobra.ExactArgs(2),
		ValidArgsFunction: func(cmd *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			if len(args) == 0 {
				return convert.Formats(), cobra.ShellCompDirectiveNoFileComp
			}
			return nil, cobra.ShellCompDirectiveDefault
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			o.format, o.file = args[0], args[1]
			return runOr(runF, runImport, o)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&o.output, "output", "o", "", "write the glossary to `FILE` (replaced only when all is well) instead of stdout")
	f.StringVar(&o.merge, "merge", "error", "what to do with a repeated headword: `HOW` is error, senses or qualify")
	f.StringArrayVar(&o.maps, "map", nil, "read spreadsheet column COLUMN into gloss FIELD: `FIELD=COLUMN`[,...] (csv, tsv)")
	f.StringVar(&o.lang, "lang", "", "the `LANGUAGE` to import from a multilingual source (tbx); default its own")
	f.StringVar(&o.category, "default-category", "", "the `CATEGORY` of entries the source files under none (default: the file's base name)")
	cmd.RegisterFlagCompletionFunc("merge", cobra.FixedCompletions(convert.Merges, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// runImport converts the file and writes the glossary.
func runImport(o *importOptions) error {
	a := o.app
	format, file := o.format, o.file
	if !slices.Contains(convert.Formats(), format) {
		return usageErrorf("import: unknown format %q (want %s)", format, strings.Join(convert.Formats(), ", "))
	}
	merge, err := convert.ParseMerge(o.merge)
	if err != nil {
		return usageErrorf("--merge: %v", err)
	}
	maps, err := convert.ParseMap(o.maps)
	if err != nil {
		return usageErrorf("%v", err)
	}
	if strings.IndexFunc(o.category, func(r rune) bool { return r < ' ' || r == 0x7f }) >= 0 {
		return usageErrorf("--default-category %q contains a control character", o.category)
	}
	prog := &convert.Progress{}
	p := a.startProgress("importing " + quoteFile(file)).showing(func(seconds int) string {
		if n := prog.Checking.Load(); n > 0 {
			return "checking " + plural(int(n), "term")
		}
		if n := prog.Writing.Load(); n > 0 {
			return "writing " + plural(int(n), "term")
		}
		if n := prog.Merging.Load(); n > 0 {
			return fmt.Sprintf("merging %d entries", n)
		}
		return bytesStatus(prog.Read.Load(), prog.Size.Load(), seconds, "read")
	})
	res, problems := convert.Import(format, file, convert.Options{
		Merge: merge, Map: maps, Lang: o.lang, Category: o.category, Stdin: a.io.In, Progress: prog,
	})
	p.stop()
	if res == nil {
		a.printProblems(problems, len(problems), 0)
		a.note("%s: %s; nothing written", file, plural(len(problems.Errors()), "error"))
		return &exitError{code: ExitGlossary}
	}
	a.printProblems(res.Warnings, maxWarnings, res.Unlisted)
	if err := o.app.writeFile(o.output, res.YAML); err != nil {
		return err
	}
	summary := fmt.Sprintf("imported %s from %s", plural(res.Terms, "term"), file)
	if o.output != "" {
		summary += " into " + o.output
	}
	if len(res.Notes) > 0 {
		summary += " (" + strings.Join(res.Notes, "; ") + ")"
	}
	a.note("%s", summary)
	return nil
}

// printProblems prints the first most of problems on stderr, one a line,
// and how many more there were, with the unlisted ones not kept.
func (a *app) printProblems(problems glossary.Problems, most, unlisted int) {
	for i, p := range problems {
		if i == most {
			break
		}
		fmt.Fprintln(a.io.Err, render.Clean(p.String()))
	}
	if more := max(0, len(problems)-most) + unlisted; more > 0 {
		a.note("%s more; the summary below counts them", plural(more, "warning"))
	}
}

// writeFile puts data on stdout (output ""), or into the file output through a temporary
// file beside it, so a failed write never leaves half a glossary. Either
// failing exits ExitWrite (Main says why for stdout).
func (a *app) writeFile(output string, data []byte) error {
	if output == "" {
		_, err := a.io.Out.Write(data)
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(output), ".gloss-import-*")
	if err != nil {
		return &exitError{ExitWrite, fmt.Errorf("writing %s: %w", output, err)}
	}
	defer os.Remove(tmp.Name()) // gone once renamed; removes it on every failure
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), output)
	}
	if err != nil {
		return &exitError{ExitWrite, fmt.Errorf("writing %s: %w", output, err)}
	}
	return nil
}
