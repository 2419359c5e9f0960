// Command gen compiles data/glossary.yaml into data/builtin_gen.go: the
// checked, indexed built-in glossary as a Go literal, so gloss starts
// without parsing YAML. Run it with `go generate ./data` after editing the
// glossary; a test in package data fails while the two disagree.
package main

import (
	"fmt"
	"os"

	"github.com/gloss-cli/gloss/data/gen/source"
)

func main() {
	yaml, err := os.ReadFile("glossary.yaml")
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	code, err := source.Generate(yaml)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile("builtin_gen.go", code, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
