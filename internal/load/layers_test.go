package load

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// TestBrokenLayerFound checks a broken file in glossary.d, and a missing
// file on GLOSS_PATH, are left out with a warning naming file and line,
// and the other layers still load.
func TestBrokenLayerFound(t *testing.T) {
	dir, env := home(t, map[string]string{
		"config/gloss/glossary.d/10-bad.yaml":  broken,
		"config/gloss/glossary.d/20-good.yaml": widgets,
	})
	env["GLOSS_PATH"] = filepath.Join(dir, "nonexistent.yaml")
	for run := range 2 { // the second from the cache, which keeps the warnings
		e, err := Open(Config{Getenv: getenv(env)})
		if err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		if e.Glossary().Find("widget") == nil || e.Glossary().Find("nps") == nil {
			t.Errorf("run %d: the good layers are missing", run)
		}
		if e.Glossary().Find("cog") != nil {
			t.Errorf("run %d: a term of the broken layer was loaded", run)
		}
		if got := len(e.Sources()); got != 2 || len(e.Glossary().Sources()) != 2 {
			t.Errorf("run %d: %d sources, want built-in and 20-good.yaml", run, got)
		}
		var warnings []string
		for _, s := range e.Skipped() {
			warnings = append(warnings, s.String())
		}
		if len(warnings) != 2 ||
			!strings.Contains(warnings[0], "10-bad.yaml:3:5: unknown key") || !strings.Contains(warnings[0], "(and 2 more errors)") ||
			!strings.HasSuffix(warnings[0], "see 'gloss validate "+filepath.Join(dir, "config/gloss/glossary.d/10-bad.yaml")+"'") ||
			!strings.Contains(warnings[1], "nonexistent.yaml: no such file") {
			t.Errorf("run %d: warnings\n%s", run, strings.Join(warnings, "\n"))
		}
		e.Close()
		if kept, _ := filepath.Glob(filepath.Join(dir, "cache", "gloss", "*.glossary")); len(kept) != 1 {
			t.Errorf("run %d: cache files %v", run, kept)
		}
	}
}

// TestBrokenLayerNamed checks a broken file named with --glossary stops
// the load, with its errors counted as validate counts them.
func TestBrokenLayerNamed(t *testing.T) {
	dir, env := home(t, map[string]string{"bad.yaml": broken})
	bad := filepath.Join(dir, "bad.yaml")
	_, err := Open(Config{Getenv: getenv(env), Glossaries: []string{bad}})
	var le *Error
	if !errors.As(err, &le) {
		t.Fatalf("err = %v, want an *Error", err)
	}
	if len(le.Problems) != 3 || !strings.Contains(err.Error(), "(and 2 more; 'gloss validate "+bad+"' lists them)") {
		t.Errorf("%d problems: %v", len(le.Problems), err)
	}
}

// TestLeftOutThenNamed checks a file left out when found on GLOSS_PATH
// is an error when the same file is named with --glossary, although the
// cache holds a glossary for the same list of files.
func TestLeftOutThenNamed(t *testing.T) {
	dir, env := home(t, map[string]string{"bad.yaml": broken})
	bad := filepath.Join(dir, "bad.yaml")
	env["GLOSS_PATH"] = bad
	e, err := Open(Config{Getenv: getenv(env)})
	if err != nil || len(e.Skipped()) != 1 {
		t.Fatalf("found: %v, %v", err, e)
	}
	e.Close()
	env["GLOSS_PATH"] = ""
	if _, err := Open(Config{Getenv: getenv(env), Glossaries: []string{bad}}); err == nil {
		t.Error("named: no error")
	}
}

// TestNamedDirectory checks a directory named with --glossary loads its
// YAML files as named layers, and one with none is an error.
func TestNamedDirectory(t *testing.T) {
	dir, env := home(t, map[string]string{"team/a.yaml": widgets, "empty/notes.txt": "x"})
	e, err := Open(Config{Getenv: getenv(env), Glossaries: []string{filepath.Join(dir, "team")}})
	if err != nil {
		t.Fatal(err)
	}
	if srcs := e.Sources(); len(srcs) != 2 || srcs[1].Origin != FromFlag || filepath.Base(srcs[1].Path) != "a.yaml" {
		t.Errorf("sources %v", srcs)
	}
	e.Close()
	var le *Error
	if _, err := Open(Config{Getenv: getenv(env), Glossaries: []string{filepath.Join(dir, "empty")}}); !errors.As(err, &le) || !strings.Contains(err.Error(), "no glossary files") {
		t.Errorf("empty folder: %v", err)
	}
}
