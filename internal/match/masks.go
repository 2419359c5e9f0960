package match

import "math/bits"

// masks summarise an entry in a few bits, so that a stage can rule most
// entries out without comparing strings. Each check is exact in one
// direction: an entry it rules out could not have matched.
type masks struct {
	stems   uint64 // signature of the stems
	starts  uint64 // signature of the first three bytes of each word
	letters uint64 // letterSet of the compact key
}

func maskOf(e *entry) masks {
	starts := make([]string, 0, len(e.words))
	for _, w := range e.words {
		starts = append(starts, w[:min(3, len(w))])
	}
	return masks{signature(e.stems), signature(starts), letterSet(e.compact)}
}

// signature sets one of 64 bits for each string, so that two lists with
// no bit in common have no string in common.
func signature(list []string) uint64 {
	var sig uint64
	for _, s := range list {
		h := uint64(14695981039346656037) // FNV-1a
		for i := 0; i < len(s); i++ {
			h ^= uint64(s[i])
			h *= 1099511628211
		}
		sig |= 1 << (h >> 58)
	}
	return sig
}

// letterSet sets a bit for each byte value in s: one each for a-z and 0-9,
// the rest of ASCII sharing the other 28. A string with a byte outside
// ASCII gets every bit, and is never ruled out by fewEdits or a subset
// test.
func letterSet(s string) uint64 {
	var set uint64
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b >= 0x80:
			return ^uint64(0)
		case 'a' <= b && b <= 'z':
			set |= 1 << (b - 'a')
		case '0' <= b && b <= '9':
			set |= 1 << (26 + b - '0')
		default:
			set |= 1 << (36 + b%28)
		}
	}
	return set
}

// fewEdits reports whether two strings with these letter sets could be
// within limit edits: an insertion or deletion changes the set by at most
// one letter, a substitution by two, a transposition not at all.
func fewEdits(a, b uint64, limit int) bool {
	if a == ^uint64(0) || b == ^uint64(0) {
		return true
	}
	return bits.OnesCount64(a^b) <= 2*limit
}

// wordStarts is what an entry must have for wordPrefix to find the query
// words at the start of some of its words.
type wordStarts struct {
	never bool   // wordPrefix cannot succeed for this query
	stem  uint64 // the signature of the first query word's stem
	start uint64 // and of its first three bytes, when it may be a prefix
}

func wordStartsOf(q query) wordStarts {
	switch {
	case len(q.words) == 0, len(q.words) == 1 && len(q.words[0]) < 4:
		return wordStarts{never: true}
	case len(q.words) == 1: // the word, its stem or its start (of four letters or more)
		return wordStarts{stem: signature(q.stems[:1]), start: signature([]string{q.words[0][:3]})}
	}
	// The first of several words must be a word of the entry, or have its
	// stem; a word that is equal has an equal stem.
	return wordStarts{stem: signature(q.stems[:1])}
}

// may reports whether an entry with masks m could pass wordPrefix.
func (w wordStarts) may(m masks) bool {
	return !w.never && (m.stems&w.stem != 0 || m.starts&w.start != 0)
}
