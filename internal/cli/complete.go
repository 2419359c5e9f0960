package cli

import (
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

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
	for _, t := range e.g.Terms {
		add(t.Name, render.FirstSentence(render.Clean(t.Definition)))
	}
	for _, t := range e.g.Terms {
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
// text from that word on.
func continues(text string, typed []string, toComplete string) (string, bool) {
	words := strings.Fields(render.Clean(text))
	if len(words) <= len(typed) {
		return "", false
	}
	for i, w := range typed {
		if !strings.EqualFold(words[i], w) {
			return "", false
		}
	}
	next := words[len(typed)]
	if len(next) < len(toComplete) || !strings.EqualFold(next[:len(toComplete)], toComplete) {
		return "", false
	}
	return strings.Join(words[len(typed):], " "), true
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
			out = append(out, cobra.CompletionWithDesc(name, strconv.Itoa(c.Count)+" terms"))
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// completionExample returns the install lines shown in `gloss completion
// SHELL --help`, as in README.
func completionExample(shell string) string {
	switch shell {
	case "bash":
		return `  gloss completion bash > ~/.local/share/bash-completion/completions/gloss
  source <(gloss completion bash)   # this shell only`
	case "zsh":
		return `  gloss completion zsh > "${fpath[1]}/_gloss"
  source <(gloss completion zsh)   # this shell only`
	case "fish":
		return `  gloss completion fish > ~/.config/fish/completions/gloss.fish`
	case "powershell":
		return `  gloss completion powershell | Out-String | Invoke-Expression`
	}
	return ""
}

// registerCompletions adds cobra's completion command, with examples, and
// the completions of the root command's arguments and the global flags.
func (a *app) registerCompletions(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		c.Example = "  gloss completion bash > ~/.local/share/bash-completion/completions/gloss\n" +
			"  gloss completion zsh > \"${fpath[1]}/_gloss\"\n" +
			"  gloss completion fish > ~/.config/fish/completions/gloss.fish"
		for _, sh := range c.Commands() {
			sh.Example = completionExample(sh.Name())
		}
	}
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
