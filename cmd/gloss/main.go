// gloss lives for milliseconds, so the runtime's goroutine that follows
// changes to the CPU limit during a process's life only costs it start-up
// time (docs/adr/007-startup-budget.md).
//
//go:debug updatemaxprocs=0

// Command gloss looks up CRM terms from the command line. See README.md.
package main

import (
	"os"

	"github.com/gloss-cli/gloss/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.System()))
}
