package glossary_test

import (
	"strings"
	"testing"

	"github.com/gloss-cli/gloss/internal/glossary"
)

const good = `terms:
  - term: Widget
    aliases: [WDG, gizmo]
    category: Products
    definition: A thing we sell to teams that track deals in a CRM.
    related: [Gadget]
  - term: Gadget
    category: Products
    definition: A smaller thing we sell alongside widgets to the same teams.
    related: [Widget]
`

func TestParseGood(t *testing.T) {
	f, problems := glossary.Parse("good.yaml", []byte(good))
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	if len(f.Terms) != 2 || f.Terms[0].Name != "Widget" || f.Terms[0].Aliases[1] != "gizmo" || f.Terms[0].Pos.Line != 2 {
		t.Errorf("parsed %+v", f.Terms[0])
	}
}

// TestParseProblems checks each kind of bad file gives a problem that
// names the line and column, and that every problem is reported.
func TestParseProblems(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"empty", "", "f.yaml: file is empty"},
		{"only comments", "# nothing\n", "f.yaml: file is empty"},
		{"not yaml", "terms: [unclosed\n", "f.yaml:1: not valid YAML"},
		{"not a mapping", "- a\n- b\n", "f.yaml:1:1: the file should be a mapping"},
		{"no terms", "other: 1\n", `f.yaml:1:1: unknown key "other"`},
		{"terms not list", "terms: 3\n", `f.yaml:1:8: "terms" should be a list of terms`},
		{"unknown key", "terms:\n  - term: A\n    colour: x\n", `f.yaml:3:5: unknown key "colour"`},
		{"duplicate key", "terms:\n  - term: A\n    term: B\n", `f.yaml:3:5: key "term" appears twice`},
		{"wrong type", "terms:\n  - term: A\n    aliases: B\n", "f.yaml:3:14: aliases should be a list"},
		{"number", "terms:\n  - term: A\n    definition: 42\n", "f.yaml:3:17: definition should be text, not int (quote it)"},
		{"no name", "terms:\n  - category: A\n", `f.yaml:2:5: term without a name`},
		{"null name", "terms:\n  - term: null\n    category: A\n", `f.yaml:2:11: term should be a name, not null`},
		{"empty name", "terms:\n  - term:\n    category: A\n", `f.yaml:2:10: term should be a name, not null`},
		{"control in name", "terms:\n  - term: \"A\\x1b[31m\"\n", "f.yaml:2:11: term \"A\\x1b[31m\" contains a control character"},
		{"bidi in alias", "terms:\n  - term: A\n    aliases: [\"\u202eevil\"]\n", "contains a control character"},
		{"alias", "terms:\n  - &a term: A\n    aliases: *a\n", "YAML aliases (*name) are not allowed"},
		{"invalid utf8", "terms:\n  - term: \xff\n", "f.yaml:2:11: invalid UTF-8"},
		{"nul", "terms:\n  - term: a\x00\n", "f.yaml:2:12: NUL byte in file"},
		{"two documents", "terms: []\n---\nterms: []\n", "f.yaml:2:1: more than one YAML document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, problems := glossary.Parse("f.yaml", []byte(tt.yaml))
			err := problems.Err()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
			if err != nil && strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
}

// TestParseReportsOnce checks a name of the wrong type is reported once,
// not also as a missing name.
func TestParseReportsOnce(t *testing.T) {
	_, problems := glossary.Parse("f.yaml", []byte("terms:\n  - term: [a, b]\n    category: C\n"))
	if len(problems) != 1 || !strings.Contains(problems[0].Message, "term should be text") {
		t.Errorf("got %v, want one problem about the name's type", problems)
	}
}

func TestParseReportsAll(t *testing.T) {
	_, problems := glossary.Parse("f.yaml", []byte("terms:\n  - term: A\n    colour: x\n  - term: B\n    size: 3\n"))
	if len(problems) != 2 {
		t.Fatalf("got %d problems, want 2: %v", len(problems), problems)
	}
	if got := problems.Err().Error(); !strings.HasSuffix(got, "(and 1 more error)") {
		t.Errorf("error %q does not count the rest", got)
	}
}
