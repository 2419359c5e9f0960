package render

import (
	"strings"
	"testing"
)

func TestManEscapes(t *testing.T) {
	var b strings.Builder
	p := &Page{
		Name: "gloss demo", Short: "A demo", Usage: "gloss demo [flags]",
		Text:     ".starts with a dot\n'and a quote, a back\\slash and --flags\n\n    kept  as is\n\nafter",
		Examples: "  gloss demo --x",
		Flags:    []Flag{{"-x, --extra N", "an option"}},
		Version:  "gloss v1", Date: "May 2026",
	}
	if err := Man(&b, p); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`.TH "GLOSS\-DEMO" 1 "May 2026" "gloss v1" "gloss manual"`,
		"\n\\&.starts with a dot\n",
		"\n\\&'and a quote, a back\\eslash and \\-\\-flags\n",
		"\n.RS 4\n.nf\nkept  as is\n.fi\n.RE\n.PP\nafter\n",
		"\n.TP\n\\fB\\-x, \\-\\-extra N\\fR\nan option\n",
		"\n.SH EXAMPLES\n.nf\n.RS 4\ngloss demo \\-\\-x\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("man page lacks %q:\n%s", want, b.String())
		}
	}
}
