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
	e, ps, err := o.app.loadPlaces(o.only, o.category)
	if err != nil {
		return err
	}
	// The terms are read as they are printed: damage found now, before
	// the first line, means loading again from the glossary files, unseen.
	e.g.Check()
	return o.app.printer().PrintList(termsList(e, ps))
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

// loadPlaces loads the glossary and returns the places of its terms:
// every one, or only those in category, found by reading each term once
// and not keeping it (Glossary.Each).
func (a *app) loadPlaces(only bool, category string) (*env, places, error) {
	e, err := a.load()
	if err != nil {
		return nil, places{}, err
	}
	if !only {
		return e, places{n: e.g.Len()}, nil
	}
	name, err := a.category(e, category)
	if err != nil {
		return nil, places{}, err
	}
	ids := []int{}
	e.g.Each(0, e.g.Len(), func(i int, t *glossary.Term) {
		if t.Category == name {
			ids = append(ids, i)
		}
	})
	return e, places{ids: ids, ascending: true}, nil
}

// releaseEvery is how many terms termsList draws before it lets their
// pages go (Glossary.Release).
const releaseEvery = 1024

// places are some of a glossary's terms by place, in the order they are
// shown: the first n when ids is nil.
type places struct {
	n         int
	ids       []int
	ascending bool // ids are in order of place
}

func (p places) len() int {
	if p.ids == nil {
		return p.n
	}
	return len(p.ids)
}

func (p places) at(k int) int {
	if p.ids == nil {
		return k
	}
	return p.ids[k]
}

// termsList is a list of terms, printed a batch at a time: in text a line
// each, the name and the first sentence of its definition. Each term is
// read for its line and not kept, and when the places are in order the
// pages read are let go behind, so that listing a million terms takes
// the memory of a few (ADR 012).
func termsList(e *env, ps places) render.List {
	g := e.g
	col := -1 // the name column, measured over every term when first drawn
	released := 0
	passed := func(k int) { // the term at k has been drawn
		if ps.ids != nil && !ps.ascending {
			return
		}
		if k+1-released >= releaseEvery || k == ps.len()-1 {
			g.Release(ps.at(released), ps.at(k)+1)
			released = k + 1
		}
	}
	return render.List{
		Len: ps.len(),
		JSON: func(k int) any {
			defer passed(k)
			i := ps.at(k)
			return render.TermJSONOf(g.Peek(i), g.RelatedNames(i))
		},
		Plain: func(k int, rec func(...string)) {
			defer passed(k)
			rec(render.TermFields(g.Peek(ps.at(k)))...)
		},
		Text: func(w io.Writer, s render.Style, from, to int) {
			if col < 0 {
				col = render.SummaryColumnOf(ps.len(), func(k int) string { return g.Name(ps.at(k)) })
			}
			batch := make([]*glossary.Term, 0, to-from)
			for k := from; k < to; k++ {
				batch = append(batch, g.Peek(ps.at(k)))
			}
			s.SummaryLines(w, batch, col, "")
			for k := from; k < to; k++ {
				passed(k)
			}
		},
	}
}
