package glossary_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/synth"
)

// TestLoadFileSizes checks which files LoadFile takes: any YAML up to
// MaxFileSize, block lists beyond it up to MaxStreamSize, nothing larger.
func TestLoadFileSizes(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	var big bytes.Buffer
	if err := synth.Write(&big, 5000, 1); err != nil {
		t.Fatal(err)
	}
	if big.Len() <= glossary.MaxFileSize {
		t.Fatalf("synthetic file of %d bytes is not over MaxFileSize", big.Len())
	}
	flow := append([]byte("terms: ["), bytes.Repeat([]byte("{term: A}, "), glossary.MaxFileSize/10)...)
	huge := write("huge.yaml", nil)
	if err := os.Truncate(huge, glossary.MaxStreamSize+1); err != nil { // sparse: nothing is written
		t.Fatal(err)
	}
	tests := []struct {
		path  string
		terms int
		want  string
	}{
		{write("big.yaml", big.Bytes()), 5000, ""},
		{write("flow.yaml", append(flow, ']')), 0, `flow.yaml:1:1: a glossary over 2 MiB must be a block list of terms ("terms:", then "- term:" entries): this line is longer than 256 KiB`},
		{huge, 0, "huge.yaml: file is larger than the 128 MiB limit"},
	}
	for _, tt := range tests {
		f, problems := glossary.LoadFile(tt.path)
		switch {
		case tt.want == "" && len(problems) > 0:
			t.Errorf("%s: %v", tt.path, problems[0])
		case tt.want != "" && (len(problems) == 0 || !strings.Contains(problems[0].String(), tt.want)):
			t.Errorf("%s: got %v, want %q", tt.path, problems, tt.want)
		case len(f.Terms) != tt.terms:
			t.Errorf("%s: %d terms, want %d", tt.path, len(f.Terms), tt.terms)
		}
	}
}
