package load

import (
	"io"
	"os"
	"runtime/debug"
	"slices"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/cache"
	"github.com/gloss-cli/gloss/internal/match"
)

// ErrCacheDamaged is what a glossary read from the cache panics with
// (an error wrapping it, on the goroutine that asked) when it finds a part
// of its file damaged that loading did not read: the file's blocks are
// checked as they are first read, so that a lookup reads a few of them,
// not the file (docs/adr/006-cache.md). The cache's files for those
// layers have been removed by then, so loading again reads the glossary
// files; package cli does that for a command that has printed nothing.
var ErrCacheDamaged = cache.ErrDamaged

// privateCacheTerms is the size of glossary worth a cache of its own for
// one run when the cache directory cannot be written: from about this
// size a matcher prepared in memory beside the parsed glossary takes
// more memory than the budget allows at 100,000 terms (docs/adr/006-cache.md).
var privateCacheTerms = 20000

// cached loads l's layers through the cache: from it, or on a miss by
// merging them, keeping the result in the cache and reading it back, so
// that the parsed form's memory is freed first. It uses no cache when
// there is no cache directory or a source cannot be examined (merging
// reports why); a cache that cannot be written only costs the next run
// the same work.
func (l *loader) cached() (*Env, error) {
	layers := cacheLayers(l.srcs)
	var slot *cache.Slot
	if len(l.walked) == 0 { // a directory that could not be read is not in the key: warn every run
		slot, _ = cache.For(cache.Dir(l.cfg.Getenv), layers)
	}
	if slot != nil {
		l.mem.noGC()
		if e, ok := l.open(slot); ok {
			return e, nil
		}
		l.mem.gc() // parsing makes garbage: collect it
	}
	mg, err := l.merge()
	if err != nil {
		return nil, err
	}
	// The layers left out are kept with the glossary, so that every run
	// that reads it warns again; mending the file changes the slot's key.
	if slot != nil && slot.Save(mg.g, notes(mg.skipped)) == nil { // mg is not used again: reopen frees it
		return l.reopen(slot, mg)
	}
	// The cache cannot be written. A large glossary is still kept in a
	// cache of its own for this run, removed when the run ends: its
	// matcher, prepared in memory beside the parsed glossary, would take
	// twice the memory.
	if mg.g.Len() >= privateCacheTerms {
		if dir, err := os.MkdirTemp("", "gloss-cache-"); err == nil {
			if slot, _ := cache.For(dir, layers); slot != nil && slot.Save(mg.g, notes(mg.skipped)) == nil {
				// Its index is prepared now, inside Open, whose caller
				// already shows that it is loading: no second line.
				l.cfg.Indexing = nil
				e, err := l.reopen(slot, mg)
				if e != nil {
					e.m.Load() // while the files are there to read
					e.tmp = dir
				} else {
					os.RemoveAll(dir)
				}
				return e, err
			}
			os.RemoveAll(dir)
		}
	}
	return l.env(mg.g, match.New(mg.g), mg.srcs, mg.skipped), nil
}

// open returns the Env kept in slot, if it holds one: the glossary, a
// matcher that keeps its index in the slot, and the layers left out.
func (l *loader) open(slot *cache.Slot) (*Env, bool) {
	k, ok := slot.Open()
	if !ok {
		return nil, false
	}
	var skipped []Skip
	for _, n := range k.Notes {
		skipped = append(skipped, Skip{n.Path, n.Text})
	}
	var srcs []Source
	for _, s := range l.srcs {
		switch {
		case !slices.ContainsFunc(skipped, func(k Skip) bool { return k.Path == s.Path }):
			srcs = append(srcs, s)
		case !s.found(): // left out when found, now named: that is an error, which merging reports
			return nil, false
		}
	}
	if len(srcs) != k.Sources {
		return nil, false
	}
	return l.env(k.Glossary, match.Stored(k.Glossary, &lazyIndex{x: k.Index, mem: l.mem, indexing: l.cfg.Indexing}), srcs, skipped), true
}

// lazyIndex is the cache's store for a matcher's index. The index is
// prepared and saved by the first run whose query needs it, not by the
// run that parses the glossary files: a lookup of a name or alias as
// written, `list`, `show` and the like never read it, so the first run
// after a glossary changes costs about its parse, and a run that needs
// the index pays for it once (docs/adr/021-index-when-needed.md). It is
// prepared as the first load's was: the collector on, under
// prepareMemoryLimit, the memory given back after, and the caller told
// (Config.Indexing). When the slot cannot take it, it is kept for this
// run in a scratch file (cache.Scratch), not on the heap.
type lazyIndex struct {
	x        match.Store // the slot's: a *cache.Index
	mem      *memory
	indexing func() (done func())
	scratch  []byte // the index this run keeps outside the slot, if any
}

func (s *lazyIndex) Index() ([]byte, error) {
	if s.scratch != nil {
		return s.scratch, nil
	}
	return s.x.Index()
}

func (s *lazyIndex) Done(b []byte)             { s.x.Done(b) }
func (s *lazyIndex) TextsRead(from, to int)    { s.x.TextsRead(from, to) }
func (s *lazyIndex) Damaged(what string) error { return s.x.Damaged(what) }

// Save prepares and saves the index that write writes: in the slot, else
// in a scratch file for this run. The settings are put back by deferred
// calls, so that a panic while preparing (a damaged block of the
// glossary, which the run recovers from by loading again) leaves the
// collector as it found it.
func (s *lazyIndex) Save(write func(io.Writer) error) error {
	if s.indexing != nil {
		defer s.indexing()()
	}
	s.mem.gc()
	defer debug.FreeOSMemory()
	defer s.mem.noGC()
	defer s.mem.preparing()()
	err := s.x.Save(write)
	if err != nil {
		if b, serr := cache.Scratch(write); serr == nil {
			s.scratch, err = b, nil
		}
	}
	return err
}

// notes returns the layers left out as notes for the cache.
func notes(skipped []Skip) []cache.Note {
	var out []cache.Note
	for _, s := range skipped {
		out = append(out, cache.Note{Path: s.Path, Text: s.Reason})
	}
	return out
}

// reopen reads back from slot the glossary just saved there, once the
// memory of its parsed form is given back. Its matcher's index is
// prepared when a query first needs it (lazyIndex). saved is what was
// saved: its glossary is dropped, so that the parsed form's memory can
// be freed.
func (l *loader) reopen(slot *cache.Slot, saved *merged) (*Env, error) {
	saved.g = nil
	debug.FreeOSMemory()
	if e, ok := l.open(slot); ok {
		l.mem.noGC()
		return e, nil
	}
	mg, err := l.merge() // the cache went away meanwhile
	if err != nil {
		return nil, err
	}
	return l.env(mg.g, match.New(mg.g), mg.srcs, mg.skipped), nil
}

// cacheLayers describes srcs for the cache.
func cacheLayers(srcs []Source) []cache.Layer {
	layers := make([]cache.Layer, len(srcs))
	for i, s := range srcs {
		layers[i] = cache.Layer{Path: s.Path}
		if s.Origin == FromBuiltin {
			layers[i].Content = data.YAML
		}
	}
	return layers
}
