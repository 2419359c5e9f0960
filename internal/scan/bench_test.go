package scan

import (
	"bytes"
	"io"
	"os"
	"sync"
	"testing"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/synth"
)

// The scan rate with the built-in glossary against a synthetic one of
// 100,000 terms (issue 16: within 2x), on 1 MB of the evaluation texts,
// and what building each automaton costs. .ci/bench.sh measures the same
// from the built binary.
//
//	go test -run '^$' -bench . -benchmem ./internal/scan

// benchText returns 1 MB of CRM prose: the evaluation texts, repeated.
var benchText = sync.OnceValue(func() []byte {
	var one []byte
	for _, f := range []string{"testdata/eval/sales-email.txt", "testdata/eval/success-memo.txt"} {
		b, err := os.ReadFile(f)
		if err != nil {
			panic(err)
		}
		one = append(one, b...)
	}
	return bytes.Repeat(one, 1<<20/len(one)+1)[:1<<20]
})

// synthGlossary returns a synthetic glossary of n terms.
func synthGlossary(b *testing.B, n int) *glossary.Glossary {
	var buf bytes.Buffer
	if err := synth.Write(&buf, n, 1); err != nil {
		b.Fatal(err)
	}
	f, ps := glossary.Parse("synth.yaml", buf.Bytes())
	g, more := glossary.New(f)
	if err := append(ps, more...).Err(); err != nil {
		b.Fatal(err)
	}
	return g
}

func benchScan(b *testing.B, a *Automaton) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		err := a.Scan(bytes.NewReader(text), Options{}, Handler{Mention: func(Mention) error { n++; return nil }})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/float64(b.N), "mentions/op")
}

func BenchmarkScanBuiltin(b *testing.B) { benchScan(b, New(data.Glossary())) }

func BenchmarkScan100k(b *testing.B) { benchScan(b, New(synthGlossary(b, 100000))) }

// BenchmarkScanAnnotate adds giving back the text, as --annotate does.
func BenchmarkScanAnnotate(b *testing.B) {
	a, text := New(data.Glossary()), benchText()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		h := Handler{Mention: func(Mention) error { return nil }, Text: func(p []byte) error { _, err := io.Discard.Write(p); return err }}
		if err := a.Scan(bytes.NewReader(text), Options{}, h); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNewBuiltin(b *testing.B) {
	g := data.Glossary()
	b.ReportAllocs()
	for b.Loop() {
		New(g)
	}
}

func BenchmarkNew100k(b *testing.B) {
	g := synthGlossary(b, 100000)
	b.ReportAllocs()
	for b.Loop() {
		New(g)
	}
}
