package cli

import (
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// TestExamples checks that the help of every command, down the tree, has
// examples that run that command.
func TestExamples(t *testing.T) {
	root := (&app{io: &IO{Getenv: func(string) string { return "" }}}).newRoot()
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			if sub.IsAvailableCommand() || sub.Name() == "help" {
				walk(sub)
			}
		}
		if c.IsAdditionalHelpTopicCommand() {
			return
		}
		if c.Example == "" {
			t.Errorf("%q has no examples in its help", c.CommandPath())
			return
		}
		for _, line := range strings.Split(c.Example, "\n") {
			if !strings.HasPrefix(line, "  ") || !strings.Contains(line, "gloss ") {
				t.Errorf("%q: example %q should be indented two spaces and run gloss", c.CommandPath(), line)
			}
		}
		if !strings.Contains(c.Example, c.CommandPath()) && c != root {
			t.Errorf("%q: no example runs it:\n%s", c.CommandPath(), c.Example)
		}
	}
	walk(root)
}

// TestTopics checks that every help topic is reachable and that the exit
// code topic lists every code.
func TestTopics(t *testing.T) {
	for _, tp := range topics() {
		if tp.text == "" || tp.short == "" || tp.title == "" {
			t.Errorf("topic %q is incomplete", tp.name)
		}
	}
	var exit string
	for _, tp := range topics() {
		if tp.name == "exit-codes" {
			exit = tp.text
		}
	}
	for _, code := range []string{"0  found", "1  no match", "2  usage error", "3  a glossary"} {
		if !strings.Contains(exit, code) {
			t.Errorf("exit-codes topic lacks %q", code)
		}
	}
}
