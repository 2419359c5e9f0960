package scan

import (
	"bufio"
	"io"
	"unicode/utf16"
	"unicode/utf8"
)

// utf8Text returns r as UTF-8 text. A text that starts with a UTF-16 byte
// order mark (as Windows tools often write: Notepad's "Unicode", a
// PowerShell redirect) is decoded from UTF-16, so that it is scanned
// rather than skipped as binary for the NUL bytes its ASCII letters carry;
// offsets are then in the UTF-8 text. Anything else is read as it is.
// (golang.org/x/text/encoding/unicode does this too, but its package
// initialisation would run on every command.)
func utf8Text(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	bom, _ := br.Peek(2) // an error shows again on the first read
	switch {
	case len(bom) == 2 && bom[0] == 0xff && bom[1] == 0xfe:
		br.Discard(2)
		return &utf16Reader{r: br, little: true}
	case len(bom) == 2 && bom[0] == 0xfe && bom[1] == 0xff:
		br.Discard(2)
		return &utf16Reader{r: br}
	}
	return br
}

// utf16Reader reads UTF-16 from r as UTF-8. An unpaired surrogate or a
// last odd byte becomes U+FFFD, as utf16.Decode does.
type utf16Reader struct {
	r      *bufio.Reader
	little bool
	out    []byte // decoded, not yet read
	err    error
}

func (u *utf16Reader) Read(p []byte) (int, error) {
	for len(u.out) == 0 && u.err == nil {
		u.decode()
	}
	n := copy(p, u.out)
	u.out = u.out[n:]
	if len(u.out) == 0 && n == 0 {
		return 0, u.err
	}
	return n, nil
}

// decode decodes up to a few thousand code units into out.
func (u *utf16Reader) decode() {
	const units = 2048
	u.out = u.out[:0]
	for range units {
		c, err := u.unit()
		if err != nil {
			u.err = err
			return
		}
		r := rune(c)
		for utf16.IsSurrogate(r) { // a pair, or U+FFFD and the unit after it anew
			c2, err := u.unit()
			if err != nil {
				u.out = utf8.AppendRune(u.out, utf8.RuneError)
				u.err = err
				return
			}
			if pair := utf16.DecodeRune(r, rune(c2)); pair != utf8.RuneError {
				r = pair
				break
			}
			u.out = utf8.AppendRune(u.out, utf8.RuneError)
			r = rune(c2)
		}
		u.out = utf8.AppendRune(u.out, r)
	}
}

// unit reads one code unit; a last odd byte is U+FFFD.
func (u *utf16Reader) unit() (uint16, error) {
	a, err := u.r.ReadByte()
	if err != nil {
		return 0, err
	}
	b, err := u.r.ReadByte()
	if err != nil {
		if err == io.EOF {
			u.out = utf8.AppendRune(u.out, utf8.RuneError)
		}
		return 0, err
	}
	if u.little {
		return uint16(b)<<8 | uint16(a), nil
	}
	return uint16(a)<<8 | uint16(b), nil
}
