package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// tmuxWait bounds how long `tmux wait` and `tmux exit` wait: long enough
// for a loaded machine, short enough that a hang fails soon.
const tmuxWait = 15 * time.Second

// tmuxScript is the pane's shell, bash with job control as in a terminal:
// it records the terminal's settings before and after CMD, the pid CMD
// runs as and its exit status; when CMD stops (Ctrl-Z) it waits for
// `tmux fg` and continues it with fg, as a person would. It keeps the pane
// open after.
const tmuxScript = `set -m
stty -g > "$D/before"
sh -c 'echo $$ > "$D/pid"; exec "$@"' sh "$@"
status=$?
while [ "$status" = 147 ] || [ "$status" = 148 ]; do # stopped by SIGSTOP or SIGTSTP
  while [ ! -e "$D/fg" ]; do sleep 0.02; done
  rm -f "$D/fg"
  fg > /dev/null
  status=$?
done
echo $status > "$D/status.tmp"
stty -g > "$D/after"
mv "$D/status.tmp" "$D/status"
exec sleep 600`

// tmuxCmd drives a program on a terminal that tmux emulates, as a person
// would, for scripts that need to see the screen between keys:
//
//	tmux start [-size COLSxROWS] CMD [ARGS...]  run CMD in a new 80x24 pane
//	tmux keys KEY...        tmux send-keys: key names (Enter, Tab, BTab, BSpace,
//	                        Escape, C-c, M-Left, Up), or -l TEXT for text
//	tmux wait REGEXP        wait until the screen matches; it becomes stdout
//	tmux screen             the screen now, as stdout
//	tmux resize COLSxROWS   resize the window
//	tmux signal NAME        send signal NAME (TERM, HUP) to CMD
//	tmux fg                 continue CMD after Ctrl-Z stopped it, with the shell's fg
//	tmux stty               fail unless the terminal's settings are as before CMD
//	tmux exit CODE          wait for CMD to exit with CODE, with the terminal's
//	                        settings as they were before it; the screen is stdout
func tmuxCmd(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) == 0 {
		ts.Fatalf("usage: tmux start|keys|wait|screen|resize|signal|fg|stty|exit ...")
	}
	dir := ts.MkAbs(".tmux")
	sock := filepath.Join(dir, "sock")
	run := func(args ...string) string {
		out, err := exec.Command("tmux", append([]string{"-S", sock}, args...)...).CombinedOutput()
		if err != nil {
			ts.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	screen := func() string { return run("capture-pane", "-p", "-t", "t") }
	if neg && args[0] != "stty" {
		ts.Fatalf("tmux %s: cannot be negated", args[0])
	}
	switch cmd, rest := args[0], args[1:]; cmd {
	case "start":
		tmuxStart(ts, dir, sock, rest)
	case "keys":
		run(append([]string{"send-keys", "-t", "t"}, rest...)...)
	case "wait":
		if len(rest) != 1 {
			ts.Fatalf("usage: tmux wait REGEXP")
		}
		re := regexp.MustCompile("(?m)" + rest[0]) // as stdout matches
		deadline := time.Now().Add(tmuxWait)
		s := screen()
		for !re.MatchString(s) {
			if time.Now().After(deadline) {
				ts.Fatalf("tmux wait: the screen never matched %q; it shows:\n%s", rest[0], s)
			}
			time.Sleep(20 * time.Millisecond)
			s = screen()
		}
		fmt.Fprint(ts.Stdout(), s)
	case "screen":
		fmt.Fprint(ts.Stdout(), screen())
	case "resize":
		var cols, rows int
		if len(rest) != 1 {
			ts.Fatalf("usage: tmux resize COLSxROWS")
		}
		if _, err := fmt.Sscanf(rest[0], "%dx%d", &cols, &rows); err != nil {
			ts.Fatalf("tmux resize: bad size %q", rest[0])
		}
		run("resize-window", "-t", "t", "-x", strconv.Itoa(cols), "-y", strconv.Itoa(rows))
	case "signal":
		if len(rest) != 1 {
			ts.Fatalf("usage: tmux signal NAME")
		}
		pid := strings.TrimSpace(ts.ReadFile(filepath.Join(dir, "pid")))
		if out, err := exec.Command("kill", "-"+rest[0], pid).CombinedOutput(); err != nil {
			ts.Fatalf("kill -%s %s: %v\n%s", rest[0], pid, err, out)
		}
	case "fg":
		ts.Check(os.WriteFile(filepath.Join(dir, "fg"), nil, 0o644))
	case "stty":
		tty := strings.TrimSpace(run("display-message", "-p", "-t", "t", "#{pane_tty}"))
		now, err := exec.Command("stty", "-g", "-F", tty).Output()
		ts.Check(err)
		same := strings.TrimSpace(string(now)) == strings.TrimSpace(ts.ReadFile(filepath.Join(dir, "before")))
		if same == neg {
			ts.Fatalf("tmux stty: the terminal's settings are %s before (%s)", map[bool]string{true: "as", false: "not as"}[same], strings.TrimSpace(string(now)))
		}
	case "exit":
		tmuxExit(ts, dir, rest)
		fmt.Fprint(ts.Stdout(), screen())
	default:
		ts.Fatalf("tmux: unknown command %q", cmd)
	}
}

func tmuxStart(ts *testscript.TestScript, dir, sock string, args []string) {
	size := "80x24"
	if len(args) > 1 && args[0] == "-size" {
		size, args = args[1], args[2:]
	}
	cols, rows, ok := strings.Cut(size, "x")
	if len(args) == 0 || !ok {
		ts.Fatalf("usage: tmux start [-size COLSxROWS] CMD [ARGS...]")
	}
	path, err := exec.LookPath(args[0])
	ts.Check(err)
	exec.Command("tmux", "-S", sock, "kill-server").Run() // what an earlier start left
	os.RemoveAll(dir)
	ts.Check(os.MkdirAll(dir, 0o755))
	tmuxArgs := []string{"-S", sock, "-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", cols, "-y", rows, "-e", "D=" + dir}
	var env []string
	for _, k := range ptyEnv {
		if v := ts.Getenv(k); v != "" {
			env = append(env, k+"="+v)
			tmuxArgs = append(tmuxArgs, "-e", k+"="+v)
		}
	}
	tmuxArgs = append(tmuxArgs, "bash", "--norc", "-c", tmuxScript, "bash", path)
	c := exec.Command("tmux", append(tmuxArgs, args[1:]...)...)
	c.Dir = ts.MkAbs(".")
	c.Env = env
	if out, err := c.CombinedOutput(); err != nil {
		ts.Fatalf("tmux start: %v\n%s", err, out)
	}
	ts.Defer(func() { exec.Command("tmux", "-S", sock, "kill-server").Run() })
}

func tmuxExit(ts *testscript.TestScript, dir string, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: tmux exit CODE")
	}
	status := filepath.Join(dir, "status")
	deadline := time.Now().Add(tmuxWait)
	for {
		if _, err := os.Stat(status); err == nil {
			break
		}
		if time.Now().After(deadline) {
			ts.Fatalf("tmux exit: the command did not exit in %v", tmuxWait)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if got := strings.TrimSpace(ts.ReadFile(status)); got != args[0] {
		ts.Fatalf("tmux exit: exited %s, want %s", got, args[0])
	}
	before, after := ts.ReadFile(filepath.Join(dir, "before")), ts.ReadFile(filepath.Join(dir, "after"))
	if before != after {
		ts.Fatalf("tmux exit: the terminal's settings changed:\nbefore %safter  %s", before, after)
	}
}
