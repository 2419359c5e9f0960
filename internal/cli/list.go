package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/render"
)

// listOptions is what `gloss list` runs with.
type listOptions struct {
	app      *app
	category string // --category, when set
	only     bool   // whether --category was given
}

func newListCmd(a *app, runF func(*listOptions) error) *cobra.Command {
	o := &listOptions{app: a}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List every term, alphabetically",
		Long:  "List every term alphabetically with the first sentence of its definition.",
		Example: `  gloss list
  gloss list --category "Metrics & KPIs"
  gloss list --plain | cut -f1`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.only = cmd.Flags().Changed("category")
			return runOr(runF, runList, o)
		},
	}
	a.categoryFlag(cmd, &o.category, "only terms in category `NAME`, or the one its words start (see gloss categories)")
	return cmd
}

func runList(o *listOptions) error {
	e, terms, err := o.app.loadTerms(o.only, o.category)
	if err != nil {
		return err
	}
	return o.app.printer().PrintList(termsList(e, terms))
}

// category resolves a --category value: a category's name, ignoring case
// and punctuation, or the starts of its words ("metrics", "sales pipe"),
// when they name only one.
func (a *app) category(e *env, name string) (string, error) {
	switch cs := e.g.MatchCategories(name); len(cs) {
	case 1:
		return cs[0], nil
	case 0:
		return "", usageErrorf("no category %q; 'gloss categories' lists them", render.Clean(name))
	default:
		const most = 5
		if len(cs) > most {
			cs = append(cs[:most:most], fmt.Sprintf("%d more", len(cs)-most))
		}
		return "", usageErrorf("category %q could be %s; 'gloss categories' lists them", render.Clean(name), render.Clean(strings.Join(cs, ", ")))
	}
}

// categoryFlag adds --category (-c) to cmd, completing category names.
func (a *app) categoryFlag(cmd *cobra.Command, value *string, usage string) {
	cmd.Flags().StringVarP(value, "category", "c", "", usage)
	cmd.RegisterFlagCompletionFunc("category", a.completeCategories)
}

// loadTerms loads the glossary and returns its terms: every one, or with
// only those in category.
func (a *app) loadTerms(only bool, category string) (*env, []*glossary.Term, error) {
	e, err := a.load()
	if err != nil {
		return nil, nil, err
	}
	if !only {
		return e, e.g.All(), nil
	}
	name, err := a.category(e, category)
	if err != nil {
		return nil, nil, err
	}
	return e, inCategory(e.g.All(), name), nil
}

func inCategory(terms []*glossary.Term, category string) []*glossary.Term {
	var out []*glossary.Term
	for _, t := range terms {
		if t.Category == category {
			out = append(out, t)
		}
	}
	return out
}

// termsList is a list of terms, printed a batch at a time: in text a line
// each, the name and the first sentence of its definition.
func termsList(e *env, terms []*glossary.Term) render.List {
	col := -1 // the name column, measured over every term when first drawn
	return render.List{
		Len:   len(terms),
		JSON:  func(i int) any { return render.NewTermJSON(terms[i], e.g) },
		Plain: func(i int, rec func(...string)) { rec(render.TermFields(terms[i])...) },
		Text: func(w io.Writer, s render.Style, from, to int) {
			if col < 0 {
				col = render.SummaryColumn(terms)
			}
			s.SummaryLines(w, terms[from:to], col, "")
		},
	}
}
