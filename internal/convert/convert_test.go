package convert

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// importString imports src in format from stdin.
func importString(t *testing.T, format, src string, o Options) (*Result, glossary.Problems) {
	t.Helper()
	o.Stdin = strings.NewReader(src)
	return Import(format, "-", o)
}

func TestSplitList(t *testing.T) {
	for _, tc := range []struct {
		cell string
		want []string
	}{
		{"", nil},
		{"DD", []string{"DD"}},
		{"DD; desk", []string{"DD", "desk"}},
		{" a | b ;c;;", []string{"a", "b", "c"}},
		{"Smith, J.", []string{"Smith, J."}},
	} {
		if got := splitList(tc.cell); !slices.Equal(got, tc.want) {
			t.Errorf("splitList(%q) = %q, want %q", tc.cell, got, tc.want)
		}
	}
}

func TestColumnName(t *testing.T) {
	for i, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 27: "AB", 701: "ZZ", 702: "AAA"} {
		if got := columnName(i); got != want {
			t.Errorf("columnName(%d) = %q, want %q", i, got, want)
		}
	}
}

func TestMapColumns(t *testing.T) {
	header := []string{"Name", "Term", "Description", "Synonyms", "Abbreviation", "See also", "Owner"}
	m, unused, err := mapColumns(header, &Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := columnMap{"term": {1}, "definition": {2}, "aliases": {3, 4}, "related": {5}}
	if fmt.Sprint(m) != fmt.Sprint(want) {
		t.Errorf("mapColumns = %v, want %v", m, want)
	}
	if !slices.Equal(unused, []int{0, 6}) {
		t.Errorf("unused = %v, want [0 6]", unused)
	}
	// A mapped field takes its columns before any default name can.
	m, _, err = mapColumns(header, &Options{Map: map[string][]string{"aliases": {"term"}}})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m["aliases"], []int{1}) || !slices.Equal(m["term"], []int{0}) {
		t.Errorf("with --map aliases=term: %v", m)
	}
	if _, _, err := mapColumns(header, &Options{Map: map[string][]string{"term": {"Name", "Term"}}}); err == nil {
		t.Error("two columns for the term: no error")
	}
}

func TestParseMap(t *testing.T) {
	m, err := ParseMap([]string{"term=Name, aliases=Synonyms", "aliases=Abbr"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m["term"], []string{"Name"}) || !slices.Equal(m["aliases"], []string{"Synonyms", "Abbr"}) {
		t.Errorf("ParseMap = %v", m)
	}
	for _, bad := range []string{"term", "term=", "colour=Name"} {
		if _, err := ParseMap([]string{bad}); err == nil {
			t.Errorf("ParseMap(%q): no error", bad)
		}
	}
}

// TestJSONLarge imports a JSON glossary larger than gloss loads whole
// (glossary.MaxFileSize): it is read one term at a time, and the YAML
// written loads as a block list.
func TestJSONLarge(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("[\n")
	n := 0
	for b.Len() < 3*glossary.MaxFileSize/2 {
		if n > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `{"term": "Term %d", "aliases": ["t%d"], "category": "Big", "definition": "Term number %d of a glossary made to be large, with a definition long enough to be like a real one.", "related": ["Term %d"]}`, n, n, n, max(0, n-1))
		n++
	}
	b.WriteString("\n]\n")
	res, problems := importString(t, "json", b.String(), Options{})
	if res == nil {
		t.Fatalf("import failed: %v", problems)
	}
	if res.Terms != n {
		t.Errorf("imported %d terms, want %d", res.Terms, n)
	}
	f, ps := glossary.ParseStream("out.yaml", bytes.NewReader(res.YAML))
	if err := ps.Err(); err != nil || len(f.Terms) != n {
		t.Fatalf("the YAML written: %d terms, %v", len(f.Terms), err)
	}
}

// TestLineReader checks offsets become the right lines however the reads
// fall.
func TestLineReader(t *testing.T) {
	text := "a\nbb\n\nccc\nd"
	for chunk := 1; chunk <= len(text); chunk++ {
		lr := &lineReader{r: &chunked{s: text, n: chunk}}
		var got []int
		buf := make([]byte, 64)
		for {
			if _, err := lr.Read(buf); err != nil {
				break
			}
		}
		for _, off := range []int64{0, 1, 2, 5, 6, 7, 10} {
			got = append(got, lr.lineAt(off))
		}
		if want := []int{1, 1, 2, 3, 4, 4, 5}; !slices.Equal(got, want) {
			t.Errorf("reads of %d: lines %v, want %v", chunk, got, want)
		}
	}
}

type chunked struct {
	s string
	n int
}

func (c *chunked) Read(p []byte) (int, error) {
	if c.s == "" {
		return 0, fmt.Errorf("EOF")
	}
	n := copy(p[:min(len(p), c.n)], c.s)
	c.s = c.s[n:]
	return n, nil
}

// TestSensesPlainestName checks that merged senses are named by the
// plainest spelling, with its category: "C", not "(c)" listed first.
func TestSensesPlainestName(t *testing.T) {
	res, problems := importString(t, "csv", "Term,Definition,Category\n(c),The copyright sign.,character\nC,A systems language.,language\n", Options{Merge: MergeSenses})
	if res == nil {
		t.Fatal(problems)
	}
	if y := string(res.YAML); !strings.Contains(y, "- term: C\n") || !strings.Contains(y, "category: language\n") || !strings.Contains(y, "1. The copyright sign.") {
		t.Errorf("merged entry:\n%s", y)
	}
}
