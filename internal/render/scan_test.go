package render

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestPassage(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain\ttext\nand more", "plain\ttext\nand more"},
		{"crlf\r\nline", "crlf\nline"},
		{"\x1b[31mred\x1b[0m\tok\n", `\x1b[31mred\x1b[0m` + "\tok\n"},
		{"bidi \u202e here\n", `bidi \u202e here` + "\n"},
		{"bad \xff byte", `bad \xff byte`},
	} {
		var b strings.Builder
		Passage(&b, []byte(c.in))
		if b.String() != c.want {
			t.Errorf("Passage(%q) = %q, want %q", c.in, b.String(), c.want)
		}
	}
}

func TestMentionStream(t *testing.T) {
	for _, n := range []int{0, 1, 3} {
		var b strings.Builder
		s := NewMentionStream(&b)
		for i := range n {
			if err := s.Mention(MentionJSON{Term: "ARR", Text: "ARR\x1b", File: "-", Line: i + 1, Column: 1}); err != nil {
				t.Fatal(err)
			}
		}
		var terms []TermJSON
		if n > 0 {
			terms = []TermJSON{{Term: "ARR", Aliases: []string{}, Related: []string{}}}
		}
		if err := s.Close(terms); err != nil {
			t.Fatal(err)
		}
		var v struct {
			Mentions []MentionJSON `json:"mentions"`
			Terms    []TermJSON    `json:"terms"`
		}
		if err := json.Unmarshal([]byte(b.String()), &v); err != nil || len(v.Mentions) != n || len(v.Terms) != min(n, 1) {
			t.Errorf("%d mentions: %v, %d mentions and %d terms read back from\n%s", n, err, len(v.Mentions), len(v.Terms), b.String())
		}
		if strings.Contains(b.String(), "\x1b") {
			t.Errorf("a raw escape in %q", b.String())
		}
	}
}
