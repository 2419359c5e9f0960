package glossary

import (
	"math/rand/v2"
	"testing"
)

// TestKeyASCII checks the byte-at-a-time path of Key against the general
// one on random ASCII text.
func TestKeyASCII(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const chars = "aAzZ09 -&'_.,/\t\n!#MmQq"
	for range 20000 {
		b := make([]byte, rng.IntN(24))
		for i := range b {
			if rng.IntN(4) == 0 {
				b[i] = byte(rng.IntN(128))
			} else {
				b[i] = chars[rng.IntN(len(chars))]
			}
		}
		if got, want := keyASCII(string(b)), keyUnicode(string(b)); got != want {
			t.Fatalf("Key(%q) = %q, want %q", b, got, want)
		}
	}
}
