package load

import (
	"fmt"
	"slices"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// Skip is a layer gloss found (in glossary.d or GLOSS_PATH) but left out
// because it cannot be loaded: the run answers from the other layers.
type Skip struct {
	Path   string // the file, or a directory that could not be read
	Reason string // its first error, file:line:column: message, and how many more
}

// String is the one-line warning a run prints for s.
func (s Skip) String() string {
	return fmt.Sprintf("warning: layer left out: %s; see 'gloss validate %s'", s.Reason, s.Path)
}

// Error is returned when a layer named with --glossary cannot be loaded.
// Its message names the first error and counts the others as `gloss
// validate FILE` does: the file's own parse errors and the merge errors
// in it, over every configured layer.
type Error struct {
	Source   Source
	Problems glossary.Problems // the errors in Source, first found first
}

func (e *Error) Error() string {
	if n := len(e.Problems) - 1; n > 0 {
		return fmt.Sprintf("%s (and %d more; 'gloss validate %s' lists them)", e.Problems[0], n, e.Source.Path)
	}
	return e.Problems[0].String()
}

// Unwrap returns the glossary's own error, with every problem.
func (e *Error) Unwrap() error { return &glossary.Error{Problems: e.Problems} }

// summary is ps's first error and how many more there are.
func summary(ps glossary.Problems) string {
	return (&glossary.Error{Problems: ps}).Error()
}

// merged is what merge makes of the layers: the glossary, the sources it
// came from (one for each of its Sources), and the layers left out.
type merged struct {
	g       *glossary.Glossary
	srcs    []Source
	skipped []Skip
}

// merge parses srcs, using builtin for the built-in layer, and merges
// them. A layer found that has errors (unreadable, invalid, or failing a
// check of the merged glossary, such as a related link to no term) is
// left out and the rest merged again; so is a directory that could not be
// walked (walked). A layer named with --glossary that has errors is an
// *Error.
func merge(srcs []Source, walked glossary.Problems, builtin *glossary.File) (*merged, error) {
	var skipped []Skip
	for _, p := range walked.Errors() {
		skipped = append(skipped, Skip{p.Pos.File, p.String()})
	}
	files := make([]*glossary.File, len(srcs))
	parsed := make([]glossary.Problems, len(srcs))
	for i, s := range srcs {
		if s.Origin == FromBuiltin {
			files[i] = builtin
			continue
		}
		files[i], parsed[i] = glossary.LoadFile(s.Path)
		parsed[i] = parsed[i].Errors()
	}
	keep := make([]int, len(srcs))
	for i := range keep {
		keep[i] = i
	}
	for {
		kept := make([]*glossary.File, len(keep))
		for j, i := range keep {
			kept[j] = files[i]
		}
		g, ps := glossary.New(kept...)
		var bad []int
		for _, i := range keep {
			errs := append(slices.Clone(parsed[i]), inFile(ps.Errors(), srcs[i].Path)...)
			if len(errs) == 0 {
				continue
			}
			if !srcs[i].found() {
				_, all := glossary.New(files...) // as `gloss validate FILE` counts
				return nil, &Error{srcs[i], append(parsed[i], inFile(all.Errors(), srcs[i].Path)...)}
			}
			bad = append(bad, i)
			skipped = append(skipped, Skip{srcs[i].Path, summary(errs)})
		}
		if len(bad) == 0 {
			if err := ps.Err(); err != nil { // in no layer of its own: cannot happen, but never answer from it
				return nil, err
			}
			out := &merged{g: g, skipped: skipped}
			for _, i := range keep {
				out.srcs = append(out.srcs, srcs[i])
			}
			return out, nil
		}
		keep = slices.DeleteFunc(keep, func(i int) bool { return slices.Contains(bad, i) })
	}
}

// inFile returns the problems of ps in the file at path.
func inFile(ps glossary.Problems, path string) glossary.Problems {
	var out glossary.Problems
	for _, p := range ps {
		if p.Pos.File == path {
			out = append(out, p)
		}
	}
	return out
}
