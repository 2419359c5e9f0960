package browse

import (
	"bytes"
	"sync"
	"testing"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
	"github.com/gloss-cli/gloss/internal/synth"
)

var synthetic100k = sync.OnceValues(func() (*glossary.Glossary, error) {
	var buf bytes.Buffer
	if err := synth.Write(&buf, 100_000, 1); err != nil {
		return nil, err
	}
	file, _ := glossary.ParseStream("synthetic", &buf)
	g, problems := glossary.New(file)
	return g, problems.Err()
})

// typing is what a person types, one query per keystroke.
func typing(g *glossary.Glossary) map[string][]string {
	t := g.Term(g.Len() / 2)
	out := map[string][]string{}
	for name, q := range map[string]string{"name": t.Name, "word": "renewal", "miss": "lead guitar"} {
		for i := 1; i <= len(q); i++ {
			out[name] = append(out[name], q[:i])
		}
	}
	return out
}

func finder100k(b *testing.B) *Finder {
	g, err := synthetic100k()
	if err != nil {
		b.Fatal(err)
	}
	m := match.New(g)
	m.Prepare()
	f := NewFinder(g, m)
	f.Prepare()
	return f
}

// BenchmarkFilter100k is one keystroke's new list over a synthetic
// glossary of 100,000 terms (internal/synth): each query is typed a
// letter at a time, as a person types it. The target is one frame, 16 ms.
func BenchmarkFilter100k(b *testing.B) {
	f := finder100k(b)
	for name, qs := range typing(f.g) {
		b.Run(name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				f.Filter(qs[i%len(qs)])
			}
		})
	}
}

// BenchmarkRefine100k is the matcher's reranking of the same lists, which
// runs in the background and replaces the list when it is done.
func BenchmarkRefine100k(b *testing.B) {
	f := finder100k(b)
	for name, qs := range typing(f.g) {
		b.Run(name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				q := qs[i%len(qs)]
				f.Refine(q, f.Filter(q))
			}
		})
	}
}

// BenchmarkPrepare100k builds Filter's word index, once per run, in the
// background while the first list is drawn.
func BenchmarkPrepare100k(b *testing.B) {
	g, err := synthetic100k()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		newIndex(g)
	}
}
