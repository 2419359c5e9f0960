package match

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/glossary"
)

func TestDebugHolders(t *testing.T) {
	f, _ := glossary.Parse(data.Name, data.YAML)
	g, _ := glossary.New(f)
	m := New(g)
	for _, w := range strings.Fields(os.Getenv("WORDS")) {
		w = strings.ReplaceAll(w, "_", " ")
		h, heads := m.holders(newQuery(w))
		var names []string
		for _, x := range h {
			names = append(names, fmt.Sprintf("%s(%v)", x.term.Name, x.head))
		}
		fmt.Printf("%s: %d holders, %d heads: %s\n", w, len(h), len(heads), strings.Join(names, "; "))
	}
}
