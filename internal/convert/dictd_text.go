package convert

import (
	"fmt"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// dictdEntry reads the text of a dictd headword. Dictionaries made with
// dictfmt begin it with the headword as written ("C++", where the index
// has "c++"), then the definition, indented, in paragraphs. FOLDOC, the
// Jargon File and others write cross references in braces, "{object-
// oriented}", which become related terms; FOLDOC opens a definition with
// its subject in angle brackets, "<language>", which becomes the category.
func dictdEntry(l indexLine, text []byte) *entry {
	name := headword(l)
	e := &entry{}
	lines := strings.Split(strings.ReplaceAll(string(text), "\r\n", "\n"), "\n")
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	// The headwords as written: the lines before the first blank or
	// indented one. The first is this index line's when it matches it.
	var heads []string
	for len(lines) > 0 && lines[0] != "" && !strings.ContainsAny(lines[0][:1], " \t") {
		heads = append(heads, strings.TrimSpace(lines[0]))
		lines = lines[1:]
	}
	if len(heads) > 0 && glossary.Key(heads[0]) == glossary.Key(name) {
		name, heads = heads[0], heads[1:]
	}
	e.Name = name
	e.Aliases = heads
	e.where = fmt.Sprintf("headword %q", name)
	def := paragraphs(lines)
	if cat, rest, ok := subject(def); ok {
		e.Category, def = cat, rest
	}
	e.Definition, e.Related = crossReferences(def)
	return e
}

// paragraphs joins the lines of each paragraph with single spaces, and
// the paragraphs with blank lines.
func paragraphs(lines []string) string {
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for _, l := range lines {
		if l = strings.Join(strings.Fields(l), " "); l == "" {
			flush()
			continue
		}
		cur = append(cur, l)
	}
	flush()
	return strings.Join(paras, "\n\n")
}

// subject splits off a FOLDOC subject, "<language> One of ...", returning
// its first subject as the category ("<operating system, networking>"
// gives "operating system").
func subject(def string) (category, rest string, ok bool) {
	if !strings.HasPrefix(def, "<") {
		return "", def, false
	}
	end := strings.IndexByte(def, '>')
	if end < 0 || end > 60 || strings.ContainsAny(def[1:end], "<\n@/:") {
		return "", def, false // an e-mail address or URL, not a subject
	}
	first, _, _ := strings.Cut(def[1:end], ",")
	if first = strings.TrimSpace(first); first == "" {
		return "", def, false
	}
	return first, strings.TrimSpace(def[end+1:]), true
}

// crossReferences takes the braces off the cross references in def,
// "{object-oriented}", and returns them in order as related names; a
// reference broken over two lines is joined.
func crossReferences(def string) (string, []string) {
	var out strings.Builder
	var related []string
	for {
		open := strings.IndexByte(def, '{')
		if open < 0 {
			break
		}
		end := strings.IndexByte(def[open:], '}')
		if end < 0 {
			break
		}
		ref := strings.Join(strings.Fields(def[open+1:open+end]), " ")
		out.WriteString(def[:open])
		out.WriteString(ref)
		if ref != "" && !strings.ContainsAny(ref, "{") {
			related = append(related, ref)
		}
		def = def[open+end+1:]
	}
	out.WriteString(def)
	return out.String(), related
}
