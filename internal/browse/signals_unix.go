//go:build unix

package browse

import (
	"os"
	"os/signal"
	"syscall"
)

// Signals the browser handles: a resize; the ends of the process, after
// which it restores the terminal and dies of the same signal; and a stop
// from outside (kill -TSTP), which it turns into a suspend like Ctrl-Z.
var (
	resizeSignals = []os.Signal{syscall.SIGWINCH}
	endSignals    = []os.Signal{syscall.SIGTERM, syscall.SIGHUP, syscall.SIGINT, syscall.SIGQUIT}
	stopSignals   = []os.Signal{syscall.SIGTSTP}
)

// stopJob stops the process group, as the shell's Ctrl-Z would, and
// returns when the job is continued (fg). The terminal must be restored
// first; the caller sets it up again after. It stops with SIGSTOP: once
// notified of SIGTSTP, Go keeps its own handler for it even after
// signal.Reset, and that handler ignores it. It waits for SIGCONT, since
// the thread that sends the stop may run on for a moment before it stops.
func stopJob() {
	cont := make(chan os.Signal, 1)
	signal.Notify(cont, syscall.SIGCONT)
	defer signal.Stop(cont)
	syscall.Kill(0, syscall.SIGSTOP)
	<-cont
}

// die ends the process with sig, as if the browser had not caught it.
func die(sig os.Signal) {
	s, ok := sig.(syscall.Signal)
	if !ok {
		os.Exit(2)
	}
	signal.Reset(s)
	syscall.Kill(syscall.Getpid(), s)
	os.Exit(128 + int(s)) // if the signal was ignored when gloss started
}

// isStop reports whether sig asks to suspend.
func isStop(sig os.Signal) bool { return sig == syscall.SIGTSTP }

// isResize reports whether sig says the window changed size.
func isResize(sig os.Signal) bool { return sig == syscall.SIGWINCH }

// Terminal opens the terminal --print reads keys from and draws on: the
// controlling terminal, so that stdout can go to a command substitution.
func Terminal() (in, out *os.File, err error) {
	f, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
	return f, f, err
}
