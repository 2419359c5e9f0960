package browse

import (
	"bytes"
	"unicode/utf8"
)

// Key is a key the browser acts on.
type Key int

// The keys, as decoded from what the terminal sends.
const (
	KeyNone      Key = iota // a sequence the browser has no use for
	KeyRune                 // a printable character, in Event.Rune
	KeyEnter                // Enter (CR or LF)
	KeyTab                  // Tab
	KeyBacktab              // Shift-Tab (CSI Z)
	KeyBackspace            // Backspace (DEL or Ctrl-H)
	KeyEsc                  // Escape, alone
	KeyUp                   // Up, Ctrl-P
	KeyDown                 // Down, Ctrl-N
	KeyPageUp               // Page Up
	KeyPageDown             // Page Down
	KeyHome                 // Home
	KeyEnd                  // End
	KeyLeft                 // Left
	KeyRight                // Right
	KeyBack                 // Alt-Left (CSI 1;3 D, ESC ESC [ D, or ESC b)
	KeyForward              // Alt-Right (CSI 1;3 C, ESC ESC [ C, or ESC f)
	KeyCtrlC                // Ctrl-C
	KeyCtrlU                // Ctrl-U: clear the query
	KeyCtrlW                // Ctrl-W: delete the last word of the query
	KeyCtrlL                // Ctrl-L: redraw
	KeyCtrlZ                // Ctrl-Z: suspend
)

// Event is one key press.
type Event struct {
	Key  Key
	Rune rune // for KeyRune
}

// maxSequence bounds an escape sequence: anything longer is not a key.
const maxSequence = 32

// decode reads one key from the start of b and returns it with the number
// of bytes it took. n is 0 when b holds only the start of a key: wait for
// more bytes, or, if none come soon (see escapeWait), take b[0] alone with
// decodeAlone.
func decode(b []byte) (ev Event, n int) {
	if len(b) == 0 {
		return Event{}, 0
	}
	switch c := b[0]; c {
	case 0x1b:
		return decodeEscape(b)
	case '\r', '\n':
		return Event{Key: KeyEnter}, 1
	case '\t':
		return Event{Key: KeyTab}, 1
	case 0x7f, 0x08:
		return Event{Key: KeyBackspace}, 1
	case 0x03:
		return Event{Key: KeyCtrlC}, 1
	case 0x10:
		return Event{Key: KeyUp}, 1
	case 0x0e:
		return Event{Key: KeyDown}, 1
	case 0x15:
		return Event{Key: KeyCtrlU}, 1
	case 0x17:
		return Event{Key: KeyCtrlW}, 1
	case 0x0c:
		return Event{Key: KeyCtrlL}, 1
	case 0x1a:
		return Event{Key: KeyCtrlZ}, 1
	}
	if b[0] < 0x20 {
		return Event{}, 1
	}
	if !utf8.FullRune(b) {
		return Event{}, 0
	}
	r, size := utf8.DecodeRune(b)
	if r == utf8.RuneError || r < 0xa0 && r >= 0x80 { // invalid, or a C1 control
		return Event{}, size
	}
	return Event{Key: KeyRune, Rune: r}, size
}

// decodeAlone is what b[0] means when nothing followed it in time: a lone
// Escape, or a byte that starts nothing complete.
func decodeAlone(b []byte) (Event, int) {
	if b[0] == 0x1b {
		return Event{Key: KeyEsc}, 1
	}
	return Event{}, 1
}

// decodeEscape decodes a key that begins with ESC.
func decodeEscape(b []byte) (Event, int) {
	if len(b) < 2 {
		return Event{}, 0
	}
	switch b[1] {
	case '[':
		return decodeCSI(b)
	case 'O': // SS3, from terminals in application cursor mode
		if len(b) < 3 {
			return Event{}, 0
		}
		return Event{Key: final(b[2], false)}, 3
	case 'b':
		return Event{Key: KeyBack}, 2
	case 'f':
		return Event{Key: KeyForward}, 2
	case 0x1b: // ESC followed by a key: Alt and that key, in some terminals
		ev, n := decodeEscape(b[1:])
		switch {
		case n == 0 && len(b) < maxSequence:
			return Event{}, 0
		case ev.Key == KeyLeft:
			return Event{Key: KeyBack}, n + 1
		case ev.Key == KeyRight:
			return Event{Key: KeyForward}, n + 1
		}
	}
	return Event{Key: KeyEsc}, 1
}

// decodeCSI decodes ESC [ params final.
func decodeCSI(b []byte) (Event, int) {
	end := 2
	for end < len(b) && b[end] >= 0x20 && b[end] < 0x40 { // parameters and intermediates
		end++
	}
	if end == len(b) {
		if len(b) >= maxSequence {
			return Event{}, len(b)
		}
		return Event{}, 0
	}
	params, fin := b[2:end], b[end]
	n := end + 1
	alt := bytes.HasSuffix(params, []byte(";3")) || bytes.HasSuffix(params, []byte(";9"))
	if fin == '~' {
		switch string(params) {
		case "1", "7":
			return Event{Key: KeyHome}, n
		case "4", "8":
			return Event{Key: KeyEnd}, n
		case "5":
			return Event{Key: KeyPageUp}, n
		case "6":
			return Event{Key: KeyPageDown}, n
		}
		return Event{}, n
	}
	if fin == 'Z' {
		return Event{Key: KeyBacktab}, n
	}
	return Event{Key: final(fin, alt)}, n
}

// final is the key of a cursor sequence's final byte.
func final(c byte, alt bool) Key {
	switch c {
	case 'A':
		return KeyUp
	case 'B':
		return KeyDown
	case 'H':
		return KeyHome
	case 'F':
		return KeyEnd
	case 'C':
		if alt {
			return KeyForward
		}
		return KeyRight
	case 'D':
		if alt {
			return KeyBack
		}
		return KeyLeft
	}
	return KeyNone
}
