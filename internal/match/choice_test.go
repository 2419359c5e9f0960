package match

import (
	"os"
	"slices"
	"testing"
)

// TestIndexChoice measures what ADR 016 compares: for the compact keys
// of a synthetic glossary of 100,000 terms, how many postings a
// deletion neighbourhood, bigrams and trigrams would hold, and for typos
// of its names how many keys each count filter leaves to compare and how
// often it cannot tell. Run with GLOSS_MEASURE=1 and -v.
func TestIndexChoice(t *testing.T) {
	if os.Getenv("GLOSS_MEASURE") == "" {
		t.Skip("a measurement for docs/adr/016-typo-index.md; set GLOSS_MEASURE=1")
	}
	g := synthGlossary(t, 100_000)
	m := New(g)
	m.Load()
	var compacts []string
	for i := range m.count() {
		compacts = append(compacts, m.field(i, compactSpan))
	}
	deletes, prefixDeletes, bi, tri := 0, 0, 0, 0
	for _, c := range compacts {
		deletes += len(deletionsOf(c, maxEdits(len(c))))
		prefixDeletes += len(deletionsOf(c[:min(len(c), 7)], maxEdits(len(c))))
		bi += len(gramsOf(c))
		tri += len(trigramsOf(c))
	}
	t.Logf("%d entries; postings: deletion neighbourhood %d, of the first 7 bytes %d, marked bigrams %d, trigrams %d",
		len(compacts), deletes, prefixDeletes, bi, tri)
	biCands, triCands, biBlind, triBlind, n := 0, 0, 0, 0, 0
	for i := 0; i < len(compacts); i += 1999 {
		q := compacts[i]
		if len(q) < 4 {
			continue
		}
		q = q[:1] + q[2:3] + q[1:2] + q[3:]
		k := maxEdits(len(q))
		n++
		gb, gt := gramsOf(q), trigramsOf(q)
		if need := len(gb) - 3*k; need > 0 {
			biCands += countAtLeast(compacts, q, need, gramsOf)
		} else {
			biBlind++
		}
		if need := len(gt) - 4*k; need > 0 {
			triCands += countAtLeast(compacts, q, need, trigramsOf)
		} else {
			triBlind++
		}
	}
	t.Logf("%d typos: bigrams leave %d keys a typo to compare and cannot tell for %d; trigrams %d and %d",
		n, biCands/max(n-biBlind, 1), biBlind, triCands/max(n-triBlind, 1), triBlind)
}

func countAtLeast(keys []string, q string, need int, grams func(string) []int32) int {
	qg := grams(q)
	found := 0
	for _, c := range keys {
		shared := 0
		for _, g := range grams(c) {
			if _, ok := slices.BinarySearch(qg, g); ok {
				shared++
			}
		}
		if shared >= need {
			found++
		}
	}
	return found
}

func trigramsOf(s string) []int32 {
	var out []int32
	for i := 0; i+3 <= len(s); i++ {
		out = append(out, int32(s[i])<<16|int32(s[i+1])<<8|int32(s[i+2]))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// deletionsOf returns the distinct strings s gives with up to k bytes
// deleted.
func deletionsOf(s string, k int) map[string]bool {
	out := map[string]bool{s: true}
	level := []string{s}
	for range k {
		var next []string
		for _, w := range level {
			for i := range len(w) {
				d := w[:i] + w[i+1:]
				if !out[d] {
					out[d] = true
					next = append(next, d)
				}
			}
		}
		level = next
	}
	return out
}
