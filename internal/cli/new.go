package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/load"
)

// newOptions is everything `gloss new` needs to run.
type newOptions struct {
	app     *app
	name    string
	file    string
	project bool
}

// newNewCmd returns `gloss new`; it calls runF with the options when it
// runs (runNew when runF is nil).
func newNewCmd(a *app, runF func(*newOptions) error) *cobra.Command {
	o := &newOptions{app: a}
	cmd := &cobra.Command{
		Use:   "new [TERM...]",
		Short: "Write a new entry in your glossary, in your editor",
		Long: `Add a template entry for TERM to a glossary file and open it in $VISUAL,
else $EDITOR, else vi, at the entry. The file is the project's glossary
(.gloss.yaml, or the last file of .gloss/) when there is one, else
glossary.d/glossary.yaml in your configuration; --file names another and
--project creates .gloss.yaml here when there is no project glossary.

On saving, the file is checked as gloss validate checks it. With an error,
the problems are shown and the editor opened again, or, answering n, the
file is left as it was. Saving the template unchanged writes nothing. A
TERM that is already a term (say, a built-in one) gets an entry that
extends it: give it aliases or related terms, or a definition to replace.`,
		Example: `  gloss new "Deal desk"
  gloss new --project Widget
  EDITOR=nano gloss new --file team.yaml`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.name = strings.Join(args, " ")
			return runOr(runF, runNew, o)
		},
	}
	cmd.Flags().StringVar(&o.file, "file", "", "add the entry to glossary `FILE`")
	cmd.Flags().BoolVar(&o.project, "project", false, "add it to the project's glossary, creating .gloss.yaml here if there is none")
	return cmd
}

// runNew adds the template and opens the editor.
func runNew(o *newOptions) error {
	a := o.app
	if strings.IndexFunc(o.name, func(r rune) bool { return r < ' ' || r == 0x7f }) >= 0 {
		return usageErrorf("new: the term %q contains a control character", o.name)
	}
	path, err := o.target()
	if err != nil {
		return err
	}
	old, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return glossaryError(fmt.Errorf("%s: %w", path, err))
	}
	if len(bytes.TrimSpace(old)) == 0 {
		old = []byte("terms:\n")
	} else if !bytes.HasSuffix(old, []byte("\n")) {
		old = append(old, '\n')
	}
	exists := false
	if o.name != "" {
		if e, err := a.load(); err == nil && e.g.Find(o.name) != nil {
			exists = true
		}
	}
	text := append(old, template(o.name, exists)...)
	line := bytes.Count(old, []byte("\n")) + 1
	return a.editFile(path, text, line, text)
}

// target returns the file the entry goes into.
func (o *newOptions) target() (string, error) {
	if o.file != "" {
		return o.file, nil
	}
	srcs, _ := load.Sources(o.app.config())
	var project string
	for _, s := range srcs {
		if s.Origin == load.FromProject {
			project = s.Path // the last: .gloss.yaml, else .gloss/'s last file
			if filepath.Base(s.Path) == load.ProjectFile {
				break
			}
		}
	}
	switch {
	case project != "":
		return project, nil
	case o.project:
		return load.ProjectFile, nil
	}
	dir := glossary.ConfigDir(o.app.io.Getenv)
	if dir == "" {
		return "", usageErrorf("new: no configuration directory (set HOME or XDG_CONFIG_HOME), and no --file")
	}
	return filepath.Join(dir, "glossary.yaml"), nil
}

// template is the entry gloss new writes: the fields to fill in, empty,
// so that saving it unfilled is an error rather than a term without a
// meaning; for a term that exists, an entry that extends it.
func template(name string, exists bool) string {
	if name == "" {
		name = `""`
	} else {
		name = fmt.Sprintf("%q", name)
	}
	if exists {
		return fmt.Sprintf(`  - term: %s
    # This term exists: this entry extends it. Uncomment what to add;
    # a definition replaces the one it has.
    # aliases: [another name, ACRONYM]
    # related: [another term]
    # definition: >-
    #   ...
`, name)
	}
	return fmt.Sprintf(`  - term: %s
    # aliases: [another name, ACRONYM]
    category:
    definition: >-

    # example: >-
    #   ...
    # related: [another term]
`, name)
}
