package cache

import (
	"encoding/binary"
	"unsafe"
)

// stringAt returns the n bytes at off in blob as a string that shares
// blob's memory, or false if they lie outside it.
func stringAt(blob []byte, off, n uint32) (string, bool) {
	if uint64(off)+uint64(n) > uint64(len(blob)) {
		return "", false
	}
	if n == 0 {
		return "", true
	}
	return unsafe.String(&blob[off], int(n)), true
}

var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// u32s returns b as little-endian uint32s: b itself where the machine
// allows, a copy where it does not.
func u32s(b []byte) []uint32 {
	n := len(b) / 4
	if n == 0 {
		return nil
	}
	if littleEndian && uintptr(unsafe.Pointer(&b[0]))%4 == 0 {
		return unsafe.Slice((*uint32)(unsafe.Pointer(&b[0])), n)
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out
}

// i32s is u32s for signed numbers.
func i32s(b []byte) []int32 {
	u := u32s(b)
	if len(u) == 0 {
		return nil
	}
	return unsafe.Slice((*int32)(unsafe.Pointer(&u[0])), len(u))
}

// u32sOf returns ids as unsigned numbers, sharing their memory.
func u32sOf(ids []int32) []uint32 {
	if len(ids) == 0 {
		return nil
	}
	return unsafe.Slice((*uint32)(unsafe.Pointer(&ids[0])), len(ids))
}
