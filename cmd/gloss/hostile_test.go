package main

import (
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestHostile runs the corpus of hostile glossary files in testdata/hostile:
// each script makes bad files (missing, unreadable, FIFOs, over the size
// cap, not YAML, alias bombs, invalid UTF-8, terminal escapes, ...) and
// checks the exit code and the one-line message gloss gives for each.
func TestHostile(t *testing.T) {
	testscript.Run(t, scriptParams("testdata/hostile"))
}
