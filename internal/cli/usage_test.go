package cli

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// TestUsageAsCobras checks usage draws what cobra's default usage draws,
// for every command, but for the two spaces after a help topic's path.
// Each command is drawn before it has run, so persistent flags have not
// been merged in yet: usage must do that itself.
func TestUsageAsCobras(t *testing.T) {
	draw := func(c *cobra.Command) string {
		var b bytes.Buffer
		c.SetOut(&b)
		c.SetErr(&b)
		if err := c.Usage(); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	var walk func(c *cobra.Command, visit func(*cobra.Command))
	walk = func(c *cobra.Command, visit func(*cobra.Command)) {
		visit(c)
		for _, sub := range c.Commands() {
			walk(sub, visit)
		}
	}
	newRoot := func() *cobra.Command {
		return (&app{io: &IO{Getenv: func(string) string { return "" }}}).newRoot()
	}
	ours := map[string]string{}
	walk(newRoot(), func(c *cobra.Command) { ours[c.CommandPath()] = draw(c) })

	root := newRoot()
	root.SetUsageFunc(nil) // cobra's own
	n := 0
	walk(root, func(c *cobra.Command) {
		want := draw(c)
		got := ours[c.CommandPath()]
		for _, sub := range c.Commands() {
			if sub.IsAdditionalHelpTopicCommand() {
				line := fmt.Sprintf("\n  %-*s ", sub.CommandPathPadding(), sub.CommandPath())
				got = strings.Replace(got, line+" ", line, 1)
			}
		}
		if got != want {
			t.Errorf("%s: usage differs from cobra's:\n--- ours\n%s\n--- cobra's\n%s", c.CommandPath(), got, want)
		}
		n++
	})
	if n < 15 {
		t.Errorf("compared %d commands, want the whole tree", n)
	}
}
