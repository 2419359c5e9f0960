package cli

import (
	"cmp"
	"path/filepath"
	"slices"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/load"
)

// checker parses each glossary file once and merges the layers validate
// asks for, as often as it asks.
type checker struct {
	configured []load.Source      // the sources gloss would load, lowest first
	walked     glossary.Problems  // directories of them that could not be walked
	builtin    *glossary.File     // from its YAML, so problems can tell its lines from a file's
	parsed     map[string]*parsed // by path
}

type parsed struct {
	file     *glossary.File
	problems glossary.Problems
}

func (a *app) newChecker() *checker {
	c := &checker{parsed: map[string]*parsed{}}
	c.configured, c.walked = load.Sources(a.config())
	if !a.noBuiltin {
		c.builtin, _ = glossary.Parse(data.Name, data.YAML)
	}
	return c
}

// parse returns the parsed file of s, parsing it the first time.
func (c *checker) parse(s load.Source) *parsed {
	if p, ok := c.parsed[s.Path]; ok {
		return p
	}
	p := &parsed{file: c.builtin}
	if s.Origin != load.FromBuiltin {
		p.file, p.problems = glossary.LoadFile(s.Path)
	}
	c.parsed[s.Path] = p
	return p
}

// check merges srcs, lowest first, and returns every problem found.
func (c *checker) check(srcs []load.Source) glossary.Problems {
	var files []*glossary.File
	var problems glossary.Problems
	for _, s := range srcs {
		p := c.parse(s)
		files = append(files, p.file)
		problems = append(problems, p.problems...)
	}
	_, merged := glossary.New(files...)
	return append(problems, merged...)
}

// all checks the configured sources as they load and returns the problems
// of all but the built-in glossary (checked by its own tests), in layer
// order, and how many files it checked.
func (c *checker) all() (glossary.Problems, int) {
	order := map[string]int{}
	checked := 0
	for i, s := range c.configured {
		order[s.Path] = i + 1 // problems walking a directory, at 0, come first
		if s.Origin != load.FromBuiltin {
			checked++
		}
	}
	var out glossary.Problems
	for _, p := range append(slices.Clip(c.walked), c.check(c.configured)...) {
		if p.Pos.File != data.Name {
			out = append(out, p)
		}
	}
	slices.SortStableFunc(out, func(x, y glossary.Problem) int {
		return cmp.Or(cmp.Compare(order[x.Pos.File], order[y.Pos.File]), byPlace(x, y))
	})
	return out, checked
}

// each checks every file of paths on its own over the configured sources,
// so that its findings depend on nothing else named, and returns them
// sorted by file name and place; the number of errors in the configured
// sources themselves; and how many files it checked.
func (c *checker) each(a *app, paths []string) (findings glossary.Problems, others, checked int) {
	files := slices.Clone(paths)
	slices.Sort(files)
	files = slices.Compact(files)
	otherErrs := map[string]bool{}
	for _, f := range files {
		srcs, _ := load.Sources(a.config(), f) // the configured sources, with f on top
		for _, p := range append(slices.Clip(c.walked), c.check(srcs)...) {
			switch {
			case p.Pos.File == f:
				findings = append(findings, p)
			case !p.Warning && p.Pos.File != data.Name && !slices.Contains(files, p.Pos.File):
				otherErrs[p.String()] = true
			}
		}
	}
	slices.SortStableFunc(findings, func(x, y glossary.Problem) int {
		return cmp.Or(cmp.Compare(filepath.Clean(x.Pos.File), filepath.Clean(y.Pos.File)), byPlace(x, y))
	})
	return findings, len(otherErrs), len(files)
}

// byPlace orders problems of one file by line, column and message.
func byPlace(x, y glossary.Problem) int {
	return cmp.Or(cmp.Compare(x.Pos.Line, y.Pos.Line), cmp.Compare(x.Pos.Col, y.Pos.Col), cmp.Compare(x.Message, y.Message))
}
