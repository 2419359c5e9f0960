package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/gloss-cli/gloss/internal/cli"
)

func TestMain(m *testing.M) {
	testscript.Main(removesRelease{m}, map[string]func(){
		"gloss": func() { os.Exit(cli.Main(os.Args[1:], cli.System())) },
	})
}

// removesRelease runs the tests, then removes the binary releaseBinary
// built for them.
type removesRelease struct{ m *testing.M }

func (r removesRelease) Run() int {
	code := r.m.Run()
	if release.dir != "" {
		os.RemoveAll(release.dir)
	}
	return code
}

// TestScripts runs the end-to-end tests in testdata/script: one file per
// behaviour, each a user session with the built command.
func TestScripts(t *testing.T) {
	testscript.Run(t, scriptParams("testdata/script"))
}

// scriptParams is what every directory of scripts shares: a clean
// environment (no user glossaries, an empty cache, no colour forcing) and
// the custom commands exits and pty, and the condition [root].
func scriptParams(dir string) testscript.Params {
	return testscript.Params{
		Dir: dir,
		Setup: func(env *testscript.Env) error {
			env.Setenv("XDG_CONFIG_HOME", env.WorkDir+"/.config")
			env.Setenv("XDG_CACHE_HOME", env.WorkDir+"/.cache")
			env.Setenv("HOME", env.WorkDir)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits":     exits,
			"pty":       ptyCmd,
			"tmux":      tmuxCmd,
			"silentpty": silentptyCmd,
		},
		Condition: func(cond string) (bool, error) {
			if cond == "root" { // root reads files whatever their permissions
				return os.Geteuid() == 0, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
	}
}

// exits N CMD ARGS... runs CMD and checks that its exit code is N, keeping
// its stdout and stderr for the commands that follow.
func exits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits CODE COMMAND [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: bad code %q", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exits: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited %d, want %d\nstderr: %s", args[1], got, want, ts.ReadFile("stderr"))
	}
}
