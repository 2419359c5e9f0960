package glossary_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// capped builds a file from head, then item(i) for i = 0, 1, ... for as
// long as it stays under MaxFileSize, then tail.
func capped(head string, item func(i int) string, tail string) []byte {
	var b strings.Builder
	b.WriteString(head)
	for i := 0; ; i++ {
		s := item(i)
		if b.Len()+len(s)+len(tail) > glossary.MaxFileSize {
			break
		}
		b.WriteString(s)
	}
	b.WriteString(tail)
	return []byte(b.String())
}

// TestHostileShapes loads files at the size cap shaped to make a careless
// loader slow: a million tiny values, every value a problem, one term with
// a hundred thousand aliases, one term related to every other. Each must
// load (or fail) within seconds, which a quadratic step would not.
func TestHostileShapes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 2 MiB files")
	}
	lower := parse(t, "lower.yaml", "terms:\n  - {term: Lead, aliases: [prospect], category: C, definition: d, related: [Deal]}\n  - {term: Deal, category: C, definition: d, related: [Lead]}\n")
	tests := []struct {
		name string
		data []byte
		want string // in the first problem, or "" for none
	}{
		{"tiny values", capped("terms: [", func(int) string { return "a," }, "a]"), "a term should be a mapping"},
		{"deep nesting", []byte("terms: " + strings.Repeat("[", 20000) + strings.Repeat("]", 20000)), "exceeded max depth"},
		{"deep mappings", capped("terms: ", func(int) string { return "{a: " }, ""), "not valid YAML"},
		{"many aliases", capped("terms:\n  - term: Lead\n    aliases: [", func(i int) string { return fmt.Sprintf("a%d, ", i) }, "z]\n"), ""},
		{"many related", capped("terms:\n", func(i int) string {
			return fmt.Sprintf("  - {term: t%d, category: C, definition: d, related: [Lead]}\n", i)
		}, ""), ""},
		{"related to all", capped("terms:\n  - term: Hub\n    category: C\n    definition: d\n    related: [", func(i int) string {
			return "Lead, Deal, Hub, "
		}, "Lead]\n"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			f, problems := glossary.Parse("hostile.yaml", tt.data)
			if problems.Err() == nil {
				g, more := glossary.New(lower, f)
				problems = append(problems, more...)
				for _, term := range g.All() {
					g.Related(term)
					g.LinkedFrom(term)
				}
			}
			if d := time.Since(start); d > 30*time.Second { // about 1 s unloaded; quadratic would be hours
				t.Errorf("took %v for %d bytes", d, len(tt.data))
			}
			if len(problems) > len(tt.data)/4 { // Parse stops at MaxProblems; New finds at most one a name
				t.Errorf("%d problems from %d bytes", len(problems), len(tt.data))
			}
			if err := problems.Err(); (err == nil) != (tt.want == "") || (err != nil && !strings.Contains(err.Error(), tt.want)) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
}

// TestParseStopsAtMaxProblems checks that a file of nothing but mistakes
// reports MaxProblems of them and then says it stopped.
func TestParseStopsAtMaxProblems(t *testing.T) {
	data := "terms: [" + strings.Repeat("1, ", glossary.MaxProblems+500) + "1]"
	_, problems := glossary.Parse("many.yaml", []byte(data))
	if len(problems) != glossary.MaxProblems+1 {
		t.Fatalf("%d problems, want %d", len(problems), glossary.MaxProblems+1)
	}
	if last := problems[len(problems)-1].String(); last != fmt.Sprintf("many.yaml: too many problems; stopped after %d", glossary.MaxProblems) {
		t.Errorf("last problem %q", last)
	}
}
