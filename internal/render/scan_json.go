package render

import (
	"io"
	"strings"
)

// MentionStream writes the JSON of a scan as it goes, so a long text's
// mentions are never all held: {"mentions": [...], "terms": [...]}, one
// mention or term per line. (A Printer writes whole values; this is the
// one JSON result written in parts.) A failing write is a *WriteError.
type MentionStream struct {
	w io.Writer
	n int
}

// NewMentionStream starts the JSON of a scan on w.
func NewMentionStream(w io.Writer) *MentionStream { return &MentionStream{w: failing{w}} }

// failing makes a failing write a *WriteError.
type failing struct{ w io.Writer }

func (f failing) Write(p []byte) (int, error) {
	n, err := f.w.Write(p)
	if err != nil {
		err = &WriteError{err}
	}
	return n, err
}

// Mention writes one mention.
func (j *MentionStream) Mention(m MentionJSON) error {
	sep := ",\n    "
	if j.n == 0 {
		sep = "{\n  \"mentions\": [\n    "
	}
	j.n++
	if _, err := io.WriteString(j.w, sep); err != nil {
		return err
	}
	return j.line(m)
}

// Close writes the entries of the terms found and ends the JSON.
func (j *MentionStream) Close(terms []TermJSON) error {
	head := "\n  ],\n  \"terms\": ["
	if j.n == 0 {
		head = "{\n  \"mentions\": [],\n  \"terms\": ["
	}
	if _, err := io.WriteString(j.w, head); err != nil {
		return err
	}
	for i, t := range terms {
		sep := ",\n    "
		if i == 0 {
			sep = "\n    "
		}
		if _, err := io.WriteString(j.w, sep); err != nil {
			return err
		}
		if err := j.line(t); err != nil {
			return err
		}
	}
	tail := "]\n}\n"
	if len(terms) > 0 {
		tail = "\n  ]\n}\n"
	}
	_, err := io.WriteString(j.w, tail)
	return err
}

// line writes v as compact JSON without its newline.
func (j *MentionStream) line(v any) error {
	var b strings.Builder
	if err := encode(&b, v, ""); err != nil {
		return err
	}
	_, err := io.WriteString(j.w, strings.TrimSuffix(b.String(), "\n"))
	return err
}
