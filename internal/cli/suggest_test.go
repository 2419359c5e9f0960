package cli

import "testing"

func TestClosest(t *testing.T) {
	names := []string{"json", "plain", "color", "width", "exact", "all", "category", "no-pager"}
	for _, c := range []struct{ typed, want string }{
		{"jsno", "json"},    // a swap of neighbours is one edit
		{"colour", "color"}, // British spelling
		{"categroy", "category"},
		{"widht", "width"},
		{"ex", "exact"},    // a prefix
		{"PLAIN", "plain"}, // case
		{"nopager", "no-pager"},
		{"zzz", ""}, // nothing close
		{"a", ""},   // one letter is a prefix of too much to guess
	} {
		if got := closest(c.typed, names); got != c.want {
			t.Errorf("closest(%q) = %q, want %q", c.typed, got, c.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"abc", "abc", 0}, {"abc", "acb", 1}, {"abc", "ab", 1},
		{"", "abc", 3}, {"kitten", "sitting", 3}, {"café", "cafe", 1},
	} {
		if got := editDistance(c.a, c.b); got != c.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}
