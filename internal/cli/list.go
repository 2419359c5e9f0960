package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/render"
)

func newListCmd(a *app) *cobra.Command {
	var category string
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List every term, alphabetically",
		Long:  "List every term alphabetically with the first sentence of its definition.",
		Example: `  gloss list
  gloss list --category "Metrics & KPIs"
  gloss list --plain | cut -f1`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			e, terms, err := a.loadTerms(cmd, category)
			if err != nil {
				return err
			}
			return a.printTerms(e, terms)
		},
	}
	a.categoryFlag(cmd, &category, "only terms in category `NAME`, or the one its words start (see gloss categories)")
	return cmd
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

// loadTerms loads the glossary and returns its terms: every one, or only
// those in category when cmd's --category flag was given.
func (a *app) loadTerms(cmd *cobra.Command, category string) (*env, []*glossary.Term, error) {
	e, err := a.load()
	if err != nil {
		return nil, nil, err
	}
	if !cmd.Flags().Changed("category") {
		return e, e.g.Terms, nil
	}
	name, err := a.category(e, category)
	if err != nil {
		return nil, nil, err
	}
	return e, inCategory(e.g.Terms, name), nil
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

// printTerms writes a list of terms in the chosen output mode.
func (a *app) printTerms(e *env, terms []*glossary.Term) error {
	switch {
	case a.json:
		out := make([]render.TermJSON, len(terms))
		for i, t := range terms {
			out[i] = render.NewTermJSON(t, e.g)
		}
		return render.JSON(a.io.Out, out)
	case a.plain:
		for _, t := range terms {
			if err := render.Record(a.io.Out, render.TermFields(t)...); err != nil {
				return err
			}
		}
		return nil
	}
	a.style.Summary(a.io.Out, terms, "")
	return nil
}
