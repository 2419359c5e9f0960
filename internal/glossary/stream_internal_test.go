package glossary

import (
	"fmt"
	"strings"
	"testing"
)

// TestParseStreamValueLimit checks a file with more names and texts than
// the limit is refused, at the entries that pass it, rather than kept.
func TestParseStreamValueLimit(t *testing.T) {
	defer func(n int) { valueLimit = n }(valueLimit)
	valueLimit = 1000
	var b strings.Builder
	b.WriteString("terms:\n")
	for i := range 200 {
		fmt.Fprintf(&b, "  - term: T%d\n    aliases: [a%d, b%d, c%d]\n", i, i, i, i)
	}
	f, problems := ParseStream("f.yaml", strings.NewReader(b.String()))
	if len(problems) != 1 || !strings.Contains(problems[0].String(), "more than 1000 names, texts, aliases and related names") || len(f.Terms) != 0 {
		t.Errorf("got %d terms and %v, want none and the limit", len(f.Terms), problems)
	}
	if problems[0].Pos.Line < 2 {
		t.Errorf("problem at line %d, want the entries that pass the limit", problems[0].Pos.Line)
	}
}
