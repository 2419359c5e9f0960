package match

import "github.com/sahilm/fuzzy"

// fuzzyFind returns what fuzzy.FindNoSort(pattern, compact keys of every
// entry) would, with each Index an entry number, but runs sahilm/fuzzy
// only on the entries that can match: those whose compact key holds the
// pattern's letters in order. For ASCII that check is exact (keys are in
// lower case), and it is a few instructions a byte; any key or pattern
// outside ASCII goes to sahilm/fuzzy, which folds case by Unicode rules.
func (m *Matcher) fuzzyFind(pattern string) fuzzy.Matches {
	ascii, letters := isASCII(pattern), letterSet(pattern)
	var cands []int
	var strs compacts
	for _, i := range m.lettered(letters, ascii) {
		// lettered has ruled out the entries without every letter of an
		// ASCII pattern (unless it returned all, for m.scan); the
		// compact keys lie end to end in entry order (compacts), so
		// reading them touches a few megabytes of the index rather than
		// a record each, spread over all of it.
		if int(i) >= m.count() || m.x.compactLen(int(i)) < len(pattern) {
			continue
		}
		c := m.x.compact(int(i))
		if len(c) >= len(pattern) && (!ascii || (!m.scan || letters&^m.masks(int(i)).letters == 0) && inOrderASCII(pattern, c)) {
			cands = append(cands, int(i))
			strs = append(strs, c)
		}
	}
	matches := fuzzy.FindFromNoSort(pattern, strs)
	for k := range matches {
		matches[k].Index = cands[matches[k].Index]
	}
	return matches
}

// inOrderASCII reports whether the bytes of p occur in s in order, or s
// holds a byte outside ASCII (and so needs the full check).
func inOrderASCII(p, s string) bool {
	i := 0
	for j := 0; j < len(s) && i < len(p); j++ {
		switch {
		case s[j] >= 0x80:
			return true
		case s[j] == p[i]:
			i++
		}
	}
	return i == len(p)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// compacts is a fuzzy.Source of the compact keys of some entries.
type compacts []string

func (c compacts) String(i int) string { return c[i] }
func (c compacts) Len() int            { return len(c) }
