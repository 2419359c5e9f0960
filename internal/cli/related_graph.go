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
	// LeftOut counts the terms it links with that --limit left out of
	// the tree.
	LeftOut int `json:"left_out"`
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

// defaultFanOut is how many terms `related --depth` and `--graph` follow
// from each term unless --limit says otherwise. A hub of a real dictionary
// links with thousands (FOLDOC's "recursion" reaches 2,193 terms two links
// deep); 20 keeps a two-deep tree to at most 420 lines, a few screens,
// while every term of the built-in glossary (the most linked has 19) is
// shown whole.
const defaultFanOut = 20

// neighbourhood walks the links of t both ways, breadth first, to depth,
// and returns the tree of the terms it reached: each term once, under the
// first term that reached it at its shortest distance from t. Each term
// hangs at most limit terms under it (0: no limit); its LeftOut counts
// those it links with that the tree leaves out altogether, and the second
// result counts them over the whole tree, each term once.
func neighbourhood(g *glossary.Glossary, t *glossary.Term, depth, limit int) (*render.Node, int) {
	root := &render.Node{Term: t}
	seen := map[*glossary.Term]bool{t: true}
	skipped := map[*render.Node][]*glossary.Term{}
	level := []*render.Node{root}
	for d := 1; d <= depth && len(level) > 0; d++ {
		var next []*render.Node
		for _, n := range level {
			for _, r := range neighbours(g, n.Term) {
				if seen[r] {
					continue
				}
				if limit > 0 && len(n.Children) == limit {
					skipped[n] = append(skipped[n], r)
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
	out := map[*glossary.Term]bool{}
	for n, terms := range skipped {
		for _, r := range terms {
			if !seen[r] { // not reached through another term either
				n.LeftOut++
				out[r] = true
			}
		}
	}
	return root, len(out)
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
func neighbourhoodView(root *render.Node, e *env, graph string) render.View {
	return render.View{
		JSON: func() any {
			out := []neighbourJSON{}
			root.Walk(func(n, p *render.Node) {
				if p != nil {
					out = append(out, neighbourJSON{relatedJSON{render.NewTermJSON(n.Term, e.g), n.Link}, n.Depth, p.Term.Name, n.LeftOut})
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
