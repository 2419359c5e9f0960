package cache

import (
	"syscall"
	"unsafe"
)

// dropPages lets the kernel take back the whole pages of b, a part of a
// mapped file: they stay in the page cache and come back on the next
// read, but no longer count towards this process's memory.
func dropPages(b []byte) {
	page := uintptr(syscall.Getpagesize())
	addr := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	lo := int((page - addr%page) % page)
	hi := len(b) - int((addr+uintptr(len(b)))%page)
	if hi > lo {
		syscall.Madvise(b[lo:hi], syscall.MADV_DONTNEED)
	}
}
