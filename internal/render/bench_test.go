package render_test

import (
	"io"
	"testing"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/match"
	"github.com/gloss-cli/gloss/internal/render"
)

// BenchmarkRender draws the entry `gloss lookup nps` prints, in each
// output mode.
func BenchmarkRender(b *testing.B) {
	g := data.Glossary()
	r, _ := match.New(g).Best("nps")
	related := g.Related(r.Term)
	b.Run("text", func(b *testing.B) {
		s := render.Style{Width: 80}
		for b.Loop() {
			s.Term(io.Discard, r.Term, related)
		}
	})
	b.Run("color", func(b *testing.B) {
		s := render.Style{Width: 80, Color: true}
		for b.Loop() {
			s.Term(io.Discard, r.Term, related)
		}
	})
	b.Run("json", func(b *testing.B) {
		for b.Loop() {
			render.NewPrinter(io.Discard, render.ModeJSON, render.Style{}).Print(render.View{JSON: func() any { return render.NewMatchJSON(r, g) }})
		}
	})
	b.Run("plain", func(b *testing.B) {
		for b.Loop() {
			render.Record(io.Discard, render.TermFields(r.Term)...)
		}
	})
}
