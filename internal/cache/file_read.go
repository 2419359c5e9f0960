package cache

// This file reads and checks a cache file, laid out as file.go describes.

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
)

// errStale is returned for a cache file built from other inputs than
// those asked for: not damaged, just not the one wanted.
var errStale = errors.New("cache file is for other inputs")

// maxFileSize is the largest cache file read: the records point into a
// file with 32-bit offsets, so nothing larger is ever written.
const maxFileSize = 1 << 32

// readFile opens the cache file at path, checks its header says it is of
// the given kind and key and as long as it is, and returns its body,
// mapped: the body's sections are checked as they are read
// (internal/sections), so a run that reads a few records reads only
// their pages. The memory stays mapped for the life of the process: the
// strings of a glossary read from it point into it.
func readFile(path string, kind byte, key [32]byte) ([]byte, error) {
	f, err := openFile(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() || info.Size() < headerLen || info.Size() > maxFileSize {
		return nil, fmt.Errorf("%s: not a cache file", path)
	}
	data, err := mapFile(f, int(info.Size()))
	if err != nil {
		return nil, err
	}
	if err := checkHeader(data, kind, key, info.Size()); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	touch(path, info.ModTime())
	return data[headerLen:], nil
}

// checkHeader checks h starts with the header of a file of the given
// kind and key, size bytes long.
func checkHeader(h []byte, kind byte, key [32]byte, size int64) error {
	if len(h) < headerLen {
		return errors.New("not a cache file")
	}
	off := len(magic)
	switch {
	case !bytes.Equal(h[:off], magic), h[off] != kind:
		return errors.New("not a cache file")
	case h[off+1] != version, !bytes.Equal(h[off+2:off+34], key[:]):
		return errStale
	case binary.LittleEndian.Uint64(h[40:]) != uint64(size),
		binary.LittleEndian.Uint32(h[48:]) != 0,
		binary.LittleEndian.Uint32(h[52:]) != crc32.ChecksumIEEE(h[:52]):
		return errors.New("damaged header")
	}
	return nil
}
