package render

import (
	"io"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// ListSep separates the items of a list inside one --plain field.
const ListSep = "; "

// Record writes one --plain record: fields separated by tabs, each escaped
// with Field, ending in a newline.
func Record(w io.Writer, fields ...string) error {
	for i, f := range fields {
		fields[i] = Field(f)
	}
	_, err := io.WriteString(w, strings.Join(fields, "\t")+"\n")
	return err
}

// TermFields returns the --plain fields of a term, in the documented
// order: term, category, aliases, definition, formula, example, related.
// They carry no glossary.Origin: scripts read them by position, and
// `gloss sources --plain` and --json say where a term comes from
// (docs/adr/002-layer-merging.md).
func TermFields(t *glossary.Term) []string {
	return []string{
		t.Name, t.Category, strings.Join(t.Aliases, ListSep), t.Definition,
		t.Formula, t.Example, strings.Join(t.Related, ListSep),
	}
}
