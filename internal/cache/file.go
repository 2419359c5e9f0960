package cache

// This file lays out and writes a cache file; file_read.go reads one back.

import (
	"bufio"
	"encoding/binary"
	"hash"
	"hash/crc32"
	"io"
	"os"
	"unsafe"
)

// The layout shared by both kinds of cache file, all numbers little-endian:
//
//	magic "gloss\x00", kind ('g' glossary or 'm' match index), version
//	key [32]byte     what the file was built from; see Slot
//	size uint64      the length of the whole file
//	count uint32     how many sections follow the header
//	body uint32      CRC-32 (IEEE) of everything after the header
//	count × (offset, length uint64)
//	header uint32    CRC-32 of the header up to here, then zeros to a multiple of 8
//
// Sections start at multiples of 8 so that arrays of numbers can be used
// where they lie. A file that is short, has another kind, version, key or
// size, or fails either checksum is not used.
const version = 2

var magic = []byte("gloss\x00")

func headerLen(sections int) int {
	n := len(magic) + 2 + 32 + 8 + 4 + 4 + 16*sections + 4
	return (n + 7) &^ 7
}

// writer writes a cache file section by section, computing the body's
// checksum as it goes; finish writes the header.
type writer struct {
	f        *os.File
	buf      *bufio.Writer
	crc      hash.Hash32 // of what buf has flushed: the body
	off      int64       // bytes written so far, header included
	sections [][2]uint64
	err      error
}

func newWriter(f *os.File, sections int) *writer {
	w := &writer{f: f, crc: crc32.NewIEEE(), off: int64(headerLen(sections))}
	_, w.err = f.Write(make([]byte, w.off)) // the header, written last
	w.buf = bufio.NewWriterSize(io.MultiWriter(f, w.crc), 256<<10)
	return w
}

func (w *writer) write(b []byte) {
	if w.err != nil {
		return
	}
	_, w.err = w.buf.Write(b)
	w.off += int64(len(b))
}

func (w *writer) str(s string) {
	if w.err != nil {
		return
	}
	_, w.err = w.buf.WriteString(s)
	w.off += int64(len(s))
}

func (w *writer) u32(vs ...uint32) {
	if littleEndian && len(vs) > 16 {
		w.write(unsafe.Slice((*byte)(unsafe.Pointer(&vs[0])), 4*len(vs)))
		return
	}
	var b [4 * 16]byte
	for len(vs) > 0 {
		n := min(len(vs), 16)
		for i, v := range vs[:n] {
			binary.LittleEndian.PutUint32(b[4*i:], v)
		}
		w.write(b[:4*n])
		vs = vs[n:]
	}
}

func (w *writer) u64(v uint64) {
	w.write(binary.LittleEndian.AppendUint64(nil, v))
}

// begin starts a section at the next multiple of 8; end closes it.
func (w *writer) begin() {
	if pad := int(-w.off & 7); pad > 0 {
		w.write(make([]byte, pad))
	}
	w.sections = append(w.sections, [2]uint64{uint64(w.off), 0})
}

func (w *writer) end() {
	s := &w.sections[len(w.sections)-1]
	s[1] = uint64(w.off) - s[0]
}

// finish writes the header of a file of the given kind and key.
func (w *writer) finish(kind byte, key [32]byte) error {
	if w.err != nil {
		return w.err
	}
	if err := w.buf.Flush(); err != nil {
		return err
	}
	h := make([]byte, 0, headerLen(len(w.sections)))
	h = append(h, magic...)
	h = append(h, kind, version)
	h = append(h, key[:]...)
	h = binary.LittleEndian.AppendUint64(h, uint64(w.off))
	h = binary.LittleEndian.AppendUint32(h, uint32(len(w.sections)))
	h = binary.LittleEndian.AppendUint32(h, w.crc.Sum32())
	for _, s := range w.sections {
		h = binary.LittleEndian.AppendUint64(h, s[0])
		h = binary.LittleEndian.AppendUint64(h, s[1])
	}
	h = binary.LittleEndian.AppendUint32(h, crc32.ChecksumIEEE(h))
	_, err := w.f.WriteAt(h, 0)
	return err
}
