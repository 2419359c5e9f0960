// Package sections lays out named runs of bytes, one after another, for a
// reader to use where they lie: each section starts at a multiple of 8
// bytes, so arrays of numbers and records of them can be read in place
// from a memory-mapped file, and a table at the end names them. A reader
// looks sections up by name, so a format can gain a section without
// moving the others. The cache's files and the matcher's encoding of its
// index are laid out this way.
//
// The layout, numbers little-endian:
//
//	sections, each padded to a multiple of 8
//	table:   per section: offset, length uint64; name length uint32; name
//	trailer: table offset uint64, magic "gsects\x00\x01"
package sections

import (
	"encoding/binary"
	"errors"
	"io"
)

var magic = [8]byte{'g', 's', 'e', 'c', 't', 's', 0, 1}

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
		w.open = false
	}
}

// Write adds p to the open section.
func (w *Writer) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n, err := w.w.Write(p)
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
	w.off += uint64(n)
	w.err = err
	return n, err
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
	}
	w.Write(b)
	w.pad()
	b = binary.LittleEndian.AppendUint64(nil, at)
	w.Write(append(b, magic[:]...))
	return w.err
}

// Table is the sections of some bytes, by name.
type Table struct {
	sections map[string][]byte
}

// Read returns the sections laid out in b, which must start at a
// multiple of 8 bytes for their numbers to be read in place. The sections
// share b's memory. It fails, with ErrDamaged, unless the table lies
// whole within b and every section within the bytes before it.
func Read(b []byte) (Table, error) {
	if len(b) < 16 || len(b)%8 != 0 || [8]byte(b[len(b)-8:]) != magic {
		return Table{}, ErrDamaged
	}
	end := uint64(len(b) - 16)
	at := binary.LittleEndian.Uint64(b[end:])
	if at > end || at%8 != 0 {
		return Table{}, ErrDamaged
	}
	t := Table{sections: map[string][]byte{}}
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
		if _, dup := t.sections[name]; dup {
			return Table{}, ErrDamaged
		}
		t.sections[name] = b[off : off+n : off+n]
		rest = rest[20+nameLen:]
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

// Get returns the section called name, and whether there is one.
func (t Table) Get(name string) ([]byte, bool) {
	b, ok := t.sections[name]
	return b, ok
}
