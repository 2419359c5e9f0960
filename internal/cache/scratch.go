package cache

import (
	"errors"
	"io"
	"os"
)

// Scratch keeps what write writes, a matcher's index that the slot could
// not take (a full disk, a directory made read-only since the glossary was
// saved), in a file of its own in the system's temporary directory, and
// returns it mapped: a run that prepares its index anyway then holds it
// in the page cache rather than on the heap beside the mapped glossary
// (at 100,000 terms, about 170 MB rather than 410). The file is removed
// before Scratch returns, whatever happens: where files are mapped the
// mapping outlives the name, elsewhere the bytes were read in first. It
// is prepared again by every run until the slot can keep it.
func Scratch(write func(io.Writer) error) (body []byte, err error) {
	f, err := os.CreateTemp("", "gloss-index-*.tmp")
	if err != nil {
		return nil, err
	}
	defer os.Remove(f.Name())
	defer f.Close()
	w := newWriter(f)
	defer w.stop()
	if err := write(w); err != nil {
		return nil, err
	}
	if err := w.stop(); err != nil {
		return nil, err
	}
	if w.off > maxFileSize {
		return nil, errors.New("index too large to keep")
	}
	data, err := mapFile(f, int(w.off))
	if err != nil {
		return nil, err
	}
	return data[headerLen:], nil
}
