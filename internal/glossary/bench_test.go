package glossary_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/synth"
)

// synthetic returns a synthetic glossary file of n terms.
func synthetic(b *testing.B, n int) []byte {
	b.Helper()
	var buf bytes.Buffer
	if err := synth.Write(&buf, n, 1); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkParse parses the built-in glossary whole, as validate does.
func BenchmarkParse(b *testing.B) {
	for b.Loop() {
		glossary.Parse(data.Name, data.YAML)
	}
}

// BenchmarkParseStream parses synthetic glossaries a few entries at a
// time, as LoadFile does for files over 2 MiB.
func BenchmarkParseStream(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		yaml := synthetic(b, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(yaml)))
			for b.Loop() {
				glossary.ParseStream("synthetic", bytes.NewReader(yaml))
			}
		})
	}
}

// BenchmarkNew merges and checks a synthetic glossary over the built-in
// one, as a run without a cache does after parsing.
func BenchmarkNew(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		f, _ := glossary.ParseStream("synthetic", bytes.NewReader(synthetic(b, n)))
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				glossary.New(data.File(), f)
			}
		})
	}
}
