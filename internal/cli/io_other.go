//go:build !unix

package cli

// handleClosedPipe has nothing to do where there is no SIGPIPE.
func handleClosedPipe() {}

// stdoutClosed is only known on Unix; see io_unix.go.
func stdoutClosed() bool { return false }
