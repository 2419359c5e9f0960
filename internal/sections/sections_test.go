package sections

import (
	"bytes"
	"errors"
	"sync"
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
		"table byte": flip(good, len(good)-trailerLen-1),
		"table crc":  flip(good, len(good)-trailerLen),
	} {
		if _, err := Read(aligned(b)); !errors.Is(err, ErrDamaged) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}

// flip returns b with the byte at i changed.
func flip(b []byte, i int) []byte {
	b = bytes.Clone(b)
	b[i] ^= 0x40
	return b
}

// big writes a section "big" of three and a half blocks, each byte its
// place modulo 251, and a small one after it.
func big(t testing.TB) []byte {
	var buf bytes.Buffer
	w := NewWriter(&buf)
	w.Begin("big")
	b := make([]byte, 3*Block+Block/2)
	for i := range b {
		b[i] = byte(i % 251)
	}
	w.Write(b[:100]) // writes that straddle blocks
	w.Write(b[100 : Block+7])
	w.WriteString(string(b[Block+7:]))
	w.Begin("small")
	w.WriteString("small")
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return aligned(buf.Bytes())
}

// TestBlocks checks a damaged byte is found when, and only when, its
// block is read, and that other blocks still read.
func TestBlocks(t *testing.T) {
	for _, at := range []int{0, Block - 1, Block, 2*Block + 5, 3*Block + Block/2 - 1} {
		b := flip(big(t), at)
		tab, err := Read(b)
		if err != nil {
			t.Fatalf("byte %d: Read: %v (the table is whole)", at, err)
		}
		s, _ := tab.Section("big")
		block := at / Block
		for i := range 4 {
			off := uint64(i*Block + 3)
			got, ok := s.Bytes(off, 10)
			if i == block {
				if ok {
					t.Errorf("byte %d: block %d read as whole", at, i)
				}
				continue
			}
			if !ok || got[0] != byte(off%251) {
				t.Errorf("byte %d: block %d: %v %v", at, i, got, ok)
			}
		}
		if _, ok := s.Bytes(uint64(block*Block), 1); ok { // found once, bad for good
			t.Errorf("byte %d: block read as whole the second time", at)
		}
		if _, ok := tab.Get("big"); ok {
			t.Errorf("byte %d: Get returned a damaged section", at)
		}
		if sm, ok := tab.Get("small"); !ok || string(sm) != "small" {
			t.Errorf("byte %d: the other section: %q %v", at, sm, ok)
		}
	}
	tab, _ := Read(big(t))
	s, _ := tab.Section("big")
	if _, ok := s.Bytes(Block-2, 4); !ok {
		t.Error("bytes across two whole blocks refused")
	}
	if _, ok := s.Bytes(uint64(s.Len()-1), 2); ok {
		t.Error("bytes past the end read")
	}
	if _, ok := s.String(uint32(s.Len()), 0); !ok {
		t.Error("an empty string at the end refused")
	}
}

// TestDamagedSums checks a damaged sum makes the blocks it covers read
// as damaged, never as whole, and leaves the table readable.
func TestDamagedSums(t *testing.T) {
	b := big(t)
	tab, _ := Read(b)
	s, _ := tab.Section("big")
	at := int(uintptr(unsafe.Pointer(&s.sums.b[4])) - uintptr(unsafe.Pointer(&b[0]))) // the big section's second block's sum
	b = flip(b, at)
	tab, err := Read(b)
	if err != nil {
		t.Fatalf("Read: %v (the table is whole)", err)
	}
	s, _ = tab.Section("big")
	for i := range 4 {
		if _, ok := s.Bytes(uint64(i*Block), 1); ok {
			t.Errorf("block %d read as whole with a damaged sum in its chunk", i)
		}
	}
}

// TestConcurrent checks blocks checked on several goroutines at once come
// out the same (run with -race).
func TestConcurrent(t *testing.T) {
	tab, _ := Read(flip(big(t), 2*Block+1))
	s, _ := tab.Section("big")
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 200 {
				block := (g + i) % 4
				if _, ok := s.Bytes(uint64(block*Block+i%Block), 1); ok == (block == 2) {
					t.Errorf("block %d: whole %v", block, ok)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestRecord checks records read one at a time, checked.
func TestRecord(t *testing.T) {
	tab, _ := Read(write(t))
	s, _ := tab.Section("pairs")
	if n := Count[pair](s); n != 2 {
		t.Fatalf("Count = %d", n)
	}
	if r, ok := Record[pair](s, 1); !ok || r != (pair{3, 4}) {
		t.Errorf("Record(1) = %v %v", r, ok)
	}
	for _, i := range []int{-1, 2} {
		if _, ok := Record[pair](s, i); ok {
			t.Errorf("Record(%d) found", i)
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
		for _, sec := range tab.sections {
			sec.Whole() // checked, whether whole or not, without a panic
		}
		for _, sec := range tab.sections {
			s := sec.b
			if len(s) > 0 && (uintptr(unsafe.Pointer(&s[0])) < uintptr(unsafe.Pointer(&b[0])) || uintptr(unsafe.Pointer(&s[len(s)-1])) > uintptr(unsafe.Pointer(&b[len(b)-1]))) {
				t.Fatal("a section outside the bytes")
			}
		}
	})
}
