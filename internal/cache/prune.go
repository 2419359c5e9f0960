package cache

import (
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// How long cache files are kept: a temporary file a dead run left behind,
// and a slot's file that no run has used (its layers were moved, renamed
// or deleted, or loaded in another combination). A file in use has its
// modification time brought up to date at most once a day (see touch). A
// week keeps the slots of glossaries used on any working day, and frees
// the space of a combination no longer loaded within days; a slot pruned
// too soon only costs one first load.
const (
	keepTemp   = time.Hour
	keepUnused = 7 * 24 * time.Hour
	touchEvery = 24 * time.Hour
)

// removeStale removes, from the cache directory, temporary files older
// than keepTemp and slots unused for keepUnused: a slot is in use while
// its glossary file is, since a run that only looks up exact names never
// reads the slot's match index. It runs when a slot is written, so a run
// that finds its cache does no work for it.
func removeStale(dir string) {
	entries, _ := os.ReadDir(dir)
	old := func(e os.DirEntry, keep time.Duration) bool {
		info, err := e.Info()
		return err == nil && info.Mode().IsRegular() && time.Since(info.ModTime()) > keep
	}
	inUse := map[string]bool{}
	for _, e := range entries {
		if base, kind, _ := strings.Cut(e.Name(), "."); isSlotFile(e.Name()) && kind == "glossary" && !old(e, keepUnused) {
			inUse[base] = true
		}
	}
	for _, e := range entries {
		base, _, _ := strings.Cut(e.Name(), ".")
		switch {
		case isTempFile(e.Name()) && old(e, keepTemp),
			isSlotFile(e.Name()) && !inUse[base] && old(e, keepUnused):
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// isTempFile reports whether name is that of a slot file being written:
// the slot file's name, a random part, then .tmp. Other files in the
// directory are not gloss's to remove.
func isTempFile(name string) bool {
	rest, ok := strings.CutSuffix(name, ".tmp")
	i := strings.LastIndexByte(rest, '.')
	return ok && i > 0 && isSlotFile(rest[:i])
}

// isSlotFile reports whether name is that of a slot's file: the slot's
// name, 24 hexadecimal digits, then .glossary or .match.
func isSlotFile(name string) bool {
	base, kind, _ := strings.Cut(name, ".")
	if len(base) != 24 || kind != "glossary" && kind != "match" {
		return false
	}
	_, err := hex.DecodeString(base)
	return err == nil
}

// touch marks the slot file at path, last modified at modified, as in use,
// so that removeStale keeps it. It writes at most once a day per file.
func touch(path string, modified time.Time) {
	if time.Since(modified) > touchEvery {
		now := time.Now()
		os.Chtimes(path, now, now)
	}
}
