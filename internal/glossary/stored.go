package glossary

import (
	"sync"
	"sync/atomic"

	"github.com/gloss-cli/gloss/internal/parallel"
)

// Store is a glossary kept outside the Go heap in a form read where it
// lies (the cache's mapped file, internal/cache): its terms are decoded
// one at a time and its keys found in place, so that a lookup in a
// glossary of a million terms reads a few of them. Its methods report a
// store found damaged with an error.
type Store interface {
	// Len returns the number of terms.
	Len() int
	// Term returns term i, 0 <= i < Len(), decoded.
	Term(i int) (Term, error)
	// Find returns the place of the term whose name or alias has the
	// key, and whether there is one.
	Find(key string) (int, bool, error)
	// Related returns the places of the terms that Glossary.Related
	// returns for term i.
	Related(i int) ([]int, error)
	// LinkedFrom returns the places of the terms that
	// Glossary.LinkedFrom returns for term i, in order of place.
	LinkedFrom(i int) ([]int, error)
	// LinkedFromCount returns how many places LinkedFrom(i) returns.
	LinkedFromCount(i int) (int, error)
	// Name returns the name of term i, 0 <= i < Len(), alone.
	Name(i int) (string, error)
	// Keys returns the key index, sorted by key.
	Keys() ([]SnapshotKey, error)
	// Sources returns what each file merged contributed.
	Sources() ([]Source, error)
	// Check checks every part of the store, as reading every term would,
	// without decoding or keeping any.
	Check() error
	// Decoded tells the store that All has decoded terms from..to, which
	// will be read from their Terms from now on, or that a reader of every
	// term has passed them (Glossary.Release): a store that maps a file
	// can let the pages it read to check them go (their definitions).
	Decoded(from, to int)
}

// FromStore returns the glossary s keeps. A term is decoded the first
// time it is asked for and kept, so Term returns the same *Term every
// time. A store that reports an error makes the method that asked it
// panic with that error as its value, on the goroutine that asked: code
// that reads terms on several goroutines takes All first, which decodes
// every term on the cores and panics, if it must, on its caller's.
// Package load documents how a run recovers (a damaged cache is
// removed and the run starts again from the glossary files).
func FromStore(s Store) *Glossary {
	return &Glossary{stored: &stored{s: s, terms: make([]atomic.Pointer[Term], s.Len())}}
}

// stored is the state of a glossary kept in a Store.
type stored struct {
	s     Store
	terms []atomic.Pointer[Term] // each term once decoded

	allOnce sync.Once
	all     []*Term
	allErr  error

	sourcesOnce sync.Once
	sources     []Source
	sourcesErr  error
}

// minDecodePart is how many terms All decodes on one core before another
// is worth waking: below it, starting a thread on a busy machine costs
// more than the decoding, most of which is the kernel's first touch of
// the memory the terms take.
const minDecodePart = 50000

// term returns term i, decoding it and keeping it if no one has.
func (st *stored) term(i int) *Term {
	t := st.peek(i)
	if st.terms[i].CompareAndSwap(nil, t) {
		return t
	}
	return st.terms[i].Load() // kept before, or by another goroutine first
}

// peek returns term i as decoded before, else decoded now and not kept.
func (st *stored) peek(i int) *Term {
	if t := st.terms[i].Load(); t != nil {
		return t
	}
	t, err := st.s.Term(i)
	if err != nil {
		panic(err)
	}
	return &t
}

// every returns every term, decoding on every core those not yet decoded.
func (st *stored) every() []*Term {
	st.allOnce.Do(func() {
		all := make([]*Term, len(st.terms))
		var failed atomic.Pointer[error]
		parallel.Ranges(len(all), parallel.Parts(len(all), minDecodePart), func(_, from, to int) {
			for i := from; i < to && failed.Load() == nil; i++ {
				if t := st.terms[i].Load(); t != nil {
					all[i] = t
					continue
				}
				t, err := st.s.Term(i)
				if err != nil {
					failed.CompareAndSwap(nil, &err)
					return
				}
				if !st.terms[i].CompareAndSwap(nil, &t) {
					all[i] = st.terms[i].Load()
					continue
				}
				all[i] = &t
			}
			st.s.Decoded(from, to)
		})
		if err := failed.Load(); err != nil {
			st.allErr = *err
			return
		}
		st.all = all
	})
	if st.allErr != nil {
		panic(st.allErr)
	}
	return st.all
}

// name returns the name of term i, read alone unless the term is
// decoded.
func (st *stored) name(i int) string {
	if t := st.terms[i].Load(); t != nil {
		return t.Name
	}
	n, err := st.s.Name(i)
	if err != nil {
		panic(err)
	}
	return n
}

// find returns the term key names, or nil.
func (st *stored) find(key string) *Term {
	i, ok, err := st.s.Find(key)
	if err != nil {
		panic(err)
	}
	if !ok {
		return nil
	}
	return st.term(i)
}

// related returns Glossary.Related for t, which the store keeps
// resolved, and false if t is not one of its terms.
func (st *stored) related(t *Term) ([]*Term, bool) {
	return st.places(t, st.s.Related)
}

// linkedFrom returns Glossary.LinkedFrom for t, which the store keeps
// resolved, and false if t is not one of its terms.
func (st *stored) linkedFrom(t *Term) ([]*Term, bool) {
	return st.places(t, st.s.LinkedFrom)
}

// place returns t's place, and false if t is not one of the store's
// terms.
func (st *stored) place(t *Term) (int, bool) {
	i, ok, err := st.s.Find(Key(t.Name)) // a name always finds its own term
	if err != nil {
		panic(err)
	}
	return i, ok && st.term(i) == t
}

// places returns the terms at the places of t that of gives, and false
// if t is not one of the store's terms.
func (st *stored) places(t *Term, of func(i int) ([]int, error)) ([]*Term, bool) {
	i, ok := st.place(t)
	if !ok {
		return nil, false
	}
	places, err := of(i)
	if err != nil {
		panic(err)
	}
	var out []*Term
	for _, p := range places {
		out = append(out, st.term(p))
	}
	return out, true
}

// keys returns the sorted key index.
func (st *stored) keys() []SnapshotKey {
	keys, err := st.s.Keys()
	if err != nil {
		panic(err)
	}
	return keys
}

// allSources returns the sources, decoded once.
func (st *stored) allSources() []Source {
	st.sourcesOnce.Do(func() {
		st.sources, st.sourcesErr = st.s.Sources()
	})
	if st.sourcesErr != nil {
		panic(st.sourcesErr)
	}
	return st.sources
}
