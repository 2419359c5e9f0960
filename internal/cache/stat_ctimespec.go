//go:build darwin || freebsd || netbsd

package cache

import (
	"os"
	"syscall"
)

// inode returns what identifies the file behind info beyond its size and
// modification time: device, inode and change time (see stat_ctim.go).
func inode(info os.FileInfo) [3]int64 {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return [3]int64{}
	}
	return [3]int64{int64(st.Dev), int64(st.Ino), st.Ctimespec.Nano()}
}
