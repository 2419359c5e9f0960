package cli

import (
	"runtime/debug"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/cache"
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
)

// The Go heap gloss aims to stay under with a large glossary (soft limits,
// see runtime/debug.SetMemoryLimit): with the pages of a cached glossary
// they keep a 100,000-term glossary under 200 MB of resident memory. Less
// while preparing the matcher's index, as the glossary's pages are read,
// and once it comes from the cache, when the collector is off and only
// this limit makes it run.
const (
	memoryLimit        = 150 << 20
	prepareMemoryLimit = 110 << 20
	cachedMemoryLimit  = 120 << 20
)

// loadCached returns the merged glossary of srcs from the cache, or, on a
// miss, merges it with merge, keeps it in the cache and reads it back, so
// the parsed form's memory is freed first. It uses no cache when there is
// no cache directory or a source cannot be examined (merge reports why);
// a cache that cannot be written only costs the next run the same work.
func (a *app) loadCached(srcs []source, merge func() (*glossary.Glossary, error)) (*env, error) {
	a.tuneMemory()
	slot := a.slot(srcs)
	if slot != nil {
		gc := a.noGC()
		if g, m, ok := slot.Open(); ok {
			if !slot.HasIndex() { // the run that kept g stopped short of it
				gc()
				a.prepare(m)
				a.noGC()
			}
			return &env{g: g, m: m, srcs: srcs}, nil
		}
		gc() // parsing makes garbage: collect it
	}
	g, err := merge()
	if err != nil {
		return nil, err
	}
	if slot != nil && slot.Save(g) == nil {
		g = nil
		debug.FreeOSMemory() // give back the parsed glossary before mapping the cached one
		if g, m, ok := slot.Open(); ok {
			// Prepare the matcher's index and keep it now, so that no
			// later run pays for it, whatever this one is asked.
			a.prepare(m)
			a.noGC()
			return &env{g: g, m: m, srcs: srcs}, nil
		}
		if g, err = merge(); err != nil { // the cache went away meanwhile
			return nil, err
		}
	}
	return &env{g: g, m: match.New(g), srcs: srcs}, nil
}

// slot returns the cache slot for srcs, or nil.
func (a *app) slot(srcs []source) *cache.Slot {
	layers := make([]cache.Layer, len(srcs))
	for i, s := range srcs {
		layers[i] = cache.Layer{Path: s.path}
		if s.origin == fromBuiltin {
			layers[i].Content = data.YAML
		}
	}
	slot, err := cache.For(cache.Dir(a.io.Getenv), layers)
	if err != nil {
		return nil
	}
	return slot
}

// tuneMemory caps the Go heap, unless the user set GOMEMLIMIT.
func (a *app) tuneMemory() {
	if a.io.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}

// prepare has m prepare its index and save it to the cache, then gives
// the memory that took back to the system.
func (a *app) prepare(m *match.Matcher) {
	if a.io.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(prepareMemoryLimit)
		defer debug.SetMemoryLimit(memoryLimit)
	}
	m.Prepare()
	debug.FreeOSMemory()
}

// noGC turns the garbage collector off, unless the user set GOGC, to read
// a glossary from the cache: what gloss allocates from then on is nearly
// all kept until it exits, so collecting would only cost time. The
// memory limit still starts a collection should the heap near it. It
// returns a function that turns the collector back on.
func (a *app) noGC() (restore func()) {
	if a.io.Getenv("GOGC") != "" || a.io.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(-1)
	debug.SetMemoryLimit(cachedMemoryLimit)
	return func() {
		debug.SetGCPercent(old)
		debug.SetMemoryLimit(memoryLimit)
	}
}
