package browse

import (
	"bytes"
	"testing"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
	"github.com/gloss-cli/gloss/internal/synth"
)

// BenchmarkFilter100k is one keystroke's new list over a synthetic
// glossary of 100,000 terms (internal/synth): each query is typed a
// letter at a time, as a person types it. The target is one frame, 16 ms.
func BenchmarkFilter100k(b *testing.B) {
	var buf bytes.Buffer
	if err := synth.Write(&buf, 100_000, 1); err != nil {
		b.Fatal(err)
	}
	file, _ := glossary.ParseStream("synthetic", &buf)
	g, problems := glossary.New(file)
	if err := problems.Err(); err != nil {
		b.Fatal(err)
	}
	m := match.New(g)
	m.Prepare()
	f := NewFinder(g, m)
	t := g.Terms[len(g.Terms)/2]
	for _, q := range []struct{ name, query string }{
		{"name", t.Name},
		{"word", "renewal"},
		{"miss", "lead guitar"},
	} {
		b.Run(q.name, func(b *testing.B) {
			f.Filter(q.query) // the first query builds what later ones reuse
			for i := 0; b.Loop(); i++ {
				f.Filter(q.query[:1+i%len(q.query)])
			}
		})
	}
}
