package sections

import (
	"encoding/binary"
	"unsafe"
)

// This file reads numbers, records and strings where they lie in a
// section, without copying: a glossary of 100,000 terms read from the
// cache points into the mapped file rather than holding a copy of it.

var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// String returns the n bytes at off in b as a string sharing b's memory,
// or false if they lie outside it. b must not change while the string is
// in use.
func String(b []byte, off, n uint32) (string, bool) {
	if uint64(off)+uint64(n) > uint64(len(b)) {
		return "", false
	}
	if n == 0 {
		return "", true
	}
	return unsafe.String(&b[off], int(n)), true
}

// Uint32s returns b as little-endian uint32s: b itself where the machine
// allows, a copy where it does not. Bytes past a multiple of 4 are left
// out.
func Uint32s(b []byte) []uint32 {
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

// Records returns b as records of type R, in place where the machine
// allows. R must be a struct of uint32 fields and nothing else (so that
// it has no padding and reads the same on any machine), as written by
// WriteRecords. Bytes past a whole record are left out.
func Records[R any](b []byte) []R {
	size := int(unsafe.Sizeof(*new(R)))
	u := Uint32s(b[:len(b)/size*size])
	if len(u) == 0 {
		return nil
	}
	return unsafe.Slice((*R)(unsafe.Pointer(&u[0])), len(u)*4/size)
}

// WriteRecords adds rs to w's open section, for Records to read. R must
// be a struct of uint32 fields and nothing else.
func WriteRecords[R any](w *Writer, rs []R) {
	if len(rs) == 0 {
		return
	}
	size := int(unsafe.Sizeof(rs[0]))
	w.Uint32s(unsafe.Slice((*uint32)(unsafe.Pointer(&rs[0])), len(rs)*size/4)...)
}

// Uint32sOf returns vs as unsigned numbers, sharing their memory, for
// Writer.Uint32s.
func Uint32sOf(vs []int32) []uint32 {
	if len(vs) == 0 {
		return nil
	}
	return unsafe.Slice((*uint32)(unsafe.Pointer(&vs[0])), len(vs))
}

// bytesOf returns vs's memory as bytes.
func bytesOf(vs []uint32) []byte {
	return unsafe.Slice((*byte)(unsafe.Pointer(&vs[0])), 4*len(vs))
}
