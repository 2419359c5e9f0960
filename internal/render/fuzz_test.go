package render_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/gloss-cli/gloss/internal/render"
)

// inert reports whether a terminal only displays r: no C0, DEL or C1
// control, no bidirectional formatting character.
func inert(r rune) bool {
	bidi := (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x200E || r == 0x200F || r == 0x061C
	return !unicode.IsControl(r) && !bidi
}

// FuzzClean checks the sanitisers on arbitrary text: their output is valid
// UTF-8 that a terminal only displays, Clean is idempotent, and Field
// loses nothing (its escapes can be undone). Seeds are in
// testdata/fuzz/FuzzClean.
func FuzzClean(f *testing.F) {
	f.Add("plain text")
	f.Fuzz(func(t *testing.T, s string) {
		c, fd := render.Clean(s), render.Field(s)
		for _, out := range []string{c, fd} {
			if !utf8.ValidString(out) {
				t.Fatalf("%q sanitised to invalid UTF-8 %q", s, out)
			}
			if i := strings.IndexFunc(out, func(r rune) bool { return !inert(r) }); i >= 0 {
				t.Fatalf("%q sanitised to %q, with a raw %q at %d", s, out, out[i:], i)
			}
		}
		if cc := render.Clean(c); cc != c {
			t.Fatalf("Clean not idempotent: %q -> %q -> %q", s, c, cc)
		}
		if utf8.ValidString(s) {
			if back, err := unescapeField(fd); err != nil || back != s {
				t.Fatalf("Field(%q) = %q, which reads back as %q (%v)", s, fd, back, err)
			}
		}
	})
}

// unescapeField undoes Field for valid UTF-8 input.
func unescapeField(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		if i+1 >= len(s) {
			return "", strconv.ErrSyntax
		}
		i++
		switch s[i] {
		case '\\':
			b.WriteByte('\\')
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 'x', 'u':
			n := 2
			if s[i] == 'u' {
				n = 4
			}
			if i+n >= len(s) {
				return "", strconv.ErrSyntax
			}
			r, err := strconv.ParseUint(s[i+1:i+1+n], 16, 32)
			if err != nil {
				return "", err
			}
			b.WriteRune(rune(r))
			i += n
		default:
			return "", strconv.ErrSyntax
		}
	}
	return b.String(), nil
}

// FuzzJSON checks the JSON writers on arbitrary text: the output is valid
// JSON meaning the same as encoding/json's, and holds no raw control or
// bidi character outside the newlines between tokens. Seeds are in
// testdata/fuzz/FuzzJSON.
func FuzzJSON(f *testing.F) {
	f.Add("plain text")
	f.Fuzz(func(t *testing.T, s string) {
		v := render.TermJSON{Term: s, Aliases: []string{s, "x" + s}, Category: s, Definition: s, Formula: s, Example: s, Related: []string{s}}
		std, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var want render.TermJSON
		if err := json.Unmarshal(std, &want); err != nil {
			t.Fatal(err)
		}
		for _, write := range []func(*bytes.Buffer) error{
			func(b *bytes.Buffer) error {
				return render.NewPrinter(b, render.ModeJSON, render.Style{}).Print(render.View{JSON: func() any { return v }})
			},
			func(b *bytes.Buffer) error {
				return render.NewPrinter(b, render.ModeJSON, render.Style{}).Print(render.View{JSON: func() any { return v }, Lines: true})
			},
		} {
			var buf bytes.Buffer
			if err := write(&buf); err != nil {
				t.Fatal(err)
			}
			out := buf.Bytes()
			if !json.Valid(out) || !utf8.Valid(out) {
				t.Fatalf("invalid JSON for %q: %q", s, out)
			}
			for _, r := range string(out) {
				if r != '\n' && !inert(r) {
					t.Fatalf("raw %q in JSON for %q: %q", r, s, out)
				}
			}
			var got render.TermJSON
			if err := json.Unmarshal(out, &got); err != nil || !reflect.DeepEqual(got, want) {
				t.Fatalf("JSON for %q reads back as %+v, want %+v (%v)", s, got, want, err)
			}
		}
	})
}

// FuzzWrap checks Wrap on arbitrary text and widths: it loses no text but
// white space, every line is non-empty with no space at either end, and
// no line is wider than w unless it is one character that is.
func FuzzWrap(f *testing.F) {
	f.Add("the quick  brown\tfox", 10)
	f.Add("顧客関係管理 e\u0301e\u0301", 3)
	f.Fuzz(func(t *testing.T, s string, w int) {
		w %= 200
		lines := render.Wrap(s, w)
		// The lines are joined with a space, not run together: two invalid
		// bytes on either side of a break ("\xc2" and "\xa0") would
		// otherwise make a valid no-break space that Fields drops.
		squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
		if got, want := squash(strings.Join(lines, " ")), squash(s); got != want {
			t.Fatalf("Wrap(%q, %d) = %q: text %q, want %q", s, w, lines, got, want)
		}
		for _, line := range lines {
			if line == "" || strings.TrimSpace(line) != line {
				t.Fatalf("Wrap(%q, %d) has line %q", s, w, line)
			}
			if w > 0 && render.Width(line) > w && utf8.RuneCountInString(strings.TrimRightFunc(line, func(r rune) bool { return render.Width(string(r)) == 0 })) > 1 {
				t.Fatalf("Wrap(%q, %d): line %q is %d columns", s, w, line, render.Width(line))
			}
		}
	})
}
