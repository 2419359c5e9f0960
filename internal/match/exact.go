package match

import (
	"slices"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// Exact returns the term whose name or alias equals query after Key
// normalisation, or failing that after LooseKey, with no other
// normalisation (no question wording removed, no plurals) and no
// approximate matching at all.
func (m *Matcher) Exact(query string) (Result, bool) {
	key := glossary.Key(query)
	if t := m.g.Find(key); t != nil {
		return named(t, key), true
	}
	loose := glossary.LooseKey(key)
	if loose == "" {
		return Result{}, false
	}
	m.buildOnce.Do(m.build)
	var found []Result
	for _, i := range m.byComp.get(strings.ReplaceAll(loose, " ", "")) {
		if glossary.LooseKey(m.field(i, keySpan)) == loose {
			found = append(found, m.resultOf(m.result(i, Exact, looseScore)))
		}
	}
	if len(found) == 0 {
		return Result{}, false
	}
	slices.SortFunc(found, byRank)
	return found[0], true
}

// named is the exact result for a term found by the glossary's index
// under key: its name or one of its aliases.
func named(t *glossary.Term, key string) Result {
	if glossary.Key(t.Name) == key {
		return Result{Term: t, Kind: Exact, Score: 1, Via: t.Name}
	}
	for _, a := range t.Aliases {
		if glossary.Key(a) == key {
			return Result{Term: t, Kind: Alias, Score: 0.99, Via: a}
		}
	}
	return Result{Term: t, Kind: Alias, Score: 0.99, Via: key}
}

// exact: the whole name or alias as written (case, accents, spacing and
// most punctuation aside), then the same without spaces, then the loose
// key, which also drops the marks that make a different name ("c" for
// C++), as a fallback below every name or alias spelled as typed.
func (m *Matcher) exact(q query, keep func(hit)) {
	if q.full != q.key { // "A/B testing" is not "B testing"
		m.exactKey(q.full, keep)
	}
	m.exactKey(q.key, keep)
	// The plural of a name or acronym: "kpis", "kpi's", "apis".
	if n := len(q.compact); n > 2 && q.compact[n-1] == 's' {
		for _, i := range m.byComp.get(q.compact[:n-1]) {
			keep(m.result(i, WordForm, pluralScore))
		}
	}
}

// The scores of the exact stage. An alias scores 0.01 less than a name
// (see result), so a name still wins over an alias of the same key.
const (
	// exactScore is a name as written.
	exactScore = 1
	// unspacedScore is a name written with other spacing: "e-mail" for
	// "email". Below a name or alias as written.
	unspacedScore = 0.98
	// looseScore is a name that differs from the query in the marks Key
	// keeps ("c" for C++): the fallback, below any name or alias spelled
	// as typed (0.99) or with other spacing.
	looseScore = 0.96
	// pluralScore is a name or acronym with "s" added: a word form, but
	// as sure as an exact match of its own name.
	pluralScore = 0.94
)

// exactKey keeps the entries whose key is key, as written, with other
// spacing, or loosely.
func (m *Matcher) exactKey(key string, keep func(hit)) {
	for _, i := range m.byKey.get(key) {
		keep(m.result(i, Exact, exactScore))
	}
	written := strings.ReplaceAll(key, " ", "")
	for _, i := range m.byComp.get(glossary.Compact(key)) {
		score := looseScore
		if strings.ReplaceAll(m.field(i, keySpan), " ", "") == written {
			score = unspacedScore
		}
		keep(m.result(i, Exact, score))
	}
}
