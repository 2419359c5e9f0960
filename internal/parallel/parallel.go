// Package parallel splits work across the machine's cores. It is the one
// place gloss decides how many goroutines run at once: every package that
// works on a large glossary in parts (parsing, reading the cache,
// preparing and running the matcher, searching) goes through it, so the
// limit and the rule for when a part is worth a goroutine live here.
package parallel

import (
	"iter"
	"runtime"
	"sync/atomic"

	"golang.org/x/sync/errgroup"
)

// Group runs functions at once, at most one for each core: Go waits for a
// free core before it starts one. A function that panics does not end the
// process from its goroutine: Wait panics with the first such value on
// the goroutine that waits, once every function has returned, so a
// caller can recover it as it would a panic of its own (a glossary read
// from a damaged cache panics so, ADR 015).
type Group struct {
	g        errgroup.Group
	panicked atomic.Pointer[any]
}

// NewGroup returns a group that runs as many functions at once as Go may
// use cores (GOMAXPROCS).
func NewGroup() *Group {
	g := &Group{}
	g.g.SetLimit(runtime.GOMAXPROCS(0))
	return g
}

// Go runs fn in the group, waiting first while every core has one.
func (g *Group) Go(fn func()) {
	g.g.Go(func() error {
		defer func() {
			if v := recover(); v != nil {
				g.panicked.CompareAndSwap(nil, &v)
			}
		}()
		fn()
		return nil
	})
}

// Wait waits for every function started to return, then panics with the
// value of the first that panicked, if one did.
func (g *Group) Wait() {
	g.g.Wait()
	if v := g.panicked.Load(); v != nil {
		panic(*v)
	}
}

// Queue hands jobs to one worker for each core, in the order they are
// added. A producer that makes jobs one at a time (a parser splitting a
// file) can run up to ahead jobs in front of the workers, so they need not
// wait for it to be scheduled when one finishes.
type Queue[T any] struct {
	jobs chan T
	g    *Group
}

// NewQueue starts one worker for each core, each calling work on the jobs
// it takes.
func NewQueue[T any](ahead int, work func(T)) *Queue[T] {
	q := &Queue[T]{jobs: make(chan T, ahead), g: NewGroup()}
	for range runtime.GOMAXPROCS(0) {
		q.g.Go(func() {
			for job := range q.jobs {
				work(job)
			}
		})
	}
	return q
}

// Add queues job, waiting while the queue is full.
func (q *Queue[T]) Add(job T) { q.jobs <- job }

// Wait waits for every job added to be done. No job may be added after.
func (q *Queue[T]) Wait() {
	close(q.jobs)
	q.g.Wait()
}

// Do runs fns at once, at most one for each core, and waits for them.
func Do(fns ...func()) {
	g := NewGroup()
	for _, fn := range fns {
		g.Go(fn)
	}
	g.Wait()
}

// Start runs fn on a goroutine of its own and returns the function that
// waits for it to return: for work one core can do while the caller does
// other work that needs its result only later.
func Start(fn func()) (wait func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	return func() { <-done }
}

// Parts returns how many parts n items are worth splitting into: one for
// every minPart items or part of them, but no more than one for each
// core, and at least one.
func Parts(n, minPart int) int {
	minPart = max(1, minPart)
	return max(1, min(runtime.GOMAXPROCS(0), (n+minPart-1)/minPart))
}

// Ranges splits 0..n into parts consecutive ranges, as even as can be,
// and calls fn for each at once: part is its number, 0 first, and from..to
// its items. It returns when every call has.
func Ranges(n, parts int, fn func(part, from, to int)) {
	parts = max(1, min(parts, n))
	if parts == 1 {
		fn(0, 0, n)
		return
	}
	g := NewGroup()
	for p := range parts {
		g.Go(func() { fn(p, n*p/parts, n*(p+1)/parts) })
	}
	g.Wait()
}

// Each calls fn for every i in 0..n, split into Parts(n, minPart) ranges
// run at once.
func Each(n, minPart int, fn func(i int)) {
	Ranges(n, Parts(n, minPart), func(_, from, to int) {
		for i := from; i < to; i++ {
			fn(i)
		}
	})
}

// Blocks works out the blocks of from..to, size items each, ahead of the
// reader on every core, and yields them in order: work(lo, hi) makes the
// block of lo..hi. At most one block for each core is worked out ahead.
// When the reader stops early, the blocks under way are finished and
// dropped. A work that panics makes the reader panic with its value when
// it comes to that block.
func Blocks[T any](from, to, size int, work func(lo, hi int) T) iter.Seq[T] {
	return func(yield func(T) bool) {
		ahead := make(chan chan block[T], runtime.GOMAXPROCS(0))
		stop := make(chan struct{})
		done := make(chan struct{})
		go func() { // hands out the blocks in order; the group works them out
			defer close(done)
			defer close(ahead)
			g := NewGroup()
			defer g.Wait()
			for lo := from; lo < to; lo += size {
				out := make(chan block[T], 1)
				select {
				case ahead <- out:
				case <-stop:
					return
				}
				hi := min(lo+size, to)
				g.Go(func() {
					var b block[T]
					defer func() {
						if v := recover(); v != nil {
							b.panicked = &v
						}
						out <- b
					}()
					b.v = work(lo, hi)
				})
			}
		}()
		defer func() { close(stop); <-done }()
		for out := range ahead {
			b := <-out
			if b.panicked != nil {
				panic(*b.panicked)
			}
			if !yield(b.v) {
				return
			}
		}
	}
}

// block is what Blocks' work made of one block, or the value it panicked
// with.
type block[T any] struct {
	v        T
	panicked *any
}
