package cli

import (
	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
)

// env is the loaded glossary and its matcher.
type env struct {
	g *glossary.Glossary
	m *match.Matcher
}

// load reads every configured glossary source once per run.
func (a *app) load() (*env, error) {
	if a.env != nil {
		return a.env, nil
	}
	files, err := a.sourceFiles()
	if err != nil {
		return nil, err
	}
	g, problems := glossary.New(files...)
	if err := problems.Err(); err != nil {
		return nil, glossaryError(err)
	}
	a.env = &env{g: g, m: match.New(g)}
	return a.env, nil
}

// sourceFiles parses every glossary source, lowest layer first.
func (a *app) sourceFiles() ([]*glossary.File, error) {
	var files []*glossary.File
	if !a.noBuiltin {
		f, problems := glossary.Parse(data.Name, data.YAML)
		if err := problems.Err(); err != nil {
			return nil, glossaryError(err)
		}
		files = append(files, f)
	}
	for _, path := range a.glossaries {
		f, problems := glossary.LoadFile(path)
		if err := problems.Err(); err != nil {
			return nil, glossaryError(err)
		}
		files = append(files, f)
	}
	return files, nil
}
