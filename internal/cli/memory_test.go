package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
)

// TestMemoryRestored checks that every kind of in-process run leaves the
// garbage collector's settings as it found them: loading a glossary from
// the cache turns the collector off and caps the heap for the run, and
// those settings belong to the whole process (a test binary included).
func TestMemoryRestored(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(66))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(5 << 30))
	dir := t.TempDir()
	team := filepath.Join(dir, "team.yaml")
	os.WriteFile(team, []byte(`terms:
  - term: Widget
    category: Products
    definition: A thing we sell to teams that track their deals in a CRM.
`), 0o644)
	env := map[string]string{"HOME": dir, "XDG_CONFIG_HOME": dir, "XDG_CACHE_HOME": filepath.Join(dir, "cache")}
	for _, args := range [][]string{
		{"nps"},
		{"--glossary", team, "widget"},         // a cache miss
		{"--glossary", team, "widget"},         // a hit
		{"--glossary", team, "wdgit"},          // a hit, with the match index
		{"--glossary", team, "zzqxv"},          // no match
		{"--glossary", team, "list", "--json"}, // the command tree
		{"--glossary", "missing.yaml", "nps"},  // an error
		{"validate", team},
	} {
		var out, errs bytes.Buffer
		Main(args, &IO{Out: &out, Err: &errs, Getenv: func(k string) string { return env[k] }})
		p := debug.SetGCPercent(-1)
		debug.SetGCPercent(p)
		if l := debug.SetMemoryLimit(-1); p != 66 || l != 5<<30 {
			t.Errorf("gloss %v: GC percent %d, memory limit %d after the run", args, p, l)
		}
	}
}

// TestMain fails the package's tests if, after all of them (every one
// runs Main in process), the garbage collector's settings are not what
// the test binary started with.
func TestMain(m *testing.M) {
	percent := debug.SetGCPercent(-1)
	debug.SetGCPercent(percent)
	limit := debug.SetMemoryLimit(-1)
	code := m.Run()
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	if l := debug.SetMemoryLimit(-1); code == 0 && (p != percent || l != limit) {
		fmt.Fprintf(os.Stderr, "GC percent %d and memory limit %d after the tests; they started at %d and %d\n", p, l, percent, limit)
		code = 1
	}
	os.Exit(code)
}
