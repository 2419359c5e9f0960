package cli

import (
	"fmt"
	"io"
	"strings"
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
	status  func(seconds int) string // what to add to the line, if set
	seconds int                      // shown so far
	done    bool                     // stop was called; the timer may still fire once
	stopT   func() bool              // stops the pending timer
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
	line := fmt.Sprintf("gloss: %s… %ds", p.what, p.seconds)
	if p.status != nil {
		line = fmt.Sprintf("gloss: %s… %s, %ds", p.what, p.status(p.seconds), p.seconds)
	}
	fmt.Fprint(p.w, eraseLine+line)
	p.stopT = p.after(progressEvery, p.tick)
}

// showing has the line say status(seconds) too: counts, a rate. It is
// safe on a nil progress, and returns p.
func (p *progress) showing(status func(seconds int) string) *progress {
	if p == nil {
		return nil
	}
	p.mu.Lock()
	p.status = status
	p.mu.Unlock()
	return p
}

// progressBar is the width of the bar a progress line draws, in cells.
const progressBar = 20

// bytesStatus says how much of total bytes are done, at what rate over
// seconds: a bar when the total is known, "12.3 MB read" (verb) when it
// is not.
func bytesStatus(done, total int64, seconds int, verb string) string {
	mb := func(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/1e6) }
	rate := mb(done/int64(max(seconds, 1))) + "/s"
	if total <= 0 {
		return mb(done) + " " + verb + ", " + rate
	}
	done = min(done, total)
	full := int(int64(progressBar) * done / total)
	bar := strings.Repeat("#", full) + strings.Repeat("-", progressBar-full)
	return fmt.Sprintf("[%s] %d%% of %s, %s", bar, 100*done/total, mb(total), rate)
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
