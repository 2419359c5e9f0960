package convert

import (
	"encoding/csv"
	"io"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// listSep joins the items of a list in a spreadsheet cell; import splits
// cells at ";".
const listSep = "; "

// writeCSV writes terms as a spreadsheet with a header row, in the column
// names import reads by default, so the two are a round trip.
func writeCSV(w io.Writer, terms []*glossary.Term) {
	cw := csv.NewWriter(w)
	cw.Write([]string{"Term", "Aliases", "Category", "Definition", "Formula", "Example", "Related"})
	for _, t := range terms {
		cw.Write([]string{t.Name, strings.Join(t.Aliases, listSep), t.Category, t.Definition, t.Formula, t.Example, strings.Join(t.Related, listSep)})
	}
	cw.Flush()
}
