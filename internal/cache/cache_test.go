package cache_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/cache"
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
	"github.com/gloss-cli/gloss/internal/synth"
)

// fixture is a synthetic glossary file layered over the built-in one, as
// gloss loads it with --glossary.
type fixture struct {
	t    testing.TB
	dir  string // the cache directory
	path string // the glossary file
}

func newFixture(t testing.TB, terms int) *fixture {
	t.Helper()
	f := &fixture{t: t, dir: filepath.Join(t.TempDir(), "cache"), path: filepath.Join(t.TempDir(), "team.yaml")}
	var b bytes.Buffer
	if err := synth.Write(&b, terms, 1); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(f.path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *fixture) layers() []cache.Layer {
	return []cache.Layer{{Path: data.Name, Content: data.YAML}, {Path: f.path}}
}

func (f *fixture) slot() *cache.Slot {
	f.t.Helper()
	s, err := cache.For(f.dir, f.layers())
	if err != nil {
		f.t.Fatal(err)
	}
	return s
}

// merge parses and merges the layers as gloss does on a cache miss.
func (f *fixture) merge() *glossary.Glossary {
	f.t.Helper()
	file, problems := glossary.LoadFile(f.path)
	if err := problems.Err(); err != nil {
		f.t.Fatal(err)
	}
	g, problems := glossary.New(data.File(), file)
	if err := problems.Err(); err != nil {
		f.t.Fatal(err)
	}
	return g
}

// save merges the layers and keeps them in the cache.
func (f *fixture) save() *glossary.Glossary {
	f.t.Helper()
	g := f.merge()
	if err := f.slot().Save(g, nil); err != nil {
		f.t.Fatal(err)
	}
	return g
}

// open opens slot as package load does: its glossary, and a matcher
// whose index the slot keeps.
func open(slot *cache.Slot) (*glossary.Glossary, *match.Matcher, bool) {
	k, ok := slot.Open()
	if !ok {
		return nil, nil, false
	}
	return k.Glossary, match.Stored(k.Glossary, k.Index), true
}

// damageLastDefinition flips a bit in the middle of the cached file's
// copy of want's last definition: a block that opening does not read.
func (f *fixture) damageLastDefinition(want *glossary.Glossary) {
	f.t.Helper()
	last := want.Term(want.Len() - 1)
	files, _ := filepath.Glob(filepath.Join(f.dir, "*.glossary"))
	b, _ := os.ReadFile(files[0])
	at := bytes.LastIndex(b, []byte(last.Definition))
	if at < 0 {
		f.t.Fatal("definition not found in the file")
	}
	b[at+len(last.Definition)/2] ^= 0x40
	os.WriteFile(files[0], b, 0o600)
}

func (f *fixture) hit() bool {
	_, _, ok := open(f.slot())
	return ok
}

var queries = []string{"nps", "net promoter score", "oppurtunity", "forecasts", "onboardin", "whats a webhook", "lead guitar", "pipline stage"}

// TestRoundTrip checks a glossary read back from the cache is the one
// saved: the same terms, key index and sources, and the same answers.
func TestRoundTrip(t *testing.T) {
	f := newFixture(t, 300)
	want := f.save()
	got, m, ok := open(f.slot())
	if !ok {
		t.Fatal("cache miss right after saving")
	}
	if got.Len() != want.Len() {
		t.Fatalf("%d terms, want %d", got.Len(), want.Len())
	}
	for i, w := range want.All() {
		g := got.Term(i)
		if g.Name != w.Name || g.Category != w.Category || g.Definition != w.Definition || g.Formula != w.Formula ||
			g.Example != w.Example || !reflect.DeepEqual(g.Aliases, w.Aliases) || !reflect.DeepEqual(g.Related, w.Related) || g.Pos != w.Pos ||
			!reflect.DeepEqual(g.Origin, w.Origin) {
			t.Fatalf("term %d:\n got  %+v\n want %+v", i, *g, *w)
		}
	}
	if !reflect.DeepEqual(got.Keys(), want.Keys()) {
		t.Error("key index differs")
	}
	if !reflect.DeepEqual(got.Sources(), want.Sources()) {
		t.Errorf("sources:\n got  %+v\n want %+v", got.Sources(), want.Sources())
	}
	sameRelated(t, got, want)
	for _, term := range want.All()[:50] {
		queries = append(queries, term.Name, term.Name[:len(term.Name)-2])
	}
	fresh := match.New(want)
	for pass := range 2 { // preparing the index and saving it, then reading it back
		if pass == 1 {
			_, m, _ = open(f.slot())
		}
		for _, q := range queries {
			if a, b := names(m.Lookup(q)), names(fresh.Lookup(q)); !reflect.DeepEqual(a, b) {
				t.Errorf("pass %d: Lookup(%q) = %v, want %v", pass, q, a, b)
			}
		}
	}
}

func names(rs []match.Result) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Term.Name+" "+string(r.Kind)+" "+r.Via)
	}
	return out
}

// TestStale checks a changed glossary file is never answered from the
// cache: edited, replaced by another file, moved, or only touched.
func TestStale(t *testing.T) {
	later := time.Now().Add(time.Hour)
	tests := []struct {
		name   string
		change func(t *testing.T, f *fixture)
	}{
		{"edited", func(t *testing.T, f *fixture) {
			b, _ := os.ReadFile(f.path)
			os.WriteFile(f.path, bytes.Replace(b, []byte("definition: >-"), []byte("definition: >"), 1), 0o644)
		}},
		{"edited, same size and time", func(t *testing.T, f *fixture) {
			info, _ := os.Stat(f.path)
			b, _ := os.ReadFile(f.path)
			i := bytes.Index(b, []byte("definition: >-\n      ")) + len("definition: >-\n      ")
			b[i] ^= 0x20 // a letter of the first definition, in the other case
			os.WriteFile(f.path, b, 0o644)
			os.Chtimes(f.path, info.ModTime(), info.ModTime())
		}},
		{"replaced", func(t *testing.T, f *fixture) {
			info, _ := os.Stat(f.path)
			b, _ := os.ReadFile(f.path)
			other := f.path + ".new"
			os.WriteFile(other, b, 0o644)
			os.Chtimes(other, info.ModTime(), info.ModTime())
			os.Rename(other, f.path)
		}},
		{"touched", func(t *testing.T, f *fixture) {
			os.Chtimes(f.path, later, later)
		}},
		{"moved", func(t *testing.T, f *fixture) {
			moved := filepath.Join(filepath.Dir(f.path), "moved.yaml")
			os.Rename(f.path, moved)
			f.path = moved
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, 50)
			f.save()
			if !f.hit() {
				t.Fatal("cache miss right after saving")
			}
			tt.change(t, f)
			if f.hit() {
				t.Fatal("cache hit after the file changed")
			}
			f.save()
			if !f.hit() {
				t.Error("cache miss after saving again")
			}
		})
	}
}

// TestDamaged checks a damaged or cut-short cache file is not used, or,
// damaged where only reading it finds out, answers right or reports
// ErrDamaged and is removed; and that saving again mends it; for the match
// index, that the matcher prepares its own and answers the same.
func TestDamaged(t *testing.T) {
	damage := map[string]func(b []byte) []byte{
		"flipped byte":  func(b []byte) []byte { b[len(b)/2] ^= 0x40; return b },
		"flipped early": func(b []byte) []byte { b[20] ^= 1; return b },
		"truncated":     func(b []byte) []byte { return b[:len(b)-100] },
		"header only":   func(b []byte) []byte { return b[:64] },
		"empty":         func(b []byte) []byte { return nil },
		"appended":      func(b []byte) []byte { return append(b, 0) },
	}
	for name, fn := range damage {
		t.Run(name, func(t *testing.T) {
			f := newFixture(t, 50)
			want := f.save()
			_, m, _ := open(f.slot())
			m.Prepare() // saves the match index
			for _, kind := range []string{"match", "glossary"} {
				files, _ := filepath.Glob(filepath.Join(f.dir, "*."+kind))
				if len(files) != 1 {
					t.Fatalf("%d %s files in the cache", len(files), kind)
				}
				b, _ := os.ReadFile(files[0])
				os.WriteFile(files[0], fn(b), 0o600)
			}
			if g, _, ok := open(f.slot()); ok {
				err := readAll(g, want)
				if !errors.Is(err, cache.ErrDamaged) {
					t.Fatalf("damaged glossary file used: %v", err)
				}
				if f.hit() {
					t.Fatal("damaged glossary file found damaged, but kept")
				}
			}
			f.save()
			g, m, ok := open(f.slot())
			if !ok {
				t.Fatal("cache miss after saving again")
			}
			fresh := match.New(want)
			for _, q := range append(queries, g.Term(7).Name) { // the damaged match index is prepared again
				if a, b := names(m.Lookup(q)), names(fresh.Lookup(q)); !reflect.DeepEqual(a, b) {
					t.Errorf("Lookup(%q) = %v, want %v", q, a, b)
				}
			}
		})
	}
}

// TestDamagedLate checks a byte damaged in one term's definition, which
// opening the glossary does not read, leaves the other terms readable,
// makes reading that term report ErrDamaged, and removes the slot's
// files, so that the next run builds them again.
func TestDamagedLate(t *testing.T) {
	f := newFixture(t, 600)
	want := f.save()
	f.damageLastDefinition(want)

	g, _, ok := open(f.slot())
	if !ok {
		t.Fatal("the damage was found on opening: it lies in no block opening reads")
	}
	first := g.Find(want.Term(0).Name)
	if first == nil || first.Definition != want.Term(0).Definition {
		t.Fatalf("a term in a whole block: %v", first)
	}
	err := readAll(g, want)
	if !errors.Is(err, cache.ErrDamaged) {
		t.Fatalf("reading the damaged term: %v, want ErrDamaged", err)
	}
	if f.hit() {
		t.Error("the damaged slot was kept")
	}
}

// sameRelated checks every term of got has the related terms of the same
// term of want, in the same order.
func sameRelated(t *testing.T, got, want *glossary.Glossary) {
	t.Helper()
	for i, w := range want.All() {
		var a, b []string
		for _, r := range got.Related(got.Term(i)) {
			a = append(a, r.Name)
		}
		for _, r := range want.Related(w) {
			b = append(b, r.Name)
		}
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("Related(%q) = %q, want %q", w.Name, a, b)
		}
		a, b = nil, nil
		for _, r := range got.LinkedFrom(got.Term(i)) {
			a = append(a, r.Name)
		}
		for _, r := range want.LinkedFrom(w) {
			b = append(b, r.Name)
		}
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("LinkedFrom(%q) = %q, want %q", w.Name, a, b)
		}
		if n := got.LinkedFromCount(i); n != len(b) {
			t.Fatalf("LinkedFromCount(%q) = %d, want %d", w.Name, n, len(b))
		}
	}
}

// TestRelated checks the related terms kept with a glossary are those
// Glossary.Related finds: names that find nothing, the term itself and
// repeats left out.
func TestRelated(t *testing.T) {
	f := newFixture(t, 20)
	os.WriteFile(f.path, []byte(`terms:
  - term: Widget rate
    aliases: [WR]
    category: Metrics
    definition: How many widgets a team ships in a week, counted on Fridays by the lead.
    related: [NPS, Widget rate, Net Promoter Score, wr, Churn rate]
  - term: Gadget rate
    category: Metrics
    definition: How many gadgets a team ships in a week, counted on Mondays.
    related: [Widget rate, NPS]
`), 0o644)
	want := f.save()
	got, _, ok := open(f.slot())
	if !ok {
		t.Fatal("cache miss right after saving")
	}
	if n := len(want.Related(want.Find("wr"))); n != 2 {
		t.Fatalf("the fixture's term has %d related terms, want 2", n)
	}
	sameRelated(t, got, want)
}

// readAll reads every term, key and source of g, and the term each key
// finds, comparing them with want's; it returns the error g panicked
// with, if it did.
func readAll(g, want *glossary.Glossary) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err, _ = v.(error)
			if err == nil {
				panic(v)
			}
		}
	}()
	for i := range g.Len() {
		if got, w := g.Term(i), want.Term(i); got.Name != w.Name || got.Definition != w.Definition || !reflect.DeepEqual(got.Aliases, w.Aliases) {
			return fmt.Errorf("term %d is %q, want %q", i, got.Name, w.Name)
		}
		if a, b := len(g.Related(g.Term(i))), len(want.Related(want.Term(i))); a != b {
			return fmt.Errorf("term %d has %d related terms, want %d", i, a, b)
		}
		if a, b := len(g.LinkedFrom(g.Term(i))), len(want.LinkedFrom(want.Term(i))); a != b {
			return fmt.Errorf("term %d has %d linking terms, want %d", i, a, b)
		}
		if a, b := g.Name(i), want.Term(i).Name; a != b {
			return fmt.Errorf("term %d is named %q alone, want %q", i, a, b)
		}
	}
	for _, k := range want.Keys() {
		if got := g.Find(k.Key); got != g.Term(int(k.Term)) {
			return fmt.Errorf("key %q finds %v", k.Key, got)
		}
	}
	if !reflect.DeepEqual(g.Keys(), want.Keys()) || !reflect.DeepEqual(g.Sources(), want.Sources()) {
		return errors.New("keys or sources differ")
	}
	return nil
}

// TestUnwritable checks a cache directory that cannot be made or written
// only means no cache.
func TestUnwritable(t *testing.T) {
	f := newFixture(t, 20)
	blocker := filepath.Join(t.TempDir(), "file")
	os.WriteFile(blocker, nil, 0o644)
	f.dir = filepath.Join(blocker, "gloss") // under a file: cannot be made, even by root
	g := f.merge()
	if err := f.slot().Save(g, nil); err == nil {
		t.Fatal("Save under a file succeeded")
	}
	if f.hit() {
		t.Fatal("cache hit with no cache")
	}
	_, m, _ := open(f.slot())
	if m != nil {
		t.Fatal("matcher from a missing cache")
	}
	if _, err := cache.For("", f.layers()); err == nil {
		t.Error("For with no directory succeeded")
	}
}

// TestConcurrent checks runs saving and opening the same slot at once
// never see a half-written file: each open finds the whole glossary or
// nothing.
func TestConcurrent(t *testing.T) {
	f := newFixture(t, 200)
	g := f.merge()
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 5 {
				if err := f.slot().Save(g, nil); err != nil {
					t.Error(err)
				}
			}
		})
		wg.Go(func() {
			for range 20 {
				if got, m, ok := open(f.slot()); ok {
					if got.Len() != g.Len() || got.Find(g.Term(100).Name) == nil {
						t.Error("opened a partial glossary")
					}
					m.Prepare()
				}
			}
		})
	}
	wg.Wait()
	if !f.hit() {
		t.Error("cache miss after the writers finished")
	}
	tmp, _ := filepath.Glob(filepath.Join(f.dir, "*.tmp"))
	if len(tmp) > 0 {
		t.Errorf("temporary files left behind: %v", tmp)
	}
}

// TestBuiltinIdentity checks the built-in layer keys the cache by its
// content: another built-in glossary never meets this one's cache.
func TestBuiltinIdentity(t *testing.T) {
	f := newFixture(t, 20)
	f.save()
	layers := f.layers()
	layers[0].Content = append([]byte("# edited\n"), data.YAML...)
	s, err := cache.For(f.dir, layers)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, ok := open(s); ok {
		t.Error("cache hit for another built-in glossary")
	}
}

// TestPrune checks that writing a slot removes slots unused for 30 days
// (judged by their glossary file) and temporary files over an hour old,
// and nothing else; and that a slot found in the cache is marked as used.
func TestPrune(t *testing.T) {
	f := newFixture(t, 20)
	f.save()
	current, _ := filepath.Glob(filepath.Join(f.dir, "*.glossary"))
	if len(current) != 1 {
		t.Fatalf("saved slot files: %v", current)
	}
	age := func(name string, d time.Duration) string {
		path := filepath.Join(f.dir, name)
		if _, err := os.Stat(path); os.IsNotExist(err) {
			if err := os.WriteFile(path, []byte("x"), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		then := time.Now().Add(-d)
		if err := os.Chtimes(path, then, then); err != nil {
			t.Fatal(err)
		}
		return path
	}
	day := 24 * time.Hour
	gone := []string{
		age("0123456789abcdef01234567.glossary", 8*day),
		age("0123456789abcdef01234567.match", 8*day),
		age("0123456789abcdef01234567.glossary.42.tmp", 2*time.Hour),
	}
	kept := []string{
		age("fedcba9876543210fedcba98.glossary", 6*day),
		age("fedcba9876543210fedcba98.match", 60*day), // its glossary is in use

		age("fedcba9876543210fedcba98.match.7.tmp", 30*time.Minute),
		age("notes.glossary", 90*day),
		age("notes.tmp", 90*day), // not gloss's
		age("0123456789abcdef01234567.tmp", 2*time.Hour),
		age("0123456789abcdef0123456z.match", 90*day),
	}
	age(filepath.Base(current[0]), 40*day)
	if !f.hit() {
		t.Fatal("the saved slot is not found")
	}
	if info, err := os.Stat(current[0]); err != nil || time.Since(info.ModTime()) > time.Hour {
		t.Errorf("a slot found in the cache is not marked as used: %v", err)
	}
	f.save()
	for _, p := range gone {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("%s is still there", filepath.Base(p))
		}
	}
	for _, p := range append(kept, current[0]) {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s was removed", filepath.Base(p))
		}
	}
}

// TestPeek checks that reading every term of a cached glossary once
// (Peek, Each, RelatedNames: what list and search do) gives the terms
// and related names the merged glossary has, and keeps none of them:
// Term decodes each afresh afterwards, rather than handing back one the
// reader decoded.
func TestPeek(t *testing.T) {
	f := newFixture(t, 300)
	want := f.save()
	got, _, ok := open(f.slot())
	if !ok {
		t.Fatal("cache miss right after saving")
	}
	peeked := map[int]*glossary.Term{}
	got.Each(0, got.Len(), func(i int, term *glossary.Term) {
		w := want.Term(i)
		if term.Name != w.Name || term.Definition != w.Definition || term.Category != w.Category || !reflect.DeepEqual(term.Aliases, w.Aliases) {
			t.Fatalf("Each: term %d is %q, want %q", i, term.Name, w.Name)
		}
		var names []string
		for _, r := range want.Related(w) {
			names = append(names, r.Name)
		}
		if rn := got.RelatedNames(i); !reflect.DeepEqual(rn, names) {
			t.Fatalf("RelatedNames(%d) = %q, want %q", i, rn, names)
		}
		if i%7 == 0 {
			peeked[i] = term
		}
	})
	for i, p := range peeked {
		if got.Term(i) == p {
			t.Fatalf("term %d: Term returned the term Each decoded, which it should not have kept", i)
		}
		if got.Peek(i) != got.Term(i) {
			t.Fatalf("term %d: Peek after Term decoded another copy, want the kept one", i)
		}
	}
}

// TestCheck checks that Glossary.Check reads a whole cached glossary
// without complaint, and finds a damaged block no term has been read
// from yet, panicking with ErrDamaged (what list relies on to load again
// before it prints).
func TestCheck(t *testing.T) {
	f := newFixture(t, 600)
	want := f.save()
	g, _, ok := open(f.slot())
	if !ok {
		t.Fatal("cache miss right after saving")
	}
	g.Check()
	f.damageLastDefinition(want)
	g, _, ok = open(f.slot())
	if !ok {
		t.Fatal("the damage was found on opening: it lies in no block opening reads")
	}
	var err error
	func() {
		defer func() { err, _ = recover().(error) }()
		g.Check()
	}()
	if !errors.Is(err, cache.ErrDamaged) {
		t.Fatalf("Check of a damaged file: %v, want ErrDamaged", err)
	}
	if f.hit() {
		t.Error("the damaged slot was kept")
	}
}
