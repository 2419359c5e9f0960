package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"strings"

	"github.com/gloss-cli/gloss/internal/render"
)

// defaultPager is used when neither $GLOSS_PAGER nor $PAGER is set: quit
// if the text fits one screen (-F), pass colours through (-R), leave the
// text on the screen after quitting (-X).
const defaultPager = "less -FRX"

// paged reports the commands that print results a person may want to
// scroll. Others (help, completion, docs) and `lookup -`, which answers as
// it reads, never page.
func paged(command string) bool {
	switch command {
	case "gloss", "lookup", "list", "categories", "related", "search", "random":
		return true
	}
	return false
}

// pager holds a command's stdout until it is done, to decide whether it
// needs paging.
type pager struct {
	term io.Writer // the terminal
	buf  bytes.Buffer
}

// startPager holds stdout back when it is a terminal and cmd prints
// results that may be long. See docs/adr/005-terminal-output.md.
func (a *app) startPager(name string, args []string) {
	if !a.io.OutTTY || a.noPager || a.pager != nil || !paged(name) {
		return
	}
	if len(args) == 1 && args[0] == "-" {
		return
	}
	a.pager = &pager{term: a.io.Out}
	a.io.Out = &a.pager.buf
}

// stopPager writes what stdout held: through the pager when it is taller
// than the terminal, else straight to it. A pager that quits before reading
// everything is not an error; one that cannot be started, or that fails
// (exits with a status other than 0), is reported in one line on stderr
// and the text printed directly, so that the output is never lost.
func (a *app) stopPager() {
	p := a.pager
	if p == nil {
		return
	}
	a.pager, a.io.Out = nil, p.term
	text := p.buf.Bytes()
	line := a.pagerCommand()
	if len(text) == 0 || line == "" || !tooTall(text, a.io.TermWidth, a.io.TermHeight) {
		p.term.Write(text)
		return
	}
	if err := a.runPager(p.term, line, text); err != nil {
		if line != defaultPager || !errors.Is(err, exec.ErrNotFound) {
			a.note("pager %q: %v; printing directly", line, err)
		}
		p.term.Write(text)
	}
}

// pagerCommand returns the pager to run: $GLOSS_PAGER, else $PAGER, else
// less -FRX. "" or "cat" means no pager.
func (a *app) pagerCommand() string {
	line := a.io.Getenv("GLOSS_PAGER")
	if strings.TrimSpace(line) == "" {
		line = a.io.Getenv("PAGER")
	}
	if strings.TrimSpace(line) == "" {
		line = defaultPager
	}
	if line = strings.TrimSpace(line); line == "cat" {
		return ""
	}
	return line
}

// shellSyntax are the characters that make a pager command line go
// through sh, as in git; a line without them is split at spaces.
const shellSyntax = "|&;<>()$`\\\"'*?[#~=%"

// errNotRun reports that sh could not find or run the pager command.
var errNotRun = errors.New("command not found or not executable")

// runPager feeds text to the pager command line, with its output on term,
// and waits for it to quit. Like git, it sets LESS=FRX and LV=-c unless
// they are set, so a bare `less` or `lv` passes colours through and quits
// on a short text; and LESSCHARSET=utf-8 unless it is set, because gloss
// writes UTF-8 whatever the locale says, and less in a C or POSIX locale
// would show "…" as <E2><80><A6>.
func (a *app) runPager(term io.Writer, line string, text []byte) error {
	shell := runtime.GOOS != "windows" && strings.ContainsAny(line, shellSyntax)
	var cmd *exec.Cmd
	if shell {
		cmd = exec.Command("sh", "-c", line)
	} else {
		f := strings.Fields(line)
		cmd = exec.Command(f[0], f[1:]...)
	}
	if s, ok := term.(*stdout); ok {
		term = s.w // the terminal itself, not a pipe to it, or less thinks it is not on one
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = bytes.NewReader(text), term, a.io.Err
	var env []string
	if a.io.Getenv("LESS") == "" {
		env = append(env, "LESS=FRX")
	}
	if a.io.Getenv("LV") == "" {
		env = append(env, "LV=-c")
	}
	if a.io.Getenv("LESSCHARSET") == "" {
		env = append(env, "LESSCHARSET=utf-8")
	}
	if env != nil {
		cmd.Env = append(os.Environ(), env...)
	}
	// An interrupt is the pager's to handle (less ignores it); gloss waits
	// for the pager to put the terminal back.
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	defer signal.Stop(sig)

	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case shell && errors.As(err, &exit) && (exit.ExitCode() == 126 || exit.ExitCode() == 127):
		return errNotRun // sh has said why on stderr
	case errors.As(err, &exit) && exit.Exited() && exit.ExitCode() != 0:
		return fmt.Errorf("exited with status %d", exit.ExitCode())
	case errors.As(err, &exit):
		return nil // quit by a signal the user sent it, or with status 0: the user's to quit
	}
	return err // it could not be started
}

// tooTall reports whether text takes more rows than a terminal of the
// given size shows at once, leaving one for the prompt. An unknown height
// counts as too tall, leaving the decision to the pager.
func tooTall(text []byte, width, height int) bool {
	if height <= 0 {
		return true
	}
	rows := 0
	for _, line := range strings.Split(strings.TrimSuffix(string(text), "\n"), "\n") {
		w := render.Width(stripANSI(line))
		rows++
		if width > 0 && w > width {
			rows += (w - 1) / width
		}
		if rows >= height {
			return true
		}
	}
	return false
}

// stripANSI removes the colour sequences render writes (ESC [ ... m).
func stripANSI(s string) string {
	for {
		i := strings.Index(s, "\x1b[")
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], 'm')
		if j < 0 {
			return s
		}
		s = s[:i] + s[i+j+1:]
	}
}
