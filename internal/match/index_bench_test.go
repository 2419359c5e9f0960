package match

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/sections"
	"github.com/gloss-cli/gloss/internal/synth"
)

// synthGlossary is internal/synth's glossary of n terms, seed 1: the one
// `go run ./cmd/synth-glossary -n N` writes and .ci/bench.sh measures.
func synthGlossary(tb testing.TB, n int) *glossary.Glossary {
	tb.Helper()
	var buf bytes.Buffer
	if err := synth.Write(&buf, n, 1); err != nil {
		tb.Fatal(err)
	}
	f, _ := glossary.ParseStream("synthetic", &buf)
	g, problems := glossary.New(f)
	if err := problems.Err(); err != nil {
		tb.Fatal(err)
	}
	return g
}

// encoded returns g's index as a store would hold it: aligned bytes.
func encoded(tb testing.TB, g *glossary.Glossary) []byte {
	var buf bytes.Buffer
	if err := Stored(g, &memStore{}).prepare().encode(&buf); err != nil {
		tb.Fatal(err)
	}
	aligned := make([]uint64, (buf.Len()+7)/8)
	b := unsafe.Slice((*byte)(unsafe.Pointer(&aligned[0])), 8*len(aligned))[:buf.Len()]
	copy(b, buf.Bytes())
	return b
}

// typoOf is .ci/bench.sh's typo: the name lower-cased, letters 2 and 3
// swapped.
func typoOf(name string) string {
	s := strings.ToLower(name)
	return s[:1] + s[2:3] + s[1:2] + s[3:]
}

// BenchmarkStoredTypo is what a run of `gloss lookup TYPO` does in the
// matcher once the cache is open: read the stored index and answer one
// typo, from the index and (scan) by comparing every entry.
func BenchmarkStoredTypo(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		g := synthGlossary(b, n)
		stored := encoded(b, g)
		typo := typoOf(g.Term(n/2 - 1).Name)
		for _, scan := range []bool{false, true} {
			b.Run(fmt.Sprintf("%d/scan=%v", n, scan), func(b *testing.B) {
				for b.Loop() {
					m := Stored(g, &memStore{b: stored})
					m.scan = scan
					if _, ok := m.Best(typo); !ok {
						b.Fatalf("%q not found", typo)
					}
				}
			})
		}
	}
}

// TestIndexSize logs how long the index takes to prepare and encode and
// how large each of its sections is, at 100,000 terms (-v, not -short).
func TestIndexSize(t *testing.T) {
	if testing.Short() {
		t.Skip("prepares an index of 100,000 terms")
	}
	g := synthGlossary(t, 100_000)
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	b := encoded(t, g)
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	t.Logf("prepare and encode: %v, %d MB allocated, %d MB encoded", took, (after.TotalAlloc-before.TotalAlloc)>>20, len(b)>>20)
	tb, err := sections.Read(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"strings", "entries", "order/key", "order/compactStem", "words/ids", "stems/ids", "grams/start", "grams/ids", "wordgrams/ids", "letters", "compacts", "compacts/end", "text"} {
		s, _ := tb.Get(name)
		t.Logf("%-18s %6.1f MB", name, float64(len(s))/(1<<20))
	}
}
