package glossary_test

import (
	"testing"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// TestProblemKinds checks each sort of problem is counted under its kind,
// whether Parse or New finds it.
func TestProblemKinds(t *testing.T) {
	tests := []struct {
		yaml string
		want glossary.Kind
	}{
		{"terms:\n  - {term: A, colour: x}\n", glossary.KindUnknownKey},
		{"terms:\n  - {term: A, definition: 42}\n", glossary.KindWrongType},
		{"terms:\n  - {term: null, category: C}\n", glossary.KindWrongType},
		{"terms:\n  - {category: C}\n", glossary.KindMissing},
		{"terms:\n  - {term: \"A\\e\"}\n", glossary.KindControl},
		{"terms: [unclosed\n", glossary.KindFormat},
		{"terms:\n  - {term: A, category: C, definition: d}\n  - {term: a, category: C, definition: d}\n", glossary.KindDuplicate},
		{"terms:\n  - {term: A, category: C, definition: d, related: [Nope]}\n", glossary.KindBrokenLink},
		{"terms:\n  - {term: A, category: C, definition: d, related: [A]}\n", glossary.KindSelfLink},
		{"terms:\n  - {term: A, aliases: [x], category: C, definition: d}\n  - {term: B, aliases: [X], category: C, definition: d}\n", glossary.KindAliasClash},
		{"terms:\n  - {term: '--', category: C, definition: d}\n", glossary.KindNoLetters},
	}
	for _, tt := range tests {
		f, problems := glossary.Parse("f.yaml", []byte(tt.yaml))
		_, merged := glossary.New(f)
		found := false
		for _, p := range append(problems, merged...) {
			found = found || p.Kind == tt.want
		}
		if !found {
			t.Errorf("%q: no problem of kind %q in %v", tt.yaml, tt.want, append(problems, merged...))
		}
	}
}
