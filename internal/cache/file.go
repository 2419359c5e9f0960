package cache

// This file lays out and writes a cache file; file_read.go reads one back.

import (
	"bufio"
	"encoding/binary"
	"hash"
	"hash/crc32"
	"io"
	"os"
)

// The layout shared by both kinds of cache file, numbers little-endian:
//
//	magic "gloss\x00", kind ('g' glossary or 'm' match index), version
//	key [32]byte     what the file was built from; see Slot
//	size uint64      the length of the whole file
//	body uint32      CRC-32 (IEEE) of everything after the header
//	header uint32    CRC-32 of the header up to here
//	body             from byte 56, a multiple of 8
//
// A glossary file's body is a table of named sections (glossary.go); a
// match file's is the matcher's own encoding of its index, which the
// cache keeps without looking inside. A file that is short, has another
// kind, version, key or size, or fails either checksum is not used.
const version = 3

var magic = []byte("gloss\x00")

// headerLen is the length of the header: 6 + 2 + 32 + 8 + 4 + 4 bytes.
const headerLen = 56

// writer writes a cache file's body, computing its checksum as it goes;
// finish writes the header.
type writer struct {
	f   *os.File
	buf *bufio.Writer
	crc hash.Hash32 // of what buf has flushed: the body
	off int64       // bytes written so far, header included
	err error
}

// writeBuffer is the size of the writes to the file: large enough that a
// 100 MB file takes few system calls.
const writeBuffer = 256 << 10

func newWriter(f *os.File) *writer {
	w := &writer{f: f, crc: crc32.NewIEEE(), off: headerLen}
	_, w.err = f.Write(make([]byte, headerLen)) // the header, written last
	w.buf = bufio.NewWriterSize(io.MultiWriter(f, w.crc), writeBuffer)
	return w
}

// Write adds b to the body.
func (w *writer) Write(b []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n, err := w.buf.Write(b)
	w.off += int64(n)
	w.err = err
	return n, err
}

// WriteString adds s to the body, without copying it first.
func (w *writer) WriteString(s string) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n, err := w.buf.WriteString(s)
	w.off += int64(n)
	w.err = err
	return n, err
}

// finish writes the header of a file of the given kind and key.
func (w *writer) finish(kind byte, key [32]byte) error {
	if w.err != nil {
		return w.err
	}
	if err := w.buf.Flush(); err != nil {
		return err
	}
	h := make([]byte, 0, headerLen)
	h = append(h, magic...)
	h = append(h, kind, version)
	h = append(h, key[:]...)
	h = binary.LittleEndian.AppendUint64(h, uint64(w.off))
	h = binary.LittleEndian.AppendUint32(h, w.crc.Sum32())
	h = binary.LittleEndian.AppendUint32(h, crc32.ChecksumIEEE(h))
	_, err := w.f.WriteAt(h, 0)
	return err
}
