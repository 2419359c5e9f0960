package load

import (
	"os"
	"path/filepath"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// Names of a project glossary: a folder of YAML files, or one file, in a
// directory or any above it, as git finds .git.
const (
	ProjectDir  = ".gloss"
	ProjectFile = ".gloss.yaml"
)

// project returns the glossary files of the project dir is in: those of
// the nearest directory, dir or above it, holding a .gloss folder or a
// .gloss.yaml file (the file first, then the folder's files in name
// order), and the problems walking the folder. Each level costs two stat
// calls, about a microsecond each.
func project(dir string) ([]string, glossary.Problems) {
	if dir == "" {
		var err error
		if dir, err = os.Getwd(); err != nil {
			return nil, nil // no working directory: no project
		}
	}
	for {
		var files []string
		var problems glossary.Problems
		if info, err := os.Stat(filepath.Join(dir, ProjectFile)); err == nil && !info.IsDir() {
			files = append(files, filepath.Join(dir, ProjectFile))
		}
		if info, err := os.Stat(filepath.Join(dir, ProjectDir)); err == nil && info.IsDir() {
			found, ps := glossary.Walk(filepath.Join(dir, ProjectDir))
			files, problems = append(files, found...), ps
		}
		if len(files) > 0 || len(problems) > 0 {
			return files, problems
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil, nil
		}
		dir = parent
	}
}
