package convert

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// MaxInput is the most a source may hold, read or decompressed: the
// largest glossary gloss loads (glossary.MaxStreamSize), since an import
// larger than that could not be used once written.
const MaxInput = glossary.MaxStreamSize

// MaxField bounds one name, definition or other value. An entry of gloss
// YAML is read in pieces of at most glossary.MaxEntrySize; a quarter of
// that leaves room for the other fields and YAML's quoting.
const MaxField = glossary.MaxEntrySize / 4

// errTooLarge is the error of a source over MaxInput. A type, not
// errors.New, so the package does no work when gloss starts.
var errTooLarge error = tooLarge{}

type tooLarge struct{}

func (tooLarge) Error() string {
	return fmt.Sprintf("larger than %d MiB, the most gloss loads", MaxInput>>20)
}

// open opens the source at path ("-" for stdin) for reading, refusing what
// is not a regular file (a FIFO or device could block or never end) and
// files over MaxInput. Reads past MaxInput fail with errTooLarge.
func open(path string, o *Options) (io.ReadCloser, error) {
	if path == "-" {
		if o.Stdin == nil {
			return nil, errors.New("no standard input")
		}
		return struct {
			io.Reader
			io.Closer
		}{&capped{r: o.Stdin, left: MaxInput, progress: o.Progress}, io.NopCloser(nil)}, nil
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, describe(err)
	}
	if !info.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	if info.Size() > MaxInput {
		return nil, errTooLarge
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, describe(err)
	}
	if o.Progress != nil {
		o.Progress.Size.Add(info.Size())
	}
	return struct {
		io.Reader
		io.Closer
	}{bufio.NewReaderSize(&capped{r: f, left: MaxInput, progress: o.Progress}, 64<<10), f}, nil
}

// describe shortens an error about a file to what went wrong, as the path
// is already at the start of the message.
func describe(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// capped reads from r until left bytes have been read, then fails with
// errTooLarge rather than read on.
type capped struct {
	r        io.Reader
	left     int64
	progress *Progress // counts what is read, when not nil
}

func (c *capped) Read(p []byte) (int, error) {
	if c.left <= 0 {
		var one [1]byte
		if n, _ := c.r.Read(one[:]); n > 0 {
			return 0, errTooLarge
		}
		return 0, io.EOF
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	if c.progress != nil {
		c.progress.Read.Add(int64(n))
	}
	return n, err
}
