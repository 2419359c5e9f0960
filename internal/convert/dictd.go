package convert

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// A dictd dictionary is two files: an index of headwords, one a line with
// the offset and length of its text in base 64 ("C++\tCpHh\tT8"), and the
// texts, either plain (.dict) or gzip-compressed in dictzip's chunks
// (.dict.dz), which any gzip reader reads whole. Import reads every entry,
// so it decompresses the file once, in order, rather than chunk by chunk.

// indexLine is one line of a dictd index.
type indexLine struct {
	headword    string
	original    string // a fourth field some indexes have: the headword as written
	off, length int64
	line        int
}

// readDictd reads the dictd dictionary whose index, or data file, is at
// path. Headwords that share a text are one entry, the others its aliases.
func readDictd(path string, o *Options, rep *report) []*entry {
	if path == "-" {
		rep.errorf(glossary.Pos{File: "stdin"}, "dictd reads two files, an .index and a .dict or .dict.dz beside it; name the .index")
		return nil
	}
	index, dict := dictdFiles(path)
	lines := readIndex(index, o, rep)
	if len(lines) == 0 {
		return nil
	}
	data, truncated, err := readDict(dict, o)
	if err != nil {
		rep.errorf(glossary.Pos{File: dict}, "%v", err)
		return nil
	}
	var entries []*entry
	byText := map[[2]int64]*entry{}
	past := 0
	for _, l := range lines {
		if isDictdMeta(l.headword) {
			continue
		}
		at := glossary.Pos{File: index, Line: l.line}
		if l.off+l.length > int64(len(data)) {
			if truncated && past > 0 {
				past++
				continue
			}
			past++
			if truncated {
				rep.errorf(at, "headword %q: its text (bytes %d to %d) is past the end of %s, which is truncated: its compressed data ends after %d bytes of text",
					l.headword, l.off, l.off+l.length, dict, len(data))
			} else {
				rep.errorf(at, "headword %q: its text (bytes %d to %d) is past the end of %s (%d bytes)", l.headword, l.off, l.off+l.length, dict, len(data))
			}
			continue
		}
		if e := byText[[2]int64{l.off, l.length}]; e != nil {
			e.Aliases = append(e.Aliases, headword(l))
			continue
		}
		e := dictdEntry(l, data[l.off:l.off+l.length])
		e.Pos = at
		byText[[2]int64{l.off, l.length}] = e
		entries = append(entries, e)
	}
	if truncated && past > 1 {
		rep.errorf(glossary.Pos{File: dict}, "truncated: %d more headwords of %s are past the end of its data", past-1, index)
	} else if truncated && past == 0 {
		rep.errorf(glossary.Pos{File: dict}, "truncated: the compressed data ends after %d bytes of text", len(data))
	}
	return entries
}

// dictdFiles returns the index and data file of the dictionary at path,
// which may name either, or neither when it is the shared base name.
func dictdFiles(path string) (index, dict string) {
	base := path
	for _, ext := range []string{".index", ".dict.dz", ".dict"} {
		if b, ok := strings.CutSuffix(path, ext); ok {
			base = b
			break
		}
	}
	dict = base + ".dict.dz"
	if _, err := os.Stat(dict); err != nil {
		if _, err := os.Stat(base + ".dict"); err == nil {
			dict = base + ".dict"
		}
	}
	return base + ".index", dict
}

// isDictdMeta reports the entries dictfmt adds about the dictionary itself
// (its name, URL, character set), which are not headwords.
func isDictdMeta(headword string) bool {
	return strings.HasPrefix(headword, "00-database-") || strings.HasPrefix(headword, "00database")
}

func headword(l indexLine) string {
	if l.original != "" {
		return l.original
	}
	return l.headword
}

// readIndex reads a dictd index, reporting each line it cannot read.
func readIndex(path string, o *Options, rep *report) []indexLine {
	f, err := open(path, o)
	if err != nil {
		rep.errorf(glossary.Pos{File: path}, "%v", err)
		return nil
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, MaxField)
	var lines []indexLine
	n := 0
	for sc.Scan() && !rep.full() {
		n++
		at := glossary.Pos{File: path, Line: n}
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 3 || len(fields) > 4 {
			rep.errorf(at, "want a headword, its offset and its length, separated by tabs; found %s", plural(len(fields), "field"))
			continue
		}
		off, err1 := base64Number(fields[1])
		length, err2 := base64Number(fields[2])
		if err := errors.Join(err1, err2); err != nil {
			rep.errorf(at, "headword %q: %v", fields[0], err)
			continue
		}
		l := indexLine{headword: fields[0], off: off, length: length, line: n}
		if len(fields) == 4 {
			l.original = fields[3]
		}
		lines = append(lines, l)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = fmt.Errorf("a line over %d KiB", MaxField>>10)
		}
		rep.errorf(glossary.Pos{File: path, Line: n + 1}, "%v", err)
	}
	if n == 0 && !rep.failed() {
		rep.errorf(glossary.Pos{File: path}, "empty index: no headwords")
	}
	return lines
}

// base64Number decodes a number of a dictd index: digits of base 64 in
// the alphabet A-Z a-z 0-9 + /, most significant first.
func base64Number(s string) (int64, error) {
	const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	if s == "" {
		return 0, errors.New("an empty number")
	}
	var n int64
	for _, c := range []byte(s) {
		d := strings.IndexByte(digits, c)
		if d < 0 {
			return 0, fmt.Errorf("%q is not a dictd number (base 64 digits A-Z a-z 0-9 + /)", s)
		}
		n = n*64 + int64(d)
		if n > MaxInput {
			return 0, fmt.Errorf("%q is past the %d MiB gloss reads", s, MaxInput>>20)
		}
	}
	return n, nil
}

// readDict returns the text of a dictd data file, decompressed when it is
// gzip or dictzip. A compressed file that ends early gives what could be
// read, and truncated.
func readDict(path string, o *Options) (data []byte, truncated bool, err error) {
	f, err := open(path, o)
	if err != nil {
		return nil, false, err
	}
	defer f.Close()
	br := bufio.NewReader(f)
	var r io.Reader = br
	if magic, _ := br.Peek(2); bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, false, fmt.Errorf("not valid gzip or dictzip data: %w", err)
		}
		zr.Multistream(false)
		r = &capped{r: zr, left: MaxInput} // a small file may decompress to a great deal
	}
	data, err = io.ReadAll(r)
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return data, true, nil
	case errors.Is(err, gzip.ErrChecksum):
		return nil, false, errors.New("damaged: the decompressed data does not match its checksum")
	case errors.Is(err, errTooLarge):
		return nil, false, fmt.Errorf("decompresses to %w", err)
	case err != nil:
		return nil, false, fmt.Errorf("reading the data: %w", err)
	}
	return data, false, nil
}
