package cache

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// maxTotal bounds the size of the slot files in the cache directory. A
// slot takes about 2.1 times its YAML (122 MB for 100,000 terms), so this
// holds several large glossaries' slots beside any number of small ones;
// the slot being written is kept whatever its size, so a single glossary
// too large for the bound still gets its cache.
const maxTotal = 1 << 30

// boundTotal removes the least recently used slots from dir, other than
// keep (the slot about to be written), while its slot files take more
// than limit bytes. A slot was last used when its glossary file was
// last modified (see touch: to within a day); a slot with no glossary
// file goes first. Temporary files, which a run may be writing, and files
// that are not gloss's are neither counted nor removed.
func boundTotal(dir, keep string, limit int64) {
	entries, _ := os.ReadDir(dir)
	type slot struct {
		size  int64
		used  time.Time
		files []string
	}
	slots := map[string]*slot{}
	var total int64
	for _, e := range entries {
		info, err := e.Info()
		if !isSlotFile(e.Name()) || err != nil || !info.Mode().IsRegular() {
			continue
		}
		base, kind, _ := strings.Cut(e.Name(), ".")
		s := slots[base]
		if s == nil {
			s = &slot{}
			slots[base] = s
		}
		s.size += info.Size()
		s.files = append(s.files, e.Name())
		if kind == "glossary" {
			s.used = info.ModTime()
		}
		total += info.Size()
	}
	if total <= limit {
		return
	}
	var order []string
	for base := range slots {
		if base != keep {
			order = append(order, base)
		}
	}
	slices.SortFunc(order, func(a, b string) int {
		if c := slots[a].used.Compare(slots[b].used); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	for _, base := range order {
		if total <= limit {
			return
		}
		for _, name := range slots[base].files {
			os.Remove(filepath.Join(dir, name))
		}
		total -= slots[base].size
	}
}
