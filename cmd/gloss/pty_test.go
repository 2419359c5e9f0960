package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// ptyEnv are the variables the pty command passes on from the script's
// environment. testscript does not expose the whole of it.
var ptyEnv = []string{
	"PATH", "HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "TMPDIR", "WORK",
	"LANG", "LC_ALL", "LC_CTYPE", "TERM", "NO_COLOR", "CLICOLOR_FORCE", "GLOSS_PAGER", "PAGER", "LESS", "LV", "LESSCHARSET", "GLOSS_PATH",
}

// startOnPTY starts args on a new pseudo-terminal of cols x rows that is
// its stdin, stdout, stderr and controlling terminal, in the script's
// directory with the variables of ptyEnv, and returns the terminal's
// control side. name is the script command, for messages.
func startOnPTY(ts *testscript.TestScript, name string, cols, rows uint16, args []string) (*os.File, *exec.Cmd) {
	path, err := exec.LookPath(args[0])
	ts.Check(err)
	control, tty, err := openPTY(cols, rows)
	if err != nil {
		ts.Fatalf("%s: %v", name, err)
	}
	cmd := exec.Command(path, args[1:]...)
	cmd.Dir = ts.MkAbs(".")
	for _, k := range ptyEnv {
		if v := ts.Getenv(k); v != "" {
			cmd.Env = append(cmd.Env, k+"="+v)
		}
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	setControllingTTY(cmd)
	if err := cmd.Start(); err != nil {
		tty.Close()
		control.Close()
		ts.Fatalf("%s: %v", name, err)
	}
	tty.Close() // the child holds it now; reads end when the child is gone
	return control, cmd
}

// pty [-size COLSxROWS] [-keys FILE] CMD [ARGS...] runs CMD with stdin,
// stdout and stderr on a new pseudo-terminal of the given size (80x24 by
// default) that is its controlling terminal, as when a person runs it.
// FILE's contents are typed on the terminal. What the terminal shows, with
// line ends as "\n", becomes the stdout for the commands that follow. The
// script fails if CMD exits non-zero, or zero with `! pty`.
func ptyCmd(ts *testscript.TestScript, neg bool, args []string) {
	fs := flag.NewFlagSet("pty", flag.ContinueOnError)
	size := fs.String("size", "80x24", "terminal `COLSxROWS`")
	keys := fs.String("keys", "", "`FILE` to type on the terminal")
	if err := fs.Parse(args); err != nil || fs.NArg() == 0 {
		ts.Fatalf("usage: pty [-size COLSxROWS] [-keys FILE] CMD [ARGS...]")
	}
	var cols, rows uint16
	if _, err := fmt.Sscanf(*size, "%dx%d", &cols, &rows); err != nil {
		ts.Fatalf("pty: bad -size %q", *size)
	}
	var typed string
	if *keys != "" {
		typed = ts.ReadFile(*keys)
	}
	control, cmd := startOnPTY(ts, "pty", cols, rows, fs.Args())
	defer control.Close()

	var screen bytes.Buffer
	read := make(chan struct{})
	go func() {
		io.Copy(&screen, control) // ends with EIO once the terminal is closed
		close(read)
	}()
	if typed != "" {
		time.Sleep(300 * time.Millisecond) // let the program start reading
		io.WriteString(control, typed)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		<-done
		ts.Fatalf("pty: %s did not finish in 20s; the terminal shows:\n%s", fs.Arg(0), screen.String())
	}
	select {
	case <-read:
	case <-time.After(5 * time.Second):
	}
	io.WriteString(ts.Stdout(), strings.ReplaceAll(screen.String(), "\r\n", "\n"))
	var exit *exec.ExitError
	switch {
	case err != nil && !errors.As(err, &exit):
		ts.Fatalf("pty: %v", err)
	case err != nil && !neg:
		ts.Fatalf("pty: %s exited %d; the terminal shows:\n%s", fs.Arg(0), exit.ExitCode(), screen.String())
	case err == nil && neg:
		ts.Fatalf("pty: %s succeeded unexpectedly", fs.Arg(0))
	}
}
