package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gloss-cli/gloss/internal/load"
	"github.com/gloss-cli/gloss/internal/render"
)

// Main runs gloss with args (without the program name) and returns the
// exit code. Every write to ios.Out is watched: when one fails the exit
// code says so (ExitWrite, with the cause on stderr), whatever the command
// returned, except for a reader that closed the pipe, which is ExitOK.
//
// A glossary read from the cache that finds part of its file damaged
// after loading (load.ErrCacheDamaged) has removed the cache: the command
// runs again from the glossary files if it had printed nothing yet, and
// otherwise fails with ExitGlossary, saying so.
func Main(args []string, ios *IO) int {
	out := &stdout{w: ios.Out}
	watched := *ios
	watched.Out = out
	code, damaged := runChecked(args, &watched, out)
	if damaged != nil && out.n == 0 && out.err == nil {
		fmt.Fprintf(ios.Err, "gloss: %s; loading the glossary files again\n", render.Clean(damaged.Error()))
		code, damaged = runChecked(args, &watched, out)
	}
	if out.err != nil {
		return writeFailed(out.err, ios.Err)
	}
	if damaged != nil {
		fmt.Fprintf(ios.Err, "gloss: %s; the output above is incomplete: run the command again\n", render.Clean(damaged.Error()))
		return ExitGlossary
	}
	return code
}

// runChecked is run, returning the error a glossary read from a damaged
// cache panicked with, if it did.
func runChecked(args []string, ios *IO, out *stdout) (code int, damaged error) {
	defer func() {
		if v := recover(); v != nil {
			err, ok := v.(error)
			if !ok || !errors.Is(err, load.ErrCacheDamaged) {
				panic(v)
			}
			code, damaged = ExitGlossary, err
		}
	}()
	return run(args, ios, out), nil
}

// run runs the command args name and returns its exit code, having said
// on stderr what went wrong, unless it was a failing write to out.
func run(args []string, ios *IO, out *stdout) int {
	a := &app{io: ios}
	defer func() { a.closeEnv() }() // the app in a when run returns
	if a.quickLookup(args) {
		return ExitOK
	}
	// The glossary quickLookup may have loaded, with its matcher's index,
	// is the one the command tree would load: it only loads without flags.
	a = &app{io: ios, env: a.env}
	root := a.newRoot()
	if completing(args) {
		unquoteUsages(root)
	}
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	a.stopPager()
	if err == nil {
		return ExitOK
	}
	if out.err != nil {
		return ExitWrite // Main says why, from what stdout saw
	}
	if msg := err.Error(); msg != "" {
		if exitCode(err) == ExitUsage && !strings.Contains(msg, "'gloss ") {
			msg += fmt.Sprintf(" (see '%s --help')", cmd.CommandPath())
		}
		fmt.Fprintln(ios.Err, "gloss: "+render.Clean(msg))
	}
	return exitCode(err)
}
