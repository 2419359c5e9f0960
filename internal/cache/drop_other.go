//go:build !linux

package cache

// dropPages does nothing where madvise is not used.
func dropPages([]byte) {}
