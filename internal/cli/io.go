// Package cli is the gloss command tree: one file per command, each turning
// flags and arguments into calls on glossary, match and render, and errors
// into the documented exit codes.
package cli

import (
	"io"
	"os"

	"golang.org/x/term"
)

// IO carries the process's streams and environment, so commands never
// touch os.Stdout or os.Getenv directly and tests can run them in-process.
type IO struct {
	In       io.Reader
	Out, Err io.Writer
	// OutTTY reports whether Out is a terminal; TermWidth and TermHeight
	// are its size in columns and rows, or 0 when unknown.
	OutTTY                bool
	TermWidth, TermHeight int
	Getenv                func(string) string
}

// System returns the IO of the running process. A write to a closed pipe
// then fails with EPIPE rather than killing the process, and a stdout the
// process started without fails every write (see stdoutClosed).
func System() *IO {
	handleClosedPipe()
	ios := &IO{In: os.Stdin, Out: os.Stdout, Err: os.Stderr, Getenv: os.Getenv}
	if stdoutClosed() {
		ios.Out = closedStdout{}
		return ios
	}
	if fd := int(os.Stdout.Fd()); term.IsTerminal(fd) {
		ios.OutTTY = true
		if w, h, err := term.GetSize(fd); err == nil {
			ios.TermWidth, ios.TermHeight = w, h
		}
	}
	return ios
}
