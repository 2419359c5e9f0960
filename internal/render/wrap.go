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
	words := strings.Fields(s)
	if len(words) == 0 {
		return nil
	}
	if w < 1 {
		return []string{strings.Join(words, " ")}
	}
	var lines []string
	var line strings.Builder
	lineW := 0
	for _, word := range words {
		ww := Width(word)
		if lineW > 0 && lineW+1+ww > w {
			lines = append(lines, line.String())
			line.Reset()
			lineW = 0
		}
		for ww > w { // split a word that cannot fit on any line
			head, headW := cut(word, w-lineW-boolInt(lineW > 0))
			if lineW > 0 {
				line.WriteByte(' ')
			}
			line.WriteString(head)
			lines = append(lines, line.String())
			line.Reset()
			lineW = 0
			word = word[len(head):]
			ww -= headW
		}
		if lineW > 0 {
			line.WriteByte(' ')
			lineW++
		}
		line.WriteString(word)
		lineW += ww
	}
	if line.Len() > 0 {
		lines = append(lines, line.String())
	}
	return lines
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

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
