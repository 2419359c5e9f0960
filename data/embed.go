// Package data holds the built-in CRM glossary. data/glossary.yaml is its
// source of truth (format: docs/GLOSSARY-FORMAT.md); `go generate ./data`
// compiles it into builtin_gen.go, which is what the binary uses, so no
// YAML is parsed at start-up. See docs/adr/004-compiled-builtin.md.
package data

import (
	_ "embed"

	"github.com/gloss-cli/gloss/internal/glossary"
)

//go:generate go run ./gen

// Name is how the built-in glossary is named in messages and sources.
const Name = "built-in"

// YAML is the built-in glossary as written in glossary.yaml, for `gloss
// validate` and the test that builtin_gen.go is current.
//
//go:embed glossary.yaml
var YAML []byte

// Glossary returns the built-in glossary, ready to use: checked and
// indexed when it was generated.
func Glossary() *glossary.Glossary {
	return glossary.FromSnapshot(&snapshot, []glossary.Source{Source()})
}

// File returns the built-in glossary as the lowest layer for merging with
// users' glossaries.
func File() *glossary.File {
	f := &glossary.File{Name: Name, Terms: make([]*glossary.Term, len(snapshot.Terms))}
	for i := range snapshot.Terms {
		t := snapshot.Terms[i] // a copy: merging must not change the snapshot
		f.Terms[i] = &t
	}
	return f
}

// Source describes the built-in layer for `gloss sources`: every term is
// added by it.
func Source() glossary.Source {
	return glossary.Source{File: Name, Terms: len(snapshot.Terms), Added: names[:len(names):len(names)]}
}
