package convert

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// fuzzImport imports data in format from stdin and checks what any input
// must give: problems or a glossary, never both failing and passing; when
// it passes, YAML that gloss loads with the same number of terms; and
// problems that are valid UTF-8 once gloss prints them.
func fuzzImport(t *testing.T, format string, data []byte, o Options) {
	o.Stdin = bytes.NewReader(data)
	res, problems := Import(format, "-", o)
	if res == nil {
		if problems.Err() == nil {
			t.Fatalf("no result and no error: %v", problems)
		}
		return
	}
	f, ps := glossary.ParseStream("out.yaml", bytes.NewReader(res.YAML))
	if err := ps.Err(); err != nil {
		t.Fatalf("the YAML written does not load: %v\n%s", err, res.YAML)
	}
	if _, ps := glossary.New(f); ps.Err() != nil {
		t.Fatalf("the YAML written does not merge: %v\n%s", ps.Err(), res.YAML)
	}
	if len(f.Terms) != res.Terms {
		t.Fatalf("%d terms written, %d said", len(f.Terms), res.Terms)
	}
	for _, p := range res.Warnings {
		if !utf8.ValidString(p.Message) && utf8.Valid(data) {
			t.Fatalf("warning not UTF-8: %q", p.Message)
		}
	}
}

// FuzzCSV checks the CSV and TSV readers on arbitrary spreadsheets.
func FuzzCSV(f *testing.F) {
	f.Add([]byte("Term,Definition,Synonyms,Related\nDeal desk,Reviews quotes.,DD;desk,Discount\nDiscount,Off the list price.,,Deal desk|x\n"), false, uint8(0))
	f.Add([]byte("\ufeffName,Description\r\n\"A\r\nB\",\"x\"\"y\"\r\n"), false, uint8(1))
	f.Add([]byte("Term\tDefinition\tCategory\nA\tA 5\" screen\tX\na\tagain\tY\n"), true, uint8(2))
	f.Add([]byte("Term,Definition\nA,\"open\n"), false, uint8(1))
	f.Fuzz(func(t *testing.T, data []byte, tsv bool, merge uint8) {
		format := "csv"
		if tsv {
			format = "tsv"
		}
		fuzzImport(t, format, data, Options{Merge: Merge(int(merge) % len(Merges))})
	})
}

// FuzzJSON checks the JSON reader on arbitrary input.
func FuzzJSON(f *testing.F) {
	f.Add([]byte(`[{"term":"A","aliases":["b"],"category":"C","definition":"An a.","related":["B"]},{"term":"B","category":"C","definition":"A b."}]`), uint8(0))
	f.Add([]byte(`{"query":"x","error":"no match","suggestions":[]}`+"\n"+`{"term":"A","category":"C","definition":"d","match":{}}`), uint8(1))
	f.Add([]byte(`[{"term":"a","category":"C","definition":"1"},{"term":"A","category":"D","definition":"2"}]`), uint8(2))
	f.Add([]byte(strings.Repeat("[", 10000)), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, merge uint8) {
		fuzzImport(t, "json", data, Options{Merge: Merge(int(merge) % len(Merges))})
	})
}
