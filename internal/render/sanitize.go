// Package render turns terms and results into text for people (wrapped,
// optionally coloured), --plain records for scripts, and JSON. Everything
// that came from a glossary file or a query passes through Clean or the
// JSON escaper here, so no control sequence reaches a terminal raw.
package render

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean makes untrusted text safe to print on a terminal: control
// characters (C0, DEL, C1), bidirectional formatting characters and invalid
// UTF-8 are replaced by visible escapes such as \x1b and \u202e. Tabs and
// newlines become spaces; use Field to keep them distinguishable.
func Clean(s string) string {
	return clean(s, false)
}

// Field is Clean for one field of a --plain record: tabs, newlines and
// backslashes are escaped as \t, \n and \\ so a record stays on one line and
// splits on tabs exactly.
func Field(s string) string {
	return clean(s, true)
}

func clean(s string, field bool) string {
	if isSafe(s, field) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case field && r == '\\':
			b.WriteString(`\\`)
		case field && r == '\t':
			b.WriteString(`\t`)
		case field && r == '\n':
			b.WriteString(`\n`)
		case field && r == '\r':
			b.WriteString(`\r`)
		case r == '\t' || r == '\n':
			b.WriteByte(' ')
		case unsafeRune(r):
			if r < 0x100 {
				fmt.Fprintf(&b, `\x%02x`, r)
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		default:
			b.WriteRune(r)
		}
		i += size
	}
	return b.String()
}

func isSafe(s string, field bool) bool {
	for _, r := range s {
		if r == utf8.RuneError || r == '\t' || r == '\n' || unsafeRune(r) || (field && r == '\\') {
			return false
		}
	}
	return true
}

// unsafeRune reports runes a terminal may act on rather than display.
func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || // C0, DEL and C1
		(r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || // bidi embeddings, overrides, isolates
		r == 0x200E || r == 0x200F || r == 0x061C // bidi marks
}
