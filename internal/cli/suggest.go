package cli

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// flagError makes a flag error a usage error, suggesting the flag the user
// probably meant: a flag of cmd within two edits of the one typed, a
// single-dash long flag (-json), or a flag of another command. On the
// `gloss QUERY` shorthand it also suggests a command close to the first
// word, since `gloss lisst --category X` most likely meant `list`.
func flagError(cmd *cobra.Command, err error) error {
	msg := badValue(err.Error())
	var hint string
	if cmd == cmd.Root() && cmd.Flags().NArg() > 0 {
		word := cmd.Flags().Arg(0)
		if s := cmd.SuggestionsFor(word); len(s) > 0 {
			hint = fmt.Sprintf("%q is not a command; did you mean 'gloss %s'?", word, s[0])
		}
	}
	// pflag's messages: "unknown flag: --jsno", "unknown shorthand flag:
	// 'j' in -json".
	if name, ok := strings.CutPrefix(msg, "unknown flag: --"); ok && hint == "" {
		hint = suggestFlag(cmd, name)
	} else if _, word, ok := strings.Cut(msg, "' in -"); ok && hint == "" && strings.HasPrefix(msg, "unknown shorthand flag: ") &&
		len(word) > 1 && cmd.Flags().Lookup(word) != nil {
		hint = fmt.Sprintf("did you mean --%s?", word)
	}
	if hint != "" {
		msg += "; " + hint
	}
	return &exitError{ExitUsage, errors.New(msg)}
}

// pflagValue matches pflag's message for a value that does not parse:
// `invalid argument "abc" for "-n, --limit" flag: strconv.ParseInt:
// parsing "abc": invalid syntax`. It is compiled when a flag error needs
// it, not at start-up.
const pflagValue = (`^invalid argument ("(?:[^"\\]|\\.)*") for "(?:-[^ ]+, )?(--[^"]+)" flag: strconv\.Parse(\w+): parsing "(?:[^"\\]|\\.)*": (.+)$`)

// badValue says what pflag's message for a value that does not parse
// means, without Go's strconv in it: `--limit needs a whole number, not
// "abc"`. Other messages are returned as they are.
func badValue(msg string) string {
	if !strings.HasPrefix(msg, "invalid argument ") {
		return msg
	}
	m := regexp.MustCompile(pflagValue).FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	value, flag, parser, why := m[1], m[2], m[3], m[4]
	want := map[string]string{"Int": "a whole number", "Uint": "a whole number", "Bool": "true or false", "Float": "a number"}[parser]
	switch {
	case want == "":
		return fmt.Sprintf("%s: bad value %s (%s)", flag, value, why)
	case why == "value out of range":
		return fmt.Sprintf("%s needs %s, and %s is out of range", flag, want, value)
	}
	return fmt.Sprintf("%s needs %s, not %s", flag, want, value)
}

// commandHint returns the command line word most likely meant, when the
// first word of the `gloss QUERY` shorthand looks like a command rather
// than a query: a command in other case (LIST), a close misspelling or the
// start of one (lis), or the name of a flag of the root (version); "" if
// it does not.
func commandHint(word string) string {
	lower := strings.ToLower(word)
	switch lower {
	case "version":
		return "gloss --version"
	case "help":
		return "gloss help"
	}
	var names []string
	for _, n := range commandNames {
		if !strings.HasPrefix(n, "__") {
			names = append(names, n)
		}
	}
	for _, n := range names {
		d := editDistance(lower, n)
		switch {
		case d == 0, len(lower) >= minCommandStart && strings.HasPrefix(n, lower),
			d <= commandEdits(len(n)):
			return "gloss " + n
		}
	}
	return ""
}

// minCommandStart is how many letters of a command must be typed to be
// read as its start ("lis"): two would take most short queries.
const minCommandStart = 3

// commandEdits is how many edits a misspelling of a command of n letters
// may carry: one, or two for a long name, where two slips are common and
// still leave it unmistakable.
func commandEdits(n int) int {
	if n >= 7 {
		return 2
	}
	return 1
}

// suggestFlag returns a hint naming the flag closest to name, or "".
func suggestFlag(cmd *cobra.Command, name string) string {
	var names []string
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if !f.Hidden {
			names = append(names, f.Name)
		}
	})
	if best := closest(name, names); best != "" {
		return fmt.Sprintf("did you mean --%s?", best)
	}
	var owners []string
	for _, c := range cmd.Root().Commands() {
		if c != cmd && c.IsAvailableCommand() && c.Flags().Lookup(name) != nil {
			owners = append(owners, "'gloss "+c.Name()+"'")
		}
	}
	if len(owners) > 0 {
		return fmt.Sprintf("--%s is a flag of %s", name, strings.Join(owners, " and "))
	}
	return ""
}

// closest returns the name within two edits of typed (one for a typed
// word under four letters), or starting with it, that is closest to it; ""
// if none is. Case is ignored.
func closest(typed string, names []string) string {
	typed = strings.ToLower(typed)
	best, bestD := "", min(2, len([]rune(typed))/2)+1
	for _, n := range names {
		d := editDistance(typed, strings.ToLower(n))
		if len(typed) >= 2 && strings.HasPrefix(strings.ToLower(n), typed) {
			d = min(d, 1)
		}
		if d < bestD {
			best, bestD = n, d
		}
	}
	return best
}

// editDistance is the optimal string alignment distance between a and b:
// insertions, deletions, substitutions and swaps of neighbours each cost 1.
func editDistance(a, b string) int {
	x, y := []rune(a), []rune(b)
	d := make([][]int, len(x)+1)
	for i := range d {
		d[i] = make([]int, len(y)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(x)][len(y)]
}
