package cli

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// progressAfter is how long work runs before gloss says it is still at
// it: a warm lookup ends in milliseconds and never shows a line, while a
// first load of a 100,000-term glossary takes seconds and would otherwise
// look hung.
const progressAfter = time.Second

// progressEvery is how often the elapsed time shown is brought up to date.
const progressEvery = time.Second

// eraseLine returns the cursor to the start of the line and clears it:
// a write only, never a query of the terminal.
const eraseLine = "\r\x1b[K"

// afterFunc runs f once after d unless the returned stop is called first;
// time.AfterFunc, or a fake clock in tests.
type afterFunc func(d time.Duration, f func()) (stop func() bool)

func realAfter(d time.Duration, f func()) func() bool { return time.AfterFunc(d, f).Stop }

// progress is a line on stderr saying what gloss is doing and for how
// long, shown once the work has run for progressAfter and erased when it
// ends. It is only shown when stderr is a terminal; a nil progress does
// nothing, so callers need not ask.
type progress struct {
	w     io.Writer
	what  string
	after afterFunc

	mu      sync.Mutex
	seconds int         // shown so far
	done    bool        // stop was called; the timer may still fire once
	stopT   func() bool // stops the pending timer
}

// startProgress begins a progress line for what ("loading the glossary"),
// or returns nil when stderr is not a terminal.
func (a *app) startProgress(what string) *progress {
	if !a.io.ErrTTY {
		return nil
	}
	after := a.after
	if after == nil {
		after = realAfter
	}
	p := &progress{w: a.io.Err, what: what, after: after}
	p.mu.Lock()
	p.stopT = after(progressAfter, p.tick)
	p.mu.Unlock()
	return p
}

// tick shows the line with the time elapsed, and arms the next tick.
func (p *progress) tick() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.done {
		return
	}
	if p.seconds == 0 {
		p.seconds = int(progressAfter / time.Second)
	} else {
		p.seconds += int(progressEvery / time.Second)
	}
	fmt.Fprintf(p.w, "%sgloss: %s… %ds", eraseLine, p.what, p.seconds)
	p.stopT = p.after(progressEvery, p.tick)
}

// stop ends the progress line, erasing it if it was shown, so what is
// printed next starts on a clean line. It is safe on a nil progress.
func (p *progress) stop() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done = true
	p.stopT()
	if p.seconds > 0 {
		fmt.Fprint(p.w, eraseLine)
	}
}
