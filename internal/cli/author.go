package cli

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// This file is the editing loop gloss new and gloss edit share, as
// crontab -e and visudo do it: the file is copied, the copy edited, checked
// as gloss validate checks it, and put in place only when it is good; on an
// error the problems are shown and the editor opened again, or the edit
// given up, leaving the file as it was.

// defaultEditor is run when neither VISUAL nor EDITOR is set.
const defaultEditor = "vi"

// editFile lets the user edit text, to go into path, in their editor at
// line, until it is a valid glossary or they give up.
func (a *app) editFile(path string, text []byte, line int, unchanged []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return glossaryError(fmt.Errorf("creating %s: %w", dir, err))
	}
	// Hidden, so a gloss run meanwhile does not load it from glossary.d;
	// .yaml, so the editor knows what it holds.
	tmp, err := os.CreateTemp(dir, ".gloss-edit-*.yaml")
	if err != nil {
		return glossaryError(fmt.Errorf("editing %s: %w", path, err))
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.Write(text)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return glossaryError(fmt.Errorf("editing %s: %w", path, err))
	}
	in := bufio.NewReader(a.io.In)
	for {
		if err := a.runEditor(tmp.Name(), line); err != nil {
			return err
		}
		edited, err := os.ReadFile(tmp.Name())
		if err != nil {
			return glossaryError(fmt.Errorf("editing %s: %w", path, err))
		}
		if bytes.Equal(edited, unchanged) {
			a.note("%s: no change; nothing written", path)
			return nil
		}
		problems := a.checkEdit(tmp.Name(), path)
		if problems.Err() == nil {
			if err := os.Rename(tmp.Name(), path); err != nil {
				return &exitError{ExitWrite, fmt.Errorf("writing %s: %w", path, err)}
			}
			a.note("%s: saved", path)
			return nil
		}
		a.printProblems(problems, len(problems), 0)
		fmt.Fprintf(a.io.Err, "gloss: %s has %s; edit again? [Y/n] ", path, plural(len(problems.Errors()), "error"))
		answer, _ := in.ReadString('\n')
		if ans := strings.ToLower(strings.TrimSpace(answer)); ans == "n" || ans == "no" {
			return &exitError{ExitGlossary, fmt.Errorf("%s: left as it was", path)}
		}
		if first := problems.Errors()[0]; first.Pos.Line > 0 {
			line = first.Pos.Line
		}
	}
}

// checkEdit checks the edited copy tmp as gloss validate would check path,
// over the configured layers, and returns its problems named as path.
func (a *app) checkEdit(tmp, path string) glossary.Problems {
	c := a.newChecker()
	findings, _, _ := c.each(a, []string{tmp})
	for i := range findings {
		findings[i].Pos.File = path
	}
	return findings
}

// runEditor runs $VISUAL, else $EDITOR, else vi, on file at line, on the
// terminal, and waits for it.
func (a *app) runEditor(file string, line int) error {
	editor := strings.TrimSpace(a.io.Getenv("VISUAL"))
	if editor == "" {
		editor = strings.TrimSpace(a.io.Getenv("EDITOR"))
	}
	if editor == "" {
		editor = defaultEditor
	}
	args := []string{"+" + strconv.Itoa(max(line, 1)), file} // vi, vim, nano, emacs and micro read +LINE
	var cmd *exec.Cmd
	if runtime.GOOS != "windows" && strings.ContainsAny(editor, shellSyntax) {
		cmd = exec.Command("sh", append([]string{"-c", editor + ` "$@"`, "sh"}, args...)...)
	} else {
		f := strings.Fields(editor)
		cmd = exec.Command(f[0], append(f[1:], args...)...)
	}
	out := a.io.Out
	if s, ok := out.(*stdout); ok {
		out = s.w // the terminal itself, not a pipe to it
	}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = a.io.In, out, a.io.Err
	if err := cmd.Run(); err != nil {
		return &exitError{ExitUsage, fmt.Errorf("editor %q: %w", editor, err)}
	}
	return nil
}
