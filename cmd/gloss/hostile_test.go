package main

import (
	"fmt"
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestHostile runs the corpus of hostile glossary files in testdata/hostile:
// each script makes bad files (missing, unreadable, FIFOs, over the size
// cap, not YAML, alias bombs, invalid UTF-8, terminal escapes, ...) and
// checks the exit code and the one-line message gloss gives for each.
func TestHostile(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/hostile",
		Setup: func(env *testscript.Env) error {
			env.Setenv("XDG_CONFIG_HOME", env.WorkDir+"/.config")
			env.Setenv("XDG_CACHE_HOME", env.WorkDir+"/.cache")
			env.Setenv("HOME", env.WorkDir)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits": exits,
		},
		Condition: func(cond string) (bool, error) {
			if cond == "root" { // root reads files whatever their permissions
				return os.Geteuid() == 0, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
	})
}
