package cli

import (
	"os"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/load"
	"github.com/gloss-cli/gloss/internal/match"
)

// env is what the commands use of the loaded glossary (a load.Env): the
// glossary, its matcher, and the sources it came from (one for each of
// g.Sources).
type env struct {
	g    *glossary.Glossary
	m    *match.Matcher
	srcs []load.Source
	env  *load.Env
}

// config is what the global flags and the environment say to load.
func (a *app) config() load.Config {
	files, _ := a.glossaryFiles()
	return load.Config{Getenv: a.io.Getenv, Glossaries: files, NoBuiltin: a.noBuiltin}
}

// glossaryFiles returns the --glossary paths with each directory replaced
// by the YAML files under it in name order, as GLOSS_PATH's directories
// are, and the directories that could not be walked.
func (a *app) glossaryFiles() ([]string, glossary.Problems) {
	var files []string
	var problems glossary.Problems
	for _, p := range a.glossaries {
		if info, err := os.Stat(p); err != nil || !info.IsDir() {
			files = append(files, p) // a missing file is reported when read
			continue
		}
		found, ps := glossary.Walk(p)
		if len(found) == 0 && len(ps) == 0 {
			ps = glossary.Problems{{Pos: glossary.Pos{File: p}, Message: "a folder with no glossary files (.yaml, .yml) in it", Kind: glossary.KindUnreadable}}
		}
		files = append(files, found...)
		problems = append(problems, ps...)
	}
	return files, problems
}

// load loads the configured glossary once per run, warning about each
// layer found but left out.
func (a *app) load() (*env, error) {
	if a.env != nil {
		return a.env, nil
	}
	if _, problems := a.glossaryFiles(); problems.Err() != nil {
		return nil, glossaryError(problems.Err()) // a folder named with --glossary is as fatal as a file
	}
	e, err := load.Open(a.config())
	if err != nil {
		return nil, glossaryError(err)
	}
	for _, s := range e.Skipped() {
		a.note("%s", s)
	}
	a.env = &env{g: e.Glossary(), m: e.Matcher(), srcs: e.Sources(), env: e}
	return a.env, nil
}

// closeEnv closes the loaded glossary, if any: the runtime's settings go
// back as they were and the run's own cache directory is removed.
func (a *app) closeEnv() {
	if a.env != nil {
		a.env.env.Close()
	}
}
