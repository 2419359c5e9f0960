package render

import (
	"strings"
	"unicode"
)

// block is a part of a text printed apart from the others: a paragraph,
// or one item of a list.
type block struct {
	text   string // its lines joined with spaces
	marker int    // bytes of list marker ("- ", "2. ") the item starts with; 0 for a paragraph
	gap    bool   // a blank line comes before it
}

// blocks splits text as a glossary file's literal block (`|`) writes it:
// paragraphs are separated by blank lines, and a line that starts with a
// list marker ("- ", "* ", "• ", "1. ", "1) ") starts an item of its own.
// Any other line continues the paragraph or item before it, joined with a
// space, since the text is wrapped again to the terminal.
func blocks(text string) []block {
	var out []block
	gap := false
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch m := listMarker(line); {
		case line == "":
			gap = len(out) > 0
		case m > 0 || gap || len(out) == 0:
			out = append(out, block{text: line, marker: m, gap: gap})
			gap = false
		default:
			out[len(out)-1].text += " " + line
		}
	}
	return out
}

// listMarker returns the length of the list marker line starts with, with
// the space after it, or 0: a bullet (-, *, •) or a number of one to three
// digits followed by "." or ")".
func listMarker(line string) int {
	for _, bullet := range []string{"- ", "* ", "• "} {
		if strings.HasPrefix(line, bullet) {
			return len(bullet)
		}
	}
	digits := strings.IndexFunc(line, func(r rune) bool { return !unicode.IsDigit(r) || r > unicode.MaxASCII })
	if digits < 1 || digits > 3 || len(line) < digits+2 {
		return 0
	}
	if (line[digits] == '.' || line[digits] == ')') && line[digits+1] == ' ' {
		return digits + 2
	}
	return 0
}
