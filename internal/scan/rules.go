package scan

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// The rules that decide whether words of the text that spell a name are a
// mention of its term. Precision comes first: a reader who is shown "lead"
// in "lead the call" stops trusting the list.
//
//   - Case. A word the glossary writes with capitals beyond the first letter
//     of a term's name ("ARR", "SaaS", an alias "Chatter") must be written
//     as the glossary writes it or all in capitals: "arr" is not ARR, and
//     "chatter" is not Salesforce's Chatter. Names are capitalised by
//     convention, so the first letter of a name never counts.
//   - Everyday words. A name or alias that is one common English word
//     (lead, account, deal: see everyday.go) counts only where it is
//     capitalised mid-sentence, as the glossary writes a name ("update the
//     Lead"), or as part of a longer name ("lead scoring"). Options.AllWords
//     turns this off.
//   - Clock times. "AM" and "PM" after a number ("10 AM", "9:30 pm")
//     tell the time: a name that is one of them (AM, account management)
//     is not mentioned there, whatever Options.AllWords says.
//   - Word forms. A word may be written as a plural or possessive of the
//     name's word ("SQLs", "the customer's"), when match.Stem agrees that the
//     two are forms of one word.

// newName records how the words of a name or alias are matched.
func newName(t *glossary.Term, words []nameWord, isName bool) name {
	n := name{term: t}
	for i, w := range words {
		upper, first := capitals(w.raw)
		if upper >= 2 || upper == 1 && !(isName && i == 0 && first) {
			if n.spelling == nil {
				n.spelling = make([]string, 2*len(words))
			}
			n.spelling[2*i], n.spelling[2*i+1] = w.raw, strings.ToUpper(w.raw)
		}
	}
	n.everyday = len(words) == 1 && n.spelling == nil && isEveryday(words[0].key)
	n.clock = len(words) == 1 && slices.Contains(clockWords, words[0].key)
	return n
}

// clockWords are the words that, after a number, tell the time of day.
var clockWords = []string{"am", "pm"}

// isNumber reports whether raw is written in digits only.
func isNumber(raw []byte) bool {
	for _, b := range raw {
		if b < '0' || b > '9' {
			return false
		}
	}
	return len(raw) > 0
}

// capitals counts the upper-case letters of s and reports whether the
// first letter is one.
func capitals(s string) (n int, first bool) {
	for i, r := range s {
		if unicode.IsUpper(r) {
			n++
			first = first || i == 0
		}
	}
	return n, first
}

// spelledAs reports whether raw, a word of the text, is spelling as the
// glossary writes it or all in capitals, after any plural or possessive
// ending is set aside.
func spelledAs(word []byte, spelling, upper string) bool {
	raw := string(word)
	if strings.ContainsAny(raw, "'’") {
		raw = strings.NewReplacer("'", "", "’", "").Replace(raw)
	}
	for _, want := range [2]string{spelling, upper} {
		if rest, ok := strings.CutPrefix(raw, want); ok {
			switch rest {
			case "", "s", "es", "S", "ES":
				return true
			}
		}
	}
	return false
}

// titleCase reports whether raw starts with a capital and is not all in
// capitals (so "Lead", not "LEAD" in a shouted heading nor "lead").
func titleCase(raw []byte) bool {
	r, _ := utf8.DecodeRune(raw)
	return unicode.IsUpper(r) && bytes.ContainsFunc(raw, unicode.IsLower)
}

// accepts reports whether the words toks spell a mention of n.
func (n *name) accepts(toks []token, allWords bool) bool {
	if n.clock && toks[0].number {
		return false
	}
	for i := 0; i < len(n.spelling); i += 2 {
		if s := n.spelling[i]; s != "" && !spelledAs(toks[i/2].raw, s, n.spelling[i+1]) {
			return false
		}
	}
	if n.everyday && !allWords {
		return !toks[0].sentence && titleCase(toks[0].raw)
	}
	return true
}
