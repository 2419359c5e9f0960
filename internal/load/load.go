// Package load turns the configured glossary sources into an Env: the
// merged glossary, its matcher and the sources it came from, ready to
// answer queries and never changed afterwards. It is the one way gloss
// loads a glossary. It finds the layers (the built-in glossary,
// glossary.d, GLOSS_PATH, --glossary), parses and merges them, leaves out
// a broken layer it found with a warning (docs/adr/008-broken-layers.md),
// keeps large glossaries in the cache (internal/cache) and reads them
// back, and holds the garbage collector's settings to a memory budget
// while it does, putting them back when the Env is closed.
package load

import (
	"os"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
)

// Config is what decides which layers are loaded.
type Config struct {
	Getenv     func(string) string // XDG_CONFIG_HOME, HOME, GLOSS_PATH, XDG_CACHE_HOME, GOGC, GOMEMLIMIT
	Glossaries []string            // files named with --glossary, lowest first
	NoBuiltin  bool                // leave out the built-in glossary
	Dir        string              // where a project glossary is looked for, and above; "" for the working directory
	// Indexing, if set, is called when a query starts preparing the
	// cached glossary's match index (seconds at 100,000 terms, once per
	// glossary: docs/adr/021-index-when-needed.md), and what it returns
	// when the index is saved: a caller's progress line.
	Indexing func() (done func())
}

// Env is a loaded glossary with its matcher. Close it when done with it.
type Env struct {
	g       *glossary.Glossary
	m       *match.Matcher
	srcs    []Source
	skipped []Skip
	mem     *memory // the runtime settings to put back, if changed
	tmp     string  // a cache directory of this run's own, to remove
}

// Glossary returns the merged glossary.
func (e *Env) Glossary() *glossary.Glossary { return e.g }

// Matcher returns the glossary's matcher.
func (e *Env) Matcher() *match.Matcher { return e.m }

// Sources returns where the glossary came from, one for each of its
// Sources, lowest layer first.
func (e *Env) Sources() []Source { return e.srcs }

// Skipped returns the layers found but left out because they cannot be
// loaded, each to be warned about.
func (e *Env) Skipped() []Skip { return e.skipped }

// Close puts back the garbage collector's settings as Open found them and
// removes the run's own cache directory, if it made one. The glossary
// must not be used afterwards: it may point into the removed cache.
func (e *Env) Close() {
	if e.mem != nil {
		e.mem.restore()
		e.mem = nil
	}
	if e.tmp != "" {
		os.RemoveAll(e.tmp)
		e.tmp = ""
	}
}

// Open loads the layers cfg configures. The built-in glossary alone is
// compiled in and costs nothing; anything else goes through the cache.
// The error is an *Error when a layer named with --glossary cannot be
// loaded, a directory named included.
func Open(cfg Config) (*Env, error) {
	if _, ps := walkNamed(cfg.Glossaries); len(ps.Errors()) > 0 {
		errs := ps.Errors()
		return nil, &Error{Source{errs[0].Pos.File, FromFlag}, errs}
	}
	srcs, walked := Sources(cfg)
	if len(srcs) == 1 && srcs[0].Origin == FromBuiltin && len(walked) == 0 {
		g := data.Glossary() // checked and indexed at build time
		return &Env{g: g, m: match.New(g), srcs: srcs}, nil
	}
	l := &loader{cfg: cfg, srcs: srcs, walked: walked, mem: newMemory(cfg.Getenv)}
	e, err := l.cached()
	if err != nil {
		l.mem.restore()
		return nil, err
	}
	return e, nil
}

// loader is one Open at work.
type loader struct {
	cfg    Config
	srcs   []Source
	walked glossary.Problems // directories that could not be walked
	mem    *memory
}

// merge parses and merges the layers.
func (l *loader) merge() (*merged, error) {
	return merge(l.srcs, l.walked, data.File())
}

// env returns the Env of g and m, owning the memory settings.
func (l *loader) env(g *glossary.Glossary, m *match.Matcher, srcs []Source, skipped []Skip) *Env {
	return &Env{g: g, m: m, srcs: srcs, skipped: skipped, mem: l.mem}
}
