package convert

import (
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// writeMarkdown writes terms as one Markdown page: a heading each, related
// terms as links to their headings.
func writeMarkdown(w io.Writer, terms []*glossary.Term) {
	io.WriteString(w, "# Glossary\n")
	anchors := map[string]string{}
	used := map[string]int{}
	for _, t := range terms {
		a := slug(t.Name)
		if n := used[a]; n > 0 {
			a = fmt.Sprintf("%s-%d", a, n) // as GitHub numbers repeated headings
		}
		used[slug(t.Name)]++
		anchors[t.Name] = a
	}
	for _, t := range terms {
		fmt.Fprintf(w, "\n## %s\n\n", mdEscape(t.Name))
		if len(t.Aliases) > 0 {
			fmt.Fprintf(w, "*Also: %s.*  \n", mdEscape(strings.Join(t.Aliases, ", ")))
		}
		fmt.Fprintf(w, "*Category: %s*\n\n%s\n", mdEscape(t.Category), mdEscape(t.Definition))
		if t.Formula != "" {
			fmt.Fprintf(w, "\n**Formula:** %s\n", mdEscape(t.Formula))
		}
		if t.Example != "" {
			fmt.Fprintf(w, "\n**Example:** %s\n", mdEscape(t.Example))
		}
		if len(t.Related) > 0 {
			links := make([]string, len(t.Related))
			for i, r := range t.Related {
				links[i] = fmt.Sprintf("[%s](#%s)", mdEscape(r), anchors[r])
			}
			fmt.Fprintf(w, "\n**Related:** %s\n", strings.Join(links, ", "))
		}
	}
}

// slug is the anchor GitHub gives a heading: lower case, spaces as
// hyphens, punctuation other than hyphens and underscores dropped.
func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mdEscape escapes the characters Markdown would read as markup, and
// writes control characters as gloss shows them.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case strings.ContainsRune("\\`*_{}[]<>#|!", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString("\n")
		case isControl(r):
			fmt.Fprintf(&b, "\\\\x%02x", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// writeSphinx writes terms as a Sphinx glossary directive: each term with
// its aliases on the lines below it, the definition indented, links as
// :term: roles.
func writeSphinx(w io.Writer, terms []*glossary.Term) {
	io.WriteString(w, ".. glossary::\n   :sorted:\n")
	for _, t := range terms {
		fmt.Fprintf(w, "\n   %s\n", rstLine(t.Name))
		for _, a := range t.Aliases {
			fmt.Fprintf(w, "   %s\n", rstLine(a))
		}
		body := []string{rstText(t.Definition)}
		if t.Formula != "" {
			body = append(body, "Formula: "+rstText(t.Formula))
		}
		if t.Example != "" {
			body = append(body, "Example: "+rstText(t.Example))
		}
		if len(t.Related) > 0 {
			roles := make([]string, len(t.Related))
			for i, r := range t.Related {
				roles[i] = ":term:`" + rstLine(r) + "`"
			}
			body = append(body, "See also: "+strings.Join(roles, ", ")+".")
		}
		for i, p := range body {
			if i > 0 {
				io.WriteString(w, "\n")
			}
			fmt.Fprintf(w, "      %s\n", strings.ReplaceAll(p, "\n", "\n      "))
		}
	}
}

// rstLine is s on one line, with the characters reStructuredText would
// read as markup escaped.
func rstLine(s string) string {
	return strings.Join(strings.Fields(rstText(s)), " ")
}

func rstText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case strings.ContainsRune("\\`*_|", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		case r != '\n' && isControl(r):
			fmt.Fprintf(&b, "\\\\x%02x", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// writeVale writes every name and alias on a line of its own, as a Vale
// vocabulary's accept.txt: each line is a regular expression, so the
// characters it would read as one are escaped ("C\+\+").
func writeVale(w io.Writer, terms []*glossary.Term) {
	seen := map[string]bool{}
	for _, t := range terms {
		for _, n := range append([]string{t.Name}, t.Aliases...) {
			if !seen[n] {
				seen[n] = true
				fmt.Fprintln(w, regexp.QuoteMeta(n))
			}
		}
	}
}
