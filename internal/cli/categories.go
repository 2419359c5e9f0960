package cli

import (
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/render"
)

func newCategoriesCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:     "categories",
		Short:   "List the categories with their term counts",
		Example: "  gloss categories\n  gloss categories --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			e, err := a.load()
			if err != nil {
				return err
			}
			cats := e.g.Categories()
			switch {
			case a.json:
				return render.JSON(a.io.Out, cats)
			case a.plain:
				for _, c := range cats {
					render.Record(a.io.Out, c.Name, strconv.Itoa(c.Count))
				}
				return nil
			}
			for _, c := range cats {
				fmt.Fprintf(a.io.Out, "%4d  %s\n", c.Count, render.Clean(c.Name))
			}
			return nil
		},
	}
}
