package cli

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/load"
	"github.com/gloss-cli/gloss/internal/render"
)

// findingJSON is the JSON shape of one problem `gloss validate` found.
// Line and column are 0 when the problem is about the whole file.
type findingJSON struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Severity string `json:"severity"` // "error" or "warning"
	Message  string `json:"message"`
}

func newValidateCmd(a *app) *cobra.Command {
	var strict bool
	cmd := &cobra.Command{
		Use:   "validate [FILE...]",
		Short: "Check glossary files and report every problem",
		Long: `Check glossary files and print every problem found as file:line:column: message.

Each FILE is checked as if loaded with --glossary FILE, over the configured
sources, so related links may point at terms in the built-in glossary (unless
--no-builtin) or in other layers; only problems in the FILEs are reported.
With no FILE, every configured source except the built-in glossary is checked.

Errors (unknown keys, wrong types, missing fields, duplicate terms or aliases,
related links to no term, files that cannot be read) exit 3. Warnings (one-way
related links, very short definitions, an alias that is another term's name)
exit 0, or 3 with --strict.`,
		Example: `  gloss validate team.yaml
  gloss validate --strict --json glossaries/*.yaml
  gloss validate                # everything in glossary.d and GLOSS_PATH`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.validate(args, strict)
		},
	}
	cmd.Flags().BoolVar(&strict, "strict", false, "exit 3 on warnings too")
	return cmd
}

func (a *app) validate(args []string, strict bool) error {
	defer load.LimitMemory(a.io.Getenv)() // files of 100,000 terms are parsed and merged here too
	srcs, problems := load.Sources(a.config(), args...)
	var builtin *glossary.File
	if !a.noBuiltin {
		// From its YAML, not the compiled copy, so that a problem in a
		// merged term can tell the built-in glossary's lines from a file's.
		builtin, _ = glossary.Parse(data.Name, data.YAML)
	}
	files, more := load.ParseAll(srcs, builtin)
	_, merged := glossary.New(files...)
	problems = append(append(problems, more...), merged...)

	// With FILEs, report only their problems; without, everything but the
	// built-in glossary's, which is checked by its own tests.
	inScope := func(file string) bool {
		if len(args) == 0 {
			return file != data.Name
		}
		return slices.Contains(args, file)
	}
	var findings glossary.Problems
	others := 0
	for _, p := range problems {
		switch {
		case inScope(p.Pos.File):
			findings = append(findings, p)
		case !p.Warning && p.Pos.File != data.Name:
			others++
		}
	}
	order := map[string]int{}
	checked := 0
	for i, s := range srcs {
		order[s.Path] = i + 1 // problems with walking a directory, at 0, come first
		if inScope(s.Path) {
			checked++
		}
	}
	slices.SortStableFunc(findings, func(x, y glossary.Problem) int {
		return cmp.Or(cmp.Compare(order[x.Pos.File], order[y.Pos.File]),
			cmp.Compare(x.Pos.Line, y.Pos.Line), cmp.Compare(x.Pos.Col, y.Pos.Col))
	})
	if err := a.printFindings(findings); err != nil {
		return err
	}

	errs := len(findings.Errors())
	warns := len(findings) - errs
	switch {
	case checked == 0 && len(findings) == 0:
		a.note("no glossary files to check: name FILEs, or configure glossary.d or GLOSS_PATH")
	case len(findings) == 0:
		a.note("%s checked: no problems", plural(checked, "file"))
	default:
		a.note("%s checked: %s, %s", plural(checked, "file"), plural(errs, "error"), plural(warns, "warning"))
	}
	if others > 0 {
		a.note("also %s in other sources; 'gloss validate' with no FILE lists them", plural(others, "error"))
	}
	if errs > 0 || (strict && warns > 0) {
		return &exitError{code: ExitGlossary}
	}
	return nil
}

// printFindings writes the problems found in the chosen output mode.
func (a *app) printFindings(findings glossary.Problems) error {
	out := make([]findingJSON, len(findings))
	for i, p := range findings {
		out[i] = findingJSON{p.Pos.File, p.Pos.Line, p.Pos.Col, "error", p.Message}
		if p.Warning {
			out[i].Severity = "warning"
		}
	}
	switch {
	case a.json:
		return render.JSON(a.io.Out, out)
	case a.plain:
		for _, f := range out {
			render.Record(a.io.Out, f.File, strconv.Itoa(f.Line), strconv.Itoa(f.Column), f.Severity, f.Message)
		}
		return nil
	}
	for _, p := range findings {
		fmt.Fprintln(a.io.Out, render.Clean(p.String()))
	}
	return nil
}
