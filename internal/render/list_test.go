package render

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"testing"
)

// countingWriter counts the writes it is given.
type countingWriter struct {
	bytes.Buffer
	writes int
}

func (c *countingWriter) Write(p []byte) (int, error) { c.writes++; return c.Buffer.Write(p) }

// TestPrintListSameAsWhole checks that a list printed a batch at a time
// gives, in every mode and at lengths about a batch, the very bytes a
// View of the whole list gives, and is written in more than one write
// when it is longer than a batch.
func TestPrintListSameAsWhole(t *testing.T) {
	type item struct {
		Name string   `json:"name"`
		Tags []string `json:"tags"`
	}
	for _, n := range []int{0, 1, 2, listBatch - 1, listBatch, listBatch + 1, 3*listBatch + 7} {
		items := make([]item, n)
		for i := range items {
			items[i] = item{fmt.Sprintf("term \u0085%d", i), []string{"a", "b\tc"}}
		}
		whole := View{
			JSON: func() any { return items },
			Plain: func(rec func(...string)) {
				for _, it := range items {
					rec(it.Name, it.Tags[1])
				}
			},
			Text: func(w io.Writer, s Style) {
				for _, it := range items {
					fmt.Fprintln(w, it.Name)
				}
			},
		}
		list := List{
			Len:   n,
			JSON:  func(i int) any { return items[i] },
			Plain: func(i int, rec func(...string)) { rec(items[i].Name, items[i].Tags[1]) },
			Text: func(w io.Writer, s Style, from, to int) {
				for _, it := range items[from:to] {
					fmt.Fprintln(w, it.Name)
				}
			},
		}
		for _, mode := range []Mode{ModeText, ModePlain, ModeJSON} {
			var want bytes.Buffer
			var got countingWriter
			if err := NewPrinter(&want, mode, Style{}).Print(whole); err != nil {
				t.Fatal(err)
			}
			if err := NewPrinter(&got, mode, Style{}).PrintList(list); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("%d items, mode %d: got\n%.300q\nwant\n%.300q", n, mode, got.String(), want.String())
			}
			if n > listBatch && got.writes < 2 {
				t.Errorf("%d items, mode %d: written in %d write, want a batch a write", n, mode, got.writes)
			}
		}
	}
}

// TestPrintListWriteError checks that a failing write ends the list with
// a *WriteError wrapping the cause.
func TestPrintListWriteError(t *testing.T) {
	cause := errors.New("disk full")
	l := List{Len: 3, JSON: func(i int) any { return i }, Plain: func(i int, rec func(...string)) { rec("x") },
		Text: func(w io.Writer, s Style, from, to int) { io.WriteString(w, "x\n") }}
	for _, mode := range []Mode{ModeText, ModePlain, ModeJSON} {
		err := NewPrinter(failingWriter{cause}, mode, Style{}).PrintList(l)
		var we *WriteError
		if !errors.As(err, &we) || !errors.Is(err, cause) {
			t.Errorf("mode %d: got %v, want a *WriteError wrapping the cause", mode, err)
		}
	}
}
