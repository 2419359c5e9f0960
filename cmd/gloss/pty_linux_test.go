package main

import (
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"unsafe"
)

// openPTY opens a new pseudo-terminal of the given size and returns its
// control side and the terminal.
func openPTY(cols, rows uint16) (control, tty *os.File, err error) {
	control, err = os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, nil, err
	}
	var n uint32
	var unlock int32
	if err := ioctl(control, syscall.TIOCGPTN, unsafe.Pointer(&n)); err != nil {
		control.Close()
		return nil, nil, err
	}
	if err := ioctl(control, syscall.TIOCSPTLCK, unsafe.Pointer(&unlock)); err != nil {
		control.Close()
		return nil, nil, err
	}
	tty, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		control.Close()
		return nil, nil, err
	}
	size := [4]uint16{rows, cols, 0, 0} // struct winsize
	if err := ioctl(tty, syscall.TIOCSWINSZ, unsafe.Pointer(&size)); err != nil {
		control.Close()
		tty.Close()
		return nil, nil, err
	}
	return control, tty, nil
}

func ioctl(f *os.File, req uintptr, arg unsafe.Pointer) error {
	if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), req, uintptr(arg)); errno != 0 {
		return fmt.Errorf("ioctl %#x: %w", req, errno)
	}
	return nil
}

// setControllingTTY starts cmd in a new session whose controlling
// terminal is its stdin, so /dev/tty (which less reads keys from) is the
// pseudo-terminal.
func setControllingTTY(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
}
