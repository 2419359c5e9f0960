package load

import (
	"runtime/debug"
	"sync"
)

// The Go heap gloss aims to stay under with a large glossary (soft limits,
// see runtime/debug.SetMemoryLimit), chosen so that a 100,000-term
// glossary's first load peaks at about 180 MB of resident memory, under
// the 200 MB budget (docs/adr/017-first-load-memory.md). While parsing,
// merging and saving, the parsed glossary is most of the heap (about 120
// MB at 100,000 terms) and nothing is mapped: a limit close above it
// makes the collector run again and again for little (at 150 MB, a
// collection every few megabytes allocated, a third of the load's time).
// Less while preparing the matcher's index, as the glossary's pages are
// read, and once it comes from the cache, when the collector is off and
// only this limit makes it run.
const (
	memoryLimit        = 170 << 20
	prepareMemoryLimit = 140 << 20
	cachedMemoryLimit  = 120 << 20
)

// loadGCPercent is the collector's GOGC while glossary files are parsed
// and merged: the heap grows from a few megabytes to the parsed glossary,
// about 120 MB at 100,000 terms, nearly all of it kept, and at the
// default 100 the collector ran some thirty times on the way, each
// marking all that was parsed so far (docs/adr/020-first-load-overlap.md).
// At 400 it runs a few times before memoryLimit, which then decides as
// before; the peak is the limit's, not this.
const loadGCPercent = 400

// memory is the policy for the garbage collector while a glossary other
// than the built-in one is loaded and used. It changes the runtime's
// settings, which belong to the whole process, and restore puts them back
// as they were found: an Env's Close does that, and every path of Open
// that returns no Env. GOGC and GOMEMLIMIT, when the user set them, are
// left alone.
//
// Its methods may be called from any goroutine: a matcher prepares its
// index when a query first needs it (lazyIndex), which in the browser is
// on a goroutine of its own that may still be at it when the run closes
// its Env. Once restore has run, the others change nothing.
type memory struct {
	userGC, userLimit bool // GOGC, GOMEMLIMIT set
	percent           int  // the settings found
	limit             int64

	mu     sync.Mutex
	closed bool // restore has run
}

// newMemory notes the runtime's settings and caps the heap at memoryLimit.
func newMemory(getenv func(string) string) *memory {
	m := &memory{userGC: getenv("GOGC") != "", userLimit: getenv("GOMEMLIMIT") != ""}
	m.percent = debug.SetGCPercent(-1)
	debug.SetGCPercent(m.percent)
	m.limit = debug.SetMemoryLimit(-1) // -1 reads it
	if !m.userLimit {
		debug.SetMemoryLimit(memoryLimit)
	}
	m.gc()
	return m
}

// noGC turns the garbage collector off to read a glossary from the cache:
// what gloss allocates from then on is nearly all kept until it exits, so
// collecting would only cost time. The memory limit still starts a
// collection should the heap near it.
func (m *memory) noGC() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.userGC || m.userLimit || m.closed {
		return
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(cachedMemoryLimit)
}

// gc turns the collector back on, at loadGCPercent under memoryLimit: for
// parsing, which makes garbage.
func (m *memory) gc() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.userGC || m.userLimit || m.closed {
		return
	}
	debug.SetGCPercent(loadGCPercent)
	debug.SetMemoryLimit(memoryLimit)
}

// preparing lowers the limit while the matcher's index is prepared and
// returns the function that raises it again.
func (m *memory) preparing() (done func()) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.userLimit || m.closed {
		return func() {}
	}
	old := debug.SetMemoryLimit(prepareMemoryLimit)
	return func() {
		m.mu.Lock()
		defer m.mu.Unlock()
		if !m.closed {
			debug.SetMemoryLimit(old)
		}
	}
}

// restore puts the settings back as newMemory found them, for good.
func (m *memory) restore() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.closed = true
	debug.SetGCPercent(m.percent)
	debug.SetMemoryLimit(m.limit)
}

// LimitMemory caps the Go heap as loading a large glossary does, for work
// that parses and merges glossaries without an Env (`gloss validate`),
// and returns the function that puts the runtime's settings back.
func LimitMemory(getenv func(string) string) (restore func()) {
	return newMemory(getenv).restore
}
