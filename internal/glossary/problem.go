package glossary

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with a glossary file. Warnings do not stop a
// glossary from loading; errors do.
type Problem struct {
	Pos     Pos
	Message string
	Warning bool
	Kind    Kind // what sort of problem, for counts; KindFormat unless more is known
}

// Kind names a sort of problem, so that a report on a large file can say
// how many of each it found (320 duplicate terms among 36,000 one-way
// links) instead of one total.
type Kind string

// The kinds of problem. Each message gloss writes belongs to one.
const (
	KindFormat      Kind = "file format"          // not valid YAML, empty, too large, bad UTF-8 and the like
	KindUnreadable  Kind = "unreadable file"      // missing, a directory, no permission
	KindUnknownKey  Kind = "unknown key"          // a key gloss does not know, often a typo
	KindWrongType   Kind = "wrong type"           // a list where text belongs, a number, null
	KindControl     Kind = "control character"    // in a name, where it could fool a terminal
	KindMissing     Kind = "missing field"        // a new term without its name, category or definition
	KindNoLetters   Kind = "name without letters" // a name or alias that matches nothing
	KindDuplicate   Kind = "duplicate term"       // two entries of one file with one name
	KindAliasClash  Kind = "alias clash"          // one alias for two terms
	KindAliasIsName Kind = "alias is a name"      // an alias that is another term's name (warning)
	KindBrokenLink  Kind = "related to no term"   // a related name that finds nothing
	KindSelfLink    Kind = "related to itself"    // a term that lists itself (warning)
	KindOneWay      Kind = "one-way related link" // a link not listed back (warning)
	KindShort       Kind = "short definition"     // under minDefinitionWords (warning)
)

// String formats p as "file:line:col: message", leaving out what is unknown.
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.Pos.File)
	if p.Pos.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Pos.Line)
		if p.Pos.Col > 0 {
			fmt.Fprintf(&b, ":%d", p.Pos.Col)
		}
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	if p.Warning {
		b.WriteString("warning: ")
	}
	b.WriteString(p.Message)
	return b.String()
}

// Problems is a list of problems in the order they were found.
type Problems []Problem

// Errors returns the problems that are not warnings.
func (ps Problems) Errors() Problems {
	var errs Problems
	for _, p := range ps {
		if !p.Warning {
			errs = append(errs, p)
		}
	}
	return errs
}

// Err returns nil when ps holds no errors, and otherwise an *Error that
// reports the first error and how many more there are.
func (ps Problems) Err() error {
	errs := ps.Errors()
	if len(errs) == 0 {
		return nil
	}
	return &Error{Problems: errs}
}

// Error is returned when a glossary cannot be loaded. Its message is one
// line; Problems holds every error found.
type Error struct {
	Problems Problems
}

func (e *Error) Error() string {
	msg := e.Problems[0].String()
	if n := len(e.Problems) - 1; n == 1 {
		msg += " (and 1 more error)"
	} else if n > 1 {
		msg += fmt.Sprintf(" (and %d more errors)", n)
	}
	return msg
}
