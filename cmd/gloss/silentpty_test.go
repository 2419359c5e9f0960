package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// silentpty -within DURATION REGEXP CMD [ARGS...] runs CMD on a new 80x24
// pseudo-terminal that answers nothing (no reply to any query a program
// may send it), and fails unless what CMD draws matches REGEXP within
// DURATION of its start. Then it types Ctrl-C and waits for CMD to exit.
// Everything CMD wrote, escape sequences and all, becomes stdout, so a
// script can check it sent no query. How long the match took is logged.
func silentptyCmd(ts *testscript.TestScript, neg bool, args []string) {
	fs := flag.NewFlagSet("silentpty", flag.ContinueOnError)
	within := fs.Duration("within", time.Second, "how long to wait for REGEXP")
	if err := fs.Parse(args); err != nil || fs.NArg() < 2 || neg {
		ts.Fatalf("usage: silentpty [-within DURATION] REGEXP CMD [ARGS...]")
	}
	re := regexp.MustCompile(fs.Arg(0))
	start := time.Now()
	control, cmd := startOnPTY(ts, "silentpty", 80, 24, fs.Args()[1:])
	defer control.Close()

	var mu sync.Mutex
	var screen bytes.Buffer
	matched := make(chan time.Duration, 1)
	read := make(chan struct{})
	go func() {
		defer close(read)
		buf := make([]byte, 4096)
		for {
			n, err := control.Read(buf)
			mu.Lock()
			screen.Write(buf[:n])
			if re.Match(screen.Bytes()) {
				select {
				case matched <- time.Since(start):
				default:
				}
			}
			mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	show := func() string { mu.Lock(); defer mu.Unlock(); return screen.String() }
	select {
	case d := <-matched:
		ts.Logf("silentpty: %q drawn %v after start", fs.Arg(0), d.Round(time.Millisecond))
	case <-time.After(*within):
		cmd.Process.Kill()
		cmd.Wait()
		ts.Fatalf("silentpty: nothing matching %q within %v; the terminal got:\n%q", fs.Arg(0), *within, show())
	}
	io.WriteString(control, "\x03")
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		<-done
		ts.Fatalf("silentpty: %s did not exit after Ctrl-C", fs.Arg(1))
	}
	if err != nil {
		ts.Fatalf("silentpty: %s: %v", fs.Arg(1), err)
	}
	select { // the last bytes, up to the end of the terminal
	case <-read:
	case <-time.After(5 * time.Second):
	}
	fmt.Fprint(ts.Stdout(), strings.ReplaceAll(show(), "\r\n", "\n"))
}
