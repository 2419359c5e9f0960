//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package cache

import (
	"os"
	"syscall"
)

// mapFile maps the first size bytes of f into memory, read-only. Cache
// files are replaced by rename, never written in place, so the mapping
// stays whole however long the process runs.
func mapFile(f *os.File, size int) ([]byte, error) {
	return syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ, syscall.MAP_SHARED)
}
