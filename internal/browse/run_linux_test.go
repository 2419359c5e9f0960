package browse

import (
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gloss-cli/gloss/internal/render"
)

// openPTY returns a new pseudo-terminal's control side and terminal.
func openPTY(t *testing.T) (control, tty *os.File) {
	t.Helper()
	control, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals: %v", err)
	}
	n, err := unix.IoctlGetInt(int(control.Fd()), unix.TIOCGPTN)
	if err == nil {
		err = unix.IoctlSetPointerInt(int(control.Fd()), unix.TIOCSPTLCK, 0)
	}
	if err != nil {
		t.Fatal(err)
	}
	tty, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	ws := &unix.Winsize{Row: 24, Col: 80}
	if err := unix.IoctlSetWinsize(int(tty.Fd()), unix.TIOCSWINSZ, ws); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { control.Close(); tty.Close() })
	go io.Copy(io.Discard, control) // what is drawn, so writes never block
	return control, tty
}

func termios(t *testing.T, f *os.File) unix.Termios {
	t.Helper()
	tio, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	return *tio
}

// TestRunRestores checks that the terminal's modes are as before Run when
// it returns, and when it panics: here the matcher is missing, so the
// goroutine that refines the list panics, and Run raises it again.
func TestRunRestores(t *testing.T) {
	f := small(t)
	for _, tc := range []struct {
		name  string
		query string
		keys  string
		panic bool
	}{
		{"Esc", "", "\x1b", false},
		{"Ctrl-C in an entry", "beta", "\r\x03", false},
		{"a panic", "alpha", "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			control, tty := openPTY(t)
			before := termios(t, tty)
			o := Options{Glossary: f.g, Matcher: f.m, Style: render.Style{Color: true}, Query: tc.query, In: tty, Out: tty}
			if tc.panic {
				o.Matcher = nil
			}
			go func() {
				time.Sleep(100 * time.Millisecond)
				io.WriteString(control, tc.keys)
			}()
			var recovered any
			func() {
				defer func() { recovered = recover() }()
				Run(o)
			}()
			if tc.panic != (recovered != nil) {
				t.Fatalf("panic %v, want one: %v", recovered, tc.panic)
			}
			if tc.panic && !strings.Contains(fmt.Sprint(recovered), "refine.go") {
				t.Errorf("the panic lost where it happened:\n%v", recovered)
			}
			if after := termios(t, tty); after != before {
				t.Errorf("the terminal's modes changed:\nbefore %+v\nafter  %+v", before, after)
			}
		})
	}
}
