package cache

// This file lays out and writes a cache file; file_read.go reads one back.

import (
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

// writer writes a cache file's body; finish writes the header. The body
// is gathered in buffers that a goroutine of the writer's own writes to
// the file, so that the system calls and the kernel's copying of some 100
// MB run on the other core while the body is worked out (the glossary's
// strings and records, the matcher's index; docs/adr/020-first-load-overlap.md).
// A failed write is reported by finish, and the writes after it dropped.
type writer struct {
	f    *os.File
	buf  []byte
	off  int64 // bytes written so far, header included
	err  error
	full chan []byte // buffers to write, in order; closed by stop
	free chan []byte // buffers written, to fill again
	done chan error  // the first failure of the writing goroutine, or nil
}

// writeBuffer is the size of the writes to the file: large enough that a
// 100 MB file takes few system calls.
const writeBuffer = 256 << 10

// writeBuffers is how many buffers a writer has: one filled while one is
// written, and one to spare so that neither side waits for a short time.
const writeBuffers = 3

func newWriter(f *os.File) *writer {
	w := &writer{f: f, off: headerLen, full: make(chan []byte, writeBuffers), free: make(chan []byte, writeBuffers), done: make(chan error, 1)}
	_, w.err = f.Write(make([]byte, headerLen)) // the header, written last
	for range writeBuffers - 1 {
		w.free <- make([]byte, 0, writeBuffer)
	}
	w.buf = make([]byte, 0, writeBuffer)
	full, free, done := w.full, w.free, w.done // stop sets w.full to nil
	go func() {
		var err error
		for b := range full {
			if err == nil {
				_, err = f.Write(b)
			}
			free <- b[:0]
		}
		done <- err
	}()
	return w
}

// Write adds b to the body.
func (w *writer) Write(b []byte) (int, error) {
	n := len(b)
	for len(b) > 0 {
		if len(w.buf) == cap(w.buf) {
			w.flush()
		}
		k := min(len(b), cap(w.buf)-len(w.buf))
		w.buf = append(w.buf, b[:k]...)
		b = b[k:]
	}
	w.off += int64(n)
	return n, w.err
}

// WriteString adds s to the body, without copying it first.
func (w *writer) WriteString(s string) (int, error) {
	n := len(s)
	for len(s) > 0 {
		if len(w.buf) == cap(w.buf) {
			w.flush()
		}
		k := min(len(s), cap(w.buf)-len(w.buf))
		w.buf = append(w.buf, s[:k]...)
		s = s[k:]
	}
	w.off += int64(n)
	return n, w.err
}

// flush hands the buffer to the writing goroutine and takes a free one.
func (w *writer) flush() {
	if w.full == nil || len(w.buf) == 0 {
		return
	}
	w.full <- w.buf
	w.buf = <-w.free
}

// stop writes what is buffered, waits for the writing goroutine to end
// and returns the first failure of a write. It may be called again, and
// must be on every path: finish does, and the code that gives up on a
// file.
func (w *writer) stop() error {
	if w.full != nil {
		w.flush()
		close(w.full)
		w.full = nil
		if err := <-w.done; w.err == nil {
			w.err = err
		}
	}
	return w.err
}

// finish writes the header of a file of the given kind and key.
func (w *writer) finish(kind byte, key [32]byte) error {
	if err := w.stop(); err != nil {
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
