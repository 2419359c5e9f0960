package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// hostileYAML is a glossary whose text carries every kind of terminal
// control: colour, cursor movement and screen clearing, OSC 52 clipboard
// writes, window titles and hyperlinks, C1 controls, carriage returns,
// bidi overrides, DEL and NUL. YAML escapes put them in the values raw.
const hostileYAML = `terms:
  - term: Evil
    aliases: [evil alias, Ünïcödé ﬁ]
    category: Hostile
    definition: "Colour \e[31mred\e[0m, cursor \e[2J\e[H, clipboard \e]52;c;cm0gLXJmIH4=\a, title \e]0;pwned\e\\, C1 \x9b31m \u009d0;t\u009c, CR \rOVERWRITE, bidi \u202eevil\u202c \u2066iso\u2069 \u200f, DEL \x7f, \0 \x01\x02, tab\there, new\nline."
    formula: "\e[5mblink\e[0m = \u202e1 + 1"
    example: "\u061c\r\n\e[1A\e[Kup a line"
    related: [Victim]
  - term: Victim
    category: Hostile
    definition: "\e]8;;http://evil.example\e\\a hyperlink\e]8;;\e\\ in a definition long enough not to draw a warning."
    related: [Evil]
`

// hostileQueries are queries that carry controls themselves, for the
// messages that echo a query back.
var hostileQueries = []string{"\x1b]52;c;aGk=\x07nothing", "\u202eevil", "ev\x9bil", "\xff\xfeinvalid", "\r\x1b[2Knps"}

// sgr matches the colour sequences gloss itself writes with --color always.
var sgr = regexp.MustCompile(`\x1b\[[0-9;]*m`)

// TestNoRawControls runs every command in every output mode over a
// glossary full of terminal controls, and with queries full of them, and
// checks that stdout and stderr hold none raw: in text and --plain they are
// shown as escapes such as \x1b, in --json as \u001b.
func TestNoRawControls(t *testing.T) {
	dir := t.TempDir()
	// The file name carries controls too: it is printed by sources,
	// validate and error messages.
	file := filepath.Join(dir, "team\x1b[2J\u202e.yaml")
	if err := os.WriteFile(file, []byte(hostileYAML), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad\x1b]0;title\x07.yaml")
	if err := os.WriteFile(bad, []byte("terms:\n  - term: \"Bad\\e[31m\"\n    colour: \"\\e[2J\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir) // so that a command that writes files writes them here

	var runs [][]string
	root := (&app{io: &IO{}}).newRoot()
	for _, c := range append(root.Commands(), root) {
		name := strings.Fields(c.Use)[0]
		if c == root {
			name = ""
		}
		for _, args := range [][]string{{}, {"evil"}, {"Victim"}, {"-"}, hostileQueries[:1], hostileQueries[1:2], hostileQueries[2:3], hostileQueries[3:4], hostileQueries[4:]} {
			runs = append(runs, append(strings.Fields(name), args...))
		}
		for _, sub := range c.Commands() {
			runs = append(runs, []string{name, strings.Fields(sub.Use)[0]})
		}
	}
	runs = append(runs, []string{"validate", file, bad}, []string{"--glossary", bad, "evil"})

	checked := 0
	for _, mode := range [][]string{{"--color", "never"}, {"--color", "always"}, {"--plain"}, {"--json"}} {
		for _, run := range runs {
			args := append(append([]string{"--glossary", file}, mode...), run...)
			var out, errs bytes.Buffer
			ios := &IO{
				In:  strings.NewReader(strings.Join(append([]string{"evil", "victim"}, hostileQueries...), "\n")),
				Out: &out, Err: &errs,
				Getenv: func(k string) string {
					return map[string]string{"HOME": dir, "XDG_CONFIG_HOME": dir, "PAGER": "cat", "TERM": "xterm", "EDITOR": "true"}[k] // new and edit open an editor that changes nothing
				},
			}
			Main(args, ios)
			for stream, b := range map[string][]byte{"stdout": out.Bytes(), "stderr": errs.Bytes()} {
				text := string(b)
				if mode[0] == "--color" && mode[1] == "always" {
					text = sgr.ReplaceAllString(text, "")
				}
				if !utf8.ValidString(text) {
					t.Errorf("gloss %q: invalid UTF-8 in %s (a stray byte like 0x9b is a C1 control to some terminals):\n%q", args, stream, b)
				}
				if i := strings.IndexFunc(text, raw); i >= 0 {
					t.Errorf("gloss %q: raw %q in %s at %d:\n%s", args, []rune(text[i:])[0], stream, i, b)
				}
			}
			if strings.Contains(out.String(), `clipboard \x1b]52;c;`) || strings.Contains(out.String(), `clipboard \u001b]52;c;`) {
				checked++
			}
		}
	}
	if checked < 8 {
		t.Errorf("the hostile definition was shown only %d times; is the test still looking it up?", checked)
	}
}

// raw reports a character that a terminal may act on rather than show:
// any control but newline and tab, and the bidi formatting characters.
func raw(r rune) bool {
	if r == '\n' || r == '\t' {
		return false
	}
	return unicode.IsControl(r) || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) ||
		r == 0x200E || r == 0x200F || r == 0x061C
}
