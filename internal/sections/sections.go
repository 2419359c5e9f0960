// Package sections lays out named runs of bytes, one after another, for a
// reader to use where they lie: each section starts at a multiple of 8
// bytes, so arrays of numbers and records of them can be read in place
// from a memory-mapped file, and a table at the end names them. A reader
// looks sections up by name, so a format can gain a section without
// moving the others. The cache's files and the matcher's encoding of its
// index are laid out this way.
//
// Every section is checked a block at a time (Block bytes, the last one
// shorter), the first time a block is read (check.go), so a reader that
// uses a few records of a large file reads and checks only their blocks,
// and never uses a byte unchecked. The CRC-32 of each block is kept in a
// run of sums after the sections; the sums are checked in turn a chunk at
// a time (a block of sums, covering 4 MiB of sections), against CRCs in
// the table, and Read checks the table's own CRC. So opening a file reads
// its table, of a few hundred bytes whatever the file's size, and a lookup
// a page or two for each record or string it reads.
//
// The layout, numbers little-endian:
//
//	sections, each padded to a multiple of 8
//	sums:    the CRC-32 of each block of each section, uint32, section
//	         after section, padded to a multiple of 8
//	table:   sums offset, count uint64; the CRC-32 of each chunk of the
//	         sums, uint32, padded to a multiple of 8; then per section:
//	         offset, length, first sum uint64; name length uint32; name
//	         (padded to a multiple of 8)
//	trailer: table CRC uint32, zero uint32, table offset uint64,
//	         magic "gsects\x00\x03"
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

// magic ends the trailer; its last byte is the layout's version: 3 since
// sections are checked a block at a time.
var magic = [8]byte{'g', 's', 'e', 'c', 't', 's', 0, 3}

// Block is the length of the runs of a section checked as one: a lookup
// reads a few records and strings of a large file, and checks the whole
// block of each. A page: the least the kernel reads in, and a fifth of a
// microsecond to check. Larger blocks cost a lookup more (64 KiB blocks
// made checking a tenth of a lookup's time at 100,000 terms) and save
// only sums, 0.1% of the file at this size.
const Block = 4 << 10

// chunkSums is how many sums a chunk holds: a block of them, checked as
// one, covering 4 MiB of sections.
const chunkSums = Block / 4

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
	sumsAt := w.off
	var sums []byte
	for _, s := range w.table {
		for _, sum := range s.sums {
			sums = binary.LittleEndian.AppendUint32(sums, sum)
		}
	}
	w.Write(sums)
	w.pad()
	at := w.off
	b := binary.LittleEndian.AppendUint64(nil, sumsAt)
	b = binary.LittleEndian.AppendUint64(b, uint64(len(sums)/4))
	for c := 0; c < len(sums); c += Block {
		b = binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(sums[c:min(c+Block, len(sums))]))
	}
	b = append(b, make([]byte, -len(b)&7)...)
	first := uint64(0)
	for _, s := range w.table {
		b = binary.LittleEndian.AppendUint64(b, s.off)
		b = binary.LittleEndian.AppendUint64(b, s.len)
		b = binary.LittleEndian.AppendUint64(b, first)
		b = binary.LittleEndian.AppendUint32(b, uint32(len(s.name)))
		b = append(b, s.name...)
		first += uint64(len(s.sums))
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
