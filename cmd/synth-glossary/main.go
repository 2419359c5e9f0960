// Command synth-glossary writes a synthetic glossary for measuring gloss at
// scale (see docs/PERFORMANCE.md):
//
//	go run ./cmd/synth-glossary -n 100000 > /tmp/synth-100k.yaml
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/gloss-cli/gloss/internal/synth"
)

func main() {
	n := flag.Int("n", 1000, "number of terms")
	seed := flag.Uint64("seed", 1, "random seed; the same n and seed give the same file")
	flag.Parse()
	if *n < 1 || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: synth-glossary [-n TERMS] [-seed N] > FILE")
		os.Exit(2)
	}
	if err := synth.Write(os.Stdout, *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "synth-glossary:", err)
		os.Exit(1)
	}
}
