package convert

import (
	"fmt"
	"io"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// writeTBX writes terms as a TBX-Basic v2 termbase in English: a termEntry
// each, its name the preferred term, its aliases admitted terms, its
// category the subjectField, its links cross references by id. The example
// is a context, the formula a formula description, as import reads them.
func writeTBX(w io.Writer, terms []*glossary.Term) {
	ids := make(map[string]string, len(terms))
	for i, t := range terms {
		ids[t.Name] = fmt.Sprintf("t%d", i+1)
	}
	io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en">
  <martifHeader>
    <fileDesc><sourceDesc><p>Exported by gloss export tbx</p></sourceDesc></fileDesc>
  </martifHeader>
  <text>
    <body>
`)
	for _, t := range terms {
		fmt.Fprintf(w, "      <termEntry id=\"%s\">\n", ids[t.Name])
		fmt.Fprintf(w, "        <descrip type=\"subjectField\">%s</descrip>\n", escapeXML(t.Category))
		io.WriteString(w, "        <langSet xml:lang=\"en\">\n")
		fmt.Fprintf(w, "          <descrip type=\"definition\">%s</descrip>\n", escapeXML(t.Definition))
		if t.Formula != "" {
			fmt.Fprintf(w, "          <descrip type=\"formula\">%s</descrip>\n", escapeXML(t.Formula))
		}
		if t.Example != "" {
			fmt.Fprintf(w, "          <descrip type=\"context\">%s</descrip>\n", escapeXML(t.Example))
		}
		tig := func(term, status string) {
			fmt.Fprintf(w, "          <tig>\n            <term>%s</term>\n            <termNote type=\"administrativeStatus\">%s</termNote>\n          </tig>\n", escapeXML(term), status)
		}
		tig(t.Name, "preferredTerm-admn-sts")
		for _, a := range t.Aliases {
			tig(a, "admittedTerm-admn-sts")
		}
		io.WriteString(w, "        </langSet>\n")
		for _, r := range t.Related {
			fmt.Fprintf(w, "        <ref type=\"crossReference\" target=\"%s\">%s</ref>\n", ids[r], escapeXML(r))
		}
		io.WriteString(w, "      </termEntry>\n")
	}
	io.WriteString(w, "    </body>\n  </text>\n</martif>\n")
}

// escapeXML escapes text for XML content and attribute values. Control
// characters XML cannot hold (a definition may have them) are written as
// the visible escape gloss shows them as, \x1b.
func escapeXML(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\r':
			b.WriteString("&#xD;")
		case !xmlChar(r):
			fmt.Fprintf(&b, "\\x%02x", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
