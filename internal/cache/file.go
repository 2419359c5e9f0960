package cache

// This file lays out and writes a cache file; file_read.go reads one back.

import (
	"bufio"
	"encoding/binary"
	"hash/crc32"
	"os"
)

// The layout shared by both kinds of cache file, numbers little-endian:
//
//	magic "gloss\x00", kind ('g' glossary or 'm' match index), version
//	key [32]byte     what the file was built from; see Slot
//	size uint64      the length of the whole file
//	zero uint32      so that the body starts at a multiple of 8
//	header uint32    CRC-32 (IEEE) of the header up to here
//	body             from byte 56, a multiple of 8
//
// Both bodies are tables of named sections (internal/sections): a
// glossary file's laid out by glossary.go, a match file's in the matcher's
// own encoding of its index, which the cache keeps without looking
// inside. The sections carry the checksums of their 4 KiB blocks and of
// their table, so the body has none of its own: a reader checks the
// blocks it reads, not the file. A file that is short, has another kind,
// version, key or size, or fails the header's checksum is not used.
// Version 5: a glossary file keeps each merged term's origins; 6: and
// each term's linking terms ("linked").
const version = 6

var magic = []byte("gloss\x00")

// headerLen is the length of the header: 6 + 2 + 32 + 8 + 4 + 4 bytes.
const headerLen = 56

// writer writes a cache file's body; finish writes the header.
type writer struct {
	f   *os.File
	buf *bufio.Writer
	off int64 // bytes written so far, header included
	err error
}

// writeBuffer is the size of the writes to the file: large enough that a
// 100 MB file takes few system calls.
const writeBuffer = 256 << 10

func newWriter(f *os.File) *writer {
	w := &writer{f: f, off: headerLen}
	_, w.err = f.Write(make([]byte, headerLen)) // the header, written last
	w.buf = bufio.NewWriterSize(f, writeBuffer)
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
	h = binary.LittleEndian.AppendUint32(h, 0)
	h = binary.LittleEndian.AppendUint32(h, crc32.ChecksumIEEE(h))
	_, err := w.f.WriteAt(h, 0)
	return err
}
