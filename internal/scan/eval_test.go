package scan

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gloss-cli/gloss/data"
)

// Recall and precision the evaluation texts must reach with the built-in
// glossary (issue 16).
const (
	minRecall    = 0.95
	minPrecision = 0.95
)

// TestEval scans a sales email and a customer-success memo written for
// this test and scores the mentions found against the ones listed by hand
// in testdata/eval/expected.tsv.
func TestEval(t *testing.T) {
	want := readExpected(t, "testdata/eval/expected.tsv")
	a := New(data.Glossary())
	got := map[string]bool{}
	for _, file := range []string{"sales-email.txt", "success-memo.txt"} {
		f, err := os.Open(filepath.Join("testdata/eval", file))
		if err != nil {
			t.Fatal(err)
		}
		err = a.Scan(f, Options{}, Handler{Mention: func(m Mention) error {
			got[mentionKey(file, m.Line, m.Text, m.Term.Name)] = true
			return nil
		}})
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	hits := 0
	for k := range want {
		if got[k] {
			hits++
		} else {
			t.Logf("missed: %s", k)
		}
	}
	for k := range got {
		if !want[k] {
			t.Logf("not expected: %s", k)
		}
	}
	recall := float64(hits) / float64(len(want))
	precision := float64(hits) / float64(max(len(got), 1))
	t.Logf("%d expected, %d found, %d right: recall %.3f, precision %.3f", len(want), len(got), hits, recall, precision)
	if recall < minRecall || precision < minPrecision {
		t.Errorf("recall %.3f and precision %.3f, want at least %.2f and %.2f", recall, precision, minRecall, minPrecision)
	}
}

func mentionKey(file string, line int, text, term string) string {
	return fmt.Sprintf("%s:%d %q %s", file, line, strings.Join(strings.Fields(text), " "), term)
}

// readExpected reads file, line, text, term records; # starts a comment.
func readExpected(t *testing.T, path string) map[string]bool {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string]bool{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			var l int
			fields := strings.Split(line, "\t")
			if len(fields) != 4 {
				t.Fatalf("%s:%d: want 4 tab-separated fields", path, n)
			}
			fmt.Sscan(fields[1], &l)
			want[mentionKey(fields[0], l, fields[2], fields[3])] = true
		}
	}
	return want
}
