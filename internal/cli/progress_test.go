package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fakeClock is an afterFunc whose timers fire only when the test says.
type fakeClock struct {
	pending []func()
	waits   []time.Duration
	stopped int
}

func (c *fakeClock) after(d time.Duration, f func()) func() bool {
	c.waits = append(c.waits, d)
	c.pending = append(c.pending, f)
	return func() bool { c.stopped++; return true }
}

// fire runs the timer armed last, as if its time had come.
func (c *fakeClock) fire() { c.pending[len(c.pending)-1]() }

func progressApp(tty bool) (*app, *bytes.Buffer, *fakeClock) {
	var errs bytes.Buffer
	c := &fakeClock{}
	a := &app{io: &IO{Err: &errs, ErrTTY: tty, Getenv: func(string) string { return "" }}, after: c.after}
	return a, &errs, c
}

func TestProgressShownOnlyAfterASecondOnATerminal(t *testing.T) {
	a, errs, c := progressApp(true)
	p := a.startProgress("loading the glossary")
	if len(c.waits) != 1 || c.waits[0] != progressAfter {
		t.Fatalf("armed %v, want one timer of %v", c.waits, progressAfter)
	}
	if errs.Len() != 0 {
		t.Fatalf("printed %q before the timer fired", errs.String())
	}
	c.fire()
	c.fire()
	p.stop()
	want := eraseLine + "gloss: loading the glossary… 1s" + eraseLine + "gloss: loading the glossary… 2s" + eraseLine
	if errs.String() != want {
		t.Errorf("stderr %q, want %q", errs.String(), want)
	}
	c.fire() // a timer that fires as stop runs prints nothing
	if errs.String() != want {
		t.Errorf("a tick after stop printed %q", strings.TrimPrefix(errs.String(), want))
	}
}

func TestProgressQuickWorkPrintsNothing(t *testing.T) {
	a, errs, c := progressApp(true)
	a.startProgress("searching").stop()
	if errs.Len() != 0 || c.stopped != 1 {
		t.Errorf("stderr %q, timers stopped %d; want nothing printed and the timer stopped", errs.String(), c.stopped)
	}
}

func TestProgressNeverOnAPipe(t *testing.T) {
	a, errs, c := progressApp(false)
	p := a.startProgress("checking")
	p.stop()
	if p != nil || len(c.waits) != 0 || errs.Len() != 0 {
		t.Errorf("on a pipe: progress %v, timers %v, stderr %q; want none", p, c.waits, errs.String())
	}
}

// TestLoadShowsProgress checks that loading arms the progress line and
// ends it, whatever the load took (the test never waits on a clock).
func TestLoadShowsProgress(t *testing.T) {
	a, errs, c := progressApp(true)
	if _, err := a.load(); err != nil {
		t.Fatal(err)
	}
	defer a.closeEnv()
	if len(c.waits) != 1 || c.stopped != 1 {
		t.Errorf("load armed %v and stopped %d timers; want one armed and stopped", c.waits, c.stopped)
	}
	if errs.Len() != 0 {
		t.Errorf("stderr %q", errs.String())
	}
}

func TestProgressStatus(t *testing.T) {
	a, errs, c := progressApp(true)
	done := int64(0)
	p := a.startProgress("importing x.csv").showing(func(seconds int) string {
		return bytesStatus(done, 40e6, seconds, "read")
	})
	done = 10e6
	c.fire()
	done = 30e6
	c.fire()
	p.stop()
	want := eraseLine + "gloss: importing x.csv… [#####---------------] 25% of 40.0 MB, 10.0 MB/s, 1s" +
		eraseLine + "gloss: importing x.csv… [###############-----] 75% of 40.0 MB, 15.0 MB/s, 2s" + eraseLine
	if errs.String() != want {
		t.Errorf("stderr %q,\nwant %q", errs.String(), want)
	}
	if got := bytesStatus(5e6, 0, 2, "written"); got != "5.0 MB written, 2.5 MB/s" {
		t.Errorf("no total: %q", got)
	}
	if got := bytesStatus(50e6, 40e6, 1, "read"); !strings.Contains(got, "100% of 40.0 MB") {
		t.Errorf("past the total: %q", got)
	}
	var none *progress
	if none.showing(func(int) string { return "" }) != nil {
		t.Error("showing on a nil progress")
	}
}

// TestIndexingShowsProgress checks that the run whose query first needs
// a cached glossary's match index arms a progress line while it
// prepares it, and that neither a run that reads it back nor the
// browser's does.
func TestIndexingShowsProgress(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "team.yaml")
	text := "terms:\n  - term: Widget\n    category: Products\n    definition: A small part made in bulk.\n" +
		"  - term: Gadget\n    category: Products\n    definition: A clever little tool.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"HOME": dir, "XDG_CONFIG_HOME": filepath.Join(dir, "config"), "XDG_CACHE_HOME": filepath.Join(dir, "cache")}
	run := func(browsing bool) *fakeClock {
		t.Helper()
		a, errs, c := progressApp(true)
		a.io.Getenv = func(k string) string { return env[k] }
		a.glossaries, a.noBuiltin, a.browsing = []string{path}, true, browsing
		e, err := a.load()
		if err != nil {
			t.Fatal(err)
		}
		defer a.closeEnv()
		if got := e.m.Answer("widgte"); !got.OK || got.Term.Name != "Widget" {
			t.Fatalf("widgte: %+v", got)
		}
		if errs.Len() != 0 {
			t.Errorf("stderr %q", errs.String())
		}
		return c
	}
	indexes := func() []string {
		m, _ := filepath.Glob(filepath.Join(dir, "cache", "gloss", "*.match"))
		return m
	}
	if c := run(false); len(c.waits) != 2 || c.stopped != 2 {
		t.Errorf("the first run (parsing, then indexing for the typo) armed %v and stopped %d timers; want two of each", c.waits, c.stopped)
	}
	if c := run(false); len(c.waits) != 1 || c.stopped != 1 {
		t.Errorf("a run reading the index back armed %v and stopped %d timers; want the load's alone", c.waits, c.stopped)
	}
	for _, m := range indexes() {
		if err := os.Remove(m); err != nil {
			t.Fatal(err)
		}
	}
	if c := run(true); len(c.waits) != 1 || c.stopped != 1 {
		t.Errorf("the browser's run armed %v and stopped %d timers; want the load's alone", c.waits, c.stopped)
	}
	if len(indexes()) != 1 {
		t.Errorf("the browser's run left %v in the cache, want its index", indexes())
	}
}
