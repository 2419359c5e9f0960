package load

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
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

// TestBrokenLayerFound checks a broken file in glossary.d, and a missing
// file on GLOSS_PATH, are left out with a warning naming file and line,
// and the other layers still load.
func TestBrokenLayerFound(t *testing.T) {
	dir, env := home(t, map[string]string{
		"config/gloss/glossary.d/10-bad.yaml":  broken,
		"config/gloss/glossary.d/20-good.yaml": widgets,
	})
	env["GLOSS_PATH"] = filepath.Join(dir, "nonexistent.yaml")
	for run := range 2 { // the second from the cache, which keeps the warnings
		e, err := Open(Config{Getenv: getenv(env)})
		if err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		if e.Glossary().Find("widget") == nil || e.Glossary().Find("nps") == nil {
			t.Errorf("run %d: the good layers are missing", run)
		}
		if e.Glossary().Find("cog") != nil {
			t.Errorf("run %d: a term of the broken layer was loaded", run)
		}
		if got := len(e.Sources()); got != 2 || len(e.Glossary().Sources) != 2 {
			t.Errorf("run %d: %d sources, want built-in and 20-good.yaml", run, got)
		}
		var warnings []string
		for _, s := range e.Skipped() {
			warnings = append(warnings, s.String())
		}
		if len(warnings) != 2 ||
			!strings.Contains(warnings[0], "10-bad.yaml:3:5: unknown key") || !strings.Contains(warnings[0], "(and 2 more errors)") ||
			!strings.HasSuffix(warnings[0], "see 'gloss validate "+filepath.Join(dir, "config/gloss/glossary.d/10-bad.yaml")+"'") ||
			!strings.Contains(warnings[1], "nonexistent.yaml: no such file") {
			t.Errorf("run %d: warnings\n%s", run, strings.Join(warnings, "\n"))
		}
		e.Close()
		if kept, _ := filepath.Glob(filepath.Join(dir, "cache", "gloss", "*.glossary")); len(kept) != 1 {
			t.Errorf("run %d: cache files %v", run, kept)
		}
	}
}

// TestBrokenLayerNamed checks a broken file named with --glossary stops
// the load, with its errors counted as validate counts them.
func TestBrokenLayerNamed(t *testing.T) {
	dir, env := home(t, map[string]string{"bad.yaml": broken})
	bad := filepath.Join(dir, "bad.yaml")
	_, err := Open(Config{Getenv: getenv(env), Glossaries: []string{bad}})
	var le *Error
	if !errors.As(err, &le) {
		t.Fatalf("err = %v, want an *Error", err)
	}
	if len(le.Problems) != 3 || !strings.Contains(err.Error(), "(and 2 more; 'gloss validate "+bad+"' lists them)") {
		t.Errorf("%d problems: %v", len(le.Problems), err)
	}
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

// gcSettings returns the garbage collector's percent and memory limit.
func gcSettings() (int, int64) {
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	return p, debug.SetMemoryLimit(-1)
}

// TestMemoryRestored checks every way of loading leaves the garbage
// collector's settings as it found them once the Env is closed, or at
// once when there is no Env: loading changes them for the whole process.
func TestMemoryRestored(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(77))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(3 << 30))
	dir, env := home(t, map[string]string{"team.yaml": widgets, "bad.yaml": broken, "blocked": ""})
	team, bad := filepath.Join(dir, "team.yaml"), filepath.Join(dir, "bad.yaml")
	t.Setenv("TMPDIR", t.TempDir())
	defer func(n int) { privateCacheTerms = n }(privateCacheTerms)
	cases := []struct {
		name  string
		cfg   Config
		setup func()
	}{
		{"built-in only", Config{}, nil},
		{"cache miss", Config{Glossaries: []string{team}}, nil},
		{"cache hit", Config{Glossaries: []string{team}}, nil},
		{"broken --glossary", Config{Glossaries: []string{bad}}, nil},
		{"no cache, private cache", Config{Glossaries: []string{team}}, func() {
			env["XDG_CACHE_HOME"] = filepath.Join(dir, "blocked")
			privateCacheTerms = 2
		}},
		{"no cache at all", Config{Glossaries: []string{team}}, func() { privateCacheTerms = math.MaxInt }},
		{"GOGC set", Config{Glossaries: []string{team}}, func() { env["GOGC"] = "50" }},
	}
	for _, c := range cases {
		if c.setup != nil {
			c.setup()
		}
		c.cfg.Getenv = getenv(env)
		e, err := Open(c.cfg)
		if err == nil {
			e.Matcher().Best("gadgte") // reads or prepares the index
			e.Close()
		}
		if p, l := gcSettings(); p != 77 || l != 3<<30 {
			t.Errorf("%s: GC percent %d, memory limit %d after the run; want 77, %d", c.name, p, l, int64(3<<30))
		}
	}
}

// TestNoGCWhileCached checks a glossary read from the cache runs with the
// collector off (the memory limit alone starts one) until Close.
func TestNoGCWhileCached(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	dir, env := home(t, map[string]string{"team.yaml": widgets})
	cfg := Config{Getenv: getenv(env), Glossaries: []string{filepath.Join(dir, "team.yaml")}}
	for run := range 2 {
		e, err := Open(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if p, l := gcSettings(); p != -1 || l != cachedMemoryLimit {
			t.Errorf("run %d: GC percent %d, limit %d while the Env is open", run, p, l)
		}
		e.Close()
	}
}

// TestLeftOutThenNamed checks a file left out when found on GLOSS_PATH
// is an error when the same file is named with --glossary, although the
// cache holds a glossary for the same list of files.
func TestLeftOutThenNamed(t *testing.T) {
	dir, env := home(t, map[string]string{"bad.yaml": broken})
	bad := filepath.Join(dir, "bad.yaml")
	env["GLOSS_PATH"] = bad
	e, err := Open(Config{Getenv: getenv(env)})
	if err != nil || len(e.Skipped()) != 1 {
		t.Fatalf("found: %v, %v", err, e)
	}
	e.Close()
	env["GLOSS_PATH"] = ""
	if _, err := Open(Config{Getenv: getenv(env), Glossaries: []string{bad}}); err == nil {
		t.Error("named: no error")
	}
}
