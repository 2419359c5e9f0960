package browse

import (
	"unicode"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// outcome says what the loop does after a key.
type outcome int

const (
	stay    outcome = iota // draw and wait for the next key
	quit                   // leave, choosing nothing
	choose                 // leave with the selected term (--print)
	suspend                // stop the job, as Ctrl-Z does in a shell
)

// state is everything the browser shows, changed only by keys: the query
// and its list, and the history of entries read. It knows nothing of the
// terminal, so tests drive it key by key.
type state struct {
	f     *Finder
	print bool // Enter in the list chooses rather than opens

	query  []rune
	cursor int              // in query, in runes
	listed string           // the query list was made for
	list   []*glossary.Term // ranked for listed
	sel    int              // selected row of list
	rows   int              // list rows on screen at the last draw, for Page Up/Down

	hist []page
	pos  int // the page shown, or -1 for the list
}

func newState(f *Finder, query string, print bool) *state {
	s := &state{f: f, print: print, query: []rune(query), pos: -1, rows: 1}
	s.cursor = len(s.query)
	s.listed = "\x00" // not any query, so the first filter runs
	s.filter()
	return s
}

// filter makes the list for the query, if it is not made yet and the
// Finder can make it without waiting for its index.
func (s *state) filter() {
	q := string(s.query)
	if q == s.listed || !s.f.Ready(q) {
		return
	}
	s.listed, s.list, s.sel = q, s.f.Filter(q), 0
}

// stale reports whether the list is for another query than the one typed,
// because the index is still being built.
func (s *state) stale() bool { return string(s.query) != s.listed }

// refined takes the matcher's list for query, if the query is still that,
// keeping the selected term selected.
func (s *state) refined(query string, list []*glossary.Term) {
	if query != s.listed {
		return
	}
	var was *glossary.Term
	if s.sel < len(s.list) {
		was = s.list[s.sel]
	}
	s.list, s.sel = list, 0
	for i, t := range list {
		if t == was {
			s.sel = i
		}
	}
}

// selected is the term selected in the list, or nil.
func (s *state) selected() *glossary.Term {
	if s.sel < len(s.list) {
		return s.list[s.sel]
	}
	return nil
}

// handle acts on one key.
func (s *state) handle(ev Event) outcome {
	switch ev.Key {
	case KeyCtrlZ:
		return suspend
	case KeyForward:
		if s.pos+1 < len(s.hist) {
			s.pos++
		}
		return stay
	}
	if s.pos < 0 {
		return s.handleList(ev)
	}
	return s.handleEntry(ev)
}

func (s *state) handleList(ev Event) outcome {
	switch ev.Key {
	case KeyRune:
		s.query = append(s.query[:s.cursor], append([]rune{ev.Rune}, s.query[s.cursor:]...)...)
		s.cursor++
		return stay
	case KeyBackspace:
		if s.cursor > 0 {
			s.query = append(s.query[:s.cursor-1], s.query[s.cursor:]...)
			s.cursor--
		}
		return stay
	case KeyCtrlU:
		s.query, s.cursor = s.query[:0], 0
		return stay
	case KeyCtrlW:
		i := s.cursor
		for i > 0 && unicode.IsSpace(s.query[i-1]) {
			i--
		}
		for i > 0 && !unicode.IsSpace(s.query[i-1]) {
			i--
		}
		s.query, s.cursor = append(s.query[:i], s.query[s.cursor:]...), i
		return stay
	case KeyLeft:
		s.cursor = max(s.cursor-1, 0)
		return stay
	case KeyRight:
		s.cursor = min(s.cursor+1, len(s.query))
		return stay
	case KeyHome:
		s.cursor = 0
		return stay
	case KeyEnd:
		s.cursor = len(s.query)
		return stay
	case KeyEsc, KeyCtrlC:
		return quit
	}
	s.filter() // the keys below act on the list for what was typed
	if s.stale() {
		return stay // not until the list is made
	}
	switch ev.Key {
	case KeyUp:
		s.sel = max(s.sel-1, 0)
	case KeyDown:
		s.sel = max(min(s.sel+1, len(s.list)-1), 0)
	case KeyPageUp:
		s.sel = max(s.sel-s.rows, 0)
	case KeyPageDown:
		s.sel = max(min(s.sel+s.rows, len(s.list)-1), 0)
	case KeyEnter:
		t := s.selected()
		switch {
		case t == nil:
		case s.print:
			return choose
		default:
			s.open(t)
		}
	}
	return stay
}
