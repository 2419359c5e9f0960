package cli

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// testApp returns an app over the built-in glossary whose streams are
// buffers, set up as the root command would set it up.
func testApp(t *testing.T, out *bytes.Buffer) (*app, *bytes.Buffer) {
	t.Helper()
	var errs bytes.Buffer
	a := &app{io: &IO{Out: out, Err: &errs, In: strings.NewReader(""), Getenv: func(string) string { return "" }}, color: "never"}
	if err := a.setup(); err != nil {
		t.Fatal(err)
	}
	return a, &errs
}

// TestRunLookupInProcess runs lookup's logic from its options, without
// the process or cobra: what every command's options and run function are
// for.
func TestRunLookupInProcess(t *testing.T) {
	var out bytes.Buffer
	a, errs := testApp(t, &out)
	a.plain = true
	if err := runLookup(&lookupOptions{app: a, args: []string{"pipline"}}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "Sales pipeline\t") {
		t.Errorf("stdout %q, want the record of Sales pipeline", out.String())
	}
	if !strings.Contains(errs.String(), `showing "Sales pipeline" for "pipline"`) {
		t.Errorf("stderr %q lacks the note on the approximate match", errs.String())
	}
	if err := runLookup(&lookupOptions{app: a, args: []string{"zzqxv"}}); exitCode(err) != ExitNoMatch {
		t.Errorf("a miss returned %v, want the no-match exit", err)
	}
}

// TestNewLookupCmdOptions checks the command hands its flags and arguments
// to the run function it is given.
func TestNewLookupCmdOptions(t *testing.T) {
	var got *lookupOptions
	cmd := newLookupCmd(&app{io: &IO{}}, func(o *lookupOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"--all", "--exact", "net", "promoter"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got == nil || !got.all || !got.exact || strings.Join(got.args, " ") != "net promoter" {
		t.Errorf("options %+v, want --all, --exact and the two words", got)
	}
}

type fullWriter struct{}

func (fullWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestWriteErrorExit checks a failing stdout exits ExitWrite with one line
// naming the cause, in every output mode and on the quick path.
func TestWriteErrorExit(t *testing.T) {
	for _, args := range [][]string{{"nps"}, {"list"}, {"list", "--json"}, {"lookup", "--plain", "nps"}, {"categories"}, {"--help"}} {
		var errs bytes.Buffer
		code := Main(args, &IO{Out: fullWriter{}, Err: &errs, In: strings.NewReader(""), Getenv: func(string) string { return "" }})
		if code != ExitWrite || errs.String() != "gloss: cannot write results to stdout: no space left on device\n" {
			t.Errorf("gloss %q: exit %d, stderr %q; want %d and the cause", args, code, errs.String(), ExitWrite)
		}
	}
}

// TestRunFunctionsInProcess runs each command's logic from its options,
// in --plain, and checks the first record and the exit code.
func TestRunFunctionsInProcess(t *testing.T) {
	for _, tc := range []struct {
		name  string
		run   func(a *app) error
		first string // the start of stdout
		code  int
	}{
		{"list", func(a *app) error { return runList(&listOptions{app: a}) }, "360-degree customer view\t", ExitOK},
		{"list --category", func(a *app) error { return runList(&listOptions{app: a, only: true, category: "metrics"}) }, "Annual contract value\t", ExitOK},
		{"categories", func(a *app) error { return runCategories(&categoriesOptions{app: a}) }, "Analytics & reporting\t", ExitOK},
		{"search", func(a *app) error { return runSearch(&searchOptions{app: a, limit: 1, words: []string{"renewal"}}) }, "Renewal", ExitOK},
		{"search -n -1", func(a *app) error { return runSearch(&searchOptions{app: a, limit: -1, words: []string{"renewal"}}) }, "", ExitUsage},
		{"related", func(a *app) error {
			return runRelated(&relatedOptions{find: lookupOptions{app: a}, words: []string{"nps"}})
		}, "both\tCustomer satisfaction score\t", ExitOK},
		{"sources", func(a *app) error { return runSources(&sourcesOptions{app: a}) }, "built-in\tbuilt-in\t", ExitOK},
		{"validate", func(a *app) error { return runValidate(&validateOptions{app: a, files: []string{"no-such.yaml"}}) }, "no-such.yaml\t0\t0\terror\tunreadable file\t", ExitGlossary},
	} {
		var out bytes.Buffer
		a, _ := testApp(t, &out)
		a.plain = true
		err := tc.run(a)
		if code := codeOf(err); code != tc.code || !strings.HasPrefix(out.String(), tc.first) {
			t.Errorf("%s: exit %d, stdout %.80q; want %d and %q first", tc.name, code, out.String(), tc.code, tc.first)
		}
	}
}

// codeOf is the exit code of a run function's error.
func codeOf(err error) int {
	if err == nil {
		return ExitOK
	}
	return exitCode(err)
}
