package cli

import (
	"os"
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
	layers := cacheLayers(srcs)
	slot, _ := cache.For(cache.Dir(a.io.Getenv), layers)
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
	if slot != nil && slot.Save(g) == nil { // g is not used again: reopen frees it
		return a.reopen(slot, srcs, merge)
	}
	// The cache cannot be written. A large glossary is still kept in a
	// cache of its own for this run, removed when the run ends: its
	// matcher, prepared in memory beside the parsed glossary, would take
	// twice the memory.
	if len(g.Terms) >= privateCacheTerms {
		if dir, err := os.MkdirTemp("", "gloss-cache-"); err == nil {
			if slot, _ := cache.For(dir, layers); slot != nil && slot.Save(g) == nil {
				e, err := a.reopen(slot, srcs, merge)
				if e != nil {
					e.m.Load() // while the files are there to read
					e.tmp = dir
				}
				return e, err
			}
			os.RemoveAll(dir)
		}
	}
	return &env{g: g, m: match.New(g), srcs: srcs}, nil
}

// privateCacheTerms is the size of glossary worth a cache of its own for
// one run when the cache directory cannot be written.
var privateCacheTerms = 20000

// reopen reads back from slot the glossary just saved there, once the
// memory of its parsed form is given back, and prepares and saves its
// matcher's index, so that no later run pays for the index, whatever this
// one is asked.
func (a *app) reopen(slot *cache.Slot, srcs []source, merge func() (*glossary.Glossary, error)) (*env, error) {
	debug.FreeOSMemory()
	if g, m, ok := slot.Open(); ok {
		a.prepare(m)
		a.noGC()
		return &env{g: g, m: m, srcs: srcs}, nil
	}
	g, err := merge() // the cache went away meanwhile
	if err != nil {
		return nil, err
	}
	return &env{g: g, m: match.New(g), srcs: srcs}, nil
}

// cacheLayers describes srcs for the cache.
func cacheLayers(srcs []source) []cache.Layer {
	layers := make([]cache.Layer, len(srcs))
	for i, s := range srcs {
		layers[i] = cache.Layer{Path: s.path}
		if s.origin == fromBuiltin {
			layers[i].Content = data.YAML
		}
	}
	return layers
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

// removeTemp removes the cache directory of this run's own, if any.
func (a *app) removeTemp() {
	if a.env != nil && a.env.tmp != "" {
		os.RemoveAll(a.env.tmp)
	}
}
