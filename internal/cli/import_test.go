package cli

import (
	"bytes"
	"strings"
	"testing"
)

// TestNewImportCmdOptions checks the command hands its flags and arguments
// to the run function it is given.
func TestNewImportCmdOptions(t *testing.T) {
	var got *importOptions
	cmd := newImportCmd(&app{io: &IO{}}, func(o *importOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"--merge", "senses", "--map", "term=Name", "-o", "out.yaml", "csv", "in.csv"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got == nil || got.format != "csv" || got.file != "in.csv" || got.merge != "senses" || got.output != "out.yaml" || len(got.maps) != 1 {
		t.Errorf("options %+v, want csv, in.csv, --merge senses, -o out.yaml and one --map", got)
	}
}

// TestRunImport runs the command's logic on stdin: the YAML on stdout, the
// summary on stderr, and a usage error for an unknown strategy.
func TestRunImport(t *testing.T) {
	var out, errs bytes.Buffer
	a := &app{io: &IO{In: strings.NewReader("Term,Definition\nQuote,A priced offer.\n"), Out: &out, Err: &errs}}
	if err := runImport(&importOptions{app: a, format: "csv", file: "-", merge: "error"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "  - term: Quote\n") || !strings.Contains(errs.String(), "imported 1 term from -") {
		t.Errorf("stdout %q, stderr %q", out.String(), errs.String())
	}
	if err := runImport(&importOptions{app: a, format: "csv", file: "-", merge: "maybe"}); exitCode(err) != ExitUsage {
		t.Errorf("--merge maybe returned %v, want a usage error", err)
	}
}
