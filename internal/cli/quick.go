package cli

import (
	"slices"
	"strings"
)

// commandNames are the first words that are not queries: the commands of
// the tree and cobra's own. TestCommandNames keeps the list in step with
// newRoot.
var commandNames = []string{
	"lookup", "compare", "list", "categories", "related", "search", "scan", "sources", "validate", "import", "export", "new", "edit", "random", "browse", "docs",
	"help", "completion", "__complete", "__completeNoDesc",
	"environment", "exit-codes", "glossary-format", // help topics
}

// quickLookup answers the commonest call, `gloss QUERY...` or `gloss lookup
// QUERY...` without flags, that finds a term, without building the command
// tree: that would cost more than the lookup itself (see
// docs/PERFORMANCE.md). It reports whether it answered. Anything else, a
// flag, a command, `-`, a miss or an error, it leaves to the full tree,
// which starts from a fresh app (keeping only the glossary loaded here, the
// one the tree would load), so behaviour is the same either way.
func (a *app) quickLookup(args []string) bool {
	words := args
	if len(words) > 0 && words[0] == "lookup" {
		words = words[1:]
	}
	if len(words) == 0 || len(words) == len(args) && slices.Contains(commandNames, args[0]) {
		return false
	}
	for _, w := range args {
		if strings.HasPrefix(w, "-") {
			return false
		}
	}
	query := strings.Join(words, " ")
	a.color = "auto" // the flag's default, as newRoot would set it
	if strings.TrimSpace(query) == "" || a.setup() != nil {
		return false
	}
	e, err := a.load()
	if err != nil {
		return false
	}
	if len(words) == len(args) && commandHint(args[0]) != "" {
		if _, ok := e.m.Exact(query); !ok {
			return false // the command hint, from the tree
		}
	}
	if _, ok := e.m.Compare(query); ok {
		return false
	}
	r, ok := e.m.Best(query)
	if !ok {
		return false
	}
	a.startPager("lookup", words)
	a.noteApproximate(r, query)
	a.printer().Print(termView(e, r)) // an error is Main's to report, from what stdout saw
	a.stopPager()
	return true
}
