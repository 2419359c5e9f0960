package glossary

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// MaxFileSize is the largest glossary file gloss parses whole, in any YAML
// style: 2 MiB, ten times the built-in glossary, room for about 2,500 terms
// with definitions as long as its own. Parsing YAML takes about 300 bytes
// of memory for each value, so a hostile file of a million tiny values at
// the cap needs about 300 MB and a second or two; the cap is what bounds
// that. Larger files, up to MaxStreamSize, must be block lists, which
// ParseStream reads one entry at a time.
const MaxFileSize = 2 << 20

// LoadFile reads and parses the glossary file at path: with Parse when it
// is at most MaxFileSize, with ParseStream when it is larger, up to
// MaxStreamSize. Anything that stops the file being read (missing,
// unreadable, not a regular file, too large) is reported as a problem at
// the file, like a parse error.
func LoadFile(path string) (*File, Problems) {
	fail := func(err error) (*File, Problems) {
		return &File{Name: path}, Problems{{Pos: Pos{File: path}, Message: err.Error(), Kind: KindUnreadable}}
	}
	f, size, err := open(path, MaxStreamSize)
	if err != nil {
		return fail(err)
	}
	defer f.Close()
	if size > MaxFileSize {
		return ParseStream(path, &capped{f, MaxStreamSize})
	}
	data, err := readAll(f, MaxFileSize)
	if err != nil {
		return fail(err)
	}
	return Parse(path, data)
}

// open opens the regular file at path and returns its size, refusing
// anything else and files over limit bytes.
func open(path string, limit int64) (*os.File, int64, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, 0, describe(err)
	}
	if err := checkRegular(info, limit); err != nil {
		return nil, 0, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, describe(err)
	}
	// Check again on the open file: path may have been swapped meanwhile.
	if info, err = f.Stat(); err == nil {
		err = checkRegular(info, limit)
	}
	if err != nil {
		f.Close()
		return nil, 0, describe(err)
	}
	return f, info.Size(), nil
}

// readAll reads f to the end, refusing more than limit bytes (a file can
// grow after its size was checked).
func readAll(f *os.File, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, describe(err)
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(limit)
	}
	return data, nil
}

// capped reads from r until it has given limit bytes, then fails.
type capped struct {
	r     io.Reader
	limit int64
}

func (c *capped) Read(p []byte) (int, error) {
	if c.limit <= 0 {
		return 0, tooLarge(MaxStreamSize)
	}
	n, err := c.r.Read(p[:min(int64(len(p)), c.limit)])
	c.limit -= int64(n)
	return n, err
}

func tooLarge(limit int64) error {
	return fmt.Errorf("file is larger than the %d MiB limit", limit>>20)
}

func checkRegular(info fs.FileInfo, limit int64) error {
	switch m := info.Mode(); {
	case m.IsDir():
		return errors.New("is a directory, not a glossary file")
	case !m.IsRegular():
		return errors.New("not a regular file")
	case info.Size() > limit:
		return tooLarge(limit)
	}
	return nil
}

// describe drops the operation and path from an *fs.PathError, leaving
// "no such file or directory" or "permission denied".
func describe(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
