package cli

import (
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/gloss-cli/gloss/internal/render"
)

// descWidth bounds a completion's description; shells cut it further to
// fit the terminal.
const descWidth = 60

// completeTerms completes term names and aliases for lookup, related and
// the `gloss QUERY` shorthand, each with a short description. It goes
// word by word, as the shell splits them: after `gloss lookup net`, "pro"
// completes to "Promoter Score". Case is ignored. It loads the glossary
// (parsed in memory, a few milliseconds) and nothing else.
func (a *app) completeTerms(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if cmd == cmd.Root() && len(args) == 0 && (toComplete == "" || hasCommandPrefix(cmd, toComplete)) {
		return nil, cobra.ShellCompDirectiveNoFileComp // the first word completes commands first
	}
	if slices.Contains(args, "-") {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	e, err := a.load()
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []cobra.Completion
	seen := map[string]bool{}
	add := func(text, desc string) {
		rest, ok := continues(text, args, toComplete)
		if !ok || seen[rest] {
			return
		}
		seen[rest] = true
		out = append(out, cobra.CompletionWithDesc(rest, render.Truncate(desc, descWidth)))
	}
	for _, t := range e.g.All() {
		add(t.Name, render.FirstSentence(render.Clean(t.Definition)))
	}
	for _, t := range e.g.All() {
		for _, al := range t.Aliases {
			add(al, render.Clean(t.Name))
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// hasCommandPrefix reports whether a command's name starts with prefix.
func hasCommandPrefix(root *cobra.Command, prefix string) bool {
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() && strings.HasPrefix(c.Name(), prefix) {
			return true
		}
	}
	return false
}

// continues reports whether text starts with the words typed so far and a
// word beginning with toComplete, ignoring case, and returns the rest of
// text from the word being completed on. A quoted word ("Net Pro, which a
// shell may pass with its opening quote) can hold several words: all but
// the last are typed in full, and the completion is the whole quoted part,
// "Net Promoter Score", to replace it.
func continues(text string, typed []string, toComplete string) (string, bool) {
	toComplete = strings.TrimLeft(toComplete, `"'`)
	var done []string // the words before the one being completed
	for _, t := range typed {
		done = append(done, strings.Fields(t)...)
	}
	from := len(done) // where the word being completed starts
	current := strings.Fields(toComplete)
	partial := ""
	if n := len(current); n > 0 && !strings.HasSuffix(toComplete, " ") {
		partial, current = current[n-1], current[:n-1]
	}
	done = append(done, current...)
	words := strings.Fields(render.Clean(text))
	if len(words) <= len(done) {
		return "", false
	}
	for i, w := range done {
		if !strings.EqualFold(words[i], w) {
			return "", false
		}
	}
	next := words[len(done)]
	if len(next) < len(partial) || !strings.EqualFold(next[:len(partial)], partial) {
		return "", false
	}
	return strings.Join(words[from:], " "), true
}

// completeCategories completes --category with the category names and
// their term counts.
func (a *app) completeCategories(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	e, err := a.load()
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []cobra.Completion
	for _, c := range e.g.Categories() {
		name := render.Clean(c.Name)
		if len(name) >= len(toComplete) && strings.EqualFold(name[:len(toComplete)], toComplete) {
			out = append(out, cobra.CompletionWithDesc(name, plural(c.Count, "term")))
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// registerCompletions adds the completion command (complete_scripts.go)
// and the completions of the root command's arguments and the global
// flags.
func (a *app) registerCompletions(root *cobra.Command) {
	a.addCompletionCmd(root)
	root.ValidArgsFunction = a.completeTerms
	root.RegisterFlagCompletionFunc("color", cobra.FixedCompletions([]cobra.Completion{
		"auto\tcolour when stdout is a terminal (default)",
		"always\talways colour",
		"never\tnever colour",
	}, cobra.ShellCompDirectiveNoFileComp))
	root.RegisterFlagCompletionFunc("width", cobra.NoFileCompletions)
	if root.PersistentFlags().Lookup("glossary") != nil {
		root.RegisterFlagCompletionFunc("glossary", func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return []cobra.Completion{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
		})
	}
}

// unquoteUsages drops the backticks from every flag's usage under root
// ("colour output `WHEN`" becomes "colour output WHEN"), for the
// descriptions shells show beside flags: pflag reads the backticks as the
// name of the flag's value in --help, and cobra passes them on raw.
func unquoteUsages(root *cobra.Command) {
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, fs := range []*pflag.FlagSet{c.LocalNonPersistentFlags(), c.PersistentFlags()} {
			fs.VisitAll(func(f *pflag.Flag) { _, f.Usage = pflag.UnquoteUsage(f) })
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// completing reports whether args ask for completions (the shells' scripts
// call `gloss __complete ARGS...`).
func completing(args []string) bool {
	return len(args) > 0 && (args[0] == cobra.ShellCompRequestCmd || args[0] == cobra.ShellCompNoDescRequestCmd)
}
