package match_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// synthSum identifies the synthetic glossary, so that a change to
// package synth is told apart from a change of answers.
func synthSum(sets []goldenSet) string {
	for _, s := range sets {
		if s.name == "synth" {
			return fmt.Sprintf("%x", sha256.Sum256(s.yaml))
		}
	}
	return ""
}

func writeGolden(t *testing.T, sum string, cases []goldenCase) {
	var buf bytes.Buffer
	z := gzip.NewWriter(&buf)
	fmt.Fprintf(z, "# Answers of the matcher to generated queries, written by go test ./internal/match -run TestGolden -update.\n")
	fmt.Fprintf(z, "# synth %d terms, seed %d, sha256 %s\n", goldenSynthTerms, goldenSynthSeed, sum)
	for _, c := range cases {
		fmt.Fprintf(z, "%s\t%s\t%s\n", c.set, strconv.Quote(c.query), c.want)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(goldenPath, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// readGolden returns the synthetic glossary's sum and the cases recorded.
func readGolden(t *testing.T) (string, []goldenCase) {
	f, err := os.Open(goldenPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var sum string
	var cases []goldenCase
	sc := bufio.NewScanner(z)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "# synth "); ok {
			sum = rest[strings.LastIndex(rest, " ")+1:]
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.SplitN(line, "\t", 3)
		q, err := strconv.Unquote(cols[min(1, len(cols)-1)])
		if len(cols) != 3 || err != nil {
			t.Fatalf("%s:%d: not set, quoted query, answer", goldenPath, n)
		}
		cases = append(cases, goldenCase{cols[0], q, cols[2]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return sum, cases
}

// queriesOf returns the queries of cases.
func queriesOf(cases []goldenCase) []string {
	out := make([]string, len(cases))
	for i, c := range cases {
		out[i] = c.set + "\t" + c.query
	}
	return out
}

// sameQueries checks the generator still makes the queries recorded: it
// is deterministic, and the file was written by it.
func sameQueries(t *testing.T, sum string, sets []goldenSet, recorded []goldenCase) {
	if s := synthSum(sets); s != sum {
		t.Errorf("the synthetic glossary is not the one recorded (sha256 %s, recorded %s): package synth changed or is not deterministic", s, sum)
	}
	if !slices.Equal(queriesOf(makeQueries(t, sets)), queriesOf(recorded)) {
		t.Errorf("the generated queries are not those recorded in %s: the generator changed or is not deterministic", goldenPath)
	}
}
