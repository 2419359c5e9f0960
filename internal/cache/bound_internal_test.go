package cache

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestBoundTotal checks that the least recently used slots go first, the
// slot being written never, until the slot files fit the bound.
func TestBoundTotal(t *testing.T) {
	dir := t.TempDir()
	file := func(name string, size int64, age time.Duration) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Truncate(path, size); err != nil {
			t.Fatal(err)
		}
		then := time.Now().Add(-age)
		if err := os.Chtimes(path, then, then); err != nil {
			t.Fatal(err)
		}
		return path
	}
	const (
		oldest  = "000000000000000000000001"
		older   = "000000000000000000000002"
		recent  = "000000000000000000000003"
		writing = "000000000000000000000004"
	)
	day := 24 * time.Hour
	gone := []string{
		file(oldest+".glossary", 100, 5*day),
		file(oldest+".match", 300, 5*day),
		file(older+".match", 100, time.Hour), // no glossary file: unused
	}
	kept := []string{
		file(recent+".glossary", 200, day),
		file(recent+".match", 200, day),
		file(writing+".glossary", 500, 6*day), // the slot written now
		file(writing+".match.9.tmp", 900, 0),  // being written: not counted
		file("notes.txt", 900, 9*day),         // not gloss's
	}
	boundTotal(dir, writing, 1000)
	for _, p := range gone {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("%s is still there", filepath.Base(p))
		}
	}
	for _, p := range kept {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s was removed", filepath.Base(p))
		}
	}

	boundTotal(dir, writing, 10_000) // within the bound: nothing goes
	for _, p := range kept {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s was removed under the bound", filepath.Base(p))
		}
	}
}
