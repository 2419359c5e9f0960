package render

import (
	"fmt"
	"io"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// origin writes, dim, the file a merged term's definition comes from and
// those that extended it. It wraps only between files, never inside a
// file's name, so that a path can be copied whole, unless the name is
// wider than the width on a line of its own (in a column of compare, say).
func (s Style) origin(w io.Writer, o *glossary.Origin) {
	const indent = "  "
	parts := []string{"Definition from " + Clean(o.Source)}
	for i, f := range o.ExtendedBy {
		if i == 0 {
			parts = append(parts, "extended by "+Clean(f))
		} else {
			parts = append(parts, Clean(f))
		}
	}
	var lines []string
	line := parts[0]
	for _, p := range parts[1:] {
		if s.Width > 0 && len(indent)+Width(line)+len(", ")+Width(p) > s.Width {
			lines = append(lines, line+",")
			line = p
			continue
		}
		line += ", " + p
	}
	for _, l := range append(lines, line) {
		for _, cut := range Wrap(l, s.Width-len(indent)) { // cuts only a name wider than the width
			fmt.Fprintln(w, indent+s.paint(dim, cut))
		}
	}
}
