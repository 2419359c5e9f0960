package glossary_test

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/synth"
)

// blockFiles are files in the block style ParseStream takes, good and bad.
var blockFiles = map[string]string{
	"good":            good,
	"comments":        "# head\n---\nterms: # the list\n\n# first\n  - term: A\n    # inside\n    category: C\n# between, at column 1\n  - term: B\n\n",
	"flush entries":   "terms:\n- term: A\n  aliases: [a1]\n- term: B\n",
	"crlf":            "terms:\r\n  - term: A\r\n    definition: >-\r\n      two\r\n      lines\r\n",
	"bom":             "\ufeffterms:\n  - term: A\n",
	"dash alone":      "terms:\n  -\n    term: A\n  -   term: B\n",
	"no newline":      "terms:\n  - term: A",
	"literal":         "terms:\n  - term: A\n    definition: |\n      line one\n\n      - not an entry\n    example: x\n",
	"unknown key":     "terms:\n  - term: A\n    colour: x\n  - term: B\n    size: 3\n",
	"wrong types":     "terms:\n  - term: A\n    aliases: B\n    definition: 42\n",
	"no name":         "terms:\n  - category: A\n",
	"scalar entry":    "terms:\n  - just text\n  - [a, b]\n",
	"control":         "terms:\n  - term: \"A\\x1b[31m\"\n",
	"alias in entry":  "terms:\n  - &a term: A\n    aliases: *a\n",
	"bad yaml":        "terms:\n  - term: A\n    colour: x\n  - term: B\n    definition: \"unclosed\n",
	"tab in entry":    "terms:\n  - term: A\n    definition:\tx\n",
	"invalid utf8":    "terms:\n  - term: a\n    colour: x\n  - term: \xff\n",
	"nul":             "terms:\n  - term: a\x00\n",
	"duplicate key":   "terms:\n  - term: A\n    term: B\n",
	"deep":            "terms:\n  - term: A\n    related:\n      - B\n      - C\n",
	"nested sequence": "terms:\n  -\n    - a\n",
	"empty":           "",
	"only comments":   "# nothing\n\n",
}

// TestParseStreamMatchesParse checks ParseStream finds the same terms and
// the same problems, at the same lines and columns, as Parse.
func TestParseStreamMatchesParse(t *testing.T) {
	var big bytes.Buffer
	if err := synth.Write(&big, 500, 7); err != nil {
		t.Fatal(err)
	}
	var many strings.Builder // more problems than MaxProblems, spread over entries
	many.WriteString("terms:\n")
	for i := range 700 {
		fmt.Fprintf(&many, "  - term: T%d\n    colour: red\n    size: 3\n", i)
	}
	files := map[string]string{"built-in": string(data.YAML), "synthetic": big.String(), "many problems": many.String()}
	for name, yaml := range blockFiles {
		files[name] = yaml
	}
	for name, yaml := range files {
		t.Run(name, func(t *testing.T) {
			sameAsParse(t, []byte(yaml))
		})
	}
}

func sameAsParse(t *testing.T, in []byte) {
	t.Helper()
	want, wantProblems := glossary.Parse("f.yaml", in)
	got, gotProblems := glossary.ParseStream("f.yaml", bytes.NewReader(in))
	if !reflect.DeepEqual(gotProblems, wantProblems) {
		t.Errorf("problems:\n got  %v\n want %v", gotProblems, wantProblems)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%d terms, Parse %d", len(got.Terms), len(want.Terms))
		for i := range min(len(got.Terms), len(want.Terms)) {
			if !reflect.DeepEqual(got.Terms[i], want.Terms[i]) {
				t.Errorf("term %d:\n got  %+v\n want %+v", i, got.Terms[i], want.Terms[i])
				break
			}
		}
	}
}

// TestParseStreamNotBlock checks a file in any other shape is refused at
// the line that breaks the shape.
func TestParseStreamNotBlock(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"flow list", "terms: [{term: A}]\n", "f.yaml:1:1: a glossary over 2 MiB must be a block list"},
		{"other key first", "name: x\nterms:\n  - term: A\n", "f.yaml:1:1:"},
		{"key after", "terms:\n  - term: A\nother: 1\n", "f.yaml:3:1:"},
		{"second document", "terms:\n  - term: A\n---\nterms:\n", "f.yaml:3:1:"},
		{"less indented", "terms:\n  - term: A\n - term: B\n", "f.yaml:3:1:"},
		{"map before entry", "terms:\n  term: A\n", "f.yaml:2:1:"},
		{"no entries", "terms:\n# none\n", "f.yaml:2:1:"},
		{"only a header", "terms:\n", "f.yaml:1:1:"},
		{"tab", "terms:\n  - term: A\n\t- term: B\n", "f.yaml:3:1:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, problems := glossary.ParseStream("f.yaml", strings.NewReader(tt.yaml))
			if len(problems) != 1 || !strings.Contains(problems[0].String(), tt.want) {
				t.Errorf("got %v, want one problem containing %q", problems, tt.want)
			}
		})
	}
}

// TestParseStreamAliasAcross checks an alias to an anchor in another
// entry, which ParseStream cannot resolve, is refused at the entry's line,
// and nothing after it is kept.
func TestParseStreamAliasAcross(t *testing.T) {
	var b strings.Builder
	b.WriteString("terms:\n  - term: &a A\n    category: C\n")
	for i := range 2000 { // more than one part of the file parsed at a time
		fmt.Fprintf(&b, "  - term: T%d\n    category: C\n", i)
	}
	line := 4 + 2*2000
	b.WriteString("  - term: B\n    aliases: [*a]\n  - term: C\n")
	in := b.String()
	f, problems := glossary.ParseStream("f.yaml", strings.NewReader(in))
	if len(problems) != 1 || problems[0].Pos.Line > line || problems[0].Pos.Line < 4 || !strings.Contains(problems[0].Message, "not valid YAML: unknown anchor") || len(f.Terms) != 0 {
		t.Errorf("got %d terms and %v", len(f.Terms), problems)
	}
	if _, problems := glossary.Parse("f.yaml", []byte(in)); problems.Err() == nil {
		t.Error("Parse accepted an alias")
	}
}

// TestParseStreamLimits checks an entry or a line too large to parse
// safely one at a time is refused at its line, before YAML sees it.
func TestParseStreamLimits(t *testing.T) {
	long := strings.Repeat("x", glossary.MaxEntrySize)
	tests := []struct{ name, yaml, want string }{
		{"entry", "terms:\n  - term: A\n  - term: B\n    definition: >-\n" + strings.Repeat("      "+long[:1000]+"\n", 300), "f.yaml:3:1: entry is larger than the 256 KiB limit"},
		{"line", "terms:\n  - term: A\n    definition: " + long + long + "\n", "f.yaml:3:1: line is longer than the 256 KiB limit"},
		{"long header line", "# " + long + "\nterms:\n", "f.yaml:1:1: a glossary over 2 MiB must be a block list of terms (\"terms:\", then \"- term:\" entries): this line is longer than 256 KiB"},
		{"long header", strings.Repeat("# "+long[:1000]+"\n", 300) + "terms:\n", "f.yaml:1:1: the lines before the first entry are longer than the 256 KiB limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, problems := glossary.ParseStream("f.yaml", strings.NewReader(tt.yaml))
			if len(problems) != 1 || !strings.HasPrefix(problems[0].String(), tt.want) || len(f.Terms) != 0 {
				t.Errorf("got %d terms and %v, want %q", len(f.Terms), problems, tt.want)
			}
		})
	}
}

// FuzzParseStream checks ParseStream against Parse: it never accepts what
// Parse refuses, and whenever both parse a file they agree on every term
// and problem.
func FuzzParseStream(f *testing.F) {
	for _, yaml := range blockFiles {
		f.Add([]byte(yaml))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		got, gotProblems := glossary.ParseStream("f.yaml", bytes.NewReader(in))
		want, wantProblems := glossary.Parse("f.yaml", in)
		if gotProblems.Err() == nil && wantProblems.Err() != nil {
			t.Fatalf("ParseStream accepted what Parse refuses: %v", wantProblems.Err())
		}
		for _, p := range gotProblems {
			if strings.Contains(p.Message, "must be a block list") || strings.HasPrefix(p.Message, "not valid YAML") || strings.HasPrefix(p.Message, "YAML aliases") {
				return // a shape ParseStream does not take, or YAML split differently
			}
		}
		if len(gotProblems) == 1 && notText(gotProblems[0]) {
			// Reading as it goes, ParseStream stops at the first of NUL
			// and invalid UTF-8; Parse looks for invalid UTF-8 first.
			if len(wantProblems) != 1 || !notText(wantProblems[0]) {
				t.Errorf("ParseStream stopped at %v; Parse found %v", gotProblems, wantProblems)
			}
			return
		}
		if !reflect.DeepEqual(gotProblems, wantProblems) || !reflect.DeepEqual(got, want) {
			t.Errorf("ParseStream and Parse disagree:\n stream %v (%d terms)\n parse  %v (%d terms)", gotProblems, len(got.Terms), wantProblems, len(want.Terms))
		}
	})
}

func notText(p glossary.Problem) bool {
	return p.Message == "NUL byte in file" || p.Message == "invalid UTF-8"
}
