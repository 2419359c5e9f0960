package match

import (
	"slices"
	"strings"
)

// The stages of the pipeline. Each reports candidates through keep with a
// score inside its kind's band, so a stronger kind of match outranks a
// weaker one unless the weaker one fits much better.

// formGap is what each letter of difference in length between a query
// and a name of the same stems costs, up to maxFormGaps letters: enough to
// order word forms, too little to take one below another kind of match.
const (
	formGap     = 0.002
	maxFormGaps = 5
)

// wordForms: the same words after stemming, in order or not.
func (m *Matcher) wordForms(q query, keep func(hit)) {
	dangling := len(q.words) > 1 && isPreposition(q.words[len(q.words)-1])
	for _, i := range m.byStems.get(sortedKey(q.stems)) {
		e, ok := m.entry(i)
		if !ok || len(e.words) == 1 && isAcronym(e.text) {
			continue // an acronym has no word forms: "sales" is not SAL
		}
		if dangling && !slices.Contains(e.words, q.words[len(q.words)-1]) {
			continue // a query left hanging on "for" or "to" is a phrase: "account for" is not Account
		}
		score := 0.93
		if strings.Join(e.stems, " ") == strings.Join(q.stems, " ") {
			score = 0.95
		}
		// The form nearest to what was typed first: "prospects" is
		// Prospect before Prospecting.
		score -= formGap * float64(min(abs(len(q.compact)-len(e.compact)), maxFormGaps))
		keep(m.result(i, WordForm, score))
	}
	if len(q.words) == 1 { // "ganttcharts" against "gantt chart"
		qs := Stem(q.compact)
		m.each(m.compactStemmed(qs), func(i int, e *entry) {
			if len(e.words) > 1 && e.compactStem == qs {
				keep(m.result(i, WordForm, 0.92))
			}
		})
	}
}

// isPreposition reports the stop words that leave a query hanging when it
// ends on them ("account for"); "and" at the end is more likely a stray
// "&".
func isPreposition(w string) bool {
	switch w {
	case "of", "for", "to", "in", "on", "by":
		return true
	}
	return false
}

// prefixes: the query is how the name starts ("onboardin"), or each query
// word starts a word of the name in order ("lifetime val", "account man").
func (m *Matcher) prefixes(q query, keep func(hit)) {
	if len(q.compact) < 3 {
		return
	}
	if m.held(q) {
		return // whole words are not the start of longer ones; see Answer
	}
	starts := wordStartsOf(q)
	m.each(m.prefixCands(q, starts), func(i int, e *entry) {
		if len(e.compact) <= len(q.compact) {
			return
		}
		if strings.HasPrefix(e.compact, q.compact) {
			if len(e.words) == 1 && isAcronym(e.text) {
				return // an acronym is typed whole: "cpr" is not CPRA
			}
			keep(m.result(i, Prefix, 0.7+0.25*ratio(q.compact, e.compact)))
			return
		}
		if !starts.may(m.masks(i)) {
			return
		}
		if start, ok := wordPrefix(q.words, q.stems, e.words, e.stems); ok {
			score := 0.66 + 0.28*ratio(q.compact, e.compact)
			if start > 0 {
				score -= 0.04
			}
			keep(m.result(i, Prefix, score))
		}
	})
}

// wordPrefix reports whether the query words start consecutive words of
// the name, beginning at some word; all but the last query word must be
// whole words (or the same word in another form).
func wordPrefix(qw, qs, ew, es []string) (int, bool) {
	if len(qw) == 0 || len(qw) > len(ew) {
		return 0, false
	}
	for start := 0; start+len(qw) <= len(ew); start++ {
		ok := true
		for j, w := range qw {
			target := ew[start+j]
			last := j == len(qw)-1
			switch {
			case w == target, qs[j] == es[start+j]:
			case last && len(w) >= 2 && strings.HasPrefix(target, w) && !respelled(w):
			default:
				ok = false
			}
			if !ok {
				break
			}
		}
		if ok && (len(qw) > 1 || len(qw[0]) >= 4) {
			return start, true
		}
	}
	return 0, false
}

// fuzzy: the query's letters appear in order in the name (sahilm/fuzzy).
// Scored by how much of the name they cover and how scattered they are, so
// a few letters spread over a long name stay well below Threshold.
func (m *Matcher) fuzzy(q query, keep func(hit)) {
	if len(q.compact) < 3 {
		return
	}
	for _, f := range m.fuzzyFind(q.compact) {
		if e, ok := m.entry(f.Index); !ok || len(e.words) == 1 && isAcronym(e.text) {
			continue // as for prefixes: "cpr" is not CPRA
		}
		runs := 1
		for k := 1; k < len(f.MatchedIndexes); k++ {
			if f.MatchedIndexes[k] != f.MatchedIndexes[k-1]+1 {
				runs++
			}
		}
		score := 0.3 + 0.45*ratio(q.compact, f.Str) - 0.05*float64(runs-1)
		if len(f.MatchedIndexes) > 0 && f.MatchedIndexes[0] == 0 {
			score += 0.05
		}
		keep(m.result(f.Index, Fuzzy, min(score, 0.8)))
	}
}

// partial: some query words are words of the name. Usually too weak to
// answer with ("lead guitar" is not Lead), it feeds the suggestions after a
// miss; but a query holding every word of a name of two or more words, plus
// one qualifier ("logo churn rate"), is taken to mean that name.
func (m *Matcher) partial(q query, keep func(hit)) {
	content := slices.DeleteFunc(slices.Clone(q.stems), isStopWord)
	sig := signature(content)
	m.each(m.withStems(content, false), func(i int, e *entry) {
		if m.masks(i).stems&sig == 0 {
			return // no stem in common
		}
		shared := 0
		for _, s := range content {
			if slices.Contains(e.stems, s) {
				shared++
			}
		}
		switch {
		case q.question && shared == len(e.stems) && (shared >= 2 || isAcronym(e.text)) && containsRun(q.stems, e.stems):
			// a question about a name it contains: "how do i set up sso"
			keep(m.result(i, Partial, 0.6+0.02*float64(min(shared, 5))))
		case shared >= 2 && shared == len(e.stems) && len(q.stems) == shared+1:
			keep(m.result(i, Partial, 0.62))
		case shared >= 2 && shared == len(q.stems) && len(e.stems) == shared+1 && inOrder(q.stems, e.stems):
			// "net retention" for "net revenue retention"
			keep(m.result(i, Partial, 0.62))
		case shared > 0:
			keep(m.result(i, Partial, 0.3+0.25*float64(shared)/float64(max(len(e.stems), len(q.stems)))))
		}
	})
}

// isAcronym reports whether s is written like an acronym: capitals and
// digits only, at least two capitals.
func isAcronym(s string) bool {
	caps := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			caps++
		case r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return caps >= 2
}

// inOrder reports whether the words of a occur in b in the same order.
func inOrder(a, b []string) bool {
	j := 0
	for _, w := range b {
		if j < len(a) && a[j] == w {
			j++
		}
	}
	return j == len(a)
}

func ratio(a, b string) float64 {
	return float64(len(a)) / float64(max(len(b), 1))
}
