package load

import (
	"os"
	"path/filepath"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/glossary"
)

// Where a glossary source was configured, as `gloss sources` shows it.
const (
	FromBuiltin   = "built-in"
	FromConfigDir = "glossary.d"
	FromProject   = "project" // .gloss/ or .gloss.yaml, here or above
	FromPath      = "GLOSS_PATH"
	FromFlag      = "--glossary"
	FromArgument  = "argument" // a file named to `gloss validate`
)

// Source is one glossary file to load and the setting that named it.
type Source struct {
	Path   string
	Origin string
}

// found reports whether s was found by gloss rather than named by the
// user: a broken layer found is left out with a warning, a broken layer
// named stops the run (docs/adr/008-broken-layers.md).
func (s Source) found() bool {
	return s.Origin == FromConfigDir || s.Origin == FromProject || s.Origin == FromPath
}

// Sources lists the configured glossary files, lowest layer first: the
// built-in glossary (unless cfg.NoBuiltin), the YAML files in glossary.d,
// the project's glossary (.gloss.yaml, then .gloss/, in the nearest
// directory at or above cfg.Dir that has either), the files and
// directories of GLOSS_PATH, each of cfg.Glossaries (a directory's YAML
// files as GLOSS_PATH's), then each of args (for `gloss validate`). A file
// named twice is loaded once, at its highest place. The problems are
// directories found that could not be walked; those of cfg.Glossaries are
// Open's to report, as errors.
func Sources(cfg Config, args ...string) ([]Source, glossary.Problems) {
	var srcs []Source
	var problems glossary.Problems
	if !cfg.NoBuiltin {
		srcs = append(srcs, Source{data.Name, FromBuiltin})
	}
	if dir := glossary.ConfigDir(cfg.Getenv); dir != "" {
		if _, err := os.Stat(dir); !os.IsNotExist(err) {
			files, ps := glossary.Walk(dir)
			srcs = appendSources(srcs, files, FromConfigDir)
			problems = append(problems, ps...)
		}
	}
	files, ps := project(cfg.Dir)
	srcs = appendSources(srcs, files, FromProject)
	problems = append(problems, ps...)
	for _, p := range filepath.SplitList(cfg.Getenv("GLOSS_PATH")) {
		if info, err := os.Stat(p); err != nil || !info.IsDir() {
			srcs = appendSources(srcs, []string{p}, FromPath) // a missing file is reported when read
			continue
		}
		files, ps := glossary.Walk(p)
		srcs = appendSources(srcs, files, FromPath)
		problems = append(problems, ps...)
	}
	named, _ := walkNamed(cfg.Glossaries)
	srcs = appendSources(srcs, named, FromFlag)
	srcs = appendSources(srcs, args, FromArgument)
	return dedupe(srcs), problems
}

// walkNamed returns the files paths name, each directory replaced by the
// YAML files under it in name order, as GLOSS_PATH's directories are, and
// the directories that could not be walked or hold no glossary file.
func walkNamed(paths []string) ([]string, glossary.Problems) {
	var files []string
	var problems glossary.Problems
	for _, p := range paths {
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

func appendSources(srcs []Source, paths []string, origin string) []Source {
	for _, p := range paths {
		if p != "" {
			srcs = append(srcs, Source{p, origin})
		}
	}
	return srcs
}

// dedupe drops every source that names the same file as a later one.
func dedupe(srcs []Source) []Source {
	infos := make([]os.FileInfo, len(srcs))
	for i, s := range srcs {
		if s.Origin != FromBuiltin {
			infos[i], _ = os.Stat(s.Path)
		}
	}
	same := func(i, j int) bool {
		if infos[i] != nil && infos[j] != nil {
			return os.SameFile(infos[i], infos[j])
		}
		return srcs[i].Origin != FromBuiltin && filepath.Clean(srcs[i].Path) == filepath.Clean(srcs[j].Path)
	}
	var out []Source
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
