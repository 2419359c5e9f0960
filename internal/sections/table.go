package sections

import (
	"encoding/binary"
	"hash/crc32"
)

// This file reads a table of sections back: Read checks the table and
// the places it gives; the sections are checked as they are read
// (check.go).

// Table is the sections of some bytes, by name.
type Table struct {
	sections map[string]*Section
}

// Read returns the sections laid out in b, which must start at a
// multiple of 8 bytes for their numbers to be read in place. The sections
// share b's memory. It fails, with ErrDamaged, unless the table lies
// whole within b, its checksum is right, and every section and the sums
// lie within the bytes before it. The sections' bytes and their sums are
// checked as they are read.
func Read(b []byte) (Table, error) {
	if len(b) < trailerLen || len(b)%8 != 0 || [8]byte(b[len(b)-8:]) != magic {
		return Table{}, ErrDamaged
	}
	end := uint64(len(b) - trailerLen)
	at := binary.LittleEndian.Uint64(b[end+8:])
	if at > end || at%8 != 0 || end-at < 16 {
		return Table{}, ErrDamaged
	}
	sum := crc32.Update(crc32.ChecksumIEEE(b[at:end]), crc32.IEEETable, b[end+8:end+16])
	if sum != binary.LittleEndian.Uint32(b[end:]) {
		return Table{}, ErrDamaged
	}
	sumsAt, count := binary.LittleEndian.Uint64(b[at:]), binary.LittleEndian.Uint64(b[at+8:])
	chunks := (count + chunkSums - 1) / chunkSums
	rest := b[at+16 : end]
	if sumsAt > at || count > (at-sumsAt)/4 || 4*chunks > uint64(len(rest)) {
		return Table{}, ErrDamaged
	}
	sums := newSums(b[sumsAt:sumsAt+4*count], rest[:4*chunks])
	rest = rest[(4*chunks+7)/8*8:]
	t := Table{sections: map[string]*Section{}}
	for len(rest) > 0 {
		if len(rest) < 28 || len(t.sections) == maxSections {
			if allZero(rest) && len(rest) < 8 { // the table's padding
				break
			}
			return Table{}, ErrDamaged
		}
		off, n, first := binary.LittleEndian.Uint64(rest), binary.LittleEndian.Uint64(rest[8:]), binary.LittleEndian.Uint64(rest[16:])
		nameLen := uint64(binary.LittleEndian.Uint32(rest[24:]))
		blocks := (n + Block - 1) / Block
		if nameLen > uint64(len(rest)-28) || off%8 != 0 || off > sumsAt || n > sumsAt-off || first > count || blocks > count-first {
			return Table{}, ErrDamaged
		}
		name := string(rest[28 : 28+nameLen])
		if _, dup := t.sections[name]; dup {
			return Table{}, ErrDamaged
		}
		t.sections[name] = &Section{b: b[off : off+n : off+n], sums: sums, first: first}
		rest = rest[28+nameLen:]
	}
	return t, nil
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// Get returns the section called name with every block of it checked,
// and whether there is one and it is whole.
func (t Table) Get(name string) ([]byte, bool) {
	s, ok := t.sections[name]
	if !ok {
		return nil, false
	}
	return s.Whole()
}

// Section returns the section called name, to be checked a block at a
// time as it is read, and whether there is one.
func (t Table) Section(name string) (*Section, bool) {
	s, ok := t.sections[name]
	return s, ok
}
