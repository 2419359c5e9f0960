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
	line              int
}

func readEval(t *testing.T) []evalCase {
	t.Helper()
	f, err := os.Open("testdata/eval.tsv")
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
			t.Fatalf("eval.tsv:%d: want 3 tab-separated columns, got %d", n, len(cols))
		}
		cases = append(cases, evalCase{cols[0], cols[1], cols[2], n})
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

// TestEvaluation measures lookup against realistic queries: top-1
// accuracy overall and per kind of query, and how many of the queries that
// must match nothing are rejected.
func TestEvaluation(t *testing.T) {
	g, m := builtinMatcher(t)
	type tally struct{ pass, total int }
	kinds := map[string]*tally{}
	for _, c := range readEval(t) {
		if c.want != "-" && g.Find(c.want) == nil {
			t.Errorf("eval.tsv:%d: %q is not a term", c.line, c.want)
			continue
		}
		r, ok := m.Best(c.query)
		got := "-"
		if ok {
			got = r.Term.Name
		}
		k := kinds[c.kind]
		if k == nil {
			k = &tally{}
			kinds[c.kind] = k
		}
		k.total++
		if got == c.want {
			k.pass++
		} else {
			how := ""
			if ok {
				how = " (" + string(r.Kind) + ")"
			}
			t.Logf("eval.tsv:%d: %s %q: got %s%s, want %s", c.line, c.kind, c.query, got, how, c.want)
		}
	}
	var names []string
	pos := tally{}
	for name, k := range kinds {
		names = append(names, name)
		if name != "negative" {
			pos.pass += k.pass
			pos.total += k.total
		}
	}
	sort.Strings(names)
	for _, name := range names {
		k := kinds[name]
		acc := float64(k.pass) / float64(k.total)
		t.Logf("%-10s %3d/%3d  %5.1f%%", name, k.pass, k.total, 100*acc)
		if acc < 0.90 {
			t.Errorf("%s: %.1f%% correct, want at least 90%%", name, 100*acc)
		}
	}
	top1 := float64(pos.pass) / float64(pos.total)
	t.Logf("top-1      %3d/%3d  %5.1f%%", pos.pass, pos.total, 100*top1)
	if top1 < 0.95 {
		t.Errorf("top-1 accuracy %.1f%%, want at least 95%%", 100*top1)
	}
	if neg := kinds["negative"]; neg == nil || float64(neg.pass)/float64(neg.total) < 0.90 {
		t.Errorf("negatives: want at least 90%% rejected")
	}
}
