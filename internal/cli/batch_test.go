package cli

import (
	"bufio"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"time"
)

// TestBatchAnswersAsItReads checks that `lookup -` answers each query
// before the next arrives, so a program can send a query and wait for its
// answer on the same pipe.
func TestBatchAnswersAsItReads(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	code := make(chan int, 1)
	go func() {
		ios := &IO{In: inR, Out: outW, Err: io.Discard, Getenv: func(string) string { return "" }}
		code <- Main([]string{"lookup", "--json", "-"}, ios)
		outW.Close()
	}()
	answers := bufio.NewScanner(outR)
	answers.Buffer(nil, 1<<20)
	for _, q := range []string{"nps", "zzqxv", "mql"} {
		if _, err := io.WriteString(inW, q+"\n"); err != nil {
			t.Fatal(err)
		}
		line := make(chan string, 1)
		go func() {
			answers.Scan()
			line <- answers.Text()
		}()
		select {
		case got := <-line:
			var v struct{ Query string }
			if err := json.Unmarshal([]byte(got), &v); err != nil || v.Query != q {
				t.Fatalf("answer to %q: %s (%v)", q, got, err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("no answer to %q before the next query", q)
		}
	}
	inW.Close()
	if c := <-code; c != ExitNoMatch {
		t.Errorf("exit code %d, want %d (one query had no match)", c, ExitNoMatch)
	}
	if answers.Scan() {
		t.Errorf("unexpected output after the last answer: %q", strings.TrimSpace(answers.Text()))
	}
}
