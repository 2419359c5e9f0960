package cli

import (
	"io"
	"slices"
	"strconv"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/render"
)

// neighbourJSON is a term of `related --depth` in --json: a related entry
// with where it hangs in the tree.
type neighbourJSON struct {
	relatedJSON
	Depth  int    `json:"depth"`
	Parent string `json:"parent"`
}

// neighbours returns the terms linked with t either way: those t lists, in
// its order, then those that list t without being listed back.
func neighbours(g *glossary.Glossary, t *glossary.Term) []*glossary.Term {
	to := g.Related(t)
	out := slices.Clip(to)
	for _, f := range g.LinkedFrom(t) {
		if !slices.Contains(to, f) {
			out = append(out, f)
		}
	}
	return out
}

// linkOf says how r links with t: linkTo, linkFrom or linkBoth.
func linkOf(g *glossary.Glossary, t, r *glossary.Term) string {
	to, from := slices.Contains(g.Related(t), r), slices.Contains(g.Related(r), t)
	switch {
	case to && from:
		return linkBoth
	case from:
		return linkFrom
	}
	return linkTo
}

// neighbourhood walks the links of t both ways, breadth first, to depth,
// and returns the tree of the terms it reached: each term once, under the
// first term that reached it at its shortest distance from t.
func neighbourhood(g *glossary.Glossary, t *glossary.Term, depth int) *render.Node {
	root := &render.Node{Term: t}
	seen := map[*glossary.Term]bool{t: true}
	level := []*render.Node{root}
	for d := 1; d <= depth && len(level) > 0; d++ {
		var next []*render.Node
		for _, n := range level {
			for _, r := range neighbours(g, n.Term) {
				if seen[r] {
					continue
				}
				seen[r] = true
				c := &render.Node{Term: r, Link: linkOf(g, n.Term, r), Depth: d}
				n.Children = append(n.Children, c)
				next = append(next, c)
			}
		}
		level = next
	}
	return root
}

// edges returns every related link between the terms of the tree, in the
// order the tree lists them; a link both ways is one edge.
func edges(g *glossary.Glossary, root *render.Node) []render.Edge {
	in := map[*glossary.Term]int{}
	root.Walk(func(n, _ *render.Node) { in[n.Term] = len(in) })
	var out []render.Edge
	root.Walk(func(n, _ *render.Node) {
		for _, r := range g.Related(n.Term) {
			j, ok := in[r]
			if !ok {
				continue
			}
			both := slices.Contains(g.Related(r), n.Term)
			if both && j < in[n.Term] {
				continue // drawn from r's side
			}
			out = append(out, render.Edge{From: n.Term, To: r, Both: both})
		}
	})
	return out
}

// neighbourhoodView is `related --depth` and `related --graph`: the tree
// of the terms around t, or with graph that tree as a DOT or Mermaid graph
// (text only; runRelated refuses --graph with --json or --plain).
func neighbourhoodView(e *env, t *glossary.Term, depth int, graph string) render.View {
	root := neighbourhood(e.g, t, depth)
	return render.View{
		JSON: func() any {
			out := []neighbourJSON{}
			root.Walk(func(n, p *render.Node) {
				if p != nil {
					out = append(out, neighbourJSON{relatedJSON{render.NewTermJSON(n.Term, e.g), n.Link}, n.Depth, p.Term.Name})
				}
			})
			return out
		},
		Plain: func(rec func(...string)) {
			root.Walk(func(n, p *render.Node) {
				if p != nil {
					rec(append([]string{strconv.Itoa(n.Depth), p.Term.Name, n.Link}, render.TermFields(n.Term)...)...)
				}
			})
		},
		Text: func(w io.Writer, s render.Style) {
			switch graph {
			case "dot":
				render.DOT(w, root, edges(e.g, root))
			case "mermaid":
				render.Mermaid(w, root, edges(e.g, root))
			default:
				s.Tree(w, root)
			}
		},
	}
}
