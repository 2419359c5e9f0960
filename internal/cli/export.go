package cli

import (
	"bytes"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/convert"
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/render"
)

// exportOptions is everything `gloss export` needs to run, so a test can
// run its logic (runExport) without the process or cobra.
type exportOptions struct {
	app    *app
	format string
	output string
	layer  string
}

// newExportCmd returns `gloss export`; it calls runF with the options when
// it runs (runExport when runF is nil).
func newExportCmd(a *app, runF func(*exportOptions) error) *cobra.Command {
	o := &exportOptions{app: a}
	cmd := &cobra.Command{
		Use:   "export FORMAT",
		Short: "Write the glossary in another format",
		Long: `Write the merged glossary, or with --layer the terms one source added,
replaced or extended, in another format, on stdout or into the file given
with -o. FORMAT is one of:

  csv         a spreadsheet with a header row, as gloss import csv reads it
  docusaurus  the glossary.json of docusaurus-plugin-glossary
  html        one self-contained page: an index, anchors, links both ways,
              a filter box, light and dark
  markdown    one page: a heading a term, related terms as links
  mkdocs      an abbreviations file (*[NPS]: ...) for Material for MkDocs
  skos        a SKOS concept scheme in Turtle; categories are top concepts
  sphinx      a Sphinx ".. glossary::" directive, links as :term: roles
  tbx         a TBX-Basic (v2) termbase, as gloss import tbx reads it
  vale        a Vale vocabulary (accept.txt): every name and alias, escaped
  yaml        gloss's own format

Related terms not exported are left out, so what is written stands alone.
csv, tbx and yaml go back in with gloss import as the same glossary.`,
		Example: `  gloss export csv -o glossary.csv
  gloss export markdown --layer team.yaml > docs/glossary.md
  gloss export vale -o styles/config/vocabularies/Team/accept.txt`,
		Args: cobra.ExactArgs(1),
		ValidArgsFunction: func(cmd *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			if len(args) == 0 {
				return convert.ExportFormats(), cobra.ShellCompDirectiveNoFileComp
			}
			return nil, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			o.format = args[0]
			return runOr(runF, runExport, o)
		},
	}
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "write to `FILE` (replaced only when all is written) instead of stdout")
	cmd.Flags().StringVar(&o.layer, "layer", "", "only the terms source `FILE` added, replaced or extended (its path, base name, or built-in; see gloss sources)")
	return cmd
}

// runExport loads the glossary and writes it.
func runExport(o *exportOptions) error {
	a := o.app
	if !slices.Contains(convert.ExportFormats(), o.format) {
		return usageErrorf("export: unknown format %q (want %s)", o.format, strings.Join(convert.ExportFormats(), ", "))
	}
	e, err := a.load()
	if err != nil {
		return err
	}
	terms := e.g.All()
	if o.layer != "" {
		if terms, err = layerTerms(e.g, o.layer); err != nil {
			return err
		}
	}
	var buf bytes.Buffer
	w := &countingWriter{w: &buf}
	p := a.startProgress("exporting " + plural(len(terms), "term")).showing(func(seconds int) string {
		return bytesStatus(w.n.Load(), 0, seconds, "written")
	})
	err = convert.Export(w, o.format, e.g, terms)
	p.stop()
	if err != nil {
		return err
	}
	out := buf.Bytes()
	if o.output == "" && a.io.OutTTY {
		out = forTerminal(out)
	}
	if err := a.writeFile(o.output, out); err != nil {
		return err
	}
	if o.output != "" {
		a.note("exported %s into %s", plural(len(terms), "term"), o.output)
	}
	return nil
}

// layerTerms returns the terms the source named layer added, replaced or
// extended, as merged.
func layerTerms(g *glossary.Glossary, layer string) ([]*glossary.Term, error) {
	var names []string
	for _, s := range g.Sources() {
		if s.File == layer || filepath.Base(s.File) == layer {
			names = slices.Concat(s.Added, s.Replaced, s.Extended)
			break
		}
	}
	if names == nil {
		files := make([]string, len(g.Sources()))
		for i, s := range g.Sources() {
			files[i] = filepath.Base(s.File)
		}
		return nil, usageErrorf("--layer: no source %q (sources: %s; see gloss sources)", layer, strings.Join(files, ", "))
	}
	var terms []*glossary.Term
	for _, n := range names {
		if t := g.Find(n); t != nil && !slices.Contains(terms, t) {
			terms = append(terms, t)
		}
	}
	slices.SortFunc(terms, func(x, y *glossary.Term) int { return strings.Compare(glossary.Key(x.Name), glossary.Key(y.Name)) })
	return terms, nil
}

// forTerminal escapes, line by line, what a glossary's text could do to a
// terminal (escape sequences, C1 and bidi controls, invalid UTF-8). An
// export read on a terminal is for looking at; written to a file or a pipe
// it stays byte for byte what the format says, so round trips hold.
func forTerminal(b []byte) []byte {
	lines := strings.Split(string(b), "\n")
	for i, l := range lines {
		lines[i] = render.Clean(l)
	}
	return []byte(strings.Join(lines, "\n"))
}

// countingWriter counts the bytes written through it, for a progress line
// read on another goroutine.
type countingWriter struct {
	w io.Writer
	n atomic.Int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n.Add(int64(n))
	return n, err
}
