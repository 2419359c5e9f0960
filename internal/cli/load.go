package cli

import (
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
	return load.Config{Getenv: a.io.Getenv, Glossaries: a.glossaries, NoBuiltin: a.noBuiltin, Indexing: a.indexing}
}

// indexing shows a progress line while a query prepares the match index
// of a glossary just cached (load.Config.Indexing), except while the
// browser owns the screen: it prepares the index on a goroutine of its
// own, and a line on stderr would break what it draws.
func (a *app) indexing() func() {
	if a.browsing {
		return func() {}
	}
	return a.startProgress("indexing the glossary").stop
}

// load loads the configured glossary once per run, warning about each
// layer found but left out.
func (a *app) load() (*env, error) {
	if a.env != nil {
		return a.env, nil
	}
	p := a.startProgress("loading the glossary")
	e, err := load.Open(a.config())
	p.stop()
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
