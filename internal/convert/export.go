package convert

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// exportFormats are the names Export writes, alphabetically.
var exportFormats = []string{"csv", "docusaurus", "html", "markdown", "mkdocs", "skos", "sphinx", "tbx", "vale", "yaml"}

// ExportFormats returns the names of the formats Export writes.
func ExportFormats() []string { return slices.Clone(exportFormats) }

// Export writes terms of g in format to w: every related name is written
// as the name of the term it links to in g, and links to terms not
// exported are left out, so what is written stands on its own.
func Export(w io.Writer, format string, g *glossary.Glossary, terms []*glossary.Term) error {
	in := make(map[*glossary.Term]bool, len(terms))
	for _, t := range terms {
		in[t] = true
	}
	out := make([]*glossary.Term, len(terms))
	for i, t := range terms {
		c := *t
		c.Related = nil
		for _, r := range g.Related(t) {
			if in[r] {
				c.Related = append(c.Related, r.Name)
			}
		}
		out[i] = &c
	}
	bw := bufio.NewWriter(w)
	switch format {
	case "csv":
		writeCSV(bw, out)
	case "docusaurus":
		if err := writeDocusaurus(bw, out); err != nil {
			return err
		}
	case "html":
		writeHTML(bw, out)
	case "markdown":
		writeMarkdown(bw, out)
	case "mkdocs":
		writeMkDocs(bw, out)
	case "skos":
		writeSKOS(bw, out)
	case "sphinx":
		writeSphinx(bw, out)
	case "tbx":
		writeTBX(bw, out)
	case "vale":
		writeVale(bw, out)
	case "yaml":
		bw.Write(writeYAML(out))
	default:
		return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(exportFormats, ", "))
	}
	return bw.Flush()
}
