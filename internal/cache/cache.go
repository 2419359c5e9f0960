// Package cache keeps merged glossaries on disk, ready to use, so that a
// glossary of 100,000 terms is parsed once and later runs open it in
// milliseconds. Each list of layers has a slot in the cache directory: one
// file holds the merged glossary with its key index, another the
// matcher's prepared index. Both are checked against a key made from
// everything they were built from and against checksums; a file that
// does not fit is ignored and built again. Failing to write the cache is
// never an error for the user. See docs/adr/006-cache.md.
package cache

import (
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
)

// Dir returns the cache directory: $XDG_CACHE_HOME/gloss, or
// ~/.cache/gloss when XDG_CACHE_HOME is unset or not absolute. It returns
// "" when neither variable helps.
func Dir(getenv func(string) string) string {
	if d := getenv("XDG_CACHE_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "gloss")
	}
	if h := getenv("HOME"); h != "" {
		return filepath.Join(h, ".cache", "gloss")
	}
	return ""
}

// Layer is one source of a merged glossary.
type Layer struct {
	// Path is the file the layer is read from or, for a layer built into
	// the program, its name.
	Path string
	// Content is what a built-in layer was made from; nil for a file.
	Content []byte
}

// Slot is the place in a cache directory for one list of layers.
type Slot struct {
	dir  string
	name string   // the start of its file names: a digest of the layers' paths
	key  [32]byte // a digest of everything the glossary is built from
}

// For returns the slot in dir for layers, lowest first. The slot's key
// covers the cache format, the running program (path, size, modification
// time, inode), each file layer's path as given and made absolute, size,
// modification and change time, device and inode, and each built-in
// layer's content; a file that does not exist is keyed as missing. So an
// edited, replaced, moved, touched or new file, or a new version of
// gloss, never meets a cache built before. For fails when a layer's file
// cannot be examined: it is then left to the parser to report.
func For(dir string, layers []Layer) (*Slot, error) {
	if dir == "" {
		return nil, errors.New("no cache directory")
	}
	// FNV-128a, not a cryptographic hash: the key only has to tell honest
	// inputs apart, and crypto/sha256 would add its package initialisation
	// to every run of gloss (docs/PERFORMANCE.md).
	key, names := fnv.New128a(), fnv.New128a()
	fmt.Fprintf(key, "gloss cache %d\n", version)
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	if err := identify(key, "program", exe); err != nil {
		return nil, err
	}
	for _, l := range layers {
		if l.Content != nil {
			fmt.Fprintf(names, "built-in %q\n", l.Path)
			fmt.Fprintf(key, "built-in %q %d %08x\n", l.Path, len(l.Content), crc32.Checksum(l.Content, crc32.MakeTable(crc32.Castagnoli)))
			continue
		}
		abs, err := filepath.Abs(l.Path)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(names, "file %q %q\n", l.Path, abs)
		if _, err := os.Lstat(abs); errors.Is(err, fs.ErrNotExist) {
			// A layer that is not there (a stale GLOSS_PATH entry, left
			// out with a warning) keys the slot as missing: should it
			// appear, the key changes.
			fmt.Fprintf(key, "missing %q %q\n", l.Path, abs)
			continue
		}
		if err := identify(key, l.Path, abs); err != nil {
			return nil, err
		}
	}
	s := &Slot{dir: dir, name: hex.EncodeToString(names.Sum(nil))[:24]}
	copy(s.key[:], key.Sum(nil))
	return s, nil
}

// identify writes what identifies the file at path to h.
func identify(h hash.Hash, name, path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() {
		return fmt.Errorf("%s: not a regular file", path)
	}
	fmt.Fprintf(h, "file %q %q %d %d %v\n", name, path, info.Size(), info.ModTime().UnixNano(), inode(info))
	return nil
}

func (s *Slot) path(kind string) string {
	return filepath.Join(s.dir, s.name+"."+kind)
}
