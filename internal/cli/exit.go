package cli

import (
	"errors"
	"fmt"
)

// Exit codes, documented in README and `gloss help exit-codes`.
const (
	ExitOK       = 0 // found what was asked for
	ExitNoMatch  = 1 // a query matched nothing
	ExitUsage    = 2 // bad flag, missing or bad argument
	ExitGlossary = 3 // a glossary cannot be read or is invalid
)

// exitError carries an exit code with the error to print. An empty message
// means the command already said what happened.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

func usageErrorf(format string, args ...any) error {
	return &exitError{ExitUsage, fmt.Errorf(format, args...)}
}

func glossaryError(err error) error {
	return &exitError{ExitGlossary, err}
}

// errNoMatch reports that nothing matched, after the command has printed
// its own message and suggestions.
var errNoMatch = &exitError{code: ExitNoMatch}

func exitCode(err error) int {
	var e *exitError
	if errors.As(err, &e) {
		return e.code
	}
	return ExitUsage // cobra's own errors are about arguments
}
