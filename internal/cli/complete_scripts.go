package cli

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/gloss-cli/gloss/internal/render"
)

// scriptPatch is one change to a completion script cobra generates: old,
// which must occur exactly once, becomes new.
type scriptPatch struct{ old, new string }

// bashPatches make cobra's bash script (1) pass a word opened with a quote
// and not closed ("Net Pro) to gloss as one argument, where cobra's eval
// fails on the open quote, and insert the completion unescaped inside the
// quotes; (2) keep the completions that start with the word ignoring case,
// as gloss matches (mq finds MQL), where cobra's filter keeps only those
// that start with it exactly, with descriptions or without. Bash 4 or later, which bash-completion needs
// anyway.
func bashPatches() []scriptPatch {
	return []scriptPatch{
		{`    __gloss_debug "Calling ${requestComp}"`, `    # gloss: a word opened with a quote ("Net Pro) goes to gloss whole, as
    # one argument; cur is then the text after the quote.
    __gloss_quote=
    if [[ ${cur} == [\"\']* ]]; then
        __gloss_quote=${cur:0:1}
        args[${#args[@]}-1]=$(printf %q "${cur}")
        requestComp="${words[0]} __complete ${args[*]}"
        cur=${cur:1}
    fi
    __gloss_debug "Calling ${requestComp}"`},
		{`    if [[ "${completions[*]}" != *$tab* ]]; then`, `    # gloss: no short cut through compgen, which cannot ignore case.
    if false; then`},
		{`        [[ $comp == "$cur"* ]] || continue`, `        # gloss: ignoring case, as gloss matches; inside quotes, unescaped.
        [[ -n $__gloss_quote ]] && comp=${compline%%$tab*}
        [[ ${comp,,} == "${cur,,}"* ]] || continue`},
		{`        COMPREPLY[0]=$(printf "%q" "${COMPREPLY[0]%%$tab*}")`, `        if [[ -n $__gloss_quote ]]; then
            COMPREPLY[0]=${COMPREPLY[0]%%$tab*}
        else
            COMPREPLY[0]=$(printf "%q" "${COMPREPLY[0]%%$tab*}")
        fi`},
	}
}

// zshPatches make cobra's zsh script (1) pass a word opened with a quote
// to gloss as one argument ($PREFIX, the word without its quote), where
// cobra splits it at spaces; (2) match completions ignoring case.
func zshPatches() []scriptPatch {
	return []scriptPatch{
		{`    words=("${=words[1,CURRENT]}")`, `    if [[ -n ${compstate[quote]} ]]; then
        # gloss: a quoted word ("Net Pro) is one argument.
        words=("${=words[1,CURRENT-1]}" "${(q)PREFIX}")
    else
        words=("${=words[1,CURRENT]}")
    fi`},
		{`        if eval _describe $keepOrder "completions" completions $flagPrefix $noSpace; then`,
			`        # gloss: -M matches ignoring case, as gloss does (mq finds MQL).
        if eval _describe $keepOrder "completions" completions $flagPrefix $noSpace -M "'m:{a-zA-Z}={A-Za-z}'"; then`},
	}
}

// patchScript applies patches to script, failing if one does not apply
// once: a new cobra has changed the script, and the patch needs a look.
func patchScript(script string, patches []scriptPatch) (string, error) {
	for _, p := range patches {
		if n := strings.Count(script, p.old); n != 1 {
			return "", fmt.Errorf("completion script: %d places to patch, want 1: %q", n, p.old)
		}
		script = strings.Replace(script, p.old, p.new, 1)
	}
	return script, nil
}

// completionScript returns gloss's completion script for shell, with
// descriptions unless noDesc: cobra's, patched for bash and zsh.
func completionScript(root *cobra.Command, shell string, noDesc bool) (string, error) {
	var b bytes.Buffer
	var patches []scriptPatch
	var err error
	switch shell {
	case "bash":
		err, patches = root.GenBashCompletionV2(&b, !noDesc), bashPatches()
	case "zsh":
		if noDesc {
			err = root.GenZshCompletionNoDesc(&b)
		} else {
			err = root.GenZshCompletion(&b)
		}
		patches = zshPatches()
	case "fish":
		err = root.GenFishCompletion(&b, !noDesc)
	case "powershell":
		if noDesc {
			err = root.GenPowerShellCompletion(&b)
		} else {
			err = root.GenPowerShellCompletionWithDesc(&b)
		}
	}
	if err != nil {
		return "", err
	}
	return patchScript(b.String(), patches)
}

// installLines are the lines that install each shell's completion for
// one user, on a fresh account too: the folders are made first, and zsh's
// is one of the user's own put on fpath, since fpath[1] is usually a
// system folder only root can write to. README shows the same lines.
func installLines(shell string) string {
	return map[string]string{
		"bash": `  mkdir -p ~/.local/share/bash-completion/completions
  gloss completion bash > ~/.local/share/bash-completion/completions/gloss
  source <(gloss completion bash)   # this shell only`,
		"zsh": `  mkdir -p ~/.zfunc
  gloss completion zsh > ~/.zfunc/_gloss
  # and in ~/.zshrc, before compinit:
  fpath=(~/.zfunc $fpath); autoload -U compinit; compinit
  source <(gloss completion zsh)   # this shell only`,
		"fish": `  mkdir -p ~/.config/fish/completions
  gloss completion fish > ~/.config/fish/completions/gloss.fish`,
		"powershell": `  gloss completion powershell | Out-String | Invoke-Expression`,
	}[shell]
}

// addCompletionCmd adds cobra's completion command with gloss's install
// lines in place of cobra's, which name folders only root can write to,
// and printing gloss's patched scripts.
func (a *app) addCompletionCmd(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		c.Example = "  gloss completion bash > ~/.local/share/bash-completion/completions/gloss\n" +
			"  gloss completion zsh > ~/.zfunc/_gloss\n" +
			"  gloss completion fish > ~/.config/fish/completions/gloss.fish"
		for _, sh := range c.Commands() {
			shell := sh.Name()
			var examples []string // the lines that run gloss; Long has them all
			for _, line := range strings.Split(installLines(shell), "\n") {
				if strings.Contains(line, "gloss ") {
					examples = append(examples, line)
				}
			}
			sh.Example = strings.Join(examples, "\n")
			sh.Long = fmt.Sprintf("Print the completion script for %s. To install it for your account, on a\nfresh one too:\n\n%s", shell, installLines(shell))
			if shell == "bash" {
				sh.Long += "\n\nThe script needs the bash-completion package (2.8 or later, for the folder\nin your home)."
			}
			sh.RunE = func(cmd *cobra.Command, args []string) error {
				noDesc, _ := cmd.Flags().GetBool("no-descriptions")
				script, err := completionScript(cmd.Root(), shell, noDesc)
				if err != nil {
					return err
				}
				if _, err := io.WriteString(a.io.Out, script); err != nil {
					return &render.WriteError{Err: err}
				}
				return nil
			}
		}
	}
}
