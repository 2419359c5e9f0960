package render

import (
	"fmt"
	"io"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// origin writes, dim, the file a merged term's definition comes from and
// those that extended it, wrapped to the width.
func (s Style) origin(w io.Writer, o *glossary.Origin) {
	const indent = "  "
	text := "Definition from " + Clean(o.Source)
	if len(o.ExtendedBy) > 0 {
		text += ", extended by " + cleanJoin(o.ExtendedBy, ", ")
	}
	width := s.Width
	if width > 0 {
		width = max(width-len(indent), 20)
	}
	for _, line := range Wrap(text, width) {
		fmt.Fprintln(w, indent+s.paint(dim, line))
	}
}
