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

// openFile opens the cache file at path for reading without the
// runtime's poller: the file is mapped, never read through it, and
// os.Open would set the poller up (an epoll instance, an eventfd, four
// fcntls) in a lookup that needs it for nothing else.
func openFile(path string) (*os.File, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &os.PathError{Op: "open", Path: path, Err: err}
		}
		return os.NewFile(uintptr(fd), path), nil
	}
}
