package sections

import (
	"bytes"
	"errors"
	"testing"
	"unsafe"
)

type pair struct{ A, B uint32 }

// aligned copies b to memory that starts at a multiple of 8, as a
// mapped file does.
func aligned(b []byte) []byte {
	words := make([]uint64, len(b)/8+1)
	out := unsafe.Slice((*byte)(unsafe.Pointer(&words[0])), len(b))
	copy(out, b)
	return out
}

func write(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := NewWriter(&buf)
	w.Begin("text")
	w.WriteString("hello, sections")
	w.Begin("numbers")
	w.Uint32s(1, 2, 3)
	w.Begin("empty")
	w.Begin("pairs")
	WriteRecords(w, []pair{{1, 2}, {3, 4}})
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return aligned(buf.Bytes())
}

// TestRoundTrip checks sections come back by name, in place and aligned.
func TestRoundTrip(t *testing.T) {
	b := write(t)
	tab, err := Read(b)
	if err != nil {
		t.Fatal(err)
	}
	text, _ := tab.Get("text")
	if s, ok := String(text, 7, 8); !ok || s != "sections" {
		t.Errorf("String = %q, %v", s, ok)
	}
	if _, ok := String(text, 10, 10); ok {
		t.Error("String out of bounds succeeded")
	}
	nums, _ := tab.Get("numbers")
	if got := Uint32s(nums); len(got) != 3 || got[2] != 3 || uintptr(unsafe.Pointer(&nums[0]))%8 != 0 {
		t.Errorf("numbers %v", got)
	}
	pairs, _ := tab.Get("pairs")
	if got := Records[pair](pairs); len(got) != 2 || got[1] != (pair{3, 4}) {
		t.Errorf("pairs %v", got)
	}
	if e, ok := tab.Get("empty"); !ok || len(e) != 0 {
		t.Errorf("empty: %v %v", e, ok)
	}
	if _, ok := tab.Get("missing"); ok {
		t.Error("a missing section was found")
	}
}

// TestDamaged checks bytes that are not a whole table are refused.
func TestDamaged(t *testing.T) {
	good := write(t)
	for name, b := range map[string][]byte{
		"empty":      nil,
		"truncated":  good[:len(good)-8],
		"cut front":  good[8:],
		"bad magic":  append(bytes.Clone(good[:len(good)-1]), 9),
		"table past": append(append(bytes.Clone(good[:len(good)-16]), 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0), good[len(good)-8:]...),
	} {
		if _, err := Read(aligned(b)); !errors.Is(err, ErrDamaged) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}

// FuzzRead checks Read refuses or reads any bytes without a panic, and
// that every section it returns lies within them.
func FuzzRead(f *testing.F) {
	f.Add(write(f))
	f.Fuzz(func(t *testing.T, b []byte) {
		b = aligned(b)
		tab, err := Read(b)
		if err != nil {
			return
		}
		for _, s := range tab.sections {
			if len(s) > 0 && (uintptr(unsafe.Pointer(&s[0])) < uintptr(unsafe.Pointer(&b[0])) || uintptr(unsafe.Pointer(&s[len(s)-1])) > uintptr(unsafe.Pointer(&b[len(b)-1]))) {
				t.Fatal("a section outside the bytes")
			}
		}
	})
}
