package match

import (
	"fmt"
	"unsafe"

	"github.com/gloss-cli/gloss/internal/sections"
)

// This file reads a stored index's numbers, records and strings where
// they lie, each block of its sections checked the first time it is read
// (internal/sections): a typo lookup over 100,000 terms reads the lists
// and records its query needs, a few hundred kilobytes of an 85 MB file,
// rather than checking and paging in the whole of it.

// arr is a section of records of type T (uint32, int32 or a struct of
// uint32 fields) read in place. A block found damaged as it is read calls
// bad, which does not return (Matcher.damaged): the answer is never made
// from a damaged byte. A number out of range is the reader's to check.
type arr[T any] struct {
	s   *sections.Section
	bad func(what string)
}

// len is how many records a holds.
func (a arr[T]) len() int {
	if a.s == nil {
		return 0
	}
	return sections.Count[T](a.s)
}

// at returns record i, which must be below a.len().
func (a arr[T]) at(i int) T {
	r, ok := sections.Record[T](a.s, i)
	if !ok {
		a.bad(fmt.Sprintf("record %d", i))
	}
	return r
}

// run returns records from..to, which must lie within a, in place.
func (a arr[T]) run(from, to int) []T {
	if from == to {
		return nil
	}
	var r T
	size := uint64(unsafe.Sizeof(r))
	b, ok := a.s.Bytes(uint64(from)*size, uint64(to-from)*size)
	if !ok {
		a.bad(fmt.Sprintf("records %d to %d", from, to))
	}
	return sections.Records[T](b)
}

// strs is the strings section of a stored index, read in place.
type strs struct {
	s   *sections.Section
	bad func(what string)
}

// str returns the string sp places, and false if it lies outside the
// section (a damaged record).
func (b strs) str(sp span) (string, bool) {
	if b.s == nil || uint64(sp.Off)+uint64(sp.Len) > uint64(b.s.Len()) {
		return "", false
	}
	s, ok := b.s.String(sp.Off, sp.Len)
	if !ok {
		b.bad("strings")
	}
	return s, true
}
