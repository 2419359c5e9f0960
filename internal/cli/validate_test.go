package cli

import (
	"bytes"
	"strings"
	"testing"
)

// TestSampleGlossary checks that the sample team glossary the README
// points to validates cleanly over the built-in glossary, warnings and all.
func TestSampleGlossary(t *testing.T) {
	var out, errs bytes.Buffer
	ios := &IO{In: strings.NewReader(""), Out: &out, Err: &errs, Getenv: func(string) string { return "" }}
	if code := Main([]string{"validate", "--strict", "../../docs/examples/team-glossary.yaml"}, ios); code != ExitOK {
		t.Errorf("validate exited %d:\n%s%s", code, out.String(), errs.String())
	}
}
