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
