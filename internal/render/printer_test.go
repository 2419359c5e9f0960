package render

import (
	"bytes"
	"errors"
	"io"
	"testing"
)

type failingWriter struct{ err error }

func (f failingWriter) Write([]byte) (int, error) { return 0, f.err }

// TestPrinterModes checks that a view prints its part for each mode, and
// that a failing write is returned as a *WriteError wrapping the cause.
func TestPrinterModes(t *testing.T) {
	v := View{
		JSON:  func() any { return map[string]int{"a": 1} },
		Plain: func(rec func(...string)) { rec("x\ty", "z"); rec("2") },
		Text:  func(w io.Writer, s Style) { io.WriteString(w, "text\n") },
	}
	for _, tc := range []struct {
		mode  Mode
		lines bool
		want  string
	}{
		{ModeText, false, "text\n"},
		{ModePlain, false, "x\\ty\tz\n2\n"},
		{ModeJSON, false, "{\n  \"a\": 1\n}\n"},
		{ModeJSON, true, "{\"a\":1}\n"},
	} {
		var b bytes.Buffer
		v.Lines = tc.lines
		if err := NewPrinter(&b, tc.mode, Style{}).Print(v); err != nil {
			t.Fatalf("mode %d: %v", tc.mode, err)
		}
		if b.String() != tc.want {
			t.Errorf("mode %d, lines %v: got %q, want %q", tc.mode, tc.lines, b.String(), tc.want)
		}
	}
	cause := errors.New("disk full")
	for _, mode := range []Mode{ModeText, ModePlain, ModeJSON} {
		err := NewPrinter(failingWriter{cause}, mode, Style{}).Print(v)
		var we *WriteError
		if !errors.As(err, &we) || !errors.Is(err, cause) {
			t.Errorf("mode %d: a failing write returned %v, want a *WriteError wrapping it", mode, err)
		}
	}
	// A view with nothing for the mode writes nothing, so it cannot fail.
	if err := NewPrinter(failingWriter{cause}, ModeText, Style{}).Print(View{JSON: func() any { return 1 }}); err != nil {
		t.Errorf("an empty text view: %v", err)
	}
}

// TestScoreSameInEveryMode checks a score shows the same digits in text
// and --plain as in JSON, also where rounding and formatting used to
// disagree.
func TestScoreSameInEveryMode(t *testing.T) {
	for _, tc := range []struct {
		score float64
		want  string
	}{{0.7875, "0.788"}, {0.99, "0.990"}, {1, "1.000"}, {0.2445, "0.245"}, {0.0005, "0.001"}} {
		if got := Score(tc.score); got != tc.want {
			t.Errorf("Score(%v) = %s, want %s", tc.score, got, tc.want)
		}
		if got, want := round3(tc.score), tc.want; Score(got) != want {
			t.Errorf("JSON's %v does not print as %s", got, want)
		}
	}
}
