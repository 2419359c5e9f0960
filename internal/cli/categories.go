package cli

import (
	"fmt"
	"io"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/render"
)

// categoriesOptions is what `gloss categories` runs with.
type categoriesOptions struct {
	app *app
}

func newCategoriesCmd(a *app, runF func(*categoriesOptions) error) *cobra.Command {
	o := &categoriesOptions{app: a}
	return &cobra.Command{
		Use:     "categories",
		Short:   "List the categories with their term counts",
		Example: "  gloss categories\n  gloss categories --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runOr(runF, runCategories, o)
		},
	}
}

func runCategories(o *categoriesOptions) error {
	e, err := o.app.load()
	if err != nil {
		return err
	}
	cats := e.g.Categories()
	return o.app.printer().Print(render.View{
		JSON: func() any { return cats },
		Plain: func(rec func(...string)) {
			for _, c := range cats {
				rec(c.Name, strconv.Itoa(c.Count))
			}
		},
		Text: func(w io.Writer, _ render.Style) {
			for _, c := range cats {
				fmt.Fprintf(w, "%4d  %s\n", c.Count, render.Clean(c.Name))
			}
		},
	})
}
