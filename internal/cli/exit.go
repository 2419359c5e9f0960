package cli

import (
	"errors"
	"fmt"

	"github.com/gloss-cli/gloss/internal/render"
)

// Exit codes, documented in README and `gloss help exit-codes`.
const (
	ExitOK       = 0 // found what was asked for
	ExitNoMatch  = 1 // a query matched nothing
	ExitUsage    = 2 // bad flag, missing or bad argument
	ExitGlossary = 3 // a glossary cannot be read or is invalid
	ExitWrite    = 4 // output could not be written: stdout, or the files docs writes
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

// writeError marks err as output that could not be written.
func writeError(err error) error {
	return &exitError{ExitWrite, err}
}

func glossaryError(err error) error {
	return &exitError{ExitGlossary, err}
}

// errNoMatch reports that nothing matched, after the command has printed
// its own message and suggestions.
var errNoMatch = &exitError{code: ExitNoMatch}

func exitCode(err error) int {
	var e *exitError
	var we *render.WriteError
	switch {
	case errors.As(err, &e):
		return e.code
	case errors.As(err, &we):
		return ExitWrite
	}
	return ExitUsage // cobra's own errors are about arguments
}
