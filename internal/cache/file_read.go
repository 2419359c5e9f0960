package cache

// This file reads and checks a cache file, laid out as file.go describes.

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
)

// errStale is returned for a cache file built from other inputs than
// those asked for: not damaged, just not the one wanted.
var errStale = errors.New("cache file is for other inputs")

// readFile opens the cache file at path, checks it is whole and of the
// given kind, key and number of sections, and returns the sections. The
// memory stays mapped for the life of the process: the strings of a
// glossary read from it point into it. With drop set, the pages read to
// check the file are let go, for a file of which little will be used.
func readFile(path string, kind byte, key [32]byte, sections int, drop bool) ([][]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	hl := headerLen(sections)
	if !info.Mode().IsRegular() || info.Size() < int64(hl) || info.Size() > 1<<32 {
		return nil, fmt.Errorf("%s: not a cache file", path)
	}
	data, err := mapFile(f, int(info.Size()))
	if err != nil {
		return nil, err
	}
	h := data[:hl]
	off := len(magic)
	switch {
	case !bytes.Equal(h[:off], magic), h[off] != kind:
		return nil, fmt.Errorf("%s: not a cache file", path)
	case h[off+1] != version, !bytes.Equal(h[off+2:off+34], key[:]):
		return nil, errStale
	}
	off += 34
	size := binary.LittleEndian.Uint64(h[off:])
	count := binary.LittleEndian.Uint32(h[off+8:])
	body := binary.LittleEndian.Uint32(h[off+12:])
	off += 16
	end := off + 16*sections
	if size != uint64(len(data)) || count != uint32(sections) || binary.LittleEndian.Uint32(h[end:]) != crc32.ChecksumIEEE(h[:end]) {
		return nil, fmt.Errorf("%s: damaged header", path)
	}
	out := make([][]byte, sections)
	for i := range out {
		o, n := binary.LittleEndian.Uint64(h[off+16*i:]), binary.LittleEndian.Uint64(h[off+16*i+8:])
		if o < uint64(hl) || o%8 != 0 || n > size || o > size-n {
			return nil, fmt.Errorf("%s: damaged header", path)
		}
		out[i] = data[o : o+n : o+n]
	}
	if checksum(data[hl:], drop) != body {
		return nil, fmt.Errorf("%s: checksum mismatch", path)
	}
	touch(path, info.ModTime())
	return out, nil
}

// hasHeader reports whether the file at path starts with the header of a
// file of the given kind, key and number of sections, and is as long as
// the header says.
func hasHeader(path string, kind byte, key [32]byte, sections int) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	h := make([]byte, headerLen(sections))
	info, err := f.Stat()
	if err != nil {
		return false
	}
	if _, err := io.ReadFull(f, h); err != nil {
		return false
	}
	off := len(magic)
	return bytes.Equal(h[:off], magic) && h[off] == kind && h[off+1] == version && bytes.Equal(h[off+2:off+34], key[:]) &&
		binary.LittleEndian.Uint64(h[off+34:]) == uint64(info.Size())
}

// checksum returns the CRC-32 of b, reading it a window at a time and, if
// drop is set, letting each window's pages go once read, so that checking
// a large file does not keep all of it in memory.
func checksum(b []byte, drop bool) uint32 {
	const window = 4 << 20
	var crc uint32
	for len(b) > 0 {
		n := min(len(b), window)
		crc = crc32.Update(crc, crc32.IEEETable, b[:n])
		if drop {
			dropPages(b[:n])
		}
		b = b[n:]
	}
	return crc
}
