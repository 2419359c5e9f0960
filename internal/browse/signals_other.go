//go:build !unix

package browse

import (
	"os"
)

// Without Unix signals, a resize is noticed at the next key, and the
// process ends as the system ends it.
var (
	resizeSignals []os.Signal
	endSignals    = []os.Signal{os.Interrupt}
	stopSignals   []os.Signal
)

func stopJob() {}

func die(os.Signal) { os.Exit(2) }

func isStop(os.Signal) bool { return false }

func isResize(os.Signal) bool { return false }

// Terminal opens the console --print reads keys from and draws on.
func Terminal() (in, out *os.File, err error) {
	if in, err = os.OpenFile("CONIN$", os.O_RDWR, 0); err != nil {
		return nil, nil, err
	}
	if out, err = os.OpenFile("CONOUT$", os.O_RDWR, 0); err != nil {
		in.Close()
		return nil, nil, err
	}
	return in, out, nil
}
