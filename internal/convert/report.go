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
	// ids are the source's identifiers for the entry (a TBX id), so
	// cross references by id can be resolved to its name.
	id string
}

// report collects the problems found in a source, at most
// glossary.MaxProblems of them, so a hostile file cannot fill memory with
// messages.
type report struct {
	problems glossary.Problems
	errors   int
}

func (r *report) add(pos glossary.Pos, warning bool, msg string) {
	if !warning {
		r.errors++
	}
	if pos.File == "-" {
		pos.File = "stdin"
	}
	switch n := len(r.problems); {
	case n > glossary.MaxProblems:
		return
	case n == glossary.MaxProblems:
		pos, msg = glossary.Pos{File: pos.File}, fmt.Sprintf("too many problems; stopped after %d", glossary.MaxProblems)
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
func (r *report) full() bool { return len(r.problems) > glossary.MaxProblems }

// failed reports whether any error was found.
func (r *report) failed() bool { return r.errors > 0 }
