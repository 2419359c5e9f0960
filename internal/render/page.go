package render

import (
	"fmt"
	"io"
	"strings"
)

// Page is the reference documentation of one command, written as a man
// page by Man or as Markdown by Markdown.
type Page struct {
	Name     string // "gloss lookup"
	Short    string // one line: what it does
	Usage    string // "gloss lookup QUERY... [flags]"
	Text     string // the description; see Section.Text
	Sections []Section
	Examples string // command lines, indented two spaces
	// Flags and Inherited are the options of the command and those it
	// shares with its parents.
	Flags, Inherited []Flag
	SeeAlso          []SeeAlso
	Version, Date    string // "gloss v1.2.3", "March 2026"
}

// Section is a further section of a page. Its Text is paragraphs separated
// by blank lines; lines indented four spaces are shown as they are.
type Section struct {
	Title, Text string
}

// Flag is one option: its names and argument ("-c, --category NAME") and
// what it does.
type Flag struct {
	Names, Usage string
}

// SeeAlso names a related page.
type SeeAlso struct {
	Name, Short string
}

type flagSet struct {
	title string
	flags []Flag
}

// flagSets returns the page's own flags and the inherited ones under the
// given titles, leaving out an empty set.
func (p *Page) flagSets(own, inherited string) []flagSet {
	var out []flagSet
	if len(p.Flags) > 0 {
		out = append(out, flagSet{own, p.Flags})
	}
	if len(p.Inherited) > 0 {
		out = append(out, flagSet{inherited, p.Inherited})
	}
	return out
}

// FileName returns the name of the page's file: "gloss-lookup.1" for a man
// page (ext "1"), "gloss_lookup.md" for Markdown.
func (p *Page) FileName(ext string) string {
	sep := "-"
	if ext == "md" {
		sep = "_"
	}
	return strings.ReplaceAll(p.Name, " ", sep) + "." + ext
}

// Man writes p as a man page in section 1, in the roff man macros.
func Man(w io.Writer, p *Page) error {
	b := &strings.Builder{}
	title := strings.ToUpper(strings.ReplaceAll(p.Name, " ", "-"))
	fmt.Fprintf(b, ".TH %s 1 %s %s %s\n", roffArg(title), roffArg(p.Date), roffArg(p.Version), roffArg("gloss manual"))
	fmt.Fprintf(b, ".SH NAME\n%s \\- %s\n", roff(strings.ReplaceAll(p.Name, " ", "-")), roff(p.Short))
	fmt.Fprintf(b, ".SH SYNOPSIS\n\\fB%s\\fR%s\n", roff(p.Name), roff(strings.TrimPrefix(p.Usage, p.Name)))
	manSection(b, "DESCRIPTION", p.Text)
	for _, s := range p.Sections {
		manSection(b, strings.ToUpper(s.Title), s.Text)
	}
	for _, fs := range p.flagSets("OPTIONS", "GLOBAL OPTIONS") {
		fmt.Fprintf(b, ".SH %s\n", roffArg(fs.title))
		for _, f := range fs.flags {
			fmt.Fprintf(b, ".TP\n\\fB%s\\fR\n%s\n", roff(f.Names), roff(f.Usage))
		}
	}
	if p.Examples != "" {
		b.WriteString(".SH EXAMPLES\n.nf\n.RS 4\n")
		for _, line := range strings.Split(p.Examples, "\n") {
			b.WriteString(roffLine(strings.TrimPrefix(line, "  ")) + "\n")
		}
		b.WriteString(".RE\n.fi\n")
	}
	if len(p.SeeAlso) > 0 {
		names := make([]string, len(p.SeeAlso))
		for i, s := range p.SeeAlso {
			names[i] = `\fB` + roff(strings.ReplaceAll(s.Name, " ", "-")) + `\fR(1)`
		}
		fmt.Fprintf(b, ".SH \"SEE ALSO\"\n%s\n", strings.Join(names, ", "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// manSection writes a section: paragraphs filled, indented blocks as they
// are.
func manSection(b *strings.Builder, title, text string) {
	fmt.Fprintf(b, ".SH %s\n", roffArg(title))
	for i, para := range strings.Split(strings.TrimSpace(text), "\n\n") {
		if i > 0 {
			b.WriteString(".PP\n")
		}
		lines := strings.Split(para, "\n")
		block := false
		for _, line := range lines {
			switch pre := strings.HasPrefix(line, "    "); {
			case pre && !block:
				b.WriteString(".RS 4\n.nf\n")
			case !pre && block:
				b.WriteString(".fi\n.RE\n")
			}
			block = strings.HasPrefix(line, "    ")
			if block {
				b.WriteString(roffLine(line[4:]) + "\n")
			} else {
				b.WriteString(roffLine(strings.TrimSpace(line)) + "\n")
			}
		}
		if block {
			b.WriteString(".fi\n.RE\n")
		}
	}
}

// roff escapes text for roff: backslashes and hyphens (which roff would
// print as hyphens, not the minus signs options need).
func roff(s string) string {
	return strings.NewReplacer(`\`, `\e`, "-", `\-`).Replace(Clean(s))
}

// roffArg is roff for an argument of a macro, in double quotes.
func roffArg(s string) string {
	return `"` + strings.ReplaceAll(roff(s), `"`, `\(dq`) + `"`
}

// roffLine is roff for a whole line, which must not start with a control
// character.
func roffLine(s string) string {
	s = roff(s)
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	return s
}

// Markdown writes p as a Markdown page, linking the pages it names as
// NAME.md files.
func Markdown(w io.Writer, p *Page) error {
	b := &strings.Builder{}
	fmt.Fprintf(b, "## %s\n\n%s\n\n### Synopsis\n\n", p.Name, p.Short)
	if p.Text != "" {
		b.WriteString(strings.TrimSpace(p.Text) + "\n\n")
	}
	fmt.Fprintf(b, "```\n%s\n```\n\n", p.Usage)
	for _, s := range p.Sections {
		fmt.Fprintf(b, "### %s\n\n%s\n\n", s.Title, strings.TrimSpace(s.Text))
	}
	if p.Examples != "" {
		fmt.Fprintf(b, "### Examples\n\n```\n%s\n```\n\n", p.Examples)
	}
	for _, fs := range p.flagSets("Options", "Options inherited from parent commands") {
		col := 0
		for _, f := range fs.flags {
			col = max(col, Width(f.Names))
		}
		fmt.Fprintf(b, "### %s\n\n```\n", fs.title)
		for _, f := range fs.flags {
			fmt.Fprintf(b, "  %s%s   %s\n", f.Names, strings.Repeat(" ", col-Width(f.Names)), f.Usage)
		}
		b.WriteString("```\n\n")
	}
	if len(p.SeeAlso) > 0 {
		b.WriteString("### See also\n\n")
		for _, s := range p.SeeAlso {
			fmt.Fprintf(b, "* [%s](%s)\t - %s\n", s.Name, (&Page{Name: s.Name}).FileName("md"), s.Short)
		}
	}
	_, err := io.WriteString(w, strings.TrimRight(b.String(), "\n")+"\n")
	return err
}
