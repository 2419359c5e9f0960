package render

import (
	"bytes"
	"fmt"
	"io"
)

// Mode is how results are printed: text for a person, tab-separated
// records (--plain) or JSON (--json).
type Mode int

// The output modes.
const (
	ModeText Mode = iota
	ModePlain
	ModeJSON
)

// View is one result as each mode prints it. A command fills in the parts
// its result has; the Printer picks the one for its mode.
type View struct {
	// JSON makes the value --json encodes, only when that is the mode, so
	// the other modes never pay for it; with Lines it is written compact,
	// on one line, as a record of a JSON Lines stream.
	JSON  func() any
	Lines bool
	// Plain calls record once for each --plain record, in order.
	Plain func(record func(fields ...string))
	// Text draws the result for a person with the printer's style.
	Text func(w io.Writer, s Style)
}

// Printer is the one way results reach stdout: every command hands it
// Views, and it returns the error of any write that fails, so that lost
// output is never reported as success.
//
// Each Print is drawn in memory and written in one call, so a result is
// either written whole or the error says it was not.
type Printer struct {
	Mode  Mode
	Style Style
	w     io.Writer
	buf   bytes.Buffer // each Print is drawn here; kept, so a batch of answers reuses it
}

// NewPrinter returns a Printer that writes to w in mode, drawing text with
// style.
func NewPrinter(w io.Writer, mode Mode, style Style) *Printer {
	return &Printer{Mode: mode, Style: style, w: w}
}

// WriteError reports that printing results failed: the writer refused
// them (a full disk, a closed stdout, a reader that went away).
type WriteError struct{ Err error }

func (e *WriteError) Error() string { return fmt.Sprintf("writing results: %v", e.Err) }

func (e *WriteError) Unwrap() error { return e.Err }

// Print writes v in the printer's mode. A part v lacks for that mode
// prints nothing.
func (p *Printer) Print(v View) error {
	b := &p.buf
	b.Reset()
	switch p.Mode {
	case ModeJSON:
		indent := "  "
		if v.Lines {
			indent = ""
		}
		if v.JSON != nil {
			if err := encode(b, v.JSON(), indent); err != nil {
				return err
			}
		}
	case ModePlain:
		if v.Plain != nil {
			v.Plain(func(fields ...string) { Record(b, fields...) })
		}
	default:
		if v.Text != nil {
			v.Text(b, p.Style)
		}
	}
	return p.write(b.Bytes())
}

func (p *Printer) write(b []byte) error {
	if len(b) == 0 {
		return nil
	}
	if _, err := p.w.Write(b); err != nil {
		return &WriteError{err}
	}
	return nil
}
