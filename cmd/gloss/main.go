// Command gloss looks up CRM terms from the command line. See README.md.
package main

import (
	"os"

	"github.com/gloss-cli/gloss/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.System()))
}
