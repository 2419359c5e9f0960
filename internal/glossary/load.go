package glossary

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// MaxFileSize is the largest glossary file gloss will read: 2 MiB, ten
// times the built-in glossary, room for about 2,500 terms with definitions
// as long as its own. Parsing YAML takes about 300 bytes of memory for each
// value, so a hostile file of a million tiny values at the cap needs about
// 300 MB and a second or two; the cap is what bounds that.
const MaxFileSize = 2 << 20

// LoadFile reads and parses the glossary file at path. Anything that stops
// the file being read (missing, unreadable, not a regular file, too large)
// is reported as a problem at the file, like a parse error.
func LoadFile(path string) (*File, Problems) {
	data, err := ReadFile(path)
	if err != nil {
		return &File{Name: path}, Problems{{Pos: Pos{File: path}, Message: err.Error()}}
	}
	return Parse(path, data)
}

// ReadFile returns the contents of the glossary file at path. It refuses
// anything but a regular file (a FIFO or device could block or never end)
// and files over MaxFileSize. Its errors do not repeat the path.
func ReadFile(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, describe(err)
	}
	if err := checkRegular(info); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, describe(err)
	}
	defer f.Close()
	// Check again on the open file: path may have been swapped meanwhile.
	if info, err = f.Stat(); err != nil {
		return nil, describe(err)
	}
	if err := checkRegular(info); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, describe(err)
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("file is larger than the %d MiB limit", MaxFileSize>>20)
	}
	return data, nil
}

func checkRegular(info fs.FileInfo) error {
	switch m := info.Mode(); {
	case m.IsDir():
		return errors.New("is a directory, not a glossary file")
	case !m.IsRegular():
		return errors.New("not a regular file")
	case info.Size() > MaxFileSize:
		return fmt.Errorf("file is larger than the %d MiB limit", MaxFileSize>>20)
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
