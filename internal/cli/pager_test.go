package cli

import (
	"strings"
	"testing"
)

func TestTooTall(t *testing.T) {
	lines := func(n int, s string) []byte { return []byte(strings.Repeat(s+"\n", n)) }
	for _, c := range []struct {
		name          string
		text          []byte
		width, height int
		want          bool
	}{
		{"fits", lines(23, "short"), 80, 24, false},
		{"one row for the prompt", lines(24, "short"), 80, 24, true},
		{"long lines take several rows", lines(10, strings.Repeat("x", 200)), 80, 24, true},
		{"colour takes no room", lines(23, "\x1b[1mbold\x1b[0m"+strings.Repeat("x", 70)), 80, 24, false},
		{"wide characters take two columns", lines(12, strings.Repeat("顧", 41)), 80, 24, true},
		{"wide characters that fit", lines(12, strings.Repeat("顧", 40)), 80, 24, false},
		{"unknown height leaves it to the pager", lines(1, "short"), 80, 0, true},
		{"unknown width counts lines", lines(5, strings.Repeat("x", 500)), 0, 24, false},
	} {
		if got := tooTall(c.text, c.width, c.height); got != c.want {
			t.Errorf("%s: tooTall = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestPagerCommand(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{}, "less -FRX"},
		{map[string]string{"PAGER": "more"}, "more"},
		{map[string]string{"PAGER": "more", "GLOSS_PAGER": "most -s"}, "most -s"},
		{map[string]string{"PAGER": "more", "GLOSS_PAGER": "  "}, "more"},
		{map[string]string{"GLOSS_PAGER": "cat"}, ""},
		{map[string]string{"PAGER": " cat "}, ""},
	} {
		a := &app{io: &IO{Getenv: func(k string) string { return c.env[k] }}}
		if got := a.pagerCommand(); got != c.want {
			t.Errorf("%v: pager %q, want %q", c.env, got, c.want)
		}
	}
}
