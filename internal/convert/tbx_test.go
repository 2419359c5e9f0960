package convert

import (
	"strings"
	"testing"
)

// TestTBXHostile checks TBX files built to cost memory or time are refused
// with an error at a line, not read.
func TestTBXHostile(t *testing.T) {
	head := `<martif type="TBX-Basic" xml:lang="en"><text><body>`
	entry := func(inner string) string {
		return head + `<termEntry id="x"><langSet xml:lang="en">` + inner + `</langSet></termEntry></body></text></martif>`
	}
	for _, tc := range []struct {
		name, src, want string
	}{
		{"deep outside an entry", head + strings.Repeat("<x>", 100_000), "nested over 32 deep"},
		{"deep in an entry", entry(strings.Repeat("<tig>", 100_000)), "nested over 32 deep"},
		{"many elements", entry(strings.Repeat("<tig><term>a</term></tig>", maxNodes)), "over 10000 elements"},
		{"a huge text", entry(`<descrip type="definition">` + strings.Repeat("lol ", 100_000) + `</descrip>`), "over 256 KiB of text"},
		{"invalid UTF-8", entry("<tig><term>\xff</term></tig>"), "invalid UTF-8"},
		{"an entity bomb", `<!DOCTYPE m [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>` + entry("&b;"), "DTDs and entity declarations are refused"},
	} {
		res, problems := importString(t, "tbx", tc.src, Options{})
		if res != nil || problems.Err() == nil {
			t.Errorf("%s: imported", tc.name)
			continue
		}
		if msg := problems[0].String(); !strings.Contains(msg, tc.want) || problems[0].Pos.Line == 0 {
			t.Errorf("%s: %q, want %q at a line", tc.name, msg, tc.want)
		}
	}
}
