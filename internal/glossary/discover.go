package glossary

import (
	"os"
	"path/filepath"
	"strings"
)

// ConfigDir returns the directory of the user's glossary layers:
// $XDG_CONFIG_HOME/gloss/glossary.d, or ~/.config/gloss/glossary.d when
// XDG_CONFIG_HOME is unset or not absolute (as the XDG spec asks). It
// returns "" when neither variable helps.
func ConfigDir(getenv func(string) string) string {
	if d := getenv("XDG_CONFIG_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "gloss", "glossary.d")
	}
	if h := getenv("HOME"); h != "" {
		return filepath.Join(h, ".config", "gloss", "glossary.d")
	}
	return ""
}

// IsYAML reports whether name is a YAML file name that a directory walk
// picks up: it ends in .yaml or .yml and is not hidden (editors leave
// hidden lock and backup files beside the files they edit).
func IsYAML(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return (ext == ".yaml" || ext == ".yml") && !strings.HasPrefix(name, ".")
}

// Walk returns the glossary files under dir, in name order, descending into
// subdirectories where they sort. Hidden entries and files that are not
// YAML are skipped. Symbolic links are followed, but each directory is
// walked once, so a link back up the tree cannot loop. Directories that
// cannot be read are reported as problems; the files found are still
// returned.
func Walk(dir string) ([]string, Problems) {
	w := walker{}
	w.dir(dir)
	return w.files, w.problems
}

type walker struct {
	seen     []os.FileInfo // directories walked so far
	files    []string
	problems Problems
}

func (w *walker) dir(dir string) {
	info, err := os.Stat(dir)
	if err != nil {
		w.fail(dir, err)
		return
	}
	for _, s := range w.seen {
		if os.SameFile(s, info) {
			return // a loop, or a second way into a directory already walked
		}
	}
	w.seen = append(w.seen, info)
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.fail(dir, err)
		return
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		path := filepath.Join(dir, name)
		isDir := e.IsDir()
		if e.Type()&os.ModeSymlink != 0 {
			if target, err := os.Stat(path); err == nil {
				isDir = target.IsDir()
			} // a dangling link to a .yaml file is reported when it is read
		}
		switch {
		case isDir:
			w.dir(path)
		case IsYAML(name):
			w.files = append(w.files, path)
		}
	}
}

func (w *walker) fail(path string, err error) {
	w.problems = append(w.problems, Problem{Pos: Pos{File: path}, Message: describe(err).Error(), Kind: KindUnreadable})
}
