package glossary

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldSpecial completes strings.ToLower into case folding for the letters
// whose folded form differs from their lower case. (golang.org/x/text/cases
// does the same with tables whose initialisation would cost every run of
// gloss more than a lookup does.)
func foldCase(s string) string {
	s = strings.ToLower(s)
	if !strings.ContainsAny(s, "ßςſ") {
		return s
	}
	return strings.NewReplacer("ß", "ss", "ς", "σ", "ſ", "s").Replace(s)
}

// Key normalises s for comparison: Unicode compatibility forms and case are
// folded, diacritics are dropped, "&" reads as "and", every run of
// punctuation, symbols and space becomes one space, and the ends are trimmed.
// "E-mail  Marketing", "e-mail marketing" and "email marketing" differ only
// in spacing after Key ("e mail marketing" vs "email marketing"); use
// Compact to also ignore spacing.
func Key(s string) string {
	if isASCII(s) {
		return keyASCII(s)
	}
	return keyUnicode(foldCase(norm.NFKD.String(s)))
}

// keyASCII is Key for ASCII text, a byte at a time.
func keyASCII(s string) string {
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z':
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		case c == '&':
			if len(b) > 0 {
				b = append(b, ' ')
			}
			b = append(b, "and"...)
			space = true
		case c == '\'':
		default:
			space = true
		}
	}
	return string(b)
}

// keyUnicode is Key for text already folded and decomposed.
func keyUnicode(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case 'A' <= r && r <= 'Z': // not left by folding; here so this is Key for ASCII too, as tests check
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r + 'a' - 'A')
		case unicode.Is(unicode.Mn, r):
			continue // combining mark left by NFKD: a diacritic
		case r == '&':
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString("and")
			space = true
		case r == '\'' || r == '’':
			continue // "kpi's" reads as "kpis", "o'brien" as "obrien"
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	out := b.String()
	if isASCII(out) {
		return out
	}
	return norm.NFC.String(out)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
