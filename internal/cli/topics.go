package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// topic is a page of `gloss help TOPIC` that is not a command. Its text is
// plain text that also reads as Markdown (blocks are indented four spaces),
// so `gloss docs` can put it in man pages and Markdown unchanged.
type topic struct {
	name, short, title, text string
}

// topics returns the help topics. It is a function so that the exit codes'
// page is formatted when help is asked for, not at every start.
func topics() []topic {
	return []topic{
		{"exit-codes", "Exit codes and what they mean", "Exit status", fmt.Sprintf(`gloss exits with the same codes from every command, so scripts can tell a
miss from a mistake:

    %d  found what was asked for
    %d  no match (for "lookup -": at least one query had none; for
       "browse --print": nothing chosen; for "scan": no term found)
    %d  usage error: bad flag, missing or bad argument
    %d  a glossary cannot be read or is invalid, or a text "scan" was
       given cannot be read
    %d  output could not be written: stdout failed (a full disk, a closed
       stdout), or the files "gloss docs" writes could not be

Results go to stdout; notes, suggestions and errors go to stderr. A reader
that closes the pipe early ("gloss list | head -1") is not an error: gloss
stops and exits 0, saying nothing. Nor is a pager that is quit before the
end; a pager that fails is noted on stderr and the text printed directly.`, ExitOK, ExitNoMatch, ExitUsage, ExitGlossary, ExitWrite)},

		{"environment", "Environment variables gloss reads", "Environment", `GLOSS_PAGER, PAGER: the pager for long output on a terminal: GLOSS_PAGER,
else PAGER, else "less -FRX". "cat" prints directly, as --no-pager does. A
command line with shell syntax (quotes, pipes, $) is run by sh. Output that
fits the terminal, and output that is not to a terminal, is never paged.

LESS, LV: set to FRX and -c when not set, so a bare less or lv shows colours
and quits at once on a short text. LESSCHARSET: set to utf-8 when not set,
as gloss writes UTF-8 in any locale. A pager that fails (exits non-zero) is
noted and the text printed directly.

NO_COLOR: when set and not empty, no colour (unless --color always).

CLICOLOR_FORCE: when set and not 0, colour even when stdout is not a
terminal (unless NO_COLOR is set, or --color never).

TERM: "dumb" turns colour off, as NO_COLOR does.

GLOSS_PATH: glossary files and directories to load over the built-in
glossary, separated by ":" (";" on Windows). A directory's .yaml and .yml
files are loaded in name order.

XDG_CONFIG_HOME, HOME: the glossary files in
$XDG_CONFIG_HOME/gloss/glossary.d (else ~/.config/gloss/glossary.d) are
loaded over the built-in glossary, below GLOSS_PATH and --glossary.

A project's glossary, a .gloss.yaml file or a .gloss folder of YAML files
in the working directory or the nearest one above it that has either, as
git finds .git, is loaded above glossary.d and below GLOSS_PATH, so a
repository can carry its team's terms.

XDG_CACHE_HOME: with glossary files of your own, gloss keeps them merged
and indexed in $XDG_CACHE_HOME/gloss (else ~/.cache/gloss), so that even a
large file is parsed once. Any change to a file, or to gloss, is noticed;
deleting the directory is always safe, and one that cannot be written only
means your files are parsed on every run.

Text wraps to the terminal's width (80 when stdout is not a terminal), or to
--width N.`},

		{"glossary-format", "The format of glossary files", "Glossary format", `A glossary is a YAML file with one key, "terms", a list of entries:

    terms:
      - term: Net Promoter Score
        aliases: [NPS, net promoter]
        category: Metrics & KPIs
        definition: >-
          A loyalty measure built on one survey question: how likely is
          the customer to recommend you, from 0 to 10.
        formula: NPS = % promoters (9-10) - % detractors (0-6)
        example: Of 200 responses, 110 score 9-10 and 30 score 0-6; NPS is 40.
        related: [Customer satisfaction score, Customer effort score]

A new term needs term, category and definition; aliases (other names and
acronyms lookup finds), formula, example and related (names or aliases of
other terms) are optional. Names are unique ignoring case, accents, spacing
and punctuation, except the marks that make a different name: "+" and "#"
after a word ("C++", "C#") and "." before one (".NET"); they hold no control
characters. Unknown keys are errors, so a typo
cannot hide a field.

Files given with --glossary FILE (or found in GLOSS_PATH, a project's .gloss
folder or .gloss.yaml, and glossary.d, see
"gloss help environment") are layered over the built-in glossary, later ones
higher. An entry whose name matches a term from a lower layer is merged into
it: the fields it sets win, the others are kept, and its aliases and related
names are added; such an entry needs only its term. --no-builtin leaves the
built-in glossary out, and "gloss validate FILE" checks a file.`},
	}
}

// addHelp adds the help command and the topics to root. Topics are
// commands without a Run, which cobra lists under "Additional help topics"
// and shows with `gloss help TOPIC` or `gloss TOPIC`.
func (a *app) addHelp(root *cobra.Command) {
	for _, t := range topics() {
		root.AddCommand(&cobra.Command{Use: t.name, Short: t.short, Long: t.text})
	}
	root.SetHelpCommand(newHelpCmd(a))
	root.SetUsageFunc(usage)
}

// newHelpCmd replaces cobra's help command: the same for commands, plus
// the topics, and a usage error with suggestions for a name it does not
// know.
func newHelpCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "help [COMMAND | TOPIC]",
		Short: "Help about a command or topic",
		Long: `Help about any command, or one of the topics: ` + topicNames() + `.
"gloss help" alone shows the commands and topics.`,
		Example: `  gloss help lookup
  gloss help exit-codes
  gloss help environment`,
		ValidArgsFunction: func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			var out []cobra.Completion
			for _, c := range cmd.Root().Commands() {
				if (c.IsAvailableCommand() || c.IsAdditionalHelpTopicCommand()) && len(args) == 0 && strings.HasPrefix(c.Name(), toComplete) {
					out = append(out, cobra.CompletionWithDesc(c.Name(), c.Short))
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			root := cmd.Root()
			target, rest, err := root.Find(args)
			if err != nil || target == root && len(args) > 0 || len(rest) > 0 {
				name := strings.Join(args, " ")
				msg := fmt.Sprintf("no command or help topic %q", name)
				if s := suggestHelp(root, args[0]); s != "" {
					msg += fmt.Sprintf("; did you mean 'gloss help %s'?", s)
				} else {
					msg += "; 'gloss help' lists them"
				}
				return usageErrorf("%s", msg)
			}
			return target.Help()
		},
	}
}

func topicNames() string {
	ts := topics()
	names := make([]string, len(ts))
	for i, t := range ts {
		names[i] = t.name
	}
	return strings.Join(names, ", ")
}

// suggestHelp returns the command or topic closest to name, or "".
func suggestHelp(root *cobra.Command, name string) string {
	var names []string
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() || c.IsAdditionalHelpTopicCommand() {
			names = append(names, c.Name())
		}
	}
	return closest(name, names)
}
