package sections

import (
	"encoding/binary"
	"hash/crc32"
	"sync/atomic"
	"unsafe"
)

// This file checks a section's bytes a block at a time, the first time
// they are read: a lookup in a file of 100 MB reads a few of its blocks,
// so it checks a few hundred kilobytes rather than the file.

// Section is one section of a Table, read in place and checked as it is
// read: each method that returns bytes first checks the blocks they lie
// in, once, and reports false if one is damaged. It is safe for use on
// several goroutines at once: two that check a block together both come
// to the same answer.
type Section struct {
	b     []byte
	sums  *sums
	first uint64 // the place of its first block's sum in sums
}

// sums is the CRCs of the blocks of every section of a Table, checked a
// chunk at a time, and what is known of each block.
type sums struct {
	b      []byte          // a CRC-32 for each block
	chunks []byte          // a CRC-32 for each chunkSums of b, from the table
	state  []atomic.Uint32 // of each block, then of each chunk: unchecked, good or bad
}

// The states of a block or chunk.
const (
	unchecked = iota
	good
	bad
)

func newSums(b, chunks []byte) *sums {
	n := len(b) / 4
	return &sums{b: b, chunks: chunks, state: make([]atomic.Uint32, n+len(chunks)/4)}
}

// ok reports whether the bytes of block i, whose sum is the i'th, are
// whole: checked now, the sums of its chunk first, or earlier.
func (s *sums) ok(i uint64, block []byte) bool {
	switch s.state[i].Load() {
	case good:
		return true
	case bad:
		return false
	}
	c := i / chunkSums
	chunk := &s.state[uint64(len(s.b)/4)+c]
	if chunk.Load() == unchecked {
		from, to := c*Block, min((c+1)*Block, uint64(len(s.b)))
		if crc32.ChecksumIEEE(s.b[from:to]) == binary.LittleEndian.Uint32(s.chunks[4*c:]) {
			chunk.Store(good)
		} else {
			chunk.Store(bad)
		}
	}
	whole := chunk.Load() == good && crc32.ChecksumIEEE(block) == binary.LittleEndian.Uint32(s.b[4*i:])
	if whole {
		s.state[i].Store(good)
	} else {
		s.state[i].Store(bad)
	}
	return whole
}

// Len returns the section's length in bytes.
func (s *Section) Len() int {
	return len(s.b)
}

// check reports whether every block of bytes off..end is whole, checking
// those not yet checked. off..end must lie within the section.
func (s *Section) check(off, end uint64) bool {
	if off == end {
		return true
	}
	for i := off / Block; i <= (end-1)/Block; i++ {
		if !s.sums.ok(s.first+i, s.b[i*Block:min((i+1)*Block, uint64(len(s.b)))]) {
			return false
		}
	}
	return true
}

// Bytes returns the n bytes at off, checked, or false if they lie outside
// the section or a block of them is damaged.
func (s *Section) Bytes(off, n uint64) ([]byte, bool) {
	if off > uint64(len(s.b)) || n > uint64(len(s.b))-off || !s.check(off, off+n) {
		return nil, false
	}
	return s.b[off : off+n : off+n], true
}

// Whole returns the whole section, checked, or false if a block of it is
// damaged.
func (s *Section) Whole() ([]byte, bool) {
	return s.Bytes(0, uint64(len(s.b)))
}

// String returns the n bytes at off as a string sharing the section's
// memory, checked, or false as Bytes does.
func (s *Section) String(off, n uint32) (string, bool) {
	b, ok := s.Bytes(uint64(off), uint64(n))
	if !ok || n == 0 {
		return "", ok
	}
	return unsafe.String(&b[0], len(b)), true
}

// Count returns how many records of type R the section holds.
func Count[R any](s *Section) int {
	return len(s.b) / int(unsafe.Sizeof(*new(R)))
}

// Record returns record i of type R (as for Records), checked, or false
// if there is no record i or a block of it is damaged.
func Record[R any](s *Section, i int) (R, bool) {
	var r R
	size := uint64(unsafe.Sizeof(r))
	if i < 0 || uint64(i) >= uint64(len(s.b))/size {
		return r, false
	}
	b, ok := s.Bytes(uint64(i)*size, size)
	if !ok {
		return r, false
	}
	return Records[R](b)[0], true
}

// Seal rewrites in place the checksums of the table of sections b holds,
// to fit its bytes as they are, and reports whether b holds a table whose
// layout it could follow. It is for tests that change records on purpose
// (a fuzz target, say), to reach the code behind the checksums.
func Seal(b []byte) bool {
	if len(b) < trailerLen || len(b)%8 != 0 {
		return false
	}
	end := uint64(len(b) - trailerLen)
	at := binary.LittleEndian.Uint64(b[end+8:])
	if at > end || end-at < 16 {
		return false
	}
	sumsAt, count := binary.LittleEndian.Uint64(b[at:]), binary.LittleEndian.Uint64(b[at+8:])
	chunks := (count + chunkSums - 1) / chunkSums
	if sumsAt > at || count > (at-sumsAt)/4 || 16+4*chunks > end-at {
		return false
	}
	sums := b[sumsAt : sumsAt+4*count]
	for rest := b[at+16+(4*chunks+7)/8*8 : end]; len(rest) >= 28; {
		off, n, first := binary.LittleEndian.Uint64(rest), binary.LittleEndian.Uint64(rest[8:]), binary.LittleEndian.Uint64(rest[16:])
		nameLen := uint64(binary.LittleEndian.Uint32(rest[24:]))
		if nameLen > uint64(len(rest)-28) || off > sumsAt || n > sumsAt-off || first > count {
			break
		}
		for i := uint64(0); i*Block < n && first+i < count; i++ {
			binary.LittleEndian.PutUint32(sums[4*(first+i):], crc32.ChecksumIEEE(b[off+i*Block:off+min((i+1)*Block, n)]))
		}
		rest = rest[28+nameLen:]
	}
	for c := uint64(0); c < chunks; c++ {
		binary.LittleEndian.PutUint32(b[at+16+4*c:], crc32.ChecksumIEEE(sums[c*Block:min((c+1)*Block, uint64(len(sums)))]))
	}
	sum := crc32.Update(crc32.ChecksumIEEE(b[at:end]), crc32.IEEETable, b[end+8:end+16])
	binary.LittleEndian.PutUint32(b[end:], sum)
	return true
}
