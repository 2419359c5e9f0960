// Package convert turns glossaries written in other formats (CSV and TSV
// spreadsheets, gloss's own JSON, dictd dictionaries, TBX termbases) into
// gloss YAML. Each format has a reader that yields entries with their
// positions in the source; what the source repeats or leaves loose (a
// headword given twice, a cross reference to nothing) is resolved in one
// place, and the YAML written is parsed again by package glossary before
// anyone sees it. Problems are reported in the source's own terms: a
// spreadsheet's row and column, an XML element, a dictionary's headword.
package convert

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// Options say how to read a source and what to do with what it repeats.
type Options struct {
	// Merge says what to do with a headword the source gives more than once.
	Merge Merge
	// Map names, for a gloss field (term, aliases, ...), the spreadsheet
	// columns read into it, overriding the default names (csv and tsv).
	Map map[string][]string
	// Lang picks the language of a multilingual source (tbx); empty means
	// the source's own default language.
	Lang string
	// Category is given to entries the source files under none (--default-category); empty
	// means the source file's base name.
	Category string
	// Stdin is read when the file is "-".
	Stdin io.Reader
	// Progress, when not nil, is kept up to date as the import runs, for
	// a progress line drawn from another goroutine.
	Progress *Progress
}

// Progress is how far an import has got: the bytes of the source read of
// its size (0 for standard input), then the terms being checked.
type Progress struct {
	Read, Size atomic.Int64
	// Merging is the number of entries read, set once the source is read
	// and what it repeats is being merged; Writing the number of terms
	// being written as YAML after that, and Checking the number being
	// checked last. Each is 0 until then.
	Merging, Writing, Checking atomic.Int64
}

// Result is an imported glossary, checked and ready to write.
type Result struct {
	// YAML is the glossary in gloss's format, a block list that
	// glossary.ParseStream reads at any size.
	YAML []byte
	// Terms is how many terms YAML holds.
	Terms int
	// Warnings are what was changed or left out on the way, at their
	// places in the source.
	Warnings glossary.Problems
	// Unlisted counts the warnings past glossary.MaxProblems, not kept.
	Unlisted int
	// Notes summarise what was resolved ("3 repeated headwords merged
	// as senses").
	Notes []string
}

// reader reads the source at path into entries, reporting problems to r.
type reader func(path string, o *Options, r *report) []*entry

// readerFor returns the reader of format, or nil. (A switch rather than a
// map, so the package costs nothing when gloss starts.)
func readerFor(format string) reader {
	switch format {
	case "csv":
		return readCSV
	case "tsv":
		return readTSV
	case "json":
		return readJSON
	case "dictd":
		return readDictd
	case "tbx":
		return readTBX
	}
	return nil
}

// formats are the names Import reads, alphabetically.
var formats = []string{"csv", "dictd", "json", "tbx", "tsv"}

// Formats returns the names of the formats Import reads, alphabetically.
func Formats() []string { return slices.Clone(formats) }

// Import reads the file at path ("-" for o.Stdin) in format and returns it
// as a checked gloss glossary. When the source has errors the result is
// nil and the problems say where each one is; warnings come with a result.
func Import(format, path string, o Options) (*Result, glossary.Problems) {
	read := readerFor(format)
	if read == nil {
		return nil, glossary.Problems{{Message: fmt.Sprintf("unknown format %q (want %s)", format, strings.Join(Formats(), ", "))}}
	}
	if o.Category == "" {
		o.Category = baseName(path)
	}
	rep := &report{}
	entries := read(path, &o, rep)
	if rep.failed() {
		return nil, rep.all()
	}
	if o.Progress != nil {
		o.Progress.Merging.Store(int64(max(len(entries), 1)))
	}
	res := &Result{}
	terms := resolve(entries, &o, rep, res)
	if rep.failed() {
		return nil, rep.all()
	}
	if o.Progress != nil {
		o.Progress.Writing.Store(int64(max(len(terms), 1)))
	}
	res.YAML = writeYAML(terms)
	if o.Progress != nil {
		o.Progress.Checking.Store(int64(max(len(terms), 1)))
	}
	check(path, res.YAML, terms, rep)
	if rep.failed() {
		return nil, rep.all()
	}
	res.Terms = len(terms)
	res.Warnings, res.Unlisted = rep.problems, rep.dropped
	return res, nil
}

// baseName is the name of path without its folder and extensions:
// "foldoc" for "/usr/share/dictd/foldoc.dict.dz".
func baseName(path string) string {
	if path == "-" {
		return "imported"
	}
	name := filepath.Base(path)
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	return name
}
