// Package browse is `gloss browse`: a full-screen browser of a glossary on
// a terminal. Type to narrow a ranked list of terms, open one, follow its
// related terms and the terms linking back, and go back and forward
// through what was read, as in a web browser.
//
// It draws with plain escape sequences through golang.org/x/term, which
// gloss links anyway, rather than a terminal library: see
// docs/adr/011-browse-terminal.md. It never asks the terminal anything,
// and every path out of Run (quit, Ctrl-C, a signal, a panic, a suspend)
// puts the terminal back as it found it.
package browse

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"time"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
	"github.com/gloss-cli/gloss/internal/render"
)

// escapeWait is how long a lone ESC waits for the rest of a key sequence
// before it is taken as the Escape key. Terminals send a sequence in one
// write, and over ssh in one packet; vim waits 100 ms, this is half that so
// Esc feels immediate.
const escapeWait = 50 * time.Millisecond

// syncIndexTerms is the most terms Run indexes before its first frame, so
// that the first list is there at once: a few milliseconds' work. A larger
// glossary is indexed while the first list (every term) is drawn.
const syncIndexTerms = 5000

// Options are what Run needs.
type Options struct {
	Glossary *glossary.Glossary
	Matcher  *match.Matcher
	Style    render.Style // its Color is used; the width is the terminal's
	Query    string       // the query to start with
	Print    bool         // Enter in the list chooses a term instead of opening it
	In, Out  *os.File     // the terminal: keys are read from In, drawn on Out
}

// ErrCancelled is returned by Run with Print when the user left without
// choosing a term.
var ErrCancelled = errors.New("nothing chosen")

// Run browses until the user quits, and returns the term chosen with
// Print.
func Run(o Options) (*glossary.Term, error) {
	t, err := openTerminal(o.In, o.Out)
	if err != nil {
		t.restore()
		return nil, err
	}
	defer t.restore() // deferred calls run on a panic too, before it is printed

	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, append(append(append([]os.Signal{}, resizeSignals...), endSignals...), stopSignals...)...)
	defer signal.Stop(sigs)

	// A panic in another goroutine would end the process without the
	// deferred restore: each hands its panic here, to be raised again.
	panics := make(chan any, 2)
	f := NewFinder(o.Glossary, o.Matcher)
	if o.Glossary.Len() <= syncIndexTerms {
		f.Prepare()
	}
	prepared := make(chan struct{}) // closed when Filter's index is built
	go guard(panics, func() {       // while the first list is drawn and read
		f.Prepare()
		close(prepared)
		if o.Glossary.Len() > 0 { // the links back, which an entry shows: built once, for all
			o.Glossary.LinkedFrom(o.Glossary.Term(0))
		}
	})
	s := newState(f, o.Query, o.Print)
	r := newRefiner(f, panics)
	refine := func() { // the list made for the query, reranked when the matcher is done
		if s.pos < 0 && !s.stale() {
			r.ask(s.listed, s.list)
		}
	}
	refine()
	keys := readKeys(o.In)

	var pending []byte
	var wait <-chan time.Time
	for {
		w, h := t.size()
		if err := t.draw(s.view(o.Style, w, h)); err != nil {
			return nil, err
		}
		select {
		case b, ok := <-keys:
			if !ok {
				return nil, io.ErrUnexpectedEOF
			}
			pending = append(pending, b...)
		case <-wait:
			ev, n := decodeAlone(pending)
			pending = pending[n:]
			if out := s.handle(ev); out != stay {
				if done, term, err := act(t, s, out, o.Print); done {
					return term, err
				}
			}
		case sig := <-sigs:
			switch {
			case isResize(sig):
			case isStop(sig):
				if _, _, err := act(t, s, suspend, o.Print); err != nil {
					return nil, err
				}
			default:
				t.restore()
				die(sig)
			}
			continue
		case res := <-r.out:
			s.refined(res.query, res.list)
			continue
		case p := <-panics:
			panic(p)
		case <-prepared:
			prepared = nil // done: never again
			if s.pos < 0 {
				s.filter()
				refine()
			}
			continue
		}
		wait = nil
		for len(pending) > 0 {
			ev, n := decode(pending)
			if n == 0 {
				wait = time.After(escapeWait)
				break
			}
			pending = pending[n:]
			if out := s.handle(ev); out != stay {
				if done, term, err := act(t, s, out, o.Print); done {
					return term, err
				}
			}
		}
		if s.pos < 0 {
			s.filter()
			refine()
		}
	}
}

// act carries out a key's outcome other than stay. done says Run returns.
func act(t *terminal, s *state, out outcome, print bool) (done bool, chosen *glossary.Term, err error) {
	switch out {
	case choose:
		return true, s.selected(), nil
	case quit:
		if print {
			return true, nil, ErrCancelled
		}
		return true, nil, nil
	case suspend:
		t.restore()
		stopJob()
		return false, nil, t.start()
	}
	return false, nil, nil
}

// guard runs fn, sending a panic in it, with its stack, to panics.
func guard(panics chan<- any, fn func()) {
	defer func() {
		if p := recover(); p != nil {
			panics <- fmt.Sprintf("%v\n\n%s", p, debug.Stack())
		}
	}()
	fn()
}

// readKeys sends what is typed on in, a read at a time, until in ends.
func readKeys(in io.Reader) <-chan []byte {
	c := make(chan []byte)
	go func() {
		defer close(c)
		for {
			b := make([]byte, 256)
			n, err := in.Read(b)
			if n > 0 {
				c <- b[:n]
			}
			if err != nil {
				return
			}
		}
	}()
	return c
}
