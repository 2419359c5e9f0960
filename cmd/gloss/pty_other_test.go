//go:build !linux

package main

import (
	"errors"
	"os"
	"os/exec"
)

// Pseudo-terminal tests run on Linux only; their scripts skip elsewhere.
func openPTY(cols, rows uint16) (control, tty *os.File, err error) {
	return nil, nil, errors.New("pseudo-terminals are only tested on Linux")
}

func setControllingTTY(cmd *exec.Cmd) {}
