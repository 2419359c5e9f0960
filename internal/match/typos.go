package match

import "strings"

// typos: the query is within a few edits of a name, as a whole or word by
// word. How many edits are allowed grows with word length, so acronyms
// must match exactly.
func (m *Matcher) typos(q query, keep func(hit)) {
	letters := letterSet(q.compact)
	m.each(m.typoCands(q), func(i int, e *entry) {
		if len(q.words) > 1 && len(q.words) == len(e.words) {
			// Word by word, so that three edits in one short word
			// ("contact lens") do not pass for a typo of "contact list".
			if d, ok := wordEdits(q.words, q.stems, e.words, e.stems); ok {
				keep(m.result(i, Typo, 0.86*(1-float64(d)/float64(len(e.compact)))))
			}
			return
		}
		// Run-together or split words: compare without spaces. A lone
		// four-letter word has no context to go on, so its one edit must
		// be a transposition: "laed" is Lead, "cafe" is not "case".
		if len(q.compact) == 4 && !sameLetters(q.compact, e.compact) {
			return
		}
		if !fewEdits(letters, m.masks(i).letters, maxEdits(min(len(q.compact), len(e.compact)))) {
			return
		}
		if d, ok := withinEdits(q.compact, e.compact); ok && !(len(q.words) == 1 && otherWord(q.compact, e.compact, d)) {
			keep(m.result(i, Typo, 0.9*(1-float64(d)/float64(len(e.compact)))))
		}
	})
}

// maxEdits is how many edits a word of n letters may carry.
func maxEdits(n int) int {
	switch {
	case n < 4:
		return 0
	case n < 6:
		return 1
	case n < 10:
		return 2
	}
	return 3
}

// otherWord reports whether a, a query of one word, is d edits from b
// the way another word of the same length is rather than a typo: two
// letters changed in a word of fewer than eight ("compare" and "company").
// Letters dropped, added or swapped, the slips of typing, still count as
// a typo ("dsconut" is Discount).
func otherWord(a, b string, d int) bool {
	if d != 2 || len(a) != len(b) || len(a) >= 8 {
		return false
	}
	changed := 0
	for i := range len(a) {
		if a[i] != b[i] {
			changed++
		}
	}
	return changed == 2
}

func withinEdits(a, b string) (int, bool) {
	limit := maxEdits(min(len(a), len(b)))
	if limit == 0 || abs(len(a)-len(b)) > limit {
		return 0, false
	}

	d := osa(a, b, limit)
	return d, d <= limit
}

// wordEdits compares two names word by word in order; the last query word
// may also be the start of the last name word.
func wordEdits(qw, qs, ew, es []string) (int, bool) {
	total := 0
	for j, w := range qw {
		t := ew[j]
		switch {
		case w == t || qs[j] == es[j]:
			continue
		case j == len(qw)-1 && len(w) >= 3 && strings.HasPrefix(t, w) && !respelled(w):
			continue
		}
		d, ok := withinEdits(w, t)
		if !ok {
			return 0, false
		}
		total += d
	}
	return total, true
}

// sameLetters reports whether a and b are anagrams.
func sameLetters(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	var count [256]int
	for i := range len(a) {
		count[a[i]]++
		count[b[i]]--
	}
	return count == [256]int{}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
