package render

import (
	"bytes"
	"io"
)

// listBatch is how many items of a List are drawn before they are
// written: enough that a write carries tens of kilobytes, few enough that
// the buffer stays under a megabyte even with long definitions, whatever
// the length of the list.
const listBatch = 256

// List is a result of many like items (the terms of `list` or `search`),
// printed a batch of items at a time, so that printing it takes the
// memory of one batch however long it is. Each mode's output is the same
// as a View drawing the whole list would give.
type List struct {
	Len int
	// JSON makes the i-th element of the JSON array.
	JSON func(i int) any
	// Plain calls record for the i-th item's --plain records.
	Plain func(i int, record func(fields ...string))
	// Text draws items from up to to for a person.
	Text func(w io.Writer, s Style, from, to int)
}

// PrintList writes l in the printer's mode, a batch at a time. A write
// that fails ends it with a *WriteError; what was written before stays
// written, as with any stream.
func (p *Printer) PrintList(l List) error {
	b := &p.buf
	flush := func() error {
		err := p.write(b.Bytes())
		b.Reset()
		return err
	}
	b.Reset()
	if p.Mode == ModeJSON && l.JSON != nil && l.Len == 0 {
		b.WriteString("[]\n")
		return flush()
	}
	if p.Mode == ModeJSON && l.JSON != nil {
		b.WriteString("[\n")
	}
	var elem bytes.Buffer
	for from := 0; from < l.Len; from += listBatch {
		to := min(from+listBatch, l.Len)
		switch {
		case p.Mode == ModeJSON && l.JSON != nil:
			for i := from; i < to; i++ {
				elem.Reset()
				if err := encode(&elem, l.JSON(i), "  "); err != nil {
					return err
				}
				// An element of an indented array: one level in, then a
				// comma, or the array's end, after the last.
				b.WriteString("  ")
				b.Write(bytes.ReplaceAll(bytes.TrimSuffix(elem.Bytes(), []byte("\n")), []byte("\n"), []byte("\n  ")))
				if i < l.Len-1 {
					b.WriteByte(',')
				}
				b.WriteByte('\n')
			}
			if to == l.Len {
				b.WriteString("]\n")
			}
		case p.Mode == ModePlain && l.Plain != nil:
			for i := from; i < to; i++ {
				l.Plain(i, func(fields ...string) { Record(b, fields...) })
			}
		case p.Mode == ModeText && l.Text != nil:
			l.Text(b, p.Style, from, to)
		}
		if err := flush(); err != nil {
			return err
		}
	}
	return nil
}
