package scan

import (
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
)

// This file turns a word of the text into the vocabulary's numbers: the
// word itself, and the word it is a plural or possessive of.

// lookup returns the vocabulary numbers of a word of the text and of the
// word it is a plural or possessive of, each -1 when there is none.
func (a *Automaton) lookup(raw []byte, scratch *[]byte) (word, base int32) {
	key := (*scratch)[:0]
	simple := true
	for _, c := range raw {
		switch {
		case 'A' <= c && c <= 'Z':
			key = append(key, c+'a'-'A')
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			key = append(key, c)
		case c == '\'':
		default:
			simple = false
		}
	}
	*scratch = key
	if !simple { // beyond ASCII letters and digits: Key decides
		return a.lookupKey(glossary.Key(string(raw)))
	}
	word, ok := int32(0), false
	if has(&a.maybe, key) {
		word, ok = a.vocab[string(key)]
	}
	if !ok {
		word = -1
	}
	return word, a.form(key)
}

// lookupKey is lookup for a word already made a key.
func (a *Automaton) lookupKey(key string) (word, base int32) {
	word, ok := int32(0), false
	if has(&a.maybe, key) {
		word, ok = a.vocab[key]
	}
	if !ok {
		word = -1
	}
	return word, a.form([]byte(key))
}

// form returns the vocabulary number of the word key is a plural or
// possessive of, or -1. It takes the matcher's word forms ("kpis" is the
// plural of "kpi"; a word with the same match.Stem is the same word) but
// only those ending in "s": "leading" is not a form of "lead" in running
// text, nor "booked" of "bookings".
func (a *Automaton) form(key []byte) int32 {
	n := len(key)
	if n < 3 || key[n-1] != 's' {
		return -1
	}
	if has(&a.maybe, key[:n-1]) {
		if id, ok := a.vocab[string(key[:n-1])]; ok {
			return id
		}
	}
	var stem string
	var tmp [maxWordBytes + 4]byte
	for _, cut := range [][2]string{{"ies", "y"}, {"es", ""}} {
		if n <= len(cut[0])+1 || n > maxWordBytes || string(key[n-len(cut[0]):]) != cut[0] {
			continue
		}
		base := append(append(tmp[:0], key[:n-len(cut[0])]...), cut[1]...)
		if !has(&a.maybe, base) {
			continue
		}
		id, ok := a.vocab[string(base)]
		if !ok {
			continue
		}
		if stem == "" {
			stem = match.Stem(string(key))
		}
		if a.stems[id] == stem {
			return id
		}
	}
	return -1
}
