package cli

import (
	"fmt"
	"strings"

	"github.com/gloss-cli/gloss/internal/render"
)

// Main runs gloss with args (without the program name) and returns the
// exit code. Every write to ios.Out is watched: when one fails the exit
// code says so (ExitWrite, with the cause on stderr), whatever the command
// returned, except for a reader that closed the pipe, which is ExitOK.
func Main(args []string, ios *IO) int {
	out := &stdout{w: ios.Out}
	watched := *ios
	watched.Out = out
	code := run(args, &watched, out)
	if out.err != nil {
		return writeFailed(out.err, ios.Err)
	}
	return code
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
