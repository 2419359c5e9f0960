package convert

import (
	"bytes"
	"io"
)

// lineReader counts the lines of what is read through it, so a byte offset
// into the stream can be turned into a line. It keeps only the newlines at
// or after the last offset asked about: offsets must be asked in order,
// and memory stays bounded by what a reader buffers ahead.
type lineReader struct {
	r        io.Reader
	read     int64   // bytes read so far
	newlines []int64 // offsets of newlines not yet passed
	passed   int     // newlines before the last offset asked about
}

func (l *lineReader) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	for off, b := 0, p[:n]; ; {
		i := bytes.IndexByte(b[off:], '\n')
		if i < 0 {
			break
		}
		l.newlines = append(l.newlines, l.read+int64(off+i))
		off += i + 1
	}
	l.read += int64(n)
	return n, err
}

// lineAt returns the 1-based line of byte offset off. Offsets before the
// last one asked about count as at it.
func (l *lineReader) lineAt(off int64) int {
	i := 0
	for i < len(l.newlines) && l.newlines[i] < off {
		i++
	}
	l.passed += i
	l.newlines = l.newlines[i:]
	return l.passed + 1
}
