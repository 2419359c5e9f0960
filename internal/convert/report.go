package convert

import (
	"fmt"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// entry is one headword as a source gives it, before repeats are resolved.
type entry struct {
	glossary.Term
	// where names the entry in the source's own terms, to begin its
	// problems: `row 4`, `<termEntry id="c12">`, `headword "C++"`.
	where string
	// id is the source's identifier for the entry (a TBX id), so
	// cross references by id can be resolved to its name.
	id string
	// ownCategory is false when the source gave no category and the
	// entry was given the default one.
	ownCategory bool
}

// report collects the problems found in a source, at most
// glossary.MaxProblems of them, so a hostile file cannot fill memory with
// messages; past that it only counts them.
type report struct {
	problems glossary.Problems
	errors   int
	dropped  int // problems past the cap, counted only
}

func (r *report) add(pos glossary.Pos, warning bool, msg string) {
	if !warning {
		r.errors++
	}
	if pos.File == "-" {
		pos.File = "stdin"
	}
	if len(r.problems) >= glossary.MaxProblems {
		r.dropped++
		return
	}
	r.problems = append(r.problems, glossary.Problem{Pos: pos, Message: msg, Warning: warning})
}

// errorf reports an error at pos.
func (r *report) errorf(pos glossary.Pos, format string, args ...any) {
	r.add(pos, false, fmt.Sprintf(format, args...))
}

// warnf reports a warning at pos: something changed or left out.
func (r *report) warnf(pos glossary.Pos, format string, args ...any) {
	r.add(pos, true, fmt.Sprintf(format, args...))
}

// full reports whether no more problems would be kept, so a reader can
// stop early on a hopeless file.
func (r *report) full() bool { return r.dropped > 0 }

// all returns the problems kept, and one more saying how many were not.
func (r *report) all() glossary.Problems {
	if r.dropped == 0 {
		return r.problems
	}
	more := glossary.Problem{Message: fmt.Sprintf("%d more problems not listed", r.dropped), Warning: r.errors == 0}
	return append(r.problems, more)
}

// failed reports whether any error was found.
func (r *report) failed() bool { return r.errors > 0 }
