package match_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gloss-cli/gloss/internal/load"
	"github.com/gloss-cli/gloss/internal/match"
)

// TestGolden checks that every lookup gives the answer recorded in
// testdata/golden.tsv.gz: about 20,000 queries made up from the built-in
// glossary and a synthetic one of goldenSynthTerms terms (names, aliases,
// case changes, typos of one and two edits, prefixes, some words of a
// name or all in another order, word forms, comparisons, questions,
// everyday words, random strings, punctuation), and the evaluation sets.
// The answers are asked of a matcher built in memory and of a glossary
// and matcher read back from the cache, as a run after the first reads
// them. A change of answer is either a regression or an improvement to
// record: go test ./internal/match -run TestGolden -update, and read the
// diff of the file (zcat) in review. Under -short only the in-memory path
// is checked.
func TestGolden(t *testing.T) {
	sets := goldenSets(t)
	inMemory := map[string]*match.Matcher{}
	for _, s := range sets {
		inMemory[s.name] = match.New(s.g)
	}
	if *update {
		cases := makeQueries(t, sets)
		for i, a := range answerAll(cases, inMemory) {
			cases[i].want = a
		}
		writeGolden(t, synthSum(sets), cases)
	}
	sum, cases := readGolden(t)
	sameQueries(t, sum, sets, cases)
	compare(t, "in memory", cases, answerAll(cases, inMemory))
	if testing.Short() {
		return
	}
	fromCache := map[string]*match.Matcher{}
	for _, s := range sets {
		e := openCached(t, s.name, s.yaml)
		defer e.Close()
		fromCache[s.name] = e.Matcher()
	}
	compare(t, "from the cache", cases, answerAll(cases, fromCache))
}

// openCached writes text as a glossary file named for set and loads it
// alone through a cache of its own three times: the first run parses it
// and keeps it in the cache, the second prepares the matcher's index for
// a query that needs it and keeps that, the third, returned, reads the
// cache's files in place.
func openCached(t *testing.T, set string, text []byte) *load.Env {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, set+".yaml")
	if err := os.WriteFile(path, text, 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{
		"HOME": dir, "XDG_CONFIG_HOME": filepath.Join(dir, "config"), "XDG_CACHE_HOME": filepath.Join(dir, "cache"),
	}
	cfg := load.Config{Getenv: func(k string) string { return env[k] }, Glossaries: []string{path}, NoBuiltin: true, Dir: dir}
	first, err := load.Open(cfg)
	if err != nil {
		t.Fatal(err)
	}
	first.Close()
	kept, _ := filepath.Glob(filepath.Join(dir, "cache", "gloss", "*.glossary"))
	index, _ := filepath.Glob(filepath.Join(dir, "cache", "gloss", "*.match"))
	if len(kept) != 1 || len(index) != 0 {
		t.Fatalf("%s: the first load kept %v and %v in the cache, want one glossary and no index yet", set, kept, index)
	}
	// The first query that needs the index prepares it and keeps it.
	second, err := load.Open(cfg)
	if err != nil {
		t.Fatal(err)
	}
	second.Matcher().Answer("qqqq zzzz xxxx")
	second.Close()
	index, _ = filepath.Glob(filepath.Join(dir, "cache", "gloss", "*.match"))
	if len(index) != 1 {
		t.Fatalf("%s: a query missing every name left %v in the cache, want one index", set, index)
	}
	e, err := load.Open(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return e
}
