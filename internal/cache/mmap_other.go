//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package cache

import (
	"io"
	"os"
)

// mapFile reads the first size bytes of f, where memory mapping is not
// available.
func mapFile(f *os.File, size int) ([]byte, error) {
	b := make([]byte, size)
	_, err := io.ReadFull(f, b)
	return b, err
}

// openFile opens the cache file at path for reading.
func openFile(path string) (*os.File, error) { return os.Open(path) }
