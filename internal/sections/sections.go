// Package sections lays out named runs of bytes, one after another, for a
// reader to use where they lie: each section starts at a multiple of 8
// bytes, so arrays of numbers and records of them can be read in place
// from a memory-mapped file, and a table at the end names them. A reader
// looks sections up by name, so a format can gain a section without
// moving the others. The cache's files and the matcher's encoding of its
// index are laid out this way.
//
// Every section carries a CRC-32 of each block of it (Block bytes, the
// last one shorter), kept in the table, and the table carries one of its
// own. Read checks the table's; the blocks are checked the first time
// they are read (check.go), so a reader that uses a few records of a
// large file reads only their blocks, and never uses a byte unchecked.
//
// The layout, numbers little-endian:
//
//	sections, each padded to a multiple of 8
//	table:   per section: offset, length uint64; name length uint32;
//	         name; the CRC-32 of each of its blocks, uint32
//	         (padded to a multiple of 8)
//	trailer: table CRC uint32, zero uint32, table offset uint64,
//	         magic "gsects\x00\x02"
//
// The table's CRC covers the table, its padding and the table offset.
package sections

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"unsafe"
)

// magic ends the trailer; its last byte is the layout's version: 2 since
// sections carry the checksums of their blocks.
var magic = [8]byte{'g', 's', 'e', 'c', 't', 's', 0, 2}

// Block is the length of the runs of a section checked as one: a lookup
// reads a few records and strings of a large file, and checks the whole
// block of each. 64 KiB is 16 pages, which Linux maps in from the page
// cache in one fault (fault-around), and takes a few microseconds to
// check; it keeps the table at 4 bytes for 64 KiB (44 KB for a file of
// 700 MB), all of which Read checks.
const Block = 64 << 10

// trailerLen is the length of the trailer: CRC, zero, offset, magic.
const trailerLen = 24

// maxSections bounds the table a reader accepts: far more than any format
// here uses, few enough that a damaged table costs nothing to read.
const maxSections = 1024

// ErrDamaged is returned for bytes that are not a whole table of sections.
var ErrDamaged = errors.New("sections: damaged or not a table of sections")

// Writer writes sections to an io.Writer. Its methods do nothing after a
// write has failed; Close reports the first failure.
type Writer struct {
	w     io.Writer
	off   uint64
	table []section
	open  bool
	err   error
}

type section struct {
	name     string
	off, len uint64
	sums     []uint32 // the CRC of each whole block so far
	sum      uint32   // of the block under way
}

// NewWriter returns a Writer writing to w, which is taken to start at a
// multiple of 8 bytes where it will be read.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: w}
}

// Begin starts the section called name, ending the one before if open.
func (w *Writer) Begin(name string) {
	w.End()
	w.pad()
	w.table = append(w.table, section{name: name, off: w.off})
	w.open = true
}

// End ends the open section, if any.
func (w *Writer) End() {
	if w.open {
		s := &w.table[len(w.table)-1]
		s.len = w.off - s.off
		if s.len%Block != 0 {
			s.sums = append(s.sums, s.sum)
		}
		w.open = false
	}
}

// Write adds p to the open section.
func (w *Writer) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n, err := w.w.Write(p)
	w.sum(p[:n])
	w.off += uint64(n)
	w.err = err
	return n, err
}

// WriteString adds s to the open section.
func (w *Writer) WriteString(s string) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n, err := io.WriteString(w.w, s)
	if n > 0 {
		w.sum(unsafe.Slice(unsafe.StringData(s), n))
	}
	w.off += uint64(n)
	w.err = err
	return n, err
}

// sum adds p, just written at w.off, to the open section's checksums.
func (w *Writer) sum(p []byte) {
	if !w.open {
		return
	}
	s := &w.table[len(w.table)-1]
	at := w.off - s.off // where p starts in the section
	for len(p) > 0 {
		n := min(uint64(len(p)), Block-at%Block)
		s.sum = crc32.Update(s.sum, crc32.IEEETable, p[:n])
		if at += n; at%Block == 0 {
			s.sums = append(s.sums, s.sum)
			s.sum = 0
		}
		p = p[n:]
	}
}

// Uint32s adds vs, little-endian, to the open section.
func (w *Writer) Uint32s(vs ...uint32) {
	if littleEndian && len(vs) > 16 {
		w.Write(bytesOf(vs))
		return
	}
	var b [4 * 16]byte
	for len(vs) > 0 {
		n := min(len(vs), 16)
		for i, v := range vs[:n] {
			binary.LittleEndian.PutUint32(b[4*i:], v)
		}
		w.Write(b[:4*n])
		vs = vs[n:]
	}
}

// pad writes zeros up to the next multiple of 8.
func (w *Writer) pad() {
	if pad := -w.off & 7; pad > 0 {
		w.Write(make([]byte, pad))
	}
}

// Close ends the open section and writes the table. It does not close
// the underlying writer.
func (w *Writer) Close() error {
	w.End()
	w.pad()
	at := w.off
	var b []byte
	for _, s := range w.table {
		b = binary.LittleEndian.AppendUint64(b, s.off)
		b = binary.LittleEndian.AppendUint64(b, s.len)
		b = binary.LittleEndian.AppendUint32(b, uint32(len(s.name)))
		b = append(b, s.name...)
		for _, sum := range s.sums {
			b = binary.LittleEndian.AppendUint32(b, sum)
		}
	}
	b = append(b, make([]byte, -len(b)&7)...)
	offset := binary.LittleEndian.AppendUint64(nil, at)
	sum := crc32.Update(crc32.ChecksumIEEE(b), crc32.IEEETable, offset)
	b = binary.LittleEndian.AppendUint32(b, sum)
	b = binary.LittleEndian.AppendUint32(b, 0)
	b = append(append(b, offset...), magic[:]...)
	w.Write(b)
	return w.err
}

// Table is the sections of some bytes, by name.
type Table struct {
	sections map[string]*Section
}

// Read returns the sections laid out in b, which must start at a
// multiple of 8 bytes for their numbers to be read in place. The sections
// share b's memory. It fails, with ErrDamaged, unless the table lies
// whole within b, its checksum is right, and every section lies within
// the bytes before it. The sections' own bytes are checked as they are
// read.
func Read(b []byte) (Table, error) {
	if len(b) < trailerLen || len(b)%8 != 0 || [8]byte(b[len(b)-8:]) != magic {
		return Table{}, ErrDamaged
	}
	end := uint64(len(b) - trailerLen)
	at := binary.LittleEndian.Uint64(b[end+8:])
	if at > end || at%8 != 0 {
		return Table{}, ErrDamaged
	}
	sum := crc32.Update(crc32.ChecksumIEEE(b[at:end]), crc32.IEEETable, b[end+8:end+16])
	if sum != binary.LittleEndian.Uint32(b[end:]) {
		return Table{}, ErrDamaged
	}
	t := Table{sections: map[string]*Section{}}
	rest := b[at:end]
	for len(rest) > 0 {
		if len(rest) < 20 || len(t.sections) == maxSections {
			if allZero(rest) && len(rest) < 8 { // the table's padding
				break
			}
			return Table{}, ErrDamaged
		}
		off, n := binary.LittleEndian.Uint64(rest), binary.LittleEndian.Uint64(rest[8:])
		nameLen := uint64(binary.LittleEndian.Uint32(rest[16:]))
		if nameLen > uint64(len(rest)-20) || off%8 != 0 || off > at || n > at-off {
			return Table{}, ErrDamaged
		}
		name := string(rest[20 : 20+nameLen])
		rest = rest[20+nameLen:]
		sums := 4 * ((n + Block - 1) / Block)
		if _, dup := t.sections[name]; dup || sums > uint64(len(rest)) {
			return Table{}, ErrDamaged
		}
		t.sections[name] = newSection(b[off:off+n:off+n], rest[:sums])
		rest = rest[sums:]
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
