package cache_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/cache"
	"github.com/gloss-cli/gloss/internal/glossary"
)

// TestOrigins checks a glossary read back from the cache says, as the one
// saved did, where each merged term's definition comes from and which
// files extended it (glossary.Origin), and that other terms say nothing.
func TestOrigins(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"team.yaml": `terms:
  - term: Lead
    definition: Anyone who has filled in the contact form on our website.
  - term: opportunity
    aliases: [oppty]
  - term: Widget
    category: Products
    definition: What we sell, in three sizes.
`,
		"mine.yaml": `terms:
  - term: Lead
    aliases: [hot one]
  - term: Widget
    definition: What my team sells, in one size.
`,
	}
	layers := []cache.Layer{{Path: data.Name, Content: data.YAML}}
	parsed := []*glossary.File{data.File()}
	for _, name := range []string{"team.yaml", "mine.yaml"} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(files[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		f, problems := glossary.LoadFile(path)
		if err := problems.Err(); err != nil {
			t.Fatal(err)
		}
		layers, parsed = append(layers, cache.Layer{Path: path}), append(parsed, f)
	}
	want, problems := glossary.New(parsed...)
	if err := problems.Err(); err != nil {
		t.Fatal(err)
	}
	slot, err := cache.For(filepath.Join(dir, "cache"), layers)
	if err != nil {
		t.Fatal(err)
	}
	if err := slot.Save(want, nil); err != nil {
		t.Fatal(err)
	}
	got, _, ok := open(slot)
	if !ok {
		t.Fatal("cache miss right after saving")
	}
	merged := 0
	for i, w := range want.All() {
		if g := got.Term(i); !reflect.DeepEqual(g.Origin, w.Origin) {
			t.Errorf("%s: Origin = %+v, want %+v", w.Name, g.Origin, w.Origin)
		}
		if w.Origin != nil {
			merged++
		}
	}
	team, mine := filepath.Join(dir, "team.yaml"), filepath.Join(dir, "mine.yaml")
	for name, o := range map[string]*glossary.Origin{
		"lead":        {Source: team, ExtendedBy: []string{mine}},
		"opportunity": {Source: data.Name, ExtendedBy: []string{team}},
		"widget":      {Source: mine},
		"nps":         nil,
	} {
		if g := got.Find(name).Origin; !reflect.DeepEqual(g, o) {
			t.Errorf("%s read back: Origin = %+v, want %+v", name, g, o)
		}
	}
	if merged != 3 {
		t.Errorf("%d merged terms, want 3", merged)
	}
}
