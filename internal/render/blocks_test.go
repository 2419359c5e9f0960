package render

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/gloss-cli/gloss/internal/glossary"
)

func TestBlocks(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []block
	}{
		{"One line.", []block{{text: "One line."}}},
		{"Folded\nlines join.\n", []block{{text: "Folded lines join."}}},
		{"Para one.\n\n\nPara two.", []block{{text: "Para one."}, {text: "Para two.", gap: true}}},
		{"Steps:\n- first\n  goes on\n* second\n• third", []block{
			{text: "Steps:"}, {text: "- first goes on", marker: 2}, {text: "* second", marker: 2}, {text: "• third", marker: len("• ")}}},
		{"1. one\n12) twelve\n1234. not a list\n3.5 not either", []block{
			{text: "1. one", marker: 3}, {text: "12) twelve 1234. not a list 3.5 not either", marker: 4}}},
		{"-not a bullet", []block{{text: "-not a bullet"}}},
		{"\n\n", nil},
	} {
		if got := blocks(tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("blocks(%q) =\n%+v\nwant\n%+v", tc.text, got, tc.want)
		}
	}
}

// TestTermKeepsParagraphs checks a definition written as a literal block
// keeps its paragraphs and list lines when drawn, each wrapped, items
// hanging under their text.
func TestTermKeepsParagraphs(t *testing.T) {
	term := &glossary.Term{Name: "T", Category: "C",
		Definition: "First paragraph that is long enough to wrap.\n\n- an item that is long enough to wrap too\n- a second item"}
	var b bytes.Buffer
	Style{Width: 30}.Term(&b, term, nil)
	want := "T\nC\n\n" +
		"  First paragraph that is long\n  enough to wrap.\n\n" +
		"  - an item that is long\n    enough to wrap too\n" +
		"  - a second item\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}
