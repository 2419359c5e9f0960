package browse

import (
	"strings"
	"testing"
)

func TestDecode(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want Event
		n    int
	}{
		{"letter", "a", Event{Key: KeyRune, Rune: 'a'}, 1},
		{"wide letter", "語x", Event{Key: KeyRune, Rune: '語'}, 3},
		{"half a letter", "\xe8\xaa", Event{}, 0},
		{"invalid byte", "\xffa", Event{}, 1},
		{"C1 control", "\u009b", Event{}, 2},
		{"enter", "\r", Event{Key: KeyEnter}, 1},
		{"enter as LF", "\n", Event{Key: KeyEnter}, 1},
		{"tab", "\t", Event{Key: KeyTab}, 1},
		{"shift-tab", "\x1b[Z", Event{Key: KeyBacktab}, 3},
		{"backspace", "\x7f", Event{Key: KeyBackspace}, 1},
		{"ctrl-h", "\x08", Event{Key: KeyBackspace}, 1},
		{"ctrl-c", "\x03", Event{Key: KeyCtrlC}, 1},
		{"ctrl-p", "\x10", Event{Key: KeyUp}, 1},
		{"ctrl-n", "\x0e", Event{Key: KeyDown}, 1},
		{"ctrl-z", "\x1a", Event{Key: KeyCtrlZ}, 1},
		{"other control", "\x01", Event{}, 1},
		{"up", "\x1b[A", Event{Key: KeyUp}, 3},
		{"down, application mode", "\x1bOB", Event{Key: KeyDown}, 3},
		{"left", "\x1b[D", Event{Key: KeyLeft}, 3},
		{"alt-left, xterm", "\x1b[1;3D", Event{Key: KeyBack}, 6},
		{"alt-right, xterm", "\x1b[1;3C", Event{Key: KeyForward}, 6},
		{"alt-left, meta sends escape", "\x1b\x1b[D", Event{Key: KeyBack}, 4},
		{"alt-right, meta sends escape", "\x1b\x1b[C", Event{Key: KeyForward}, 4},
		{"alt-b", "\x1bb", Event{Key: KeyBack}, 2},
		{"alt-f", "\x1bf", Event{Key: KeyForward}, 2},
		{"ctrl-left is not back", "\x1b[1;5D", Event{Key: KeyLeft}, 6},
		{"page down", "\x1b[6~", Event{Key: KeyPageDown}, 4},
		{"home, vt", "\x1b[1~", Event{Key: KeyHome}, 4},
		{"end", "\x1b[F", Event{Key: KeyEnd}, 3},
		{"unknown tilde key", "\x1b[15~", Event{}, 5},
		{"lone escape waits", "\x1b", Event{}, 0},
		{"half a sequence waits", "\x1b[1;", Event{}, 0},
		{"escape then a letter", "\x1b\x01", Event{Key: KeyEsc}, 1},
		{"escape escape waits", "\x1b\x1b", Event{}, 0},
		{"escape, escape, letter", "\x1b\x1bx", Event{Key: KeyEsc}, 1},
		{"endless sequence is dropped", "\x1b[" + strings.Repeat("1", 40), Event{}, 42},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ev, n := decode([]byte(tc.in))
			if ev != tc.want || n != tc.n {
				t.Errorf("decode(%q) = %+v, %d; want %+v, %d", tc.in, ev, n, tc.want, tc.n)
			}
		})
	}
}

func TestDecodeAlone(t *testing.T) {
	if ev, n := decodeAlone([]byte("\x1b[")); ev.Key != KeyEsc || n != 1 {
		t.Errorf("a lone ESC: got %+v, %d", ev, n)
	}
	if ev, n := decodeAlone([]byte("\xe8")); ev.Key != KeyNone || n != 1 {
		t.Errorf("half a letter: got %+v, %d", ev, n)
	}
}

// FuzzDecode checks that decoding any bytes makes progress and never
// reads past them.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"a", "\x1b[1;3D", "\x1b\x1b[C", "\x1bOA", "\xe8\xaa\x9e"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for len(b) > 0 {
			_, n := decode(b)
			if n == 0 {
				_, n = decodeAlone(b)
			}
			if n < 1 || n > len(b) {
				t.Fatalf("decode(%q) took %d bytes", b, n)
			}
			b = b[n:]
		}
	})
}
