//go:build linux || openbsd || dragonfly

package cache

import (
	"os"
	"syscall"
)

// inode returns what identifies the file behind info beyond its size and
// modification time: device, inode and change time. The change time is
// set by the system on every write, rename or replacement and cannot be
// set back, so a file swapped for another of the same size and mtime
// still differs.
func inode(info os.FileInfo) [3]int64 {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return [3]int64{}
	}
	return [3]int64{int64(st.Dev), int64(st.Ino), st.Ctim.Nano()}
}
