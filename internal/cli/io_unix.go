//go:build unix

package cli

import (
	"os"
	"os/signal"
	"syscall"

	"golang.org/x/sys/unix"
)

// handleClosedPipe makes a write to a pipe nobody reads fail with EPIPE,
// which Main treats as the reader having had enough, instead of letting
// Go's default for SIGPIPE on stdout kill the process (exit 141 under
// `set -o pipefail`, on some runs and not others).
func handleClosedPipe() { signal.Ignore(syscall.SIGPIPE) }

// stdoutClosed reports whether the process started with stdout closed
// (`gloss list >&-`). Go's runtime then opens /dev/null in its place, read
// and write, where a shell's `>/dev/null` opens it write-only; so a stdout
// that is /dev/null open for reading too was closed. (`1<>/dev/null` looks
// the same, and is reported as closed too.)
func stdoutClosed() bool {
	fl, err := unix.FcntlInt(1, unix.F_GETFL, 0)
	if err != nil || fl&unix.O_ACCMODE != unix.O_RDWR {
		return false
	}
	out, err := os.Stdout.Stat()
	if err != nil || out.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err == nil && os.SameFile(out, null)
}
