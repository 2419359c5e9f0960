package cli

import (
	"os"
	"path/filepath"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
)

// env is the loaded glossary, its matcher, and the sources it came from
// (one for each of g.Sources).
type env struct {
	g    *glossary.Glossary
	m    *match.Matcher
	srcs []source
	tmp  string // a cache directory of this run's own, to remove when it ends
}

// Where a glossary source was configured, as `gloss sources` shows it.
const (
	fromBuiltin   = "built-in"
	fromConfigDir = "glossary.d"
	fromPath      = "GLOSS_PATH"
	fromFlag      = "--glossary"
)

// source is one glossary file to load and the setting that named it.
type source struct {
	path   string
	origin string
}

// load reads every configured glossary source once per run.
func (a *app) load() (*env, error) {
	if a.env != nil {
		return a.env, nil
	}
	srcs, problems := a.sources()
	if len(srcs) == 1 && srcs[0].origin == fromBuiltin && len(problems) == 0 {
		g := data.Glossary() // checked and indexed at build time
		a.env = &env{g: g, m: match.New(g), srcs: srcs}
		return a.env, nil
	}
	merge := func() (*glossary.Glossary, error) {
		files, more := parseAll(srcs, data.File())
		if err := append(problems, more...).Err(); err != nil {
			return nil, glossaryError(err)
		}
		g, merged := glossary.New(files...)
		if err := merged.Err(); err != nil {
			return nil, glossaryError(err)
		}
		return g, nil
	}
	if problems.Err() != nil { // a directory that could not be walked: reported with the rest
		_, err := merge()
		return nil, err
	}
	e, err := a.loadCached(srcs, merge)
	a.env = e
	return e, err
}

// sources lists the configured glossary files, lowest layer first: the
// built-in glossary (unless --no-builtin), the YAML files in glossary.d,
// the files and directories of GLOSS_PATH, then each --glossary FILE. A file
// named twice is loaded once, at its highest place. The problems are
// directories that could not be walked.
func (a *app) sources() ([]source, glossary.Problems) {
	var srcs []source
	var problems glossary.Problems
	if !a.noBuiltin {
		srcs = append(srcs, source{data.Name, fromBuiltin})
	}
	if dir := glossary.ConfigDir(a.io.Getenv); dir != "" {
		if _, err := os.Stat(dir); !os.IsNotExist(err) {
			files, ps := glossary.Walk(dir)
			srcs = appendSources(srcs, files, fromConfigDir)
			problems = append(problems, ps...)
		}
	}
	for _, p := range filepath.SplitList(a.io.Getenv("GLOSS_PATH")) {
		if info, err := os.Stat(p); err != nil || !info.IsDir() {
			srcs = appendSources(srcs, []string{p}, fromPath) // a missing file is reported when read
			continue
		}
		files, ps := glossary.Walk(p)
		srcs = appendSources(srcs, files, fromPath)
		problems = append(problems, ps...)
	}
	srcs = appendSources(srcs, a.glossaries, fromFlag)
	return dedupe(srcs), problems
}

func appendSources(srcs []source, paths []string, origin string) []source {
	for _, p := range paths {
		if p != "" {
			srcs = append(srcs, source{p, origin})
		}
	}
	return srcs
}

// dedupe drops every source that names the same file as a later one.
func dedupe(srcs []source) []source {
	infos := make([]os.FileInfo, len(srcs))
	for i, s := range srcs {
		if s.origin != fromBuiltin {
			infos[i], _ = os.Stat(s.path)
		}
	}
	same := func(i, j int) bool {
		if infos[i] != nil && infos[j] != nil {
			return os.SameFile(infos[i], infos[j])
		}
		return srcs[i].origin != fromBuiltin && filepath.Clean(srcs[i].path) == filepath.Clean(srcs[j].path)
	}
	var out []source
next:
	for i, s := range srcs {
		for j := i + 1; j < len(srcs); j++ {
			if same(i, j) {
				continue next
			}
		}
		out = append(out, s)
	}
	return out
}

// parseAll reads and parses every source, using builtin for the built-in
// glossary. It returns the files (including any that had problems, so
// checks can go on) and every problem found.
func parseAll(srcs []source, builtin *glossary.File) ([]*glossary.File, glossary.Problems) {
	var files []*glossary.File
	var problems glossary.Problems
	for _, s := range srcs {
		if s.origin == fromBuiltin {
			files = append(files, builtin)
			continue
		}
		f, ps := glossary.LoadFile(s.path)
		files = append(files, f)
		problems = append(problems, ps...)
	}
	return files, problems
}
