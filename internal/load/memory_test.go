package load

import (
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"

	"github.com/gloss-cli/gloss/internal/cache"
	"github.com/gloss-cli/gloss/internal/match"
)

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

// TestGCPercentWhileParsing checks the collector runs at loadGCPercent
// while glossaries are parsed and merged, unless GOGC is set, and that
// the setting is put back.
func TestGCPercentWhileParsing(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	for _, gogc := range []string{"", "50"} {
		restore := LimitMemory(func(k string) string {
			if k == "GOGC" {
				return gogc
			}
			return ""
		})
		want := loadGCPercent
		if gogc != "" {
			want = 100
		}
		if p, _ := gcSettings(); p != want {
			t.Errorf("GOGC=%q: GC percent %d while parsing; want %d", gogc, p, want)
		}
		restore()
		if p, _ := gcSettings(); p != 100 {
			t.Errorf("GOGC=%q: GC percent %d after; want 100", gogc, p)
		}
	}
}

// TestIndexAfterClose checks that a matcher preparing its index after its
// Env was closed (the browser's refiner can still be at it as the run
// ends) leaves the collector's settings as Close put them back.
func TestIndexAfterClose(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(77))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(3 << 30))
	dir, env := home(t, map[string]string{"team.yaml": widgets})
	cfg := Config{Getenv: getenv(env), Glossaries: []string{filepath.Join(dir, "team.yaml")}}
	e, err := Open(cfg)
	if err != nil {
		t.Fatal(err)
	}
	m := e.Matcher()
	e.Close()
	m.Best("gadgte") // prepares and saves the index now
	if p, l := gcSettings(); p != 77 || l != 3<<30 {
		t.Errorf("GC percent %d, memory limit %d after an index prepared past Close; want 77, %d", p, l, int64(3<<30))
	}
}

// TestIndexPanics checks that a panic while the index is prepared and
// written (a damaged block of the glossary, which the run recovers from)
// leaves the settings as a cached glossary runs with, and no part of a
// file in the cache.
func TestIndexPanics(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(77))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(3 << 30))
	dir, e, k := openKept(t)
	defer e.Close()
	x := &lazyIndex{x: k.Index, mem: e.mem} // the store open gives the matcher
	func() {
		defer func() { recover() }()
		x.Save(func(w io.Writer) error {
			w.Write([]byte("part of an index"))
			panic("damaged")
		})
	}()
	if p, l := gcSettings(); p != -1 || l != cachedMemoryLimit {
		t.Errorf("GC percent %d, memory limit %d after a panic while preparing; want -1, %d", p, l, int64(cachedMemoryLimit))
	}
	left, _ := filepath.Glob(filepath.Join(dir, "cache", "gloss", "*.tmp"))
	if len(left) > 0 {
		t.Errorf("a panic while writing left %v in the cache", left)
	}
}

// refusing is a slot's index store whose Save fails, as on a full disk.
type refusing struct{ match.Store }

func (refusing) Save(func(io.Writer) error) error { return errors.New("no space left on device") }

// TestIndexScratch checks that an index the slot cannot take is kept for
// the run in a scratch file, read back from there, and leaves no file
// behind: the answers are those of a matcher prepared in memory.
func TestIndexScratch(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	dir, e, k := openKept(t)
	defer e.Close()
	x := &lazyIndex{x: refusing{k.Index}, mem: e.mem}
	m := match.Stored(k.Glossary, x)
	r, ok := m.Best("gadgte")
	if !ok || r.Term.Name != "Gadget" {
		t.Fatalf("gadgte: %v %v, want Gadget", r.Term, ok)
	}
	if x.scratch == nil {
		t.Error("the index the slot refused was not kept in a scratch file")
	}
	if left, _ := os.ReadDir(tmp); len(left) > 0 {
		t.Errorf("the scratch file was left in the temporary directory: %v", left)
	}
	if index, _ := filepath.Glob(filepath.Join(dir, "cache", "gloss", "*.match")); len(index) > 0 {
		t.Errorf("the refusing slot holds %v", index)
	}
}

// openKept loads a small glossary through a cache of its own and returns
// the directory, the Env and what its slot keeps, as open gives it to the
// matcher, for a test to give that matcher's store a store of its own.
func openKept(t *testing.T) (string, *Env, *cache.Kept) {
	t.Helper()
	dir, env := home(t, map[string]string{"team.yaml": widgets})
	cfg := Config{Getenv: getenv(env), Glossaries: []string{filepath.Join(dir, "team.yaml")}}
	e, err := Open(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srcs, _ := Sources(cfg)
	slot, err := cache.For(cache.Dir(cfg.Getenv), cacheLayers(srcs))
	if err != nil {
		e.Close()
		t.Fatal(err)
	}
	k, ok := slot.Open()
	if !ok {
		e.Close()
		t.Fatal("the glossary just loaded is not in the cache")
	}
	return dir, e, k
}
