package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/gloss-cli/gloss/internal/render"
)

// docsOptions is what `gloss docs man` and `gloss docs markdown` run with.
type docsOptions struct {
	app   *app
	root  *cobra.Command // the tree to document
	dir   string         // where the pages go
	ext   string         // their file name extension
	write func(io.Writer, *render.Page) error
}

func newDocsCmd(a *app, runF func(*docsOptions) error) *cobra.Command {
	docs := &cobra.Command{
		Use:   "docs",
		Short: "Generate man pages or Markdown reference",
		Long: `Generate reference documentation from the command tree, one page per
command, for packagers and for the project's web pages. The help topics
(exit codes, environment, glossary format) become sections of the gloss
page. The date on man pages is SOURCE_DATE_EPOCH's when it is set.`,
		Example: `  gloss docs man ./man && man ./man/gloss.1
  gloss docs markdown ./docs/reference`,
		Args: cobra.NoArgs,
	}
	gen := func(format, ext, short, example string, write func(io.Writer, *render.Page) error) *cobra.Command {
		o := &docsOptions{app: a, ext: ext, write: write}
		return &cobra.Command{
			Use:     format + " DIR",
			Short:   short,
			Example: example,
			Args:    cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				o.root, o.dir = cmd.Root(), args[0]
				return runOr(runF, runDocs, o)
			},
		}
	}
	docs.AddCommand(
		gen("man", "1", "Write a man page for each command to DIR",
			"  gloss docs man /usr/local/share/man/man1", render.Man),
		gen("markdown", "md", "Write a Markdown page for each command to DIR",
			"  gloss docs markdown ./docs/reference", render.Markdown),
	)
	return docs
}

func runDocs(o *docsOptions) error {
	n, err := o.app.writeDocs(o.root, o.dir, o.ext, o.write)
	if err != nil {
		return err
	}
	o.app.note("wrote %d pages to %s", n, render.Clean(o.dir))
	return nil
}

// writeDocs writes a page for root and every command under it to dir,
// creating dir, and returns how many it wrote. A page that cannot be
// written is ExitWrite, as stdout's failures are: the output asked for is
// lost, the command line was right.
func (a *app) writeDocs(root *cobra.Command, dir, ext string, write func(io.Writer, *render.Page) error) (int, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, writeError(fmt.Errorf("cannot write pages to %s: %w", dir, errors.Unwrap(err)))
	}
	date := time.Now()
	if e := a.io.Getenv("SOURCE_DATE_EPOCH"); e != "" {
		sec, err := strconv.ParseInt(e, 10, 64)
		if err != nil {
			return 0, usageErrorf("SOURCE_DATE_EPOCH is not a number of seconds: %q", e)
		}
		date = time.Unix(sec, 0).UTC()
	}
	n := 0
	var walk func(c *cobra.Command) error
	walk = func(c *cobra.Command) error {
		p := page(c)
		p.Version, p.Date = "gloss "+root.Version, date.Format("January 2006")
		if c == root {
			for _, t := range topics() {
				p.Sections = append(p.Sections, render.Section{Title: t.title, Text: t.text})
			}
		}
		var buf bytes.Buffer
		if err := write(&buf, p); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, p.FileName(ext)), buf.Bytes(), 0o644); err != nil {
			return writeError(fmt.Errorf("cannot write a page: %w", err))
		}
		n++
		for _, sub := range documented(c) {
			if err := walk(sub); err != nil {
				return err
			}
		}
		return nil
	}
	return n, walk(root)
}

// page describes c for its reference page.
func page(c *cobra.Command) *render.Page {
	p := &render.Page{
		Name: c.CommandPath(), Short: c.Short, Usage: c.UseLine(), Text: c.Long,
		Examples: c.Example,
		Flags:    flags(c.NonInheritedFlags()), Inherited: flags(c.InheritedFlags()),
	}
	if c.HasParent() {
		p.SeeAlso = append(p.SeeAlso, render.SeeAlso{Name: c.Parent().CommandPath(), Short: c.Parent().Short})
	}
	for _, sub := range documented(c) {
		p.SeeAlso = append(p.SeeAlso, render.SeeAlso{Name: sub.CommandPath(), Short: sub.Short})
	}
	return p
}

// documented returns the commands under c that get pages: not the help
// topics (sections of the gloss page), help or hidden commands.
func documented(c *cobra.Command) []*cobra.Command {
	var out []*cobra.Command
	for _, sub := range c.Commands() {
		if sub.IsAvailableCommand() && sub.Name() != "help" {
			out = append(out, sub)
		}
	}
	return out
}

// flags lists the visible flags of fs as --help shows them.
func flags(fs *pflag.FlagSet) []render.Flag {
	var out []render.Flag
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden || f.Name == "help" {
			return
		}
		names := "--" + f.Name
		if f.Shorthand != "" {
			names = "-" + f.Shorthand + ", " + names
		}
		arg, usage := pflag.UnquoteUsage(f)
		if arg != "" && arg != "bool" {
			names += " " + arg
		}
		switch f.DefValue {
		case "", "false", "0", "[]":
		default:
			usage += fmt.Sprintf(" (default %s)", strings.Trim(f.DefValue, `"`))
		}
		out = append(out, render.Flag{Names: names, Usage: usage})
	})
	return out
}
