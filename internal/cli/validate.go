package cli

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/load"
	"github.com/gloss-cli/gloss/internal/render"
)

// findingJSON is the JSON shape of one problem `gloss validate` found.
// Line and column are 0 when the problem is about the whole file.
type findingJSON struct {
	File     string        `json:"file"`
	Line     int           `json:"line"`
	Column   int           `json:"column"`
	Severity string        `json:"severity"` // "error" or "warning"
	Kind     glossary.Kind `json:"kind"`
	Message  string        `json:"message"`
}

// validateOptions is what `gloss validate` runs with.
type validateOptions struct {
	app        *app
	files      []string // the FILEs to check; none for every configured source
	strict     bool     // warnings fail too
	errorsOnly bool     // leave warnings out of the report
}

func newValidateCmd(a *app, runF func(*validateOptions) error) *cobra.Command {
	o := &validateOptions{app: a}
	cmd := &cobra.Command{
		Use:   "validate [FILE...]",
		Short: "Check glossary files and report every problem",
		Long: `Check glossary files and print every problem found as file:line:column: message.

Each FILE is checked on its own, as if loaded with --glossary FILE over the
configured sources (the built-in glossary unless --no-builtin, glossary.d,
GLOSS_PATH), so related links may point at terms there, and each FILE's
findings are the same whatever other FILEs are named and in whatever order.
Findings are listed by file name, then line. With no FILE, every configured
source except the built-in glossary is checked, as the layers load.

A summary on stderr counts the errors and warnings of each kind.
--errors-only leaves warnings out of the report and the counts.

Errors (unknown keys, wrong types, missing fields, duplicate terms or aliases,
related links to no term, files that cannot be read) exit 3. Warnings (one-way
related links, very short definitions, an alias that is another term's name)
exit 0, or 3 with --strict.`,
		Example: `  gloss validate team.yaml
  gloss validate --strict --json glossaries/*.yaml
  gloss validate --errors-only big-dictionary.yaml
  gloss validate                # everything in glossary.d and GLOSS_PATH`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.files = args
			return runOr(runF, runValidate, o)
		},
	}
	cmd.Flags().BoolVar(&o.strict, "strict", false, "exit 3 on warnings too")
	cmd.Flags().BoolVar(&o.errorsOnly, "errors-only", false, "report errors only, not warnings")
	return cmd
}

func runValidate(o *validateOptions) error {
	a := o.app
	defer load.LimitMemory(a.io.Getenv)() // files of 100,000 terms are parsed and merged here too
	c := a.newChecker()
	var findings glossary.Problems
	checked, others := 0, 0
	if len(o.files) == 0 {
		findings, checked = c.all()
	} else {
		findings, others, checked = c.each(a, o.files)
	}
	if o.errorsOnly {
		findings = findings.Errors()
	}
	if err := a.printer().Print(findingsView(findings)); err != nil {
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
		for _, line := range kindCounts(findings) {
			fmt.Fprintln(a.io.Err, line)
		}
	}
	if others > 0 {
		a.note("also %s in other sources; 'gloss validate' with no FILE lists them", plural(others, "error"))
	}
	if errs > 0 || (o.strict && warns > 0) {
		return &exitError{code: ExitGlossary}
	}
	return nil
}

// findingsView is validate's report: a line a problem, "file:line:col:
// message" in text.
func findingsView(findings glossary.Problems) render.View {
	out := make([]findingJSON, len(findings))
	for i, p := range findings {
		out[i] = findingJSON{p.Pos.File, p.Pos.Line, p.Pos.Col, "error", kindOf(p), p.Message}
		if p.Warning {
			out[i].Severity = "warning"
		}
	}
	return render.View{
		JSON: func() any { return out },
		Plain: func(rec func(...string)) {
			for _, f := range out {
				rec(f.File, strconv.Itoa(f.Line), strconv.Itoa(f.Column), f.Severity, string(f.Kind), f.Message)
			}
		},
		Text: func(w io.Writer, _ render.Style) {
			for _, p := range findings {
				fmt.Fprintln(w, render.Clean(p.String()))
			}
		},
	}
}

// kindOf is p's kind; a problem made without one is about the file's form.
func kindOf(p glossary.Problem) glossary.Kind {
	return cmp.Or(p.Kind, glossary.KindFormat)
}

// kindCounts counts findings of each kind, a line for errors and one for
// warnings, the commonest kind first, so that 320 duplicate terms stand
// out among 36,000 one-way links: "  errors: 2 related to no term, 1 wrong
// type".
func kindCounts(findings glossary.Problems) []string {
	var lines []string
	for _, warnings := range []bool{false, true} {
		n := map[glossary.Kind]int{}
		for _, p := range findings {
			if p.Warning == warnings {
				n[kindOf(p)]++
			}
		}
		kinds := slices.Collect(maps.Keys(n))
		slices.SortFunc(kinds, func(x, y glossary.Kind) int { return cmp.Or(cmp.Compare(n[y], n[x]), cmp.Compare(x, y)) })
		parts := make([]string, len(kinds))
		for i, k := range kinds {
			parts[i] = fmt.Sprintf("%d %s", n[k], k)
		}
		if len(parts) > 0 {
			lines = append(lines, map[bool]string{false: "  errors: ", true: "  warnings: "}[warnings]+strings.Join(parts, ", "))
		}
	}
	return lines
}
