package cache

import (
	"bytes"
	"testing"
	"unsafe"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/sections"
)

// FuzzReadGlossary checks the glossary file reader refuses or reads any
// body without a panic or a read out of bounds: its strings point into
// the file with unsafe strings, so every place must be checked. (The
// checksums keep damaged files from it; this is for the bugs they would
// hide.)
func FuzzReadGlossary(f *testing.F) {
	var buf bytes.Buffer
	w := sections.NewWriter(&buf)
	if err := writeGlossary(w, data.Glossary(), []Note{{"team.yaml", "team.yaml:3:5: unknown key"}}); err != nil {
		f.Fatal(err)
	}
	w.Close()
	f.Add(buf.Bytes())
	f.Add([]byte("gloss"))
	f.Fuzz(func(t *testing.T, b []byte) {
		words := make([]uint64, len(b)/8+1) // a mapped file starts at a page
		body := unsafe.Slice((*byte)(unsafe.Pointer(&words[0])), len(b))
		copy(body, b)
		gf, err := glossarySections(body)
		if err != nil {
			return
		}
		g, notes, err := gf.read()
		if err != nil {
			return
		}
		n := 0
		for _, term := range g.All() { // every string read
			n += len(term.Name + term.Category + term.Definition + term.Formula + term.Example + term.Pos.File)
			for _, s := range append(term.Aliases, term.Related...) {
				n += len(s)
			}
		}
		for _, k := range g.Keys() {
			n += len(k.Key)
		}
		for _, note := range notes {
			n += len(note.Path + note.Text)
		}
		_ = n
	})
}
