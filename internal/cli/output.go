package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"syscall"

	"github.com/gloss-cli/gloss/internal/render"
)

// stdout watches every write to the process's stdout: the first that
// fails is kept, and every later one fails the same way without writing,
// so a command stops early and Main can report what happened even when
// the failing write was not a result (help, a pager's fallback).
type stdout struct {
	w   io.Writer
	n   int64 // bytes written
	err error
}

func (s *stdout) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.w.Write(p)
	s.n += int64(n)
	if err != nil {
		s.err = err
	}
	return n, err
}

// errStdoutClosed stands for a stdout the shell closed (`>&-`).
var errStdoutClosed = errors.New("stdout is closed")

// closedStdout is the stdout of a process started with it closed: every
// write fails, so that output with nowhere to go is reported, not lost.
type closedStdout struct{}

func (closedStdout) Write([]byte) (int, error) { return 0, errStdoutClosed }

// closedPipe reports a write to a pipe whose reader has gone, as `head -1`
// does once it has its line: the reader has what it wanted, so that is
// not an error.
func closedPipe(err error) bool { return errors.Is(err, syscall.EPIPE) }

// writeFailed returns the exit code for a run whose writes to stdout
// failed with err, and says why on stderr: ExitOK and nothing for a closed
// pipe, else ExitWrite and the cause in one line.
func writeFailed(err error, stderr io.Writer) int {
	if closedPipe(err) {
		return ExitOK
	}
	cause := err
	var pe *fs.PathError
	if errors.As(err, &pe) {
		cause = pe.Err // "write /dev/stdout: " says nothing the message does not
	}
	fmt.Fprintln(stderr, "gloss: cannot write results to stdout: "+render.Clean(cause.Error()))
	return ExitWrite
}

// printer returns the printer for the command's results: to stdout (or
// the pager holding it), in the mode the global flags chose.
func (a *app) printer() *render.Printer {
	mode := render.ModeText
	switch {
	case a.json:
		mode = render.ModeJSON
	case a.plain:
		mode = render.ModePlain
	}
	return render.NewPrinter(a.io.Out, mode, a.style)
}
