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
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
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
// layer's content. So an edited, replaced, moved or touched file, or a
// new version of gloss, never meets a cache built before. For fails when
// a layer's file cannot be examined: it is then left to the parser to
// report.
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

// Open returns the glossary kept in the slot, with a matcher that takes
// its prepared index from the slot or, on its first approximate query,
// prepares it and keeps it there. It reports false when the slot holds no
// glossary whole and built from the slot's layers as they are now.
func (s *Slot) Open() (*glossary.Glossary, *match.Matcher, bool) {
	secs, err := readFile(s.path("glossary"), 'g', s.key, glossarySections, true)
	if err != nil {
		return nil, nil, false
	}
	g, err := readGlossary(secs)
	if err != nil {
		return nil, nil, false
	}
	return g, match.Stored(g, indexStore{s, len(g.Terms), secs[6], u32s(secs[1])}), true
}

// HasIndex reports whether the slot holds a matcher's index for its key,
// judging by the file's header alone.
func (s *Slot) HasIndex() bool {
	return hasHeader(s.path("match"), 'm', s.key, indexSections)
}

// Save keeps g in the slot, replacing whatever it held. g must have been
// merged from the slot's layers, with no errors.
func (s *Slot) Save(g *glossary.Glossary) error {
	return s.write("glossary", 'g', glossarySections, func(w *writer) error { return writeGlossary(w, g) })
}

// indexStore keeps a glossary's prepared match index in its slot.
type indexStore struct {
	s       *Slot
	terms   int
	texts   []byte   // the glossary's definitions, where they are mapped
	records []uint32 // the glossary's term records
}

func (st indexStore) Load() (*match.Index, error) {
	secs, err := readFile(st.s.path("match"), 'm', st.s.key, indexSections, true)
	if err != nil {
		return nil, err
	}
	return readIndex(secs, st.terms)
}

// TextsRead lets the pages of the definitions and examples of terms
// from..to go once the matcher has read them to prepare its index: few
// will be read again, and a glossary's worth would otherwise stay in
// memory. They lie in term order in the texts section.
func (st indexStore) TextsRead(from, to int) {
	start := func(i int) int {
		if i >= st.terms {
			return len(st.texts)
		}
		return int(st.records[18*i+4]) // where its definition starts
	}
	if a, b := start(from), start(to); a <= b && b <= len(st.texts) {
		dropPages(st.texts[a:b])
	}
}

func (st indexStore) Save(x *match.Index) error {
	return st.s.write("match", 'm', indexSections, func(w *writer) error { return writeIndex(w, x) })
}

// write writes a file of the slot to a temporary file and renames it into
// place, so that a reader sees the old file or the new one, never a part;
// of two runs writing at once, the last rename wins.
func (s *Slot) write(kind string, k byte, sections int, body func(*writer) error) error {
	if err := os.MkdirAll(s.dir, 0o700); err != nil {
		return err
	}
	removeStale(s.dir)
	f, err := os.CreateTemp(s.dir, s.name+"."+kind+".*.tmp")
	if err != nil {
		return err
	}
	w := newWriter(f, sections)
	err = body(w)
	if err == nil {
		err = w.finish(k, s.key)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), s.path(kind))
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// How long cache files are kept: a temporary file a dead run left behind,
// and a slot's file that no run has used (its layers were moved, renamed
// or deleted, or loaded in another combination). A file in use has its
// modification time brought up to date at most once a day (see touch).
const (
	keepTemp   = time.Hour
	keepUnused = 30 * 24 * time.Hour
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
		case strings.HasSuffix(e.Name(), ".tmp") && old(e, keepTemp),
			isSlotFile(e.Name()) && !inUse[base] && old(e, keepUnused):
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
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
