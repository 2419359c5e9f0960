package convert

import (
	"bytes"
	"compress/gzip"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// fuzzImport imports data in format from stdin and checks the result.
func fuzzImport(t *testing.T, format string, data []byte, o Options) {
	o.Stdin = bytes.NewReader(data)
	res, problems := Import(format, "-", o)
	checkResult(t, res, problems, utf8.Valid(data))
}

// checkResult checks what any input must give: problems or a glossary,
// never both failing and passing; when it passes, YAML that gloss loads
// with the same number of terms; and, from valid UTF-8, messages that are
// valid UTF-8.
func checkResult(t *testing.T, res *Result, problems glossary.Problems, validInput bool) {
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
		if validInput && !utf8.ValidString(p.Message) {
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

// FuzzDictd checks the dictd reader on arbitrary indexes and texts, plain
// or gzip-compressed.
func FuzzDictd(f *testing.F) {
	f.Add([]byte("c\tA\tK\nc++\tK\tR\n"), []byte("C\n\n   <language> {C++}\nC++\nNB\n\n  see {C}\n"), false)
	f.Add([]byte("00-database-short\tA\tE\nworm\tE\tK\nworm\tA\tO\n"), []byte("name\n   {worm}s are {}\n{ {x}"), true)
	f.Add([]byte("x\t//////////\tA\n"), []byte(""), true)
	f.Fuzz(func(t *testing.T, index, dict []byte, compress bool) {
		dir := t.TempDir()
		name := dir + "/d.dict"
		if compress {
			var b bytes.Buffer
			zw := gzip.NewWriter(&b)
			zw.Write(dict)
			zw.Close()
			dict, name = b.Bytes()[:len(b.Bytes())-len(index)%3], name+".dz" // sometimes cut short
		}
		if err := os.WriteFile(dir+"/d.index", index, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, dict, 0o644); err != nil {
			t.Fatal(err)
		}
		res, problems := Import("dictd", dir+"/d.index", Options{Merge: MergeSenses})
		checkResult(t, res, problems, utf8.Valid(index) && utf8.Valid(dict))
	})
}

// FuzzTBX checks the TBX reader on arbitrary XML.
func FuzzTBX(f *testing.F) {
	f.Add([]byte(`<martif type="TBX-Basic" xml:lang="en"><text><body><termEntry id="a"><descrip type="subjectField">S</descrip><langSet xml:lang="en"><descrip type="definition">A <hi>b</hi>.</descrip><tig><term>a</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig><ntig><termGrp><term>b</term></termGrp></ntig></langSet><ref type="crossReference" target="a">a</ref></termEntry></body></text></martif>`), "")
	f.Add([]byte(`<tbx xml:lang="de"><text><body><conceptEntry id="c"><langSec xml:lang="de-AT"><basic:definition xmlns:basic="x">D</basic:definition><termSec><term>T</term></termSec></langSec></conceptEntry><conceptEntry><langSec xml:lang="de"><termSec><term>t</term></termSec></langSec></conceptEntry></body></text></tbx>`), "de")
	f.Add([]byte(`<!DOCTYPE x [<!ENTITY a "b">]><martif/>`), "")
	f.Fuzz(func(t *testing.T, data []byte, lang string) {
		fuzzImport(t, "tbx", data, Options{Lang: lang, Merge: MergeQualify})
	})
}
