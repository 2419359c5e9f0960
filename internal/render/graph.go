package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// Node is a term in the neighbourhood of another, as a tree: each term
// appears once, under the first term found to link with it.
type Node struct {
	Term *glossary.Term
	// Link says how Term links with its parent: "to" (the parent lists
	// it), "from" (it lists the parent) or "both"; "" at the root.
	Link     string
	Depth    int
	Children []*Node
	// LeftOut counts the terms Term links with that were left out of the
	// tree to keep its fan-out in bounds; each format says so.
	LeftOut int
}

// more is how a tree or graph names the terms a node left out.
func more(n int) string { return fmt.Sprintf("… %d more", n) }

// Walk calls fn for n and every node under it, parents before children.
func (n *Node) Walk(fn func(n, parent *Node)) {
	var walk func(n, parent *Node)
	walk = func(n, parent *Node) {
		fn(n, parent)
		for _, c := range n.Children {
			walk(c, n)
		}
	}
	walk(n, nil)
}

// Edge is a related link between two terms of a graph. Both means each
// lists the other.
type Edge struct {
	From, To *glossary.Term
	Both     bool
}

// Tree writes the neighbourhood under root as an indented tree, each term
// followed by the first sentence of its definition. A term that lists its
// parent without being listed back is marked "(links back)", so the
// direction never depends on colour.
func (s Style) Tree(w io.Writer, root *Node) {
	type line struct {
		prefix, name, label string
		t                   *glossary.Term
	}
	var lines []line
	var walk func(n *Node, lead string, last bool)
	var children func(n *Node, lead string)
	walk = func(n *Node, lead string, last bool) {
		branch, next := "├── ", "│   "
		if last {
			branch, next = "└── ", "    "
		}
		l := line{prefix: lead + branch, name: Clean(n.Term.Name), t: n.Term}
		l.label = l.name
		if n.Link == "from" {
			l.label += " (links back)"
		}
		lines = append(lines, l)
		children(n, lead+next)
	}
	children = func(n *Node, lead string) {
		for i, c := range n.Children {
			walk(c, lead, i == len(n.Children)-1 && n.LeftOut == 0)
		}
		if n.LeftOut > 0 {
			lines = append(lines, line{prefix: lead + "└── ", label: more(n.LeftOut)})
		}
	}
	children(root, "")

	fmt.Fprintln(w, s.paint(bold+cyan, Clean(root.Term.Name)))
	col := 0
	for _, l := range lines {
		if l.t != nil {
			col = max(col, Width(l.prefix)+Width(l.label))
		}
	}
	col = min(col, 48)
	for _, l := range lines {
		label := Truncate(l.label, max(col-Width(l.prefix), 8))
		if l.t == nil { // the terms a node left out
			fmt.Fprintln(w, l.prefix+s.paint(dim, label))
			continue
		}
		used := Width(l.prefix) + Width(label)
		painted := s.paint(bold, label)
		if n := len(l.name); len(label) > n && label[:n] == l.name {
			painted = s.paint(bold, l.name) + s.paint(dim, label[n:])
		}
		rest := FirstSentence(Clean(l.t.Definition))
		if s.Width > 0 {
			if room := s.Width - max(col, used) - 2; room >= 10 {
				rest = Truncate(rest, room)
			} else {
				rest = ""
			}
		}
		if rest != "" {
			rest = strings.Repeat(" ", max(col-used, 0)+2) + rest
		}
		fmt.Fprintln(w, l.prefix+painted+rest)
	}
}

// DOT writes the graph in Graphviz's DOT language, for dot -Tsvg. The
// root term is drawn in bold; the terms a node left out are one dashed
// node hung from it.
func DOT(w io.Writer, root *Node, edges []Edge) {
	q := func(t *glossary.Term) string {
		r := strings.NewReplacer(`\`, `\\`, `"`, `\"`)
		return `"` + r.Replace(Clean(t.Name)) + `"`
	}
	leftOut := 0
	fmt.Fprintln(w, "digraph gloss {")
	fmt.Fprintln(w, "  rankdir=LR;")
	fmt.Fprintln(w, `  node [shape=box, style=rounded, fontname="Helvetica"];`)
	root.Walk(func(n, _ *Node) {
		if n.Depth == 0 {
			fmt.Fprintf(w, "  %s [style=\"rounded,bold\"];\n", q(n.Term))
		} else {
			fmt.Fprintf(w, "  %s;\n", q(n.Term))
		}
	})
	root.Walk(func(n, _ *Node) {
		if n.LeftOut > 0 {
			// A lone backslash before a digit is never in a term's
			// quoted name (q doubles backslashes), so no term has this id.
			id := fmt.Sprintf(`"more\%d"`, leftOut)
			leftOut++
			fmt.Fprintf(w, "  %s [label=\"%s\", style=dashed];\n", id, more(n.LeftOut))
			fmt.Fprintf(w, "  %s -> %s [style=dashed, arrowhead=none];\n", q(n.Term), id)
		}
	})
	for _, e := range edges {
		attr := ""
		if e.Both {
			attr = " [dir=both]"
		}
		fmt.Fprintf(w, "  %s -> %s%s;\n", q(e.From), q(e.To), attr)
	}
	fmt.Fprintln(w, "}")
}

// Mermaid writes the graph as a Mermaid flowchart in a fenced code block,
// ready to paste into a Markdown page. The root term is drawn in bold; the
// terms a node left out are one node hung from it by a dotted line.
func Mermaid(w io.Writer, root *Node, edges []Edge) {
	ids := map[*glossary.Term]string{}
	label := strings.NewReplacer(`"`, "#quot;", "#", "#35;", "<", "#lt;", ">", "#gt;", "&", "#amp;")
	fmt.Fprintln(w, "```mermaid")
	fmt.Fprintln(w, "flowchart LR")
	root.Walk(func(n, _ *Node) {
		id := fmt.Sprintf("t%d", len(ids))
		ids[n.Term] = id
		fmt.Fprintf(w, "  %s[\"%s\"]\n", id, label.Replace(Clean(n.Term.Name)))
	})
	for _, e := range edges {
		arrow := "-->"
		if e.Both {
			arrow = "<-->"
		}
		fmt.Fprintf(w, "  %s %s %s\n", ids[e.From], arrow, ids[e.To])
	}
	leftOut := 0
	root.Walk(func(n, _ *Node) {
		if n.LeftOut > 0 {
			fmt.Fprintf(w, "  %s -.- m%d[\"%s\"]\n", ids[n.Term], leftOut, more(n.LeftOut))
			leftOut++
		}
	})
	fmt.Fprintf(w, "  style %s stroke-width:3px,font-weight:bold\n", ids[root.Term])
	fmt.Fprintln(w, "```")
}
