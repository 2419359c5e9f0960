package match

import "github.com/gloss-cli/gloss/internal/parallel"

// parallelEntries is how many entries make it worth splitting work
// between cores: below it, starting goroutines and merging their results
// costs more than the stages take on one core (BenchmarkBest).
const parallelEntries = 20000

// swapped: an acronym with two neighbouring letters swapped, when no
// name uses the query as a word; see swappedAcronym.
func (m *Matcher) swapped(q query, keep func(hit)) {
	if m.held(q) {
		return
	}
	if r, ok := m.swappedAcronym(q); ok {
		keep(r)
	}
}

// stages runs every stage of the pipeline for q, passing what each finds
// to keep in stage order. For a large glossary the stages run at once,
// one for each core, and their results are kept in the same order
// afterwards, so the outcome is the same.
func (m *Matcher) stages(q query, keep func(hit)) {
	stages := [...]func(query, func(hit)){m.exact, m.wordForms, m.prefixes, m.typos, m.fuzzy, m.partial, m.mentions, m.swapped}
	if m.count() < parallelEntries {
		for _, stage := range stages {
			stage(q, keep)
		}
		return
	}
	var found [len(stages)][]hit
	var run [len(stages)]func()
	for i, stage := range stages {
		run[i] = func() { stage(q, func(r hit) { found[i] = append(found[i], r) }) }
	}
	parallel.Do(run[:]...)
	for _, rs := range found {
		for _, r := range rs {
			keep(r)
		}
	}
}
