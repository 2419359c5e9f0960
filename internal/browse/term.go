package browse

import (
	"fmt"
	"os"
	"strings"

	"golang.org/x/term"
)

// Escape sequences the browser sends. None asks the terminal anything, so
// nothing waits on a terminal that does not answer.
const (
	enterScreen = "\x1b[?1049h\x1b[?7l" // the alternate screen; no wrapping at the right edge
	leaveScreen = "\x1b[?7h\x1b[0m\x1b[?25h\x1b[?1049l"
	hideCursor  = "\x1b[?25l"
	showCursor  = "\x1b[?25h"
)

// terminal is the screen the browser draws on and the keyboard it reads,
// in raw mode while the browser runs.
type terminal struct {
	in, out *os.File
	saved   *term.State // the modes to restore; nil when restored
}

// openTerminal puts the terminal in raw mode on the alternate screen.
func openTerminal(in, out *os.File) (*terminal, error) {
	t := &terminal{in: in, out: out}
	return t, t.start()
}

func (t *terminal) start() error {
	saved, err := term.MakeRaw(int(t.in.Fd()))
	if err != nil {
		return fmt.Errorf("set the terminal to raw mode: %w", err)
	}
	t.saved = saved
	_, err = t.out.WriteString(enterScreen)
	return err
}

// restore puts the terminal back as start found it. It may be called
// any number of times.
func (t *terminal) restore() {
	if t.saved == nil {
		return
	}
	t.out.WriteString(leaveScreen)
	term.Restore(int(t.in.Fd()), t.saved)
	t.saved = nil
}

// size returns the terminal's columns and rows.
func (t *terminal) size() (w, h int) {
	w, h, err := term.GetSize(int(t.out.Fd()))
	if err != nil || w < 1 || h < 1 {
		return 80, 24
	}
	return w, h
}

// draw puts f on the screen in one write.
func (t *terminal) draw(f frame) error {
	var b strings.Builder
	b.WriteString(hideCursor)
	for i, row := range f.rows {
		fmt.Fprintf(&b, "\x1b[%d;1H\x1b[K%s\x1b[0m", i+1, row) // erased first: with no wrapping, the cursor stays on the last column
	}
	if f.cursorOn {
		fmt.Fprintf(&b, "\x1b[1;%dH%s", f.cursorX+1, showCursor)
	}
	_, err := t.out.WriteString(b.String())
	return err
}
