package match_test

import (
	"bufio"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
)

// evalCase is one line of testdata/eval.tsv: a query as a user would type
// it and the term it should find, or "-" when it must match nothing.
type evalCase struct {
	kind, query, want string
	file              string
	line              int
}

func readEval(t *testing.T, path string) []evalCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []evalCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if n == 1 || line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("%s:%d: want 3 tab-separated columns, got %d", path, n, len(cols))
		}
		cases = append(cases, evalCase{cols[0], cols[1], cols[2], path, n})
	}
	return cases
}

func builtinMatcher(t testing.TB) (*glossary.Glossary, *match.Matcher) {
	t.Helper()
	f, problems := glossary.Parse(data.Name, data.YAML)
	if err := problems.Err(); err != nil {
		t.Fatal(err)
	}
	g, problems := glossary.New(f)
	if err := problems.Err(); err != nil {
		t.Fatal(err)
	}
	return g, match.New(g)
}

// TestEvaluation measures lookup against realistic queries, written as
// users type them before the matcher was tuned: top-1 accuracy overall and
// per kind of query, and how many of the queries that must match nothing
// are rejected.
func TestEvaluation(t *testing.T) {
	s := evaluate(t, "testdata/eval.tsv")
	s.check(t, 0.95, 0.90, 0.90)
}

// TestHeldOut runs a second set, written by someone who had seen neither
// the first set nor the matcher, and never tuned against: it shows how
// the rules generalise. Its bar is lower because it is never tuned to.
func TestHeldOut(t *testing.T) {
	if _, err := os.Stat("testdata/heldout.tsv"); err != nil {
		t.Skip("no held-out set")
	}
	s := evaluate(t, "testdata/heldout.tsv")
	s.check(t, 0.90, 0.70, 0.85)
}

// TestHeldOut3 runs the set written for issue 11 by someone who saw only
// the list of CRM terms: comparisons, everyday words that must match
// nothing, vendors' words. Its first run, before any of that work, and
// the run after it are recorded in docs/adr/003-match-pipeline.md.
//
// Its bars are the issue's: 97% top-1 and negatives, 90% for every kind.
// The vendor kind was at 64% after the matcher work, its misses vendors'
// own words no alias held ("zoho potentials"); a systematic pass over the
// vendors' vocabulary (data/glossary.yaml, written without reading this
// set) brought it to 100%, so the set is no longer unseen for that kind.
func TestHeldOut3(t *testing.T) {
	s := evaluate(t, "testdata/heldout3.tsv")
	s.check(t, 0.97, 0.90, 0.97)
}

// TestHeldOutClean runs a third set, written last by someone who saw
// neither the code, the aliases nor the other sets; nothing has been
// changed because of it. Its first result is recorded in
// docs/adr/003-match-pipeline.md.
func TestHeldOutClean(t *testing.T) {
	s := evaluate(t, "testdata/heldout2.tsv")
	s.check(t, 0.95, 0.90, 0.90)
}

// TestHeldOut4 runs a set written in session 4 by someone who saw only
// the list of CRM terms (misspellings, wording, comparisons, negatives,
// vendors' words, short forms). Its first run, on edfc42f before any
// change made because of it, was 304/320: 78/80 misspellings, 52/60
// wording, 30/30 comparisons, 88/90 negatives, 27/30 vendor, 29/30
// short. Three expectations were changed since, where the glossary has an
// entry of its own for the concept (Request for quotation, Average revenue
// per account, Computer telephony integration: ADR 009). The rules it
// led to (a typo of a shared word, acronyms typed whole, a query hanging on
// a preposition) are general; no alias was added for it.
func TestHeldOut4(t *testing.T) {
	s := evaluate(t, "testdata/heldout4.tsv")
	s.check(t, 0.95, 0.80, 0.95)
}

// TestHeldOut5 runs a set written in session 7 by someone who saw only
// the list of CRM terms (200 queries: misspellings, wording, comparisons,
// negatives, acronyms, vendors' words). Its first run, on cf97936 before
// any change made because of it, was 180/200: 45/45 misspellings, 28/45
// wording, 24/25 comparisons, 45/45 negatives, 20/20 acronyms, 18/20
// vendor; every miss an honest "no answer", none a wrong term. The
// wording misses are descriptions of a concept ("percentage of customers
// who cancel each month" for Churn rate): a reverse-dictionary lookup
// the matcher does not do. The bars are under the first run, to catch a
// regression; nothing has been tuned against it.
func TestHeldOut5(t *testing.T) {
	s := evaluate(t, "testdata/heldout5.tsv")
	s.check(t, 0.85, 0.60, 0.97)
}

type tally struct {
	pass, total int
	negative    bool // its queries must match nothing
}

func (k tally) ratio() float64 { return float64(k.pass) / float64(max(k.total, 1)) }

type scores map[string]*tally

func evaluate(t *testing.T, path string) scores {
	g, m := builtinMatcher(t)
	kinds := scores{}
	for _, c := range readEval(t, path) {
		for _, want := range strings.Split(c.want, " | ") {
			if want != "-" && g.Find(want) == nil {
				t.Errorf("%s:%d: %q is not a term", c.file, c.line, want)
			}
		}
		got, how := answer(m, c.query, c.kind == "comparison")
		k := kinds[c.kind]
		if k == nil {
			k = &tally{negative: c.want == "-"}
			kinds[c.kind] = k
		}
		k.total++
		if got == c.want {
			k.pass++
			continue
		}
		t.Logf("%s:%d: %s %q: got %s%s, want %s", c.file, c.line, c.kind, c.query, got, how, c.want)
	}
	return kinds
}

// answer is what gloss lookup answers for query, as lookup decides it: a
// comparison first, then the term it means. It returns the term's name,
// or for a comparison, when whole is set, every name joined by " | ";
// "-" for no answer; and how it matched.
func answer(m *match.Matcher, query string, whole bool) (got, how string) {
	if c, ok := m.Compare(query); ok {
		if !c.Found() {
			return "-", " (a comparison, not every side found)"
		}
		var names []string
		for _, r := range c.Results() {
			names = append(names, r.Term.Name)
		}
		if !whole {
			names = names[:1]
		}
		return strings.Join(names, " | "), " (comparison)"
	}
	a := m.Answer(query)
	switch {
	case a.OK:
		return a.Term.Name, " (" + string(a.Kind) + ")"
	case a.Ambiguous():
		return "-", " (ambiguous)"
	}
	return "-", ""
}

// check logs accuracy per kind and fails below the given bars: top-1
// over every query that has a term to find, each such kind, and the
// queries that must match nothing, all kinds of them together.
func (s scores) check(t *testing.T, top1Min, kindMin, negMin float64) {
	var names []string
	pos, neg := tally{}, tally{}
	for name, k := range s {
		names = append(names, name)
		sum := &pos
		if k.negative {
			sum = &neg
		}
		sum.pass += k.pass
		sum.total += k.total
	}
	sort.Strings(names)
	for _, name := range names {
		k := s[name]
		t.Logf("%-10s %3d/%3d  %5.1f%%", name, k.pass, k.total, 100*k.ratio())
		if !k.negative && k.ratio() < kindMin {
			t.Errorf("%s: %.1f%% correct, want at least %.0f%%", name, 100*k.ratio(), 100*kindMin)
		}
	}
	t.Logf("top-1      %3d/%3d  %5.1f%%", pos.pass, pos.total, 100*pos.ratio())
	t.Logf("negatives  %3d/%3d  %5.1f%%", neg.pass, neg.total, 100*neg.ratio())
	if pos.ratio() < top1Min {
		t.Errorf("top-1 accuracy %.1f%%, want at least %.0f%%", 100*pos.ratio(), 100*top1Min)
	}
	if neg.total == 0 || neg.ratio() < negMin {
		t.Errorf("negatives: %.1f%% rejected, want at least %.0f%%", 100*neg.ratio(), 100*negMin)
	}
}
