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
	sums  []byte          // the CRC-32 of each block, from the table
	state []atomic.Uint32 // of each block: unchecked, good or bad
}

// The states of a block.
const (
	unchecked = iota
	good
	bad
)

func newSection(b, sums []byte) *Section {
	return &Section{b: b, sums: sums, state: make([]atomic.Uint32, len(sums)/4)}
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
		switch s.state[i].Load() {
		case good:
			continue
		case bad:
			return false
		}
		from, to := i*Block, min((i+1)*Block, uint64(len(s.b)))
		if crc32.ChecksumIEEE(s.b[from:to]) != binary.LittleEndian.Uint32(s.sums[4*i:]) {
			s.state[i].Store(bad)
			return false
		}
		s.state[i].Store(good)
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
	if at > end {
		return false
	}
	for rest := b[at:end]; len(rest) >= 20; {
		off, n := binary.LittleEndian.Uint64(rest), binary.LittleEndian.Uint64(rest[8:])
		nameLen := uint64(binary.LittleEndian.Uint32(rest[16:]))
		if nameLen > uint64(len(rest)-20) || off > at || n > at-off {
			break
		}
		rest = rest[20+nameLen:]
		for i := uint64(0); i*Block < n && len(rest) >= 4; i++ {
			binary.LittleEndian.PutUint32(rest, crc32.ChecksumIEEE(b[off+i*Block:off+min((i+1)*Block, n)]))
			rest = rest[4:]
		}
	}
	sum := crc32.Update(crc32.ChecksumIEEE(b[at:end]), crc32.IEEETable, b[end+8:end+16])
	binary.LittleEndian.PutUint32(b[end:], sum)
	return true
}
