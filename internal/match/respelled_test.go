package match

import (
	"strings"
	"testing"
)

// TestRespelledIsNotAPrefix checks that a known short form at the end of a
// query is read as its long form, never as the start of a name word, when
// names are compared word by word (typos and word prefixes), while other
// words may still be starts.
func TestRespelledIsNotAPrefix(t *testing.T) {
	split := func(s string) ([]string, []string) {
		w := strings.Fields(s)
		return w, stems(w)
	}
	for _, c := range []struct {
		query, name string
		want        bool
	}{
		{"sales rep", "sales reporting", false},
		{"customer rep", "custom report", false},
		{"sales rev", "sales review", false},
		{"sales repo", "sales reporting", true},
		{"sales reporting", "sales reporting", true},
		{"sales rev", "sales revenue", true}, // the long form itself
	} {
		qw, qs := split(c.query)
		ew, es := split(c.name)
		_, typo := wordEdits(qw, qs, ew, es)
		_, prefix := wordPrefix(qw, qs, ew, es)
		if got := typo || prefix; got != c.want {
			t.Errorf("%q against %q: typo %v, word prefix %v; want a match %v", c.query, c.name, typo, prefix, c.want)
		}
	}
}
