package match_test

import (
	"bytes"
	"flag"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
	"github.com/gloss-cli/gloss/internal/parallel"
	"github.com/gloss-cli/gloss/internal/synth"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.tsv.gz from the matcher as it is")

const (
	goldenPath = "testdata/golden.tsv.gz"
	// goldenSynthTerms is the size of the synthetic glossary: large enough
	// that the approximate stages meet many near neighbours, small enough
	// to keep the test within seconds.
	goldenSynthTerms = 3000
	goldenSynthSeed  = 17
	goldenQuerySeed  = 2026
	// builtinQueries and synthQueries are how many queries are made up for
	// each glossary: about 20,000 with the evaluation sets.
	builtinQueries = 8000
	synthQueries   = 11000
	maxShown       = 20 // differences printed before giving up
)

// goldenCase is one query and the answer recorded for it.
type goldenCase struct{ set, query, want string }

// goldenSet is a glossary the golden queries are asked of.
type goldenSet struct {
	name string
	yaml []byte // the glossary as a file, for the path through the cache
	g    *glossary.Glossary
}

// goldenSets returns the built-in glossary, which the evaluation sets are
// asked of too, and the synthetic one.
func goldenSets(t *testing.T) []goldenSet {
	t.Helper()
	var buf bytes.Buffer
	if err := synth.Write(&buf, goldenSynthTerms, goldenSynthSeed); err != nil {
		t.Fatal(err)
	}
	f, problems := glossary.Parse("synthetic", buf.Bytes())
	g, more := glossary.New(f)
	if err := append(problems, more...).Err(); err != nil {
		t.Fatal(err)
	}
	b := data.Glossary()
	return []goldenSet{{"builtin", data.YAML, b}, {"eval", data.YAML, b}, {"synth", buf.Bytes(), g}}
}

// describe is the answer to q as a line of the golden file: what `gloss
// lookup` would decide, with scores to three decimals.
func describe(m *match.Matcher, q string) string {
	if c, ok := m.Compare(q); ok {
		parts := make([]string, len(c.Sides))
		for i, a := range c.Answers {
			parts[i] = strconv.Quote(c.Sides[i]) + "=" + describeAnswer(a)
		}
		return "compare " + strings.Join(parts, " ; ")
	}
	return describeAnswer(m.Answer(q))
}

func describeAnswer(a match.Answer) string {
	if a.OK {
		return fmt.Sprintf("%s|%s|%.3f", a.Term.Name, a.Kind, a.Score)
	}
	var b strings.Builder
	b.WriteString("miss")
	if a.Ambiguous() {
		fmt.Fprintf(&b, " ambiguous shared=%d close=%t", a.Shared, a.Close)
	}
	for _, r := range a.Candidates {
		fmt.Fprintf(&b, " [%s|%s|%.3f]", r.Term.Name, r.Kind, r.Score)
	}
	return b.String()
}

// makeQueries returns the golden queries of every set.
func makeQueries(t *testing.T, sets []goldenSet) []goldenCase {
	var out []goldenCase
	for _, s := range sets {
		var qs []string
		switch s.name {
		case "builtin":
			qs = newQueryGen(s.g, goldenQuerySeed, everyday(t)).queries(builtinQueries)
		case "synth":
			qs = newQueryGen(s.g, goldenQuerySeed, everyday(t)).queries(synthQueries)
		case "eval":
			for _, file := range []string{"eval.tsv", "heldout.tsv", "heldout2.tsv", "heldout3.tsv"} {
				for _, c := range readEval(t, filepath.Join("testdata", file)) {
					qs = append(qs, c.query)
				}
			}
		}
		for _, q := range qs {
			out = append(out, goldenCase{set: s.name, query: q})
		}
	}
	return out
}

// answerAll returns each case's answer from the matcher of its set, the
// cases split across the cores (a matcher is safe for concurrent use).
func answerAll(cases []goldenCase, matchers map[string]*match.Matcher) []string {
	got := make([]string, len(cases))
	g := parallel.NewGroup()
	const part = 500
	for from := 0; from < len(cases); from += part {
		g.Go(func() {
			for i := from; i < min(from+part, len(cases)); i++ {
				got[i] = describe(matchers[cases[i].set], cases[i].query)
			}
		})
	}
	g.Wait()
	return got
}

// compare reports the cases whose answer is not got's, the first few in
// full.
func compare(t *testing.T, path string, cases []goldenCase, got []string) {
	t.Helper()
	bad := 0
	for i, c := range cases {
		if got[i] == c.want {
			continue
		}
		if bad++; bad <= maxShown {
			t.Errorf("%s: %s %q\n  want %s\n  got  %s", path, c.set, c.query, c.want, got[i])
		}
	}
	if bad > 0 {
		t.Errorf("%s: %d of %d answers differ from %s", path, bad, len(cases), goldenPath)
	}
}
