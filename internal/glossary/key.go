package glossary

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

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

// Key normalises s for comparison, keeping what makes a different name:
// Unicode compatibility forms and case are folded, diacritics are dropped,
// "&" reads as "and", and every run of punctuation, symbols and space
// becomes one space, the ends trimmed, except for the marks that name
// things: "+" and "#" right after a letter, digit or another such mark
// ("C++", "C#", "F#") and "." at the start of a word, before a letter or
// digit (".NET"). So "C", "C++" and "C#" are three keys, and "E-mail
// Marketing" is "e mail marketing". LooseKey drops those marks too; use
// Compact to also ignore spacing.
func Key(s string) string {
	if isASCII(s) {
		return keyASCII(s)
	}
	if !utf8.ValidString(s) { // a stray byte would keep the normaliser from decomposing what follows
		s = strings.ToValidUTF8(s, " ")
	}
	return keyUnicode(foldCase(norm.NFKD.String(s)))
}

// keyASCII is Key for ASCII text, a byte at a time.
func keyASCII(s string) string {
	b := make([]byte, 0, len(s))
	space, inWord := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isAlnumASCII(c) || c == '.' && !inWord && i+1 < len(s) && isAlnumASCII(s[i+1]):
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space, inWord = false, true
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		case (c == '+' || c == '#') && inWord:
			b = append(b, c)
		case c == '&':
			if len(b) > 0 {
				b = append(b, ' ')
			}
			b = append(b, "and"...)
			space, inWord = true, false
		case c == '\'':
		default:
			space, inWord = true, false
		}
	}
	// b is not written again: the key is its bytes, not a copy of them
	// (as strings.Builder does).
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// keyUnicode is Key for text already folded and decomposed.
func keyUnicode(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space, inWord := false, false
	word := func(r rune) {
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space, inWord = false, true
		b.WriteRune(r)
	}
	for i, r := range s {
		switch {
		case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
			word(r)
		case 'A' <= r && r <= 'Z': // not left by folding; here so this is Key for ASCII too, as tests check
			word(r + 'a' - 'A')
		case unicode.Is(unicode.Mn, r):
			continue // combining mark left by NFKD: a diacritic
		case r == '.' && !inWord && startsWord(s[i+1:]):
			word(r) // ".NET"
		case (r == '+' || r == '#') && inWord:
			b.WriteRune(r) // "C++", "C#"
		case r == '&':
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString("and")
			space, inWord = true, false
		case r == '\'' || r == '’':
			continue // "kpi's" reads as "kpis", "o'brien" as "obrien"
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			word(r)
		default:
			space, inWord = true, false
		}
	}
	out := b.String()
	if isASCII(out) {
		return out
	}
	return norm.NFC.String(out)
}

// startsWord reports whether s begins with a letter or digit.
func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isAlnumASCII(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z'
}

// LooseKey is Key without the marks it keeps ("+", "#", a leading "."):
// "c", "c++" and "c#" all give "c". It is the fallback for a query that
// no name or alias matches as written. LooseKey(Key(s)) is LooseKey(s).
func LooseKey(s string) string {
	k := Key(s)
	if !strings.ContainsAny(k, "+#.") {
		return k
	}
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if r == '+' || r == '#' || r == '.' {
			return -1
		}
		return r
	}, k)), " ")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Compact is LooseKey with the spaces removed, so that "e-mail", "e mail"
// and "email" compare equal.
func Compact(s string) string {
	return strings.ReplaceAll(LooseKey(s), " ", "")
}
