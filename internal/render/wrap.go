package render

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Width returns the number of terminal columns s takes: wide (East Asian)
// characters count two, combining marks and zero-width characters none.
func Width(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

func runeWidth(r rune) int {
	switch {
	case r < 0xAD: // nothing below the soft hyphen is zero-width or wide
		return 1
	case r == 0x200B || r == 0x200C || r == 0x200D || r == 0xFEFF:
		return 0
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	case r < 0x1100:
		return 1
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	if r >= 0x1F300 && r <= 0x1FAFF { // emoji and pictographs display wide
		return 2
	}
	return 1
}

// Wrap breaks s into lines of at most w columns, at spaces where it can;
// a word longer than w is split. Runs of white space collapse to one space.
// w < 1 means no wrapping.
func Wrap(s string, w int) []string {
	// Every line is a substring of s with its white space collapsed, so
	// wrapping single-spaced text (definitions are) copies nothing.
	s = squeeze(s)
	if s == "" {
		return nil
	}
	if w < 1 {
		return []string{s}
	}
	var lines []string
	start, last, lineW, open := 0, 0, 0, false // an open line is s[start:last], lineW columns
	for i := 0; i < len(s); {
		end := strings.IndexByte(s[i:], ' ')
		if end < 0 {
			end = len(s)
		} else {
			end += i
		}
		ww := Width(s[i:end])
		if open && lineW+1+ww > w {
			lines = append(lines, s[start:last])
			open = false
		}
		for ww > w { // a word that cannot fit on any line is split
			head, headW := cut(s[i:end], w)
			lines = append(lines, head)
			i += len(head)
			ww -= headW
		}
		switch {
		case i == end: // nothing left of a split word
		case open:
			lineW += 1 + ww
		default:
			start, lineW, open = i, ww, true
		}
		last, i = end, end+1
	}
	if open {
		lines = append(lines, s[start:last])
	}
	return lines
}

// squeeze returns s with leading and trailing white space removed and
// every run of white space inside it replaced by one space.
func squeeze(s string) string {
	// Check first, so that text with nothing to change is not copied.
	single := true
	for i, r := range s {
		if unicode.IsSpace(r) && (r != ' ' || i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			single = false
			break
		}
	}
	if single {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// cut returns the longest prefix of s at most w columns wide (at least one
// rune, so progress is always made) and its width.
func cut(s string, w int) (string, int) {
	n, i := 0, 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		rw := runeWidth(r)
		if n+rw > w && i > 0 {
			break
		}
		n += rw
		i += size
	}
	return s[:i], n
}

// Truncate shortens s to at most w columns, ending it with "…" when cut.
func Truncate(s string, w int) string {
	if w < 1 || Width(s) <= w {
		return s
	}
	head, _ := cut(s, w-1)
	return strings.TrimRight(head, " ") + "…"
}
