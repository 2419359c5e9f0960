package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestCommandNames checks quickLookup knows every command of the tree, so
// `gloss list` is never taken for a query.
func TestCommandNames(t *testing.T) {
	root := (&app{io: &IO{Getenv: func(string) string { return "" }}}).newRoot()
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		for _, name := range append([]string{c.Name()}, c.Aliases...) {
			if !slices.Contains(commandNames, name) {
				t.Errorf("command %q is missing from commandNames", name)
			}
		}
	}
}

// TestQuickLookupSameOutput checks the quick path prints what the full
// tree prints, and declines what it must leave to the tree.
func TestQuickLookupSameOutput(t *testing.T) {
	run := func(quick bool, args ...string) (string, string, bool) {
		var out, errs bytes.Buffer
		a := &app{io: &IO{Out: &out, Err: &errs, In: strings.NewReader(""), Getenv: func(string) string { return "" }}}
		defer a.closeEnv()
		if quick {
			ok := a.quickLookup(args)
			return out.String(), errs.String(), ok
		}
		root := a.newRoot()
		root.SetArgs(args)
		root.Execute()
		return out.String(), errs.String(), true
	}
	team := filepath.Join(t.TempDir(), "team.yaml")
	os.WriteFile(team, []byte("terms:\n  - term: Widget rate\n    aliases: [WR]\n    category: Metrics\n    definition: How many widgets a team ships in a week, counted on Fridays.\n"), 0o644)
	for _, args := range [][]string{
		{"nps"}, {"lookup", "nps"}, {"lookup", "pipleine"}, {"net", "promoter", "score"},
		// the global flags a shell alias carries, wherever they stand
		{"--glossary", team, "wr"}, {"--glossary=" + team, "lookup", "widget", "rate"},
		{"--no-builtin", "--glossary", team, "widget rate"}, {"lookup", "nps", "--glossary", team},
		{"--color", "never", "nps"}, {"--color=always", "--no-pager", "nps"},
		{"--glossary", team, "--glossary", team, "nps"},
	} {
		qo, qe, ok := run(true, args...)
		so, se, _ := run(false, args...)
		if !ok || qo != so || qe != se {
			t.Errorf("%q: quick (%v) %q / %q, tree %q / %q", args, ok, qo, qe, so, se)
		}
	}
	for _, args := range [][]string{
		{"list"}, {"lookup"}, {"lookup", "-"}, {"nps", "--json"}, {"zzqxv"}, {"help", "nps"},
		{"--glossary", team, "list"}, {"nps", "--glossary"}, {"--color=bogus", "nps"}, {"--no-builtin=true", "nps"},
		{"--", "nps"}, {"--glossary", "lookup", "nps"}, // a file named lookup: an error, from the tree
		{"--no-builtin", "--glossary", team, "nps"}, // a miss
	} {
		if _, _, ok := run(true, args...); ok {
			t.Errorf("%q: quick path answered; it must leave this to the tree", args)
		}
	}
}
