package match

// respelledWord is the rule for a single word that is no word of any name
// but a typo of one: it is read as that word, so a typo of a word many
// names share ("custmer" for "customer") is as ambiguous as the word,
// rather than answered by whichever name its letters happen to fit. It
// never answers: a word one term holds may be an everyday word a letter
// away ("though", "through").
func (m *Matcher) respelledWord(q query) (Answer, bool) {
	if len(q.words) != 1 {
		return Answer{}, false
	}
	w, ok := m.nearestWord(q.words[0])
	if !ok {
		return Answer{}, false
	}
	a, ok := m.shared(newQuery(w))
	if !ok || a.OK || a.Shared < 2 {
		return Answer{}, false // one term with the word is no reason to answer a typo of it: "though" is not Click-through rate
	}
	a.Respelled = w
	return a, true
}

// nearestWord returns the one word of the glossary's names and aliases
// fewest edits from w, within what a word of its length may carry (as the
// typos stage allows, and for a lone four-letter word a transposition
// only). It reports false when none is close, or two are equally close:
// then the typo could be of either.
func (m *Matcher) nearestWord(w string) (string, bool) {
	limit := maxEdits(len(w))
	if limit == 0 {
		return "", false
	}
	m.buildOnce.Do(m.build)
	letters := letterSet(w)
	best, bestD, tie := "", limit+1, false
	for i := range m.entries {
		for _, t := range m.entries[i].words {
			if t == best || abs(len(t)-len(w)) > limit || len(w) == 4 && !sameLetters(w, t) ||
				!fewEdits(letters, letterSet(t), limit) {
				continue
			}
			d, ok := withinEdits(w, t)
			// Letters dropped, added or swapped, not changed: a word a
			// letter changed from a name's word is as often a word of its
			// own ("radio", "ratio").
			ok = ok && (len(w) != len(t) || sameLetters(w, t))
			switch {
			case !ok || d > bestD || d == 0:
			case d == bestD:
				tie = true
			default:
				best, bestD, tie = t, d, false
			}
		}
	}
	return best, best != "" && !tie
}
