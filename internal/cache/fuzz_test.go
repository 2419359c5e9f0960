package cache

import (
	"bytes"
	"errors"
	"testing"
	"unsafe"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/sections"
)

// FuzzReadGlossary checks the glossary file reader refuses or reads any
// body without a read out of bounds, and that the only panic a glossary
// read from it makes is the documented one, an error wrapping ErrDamaged:
// its strings point into the file with unsafe strings, so every place
// must be checked. (The checksums keep damaged files from it; this is for
// the bugs they would hide. A fuzzer rarely gets a checksum right, so the
// second half of each run reads the same bytes with the checksums of
// their blocks and table made right: the records themselves are fuzzed.)
func FuzzReadGlossary(f *testing.F) {
	var buf bytes.Buffer
	w := sections.NewWriter(&buf)
	if err := writeGlossary(w, data.Glossary(), []Note{{"team.yaml", "team.yaml:3:5: unknown key"}}); err != nil {
		f.Fatal(err)
	}
	w.Close()
	f.Add(buf.Bytes())
	// A glossary of layers that replace and extend built-in terms, so
	// that its origins sections hold something.
	team, problems := glossary.Parse("team.yaml", []byte("terms:\n  - {term: Lead, definition: Anyone on our list.}\n  - {term: opportunity, aliases: [oppty]}\n"))
	merged, more := glossary.New(data.File(), team)
	if err := append(problems, more...).Err(); err != nil {
		f.Fatal(err)
	}
	var layered bytes.Buffer
	w = sections.NewWriter(&layered)
	if err := writeGlossary(w, merged, nil); err != nil {
		f.Fatal(err)
	}
	w.Close()
	f.Add(layered.Bytes())
	f.Add([]byte("gloss"))
	f.Fuzz(func(t *testing.T, b []byte) {
		words := make([]uint64, len(b)/8+1) // a mapped file starts at a page
		body := unsafe.Slice((*byte)(unsafe.Pointer(&words[0])), len(b))
		copy(body, b)
		readGlossary(t, body)
		if sections.Seal(body) {
			readGlossary(t, body)
		}
	})
}

// readGlossary reads everything of the glossary file body b, if it opens.
func readGlossary(t *testing.T, body []byte) {
	gf, err := glossarySections(body)
	if err != nil {
		return
	}
	notes, err := gf.readNotes()
	if err != nil {
		return
	}
	defer func() {
		if v := recover(); v != nil {
			if err, ok := v.(error); !ok || !errors.Is(err, ErrDamaged) {
				t.Fatalf("panic: %v", v)
			}
		}
	}()
	g := glossary.FromStore(gf)
	n := 0
	for i := range g.Len() { // one at a time, then all
		g.Name(i) // before its term is decoded
		g.Find(g.Term(i).Name)
		g.Related(g.Term(i))
		g.LinkedFrom(g.Term(i))
		g.LinkedFromCount(i)
	}
	for _, term := range g.All() { // every string read
		n += len(term.Name + term.Category + term.Definition + term.Formula + term.Example + term.Pos.File)
		if term.Origin != nil {
			n += len(term.Origin.Source) + len(term.Origin.ExtendedBy)
		}
		for _, s := range append(term.Aliases, term.Related...) {
			n += len(s)
		}
	}
	for _, k := range g.Keys() {
		n += len(k.Key)
	}
	for _, s := range g.Sources() {
		n += len(s.File) + len(s.Added)
	}
	for _, note := range notes {
		n += len(note.Path + note.Text)
	}
	_ = n
}
