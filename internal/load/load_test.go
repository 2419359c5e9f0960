package load

import (
	"os"
	"path/filepath"
	"testing"
)

// widgets is a small valid glossary of two terms.
const widgets = `terms:
  - term: Widget
    category: Products
    definition: A thing we sell to teams that track their deals in a CRM.
  - term: Gadget
    category: Products
    definition: A smaller thing we sell alongside widgets to the same teams.
`

// broken has two errors of its own and a related link to no term, which
// only merging finds: three, as `gloss validate` counts them.
const broken = `terms:
  - term: Sprocket
    colour: blue
    category: Products
    definition: A part of a widget that turns, sold to teams on its own.
  - term: Cog
    category: Products
    definition: A tooth of a sprocket, for teams that count such things.
    related: [Nowhere]
  - term: Lever
    definition: A bar that moves things, for teams that sell widgets.
`

// home returns a clean environment in a new directory: no glossary.d, a
// cache of its own, and the files named written there.
func home(t *testing.T, files map[string]string) (string, map[string]string) {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		path := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, map[string]string{"HOME": dir, "XDG_CONFIG_HOME": filepath.Join(dir, "config"), "XDG_CACHE_HOME": filepath.Join(dir, "cache")}
}

func getenv(env map[string]string) func(string) string {
	return func(k string) string { return env[k] }
}

// TestPrivateCache checks a large glossary is read through a cache of the
// run's own when the cache directory cannot be written, and that Close
// removes it.
func TestPrivateCache(t *testing.T) {
	defer func(n int) { privateCacheTerms = n }(privateCacheTerms)
	privateCacheTerms = 2
	dir, env := home(t, map[string]string{"team.yaml": widgets, "blocked": ""})
	tmp := filepath.Join(dir, "tmp")
	os.Mkdir(tmp, 0o700)
	t.Setenv("TMPDIR", tmp)
	env["XDG_CACHE_HOME"] = filepath.Join(dir, "blocked") // a file where the cache directory should be
	e, err := Open(Config{Getenv: getenv(env), Glossaries: []string{filepath.Join(dir, "team.yaml")}})
	if err != nil {
		t.Fatal(err)
	}
	made, _ := filepath.Glob(filepath.Join(tmp, "gloss-cache-*", "*.glossary"))
	index, _ := filepath.Glob(filepath.Join(tmp, "gloss-cache-*", "*.match"))
	if len(made) != 1 || len(index) != 1 {
		t.Errorf("no private cache: %v %v", made, index)
	}
	if r, ok := e.Matcher().Best("gadgte"); !ok || r.Term.Name != "Gadget" {
		t.Errorf("Best(gadgte) = %v, %v", r, ok)
	}
	e.Close()
	if left, _ := os.ReadDir(tmp); len(left) > 0 {
		t.Errorf("left %s behind", left[0].Name())
	}
}
