package parallel

import (
	"slices"
	"sync/atomic"
	"testing"
)

// TestRanges checks the ranges cover 0..n once each, in order of part.
func TestRanges(t *testing.T) {
	for _, tt := range []struct{ n, parts int }{{0, 4}, {1, 4}, {7, 3}, {100, 1}, {5, 8}, {1000, 7}} {
		seen := make([]int32, tt.n)
		var calls atomic.Int32
		Ranges(tt.n, tt.parts, func(part, from, to int) {
			calls.Add(1)
			for i := from; i < to; i++ {
				atomic.AddInt32(&seen[i], 1)
			}
		})
		for i, c := range seen {
			if c != 1 {
				t.Fatalf("n=%d parts=%d: item %d seen %d times", tt.n, tt.parts, i, c)
			}
		}
		if want := max(1, min(tt.parts, tt.n)); int(calls.Load()) != want {
			t.Errorf("n=%d parts=%d: %d calls, want %d", tt.n, tt.parts, calls.Load(), want)
		}
	}
}

// TestParts checks small inputs are not split and large ones are split at
// most once for each core.
func TestParts(t *testing.T) {
	if p := Parts(100, 100); p != 1 {
		t.Errorf("Parts(10, 100) = %d, want 1", p)
	}
	if p := Parts(0, 0); p != 1 {
		t.Errorf("Parts(0, 0) = %d, want 1", p)
	}
	if p := Parts(1<<30, 1); p < 1 || p > 1<<10 {
		t.Errorf("Parts(huge, 1) = %d", p)
	}
}

// TestBlocks checks blocks come out in order whatever order they were
// worked out in, and that a reader can stop early.
func TestBlocks(t *testing.T) {
	var got []int
	for b := range Blocks(3, 50, 7, func(lo, hi int) []int {
		var out []int
		for i := lo; i < hi; i++ {
			out = append(out, i)
		}
		return out
	}) {
		got = append(got, b...)
	}
	var want []int
	for i := 3; i < 50; i++ {
		want = append(want, i)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("got %v", got)
	}
	n := 0
	for range Blocks(0, 1000, 1, func(lo, hi int) int { return lo }) {
		if n++; n == 3 {
			break
		}
	}
}

// TestDo checks every function runs.
func TestDo(t *testing.T) {
	var n atomic.Int32
	fns := make([]func(), 9)
	for i := range fns {
		fns[i] = func() { n.Add(1) }
	}
	Do(fns...)
	if n.Load() != 9 {
		t.Errorf("%d of 9 ran", n.Load())
	}
}

// TestQueue checks every job added is done once before Wait returns.
func TestQueue(t *testing.T) {
	done := make([]atomic.Int32, 100)
	q := NewQueue(3, func(i int) { done[i].Add(1) })
	for i := range done {
		q.Add(i)
	}
	q.Wait()
	for i := range done {
		if n := done[i].Load(); n != 1 {
			t.Fatalf("job %d done %d times", i, n)
		}
	}
}

// TestPanicReachesCaller checks that a function panicking on a goroutine
// of Do, Ranges or Blocks makes the caller panic with its value, once
// the others are done, rather than ending the process.
func TestPanicReachesCaller(t *testing.T) {
	boom := func(run func()) (v any) {
		defer func() { v = recover() }()
		run()
		return nil
	}
	var ran atomic.Int32
	cases := map[string]func(){
		"Do": func() {
			Do(func() { ran.Add(1) }, func() { panic("damaged") }, func() { ran.Add(1) })
		},
		"Ranges": func() {
			Ranges(4, 4, func(p, _, _ int) {
				if p == 2 {
					panic("damaged")
				}
			})
		},
		"Blocks": func() {
			for b := range Blocks(0, 100, 10, func(lo, _ int) int {
				if lo == 50 {
					panic("damaged")
				}
				return lo
			}) {
				if b >= 50 {
					t.Errorf("Blocks yielded block %d, after the one that panicked", b)
				}
			}
		},
	}
	for name, run := range cases {
		if v := boom(run); v != "damaged" {
			t.Errorf("%s: caller recovered %v, want the goroutine's panic", name, v)
		}
	}
	if ran.Load() != 2 {
		t.Errorf("Do: %d of the 2 other functions ran", ran.Load())
	}
}
