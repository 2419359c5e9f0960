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
// QUERY...`, that finds a term, without building the command tree: that
// would cost more than the lookup itself (see docs/PERFORMANCE.md). It
// takes the global flags a shell alias would carry (quickFlags), so that
// `alias g='gloss --glossary team.yaml'` is as quick. It reports whether
// it answered. Anything else, another flag, a command, `-`, a miss or an
// error, it leaves to the full tree, which starts from a fresh app
// (keeping only the glossary loaded here, the one the tree would load
// from the same flags), so behaviour is the same either way.
func (a *app) quickLookup(args []string) bool {
	a.color = "auto" // the flag's default, as newRoot would set it
	rest, ok := a.quickFlags(args)
	if !ok {
		return false
	}
	words := rest
	if len(words) > 0 && words[0] == "lookup" {
		words = words[1:]
	}
	shorthand := len(words) == len(rest) // no "lookup": `gloss QUERY`
	if len(words) == 0 || shorthand && slices.Contains(commandNames, rest[0]) {
		return false
	}
	query := strings.Join(words, " ")
	if strings.TrimSpace(query) == "" || a.setup() != nil {
		return false
	}
	e, err := a.load()
	if err != nil {
		return false
	}
	if shorthand && commandHint(rest[0]) != "" {
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

// quickFlags sets the global flags in args that quickLookup takes, as the
// tree would parse them, wherever they stand: --glossary FILE (or
// --glossary=FILE, repeatable), --no-builtin, --no-pager and --color WHEN
// (or --color=WHEN). It returns the other arguments, and false for any
// other flag, `-` or `--`, or a flag without its value, all of which are
// left to the tree.
func (a *app) quickFlags(args []string) ([]string, bool) {
	var rest []string
	for i := 0; i < len(args); i++ {
		w := args[i]
		if !strings.HasPrefix(w, "-") {
			rest = append(rest, w)
			continue
		}
		name, value, hasValue := strings.Cut(w, "=")
		switch {
		case (name == "--glossary" || name == "--color") && !hasValue:
			if i+1 == len(args) {
				return nil, false
			}
			i++
			value = args[i]
		case w == "--no-builtin":
			a.noBuiltin = true
			continue
		case w == "--no-pager":
			a.noPager = true
			continue
		case name != "--glossary" && name != "--color":
			return nil, false
		}
		if name == "--glossary" {
			a.glossaries = append(a.glossaries, value)
		} else {
			a.color = value
		}
	}
	return rest, true
}
