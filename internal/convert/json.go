package convert

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// jsonTerm is a term as gloss prints it with --json. The fields other
// commands add (how a lookup matched, a related link's direction, a query
// of lookup -) are read and ignored, so any of their output imports.
type jsonTerm struct {
	Term       string   `json:"term"`
	Aliases    []string `json:"aliases"`
	Category   string   `json:"category"`
	Definition string   `json:"definition"`
	Formula    string   `json:"formula"`
	Example    string   `json:"example"`
	Related    []string `json:"related"`

	Match       json.RawMessage `json:"match"`
	Link        json.RawMessage `json:"link"`
	Depth       json.RawMessage `json:"depth"`
	Parent      json.RawMessage `json:"parent"`
	Source      json.RawMessage `json:"source"`
	ExtendedBy  json.RawMessage `json:"extended_by"`
	Query       json.RawMessage `json:"query"`
	Error       json.RawMessage `json:"error"`
	Suggestions json.RawMessage `json:"suggestions"`
}

// readJSON reads what gloss prints with --json: an array of terms (list,
// search, related), one term (lookup), or one term a line (lookup -). It
// reads one term at a time, so memory grows with the terms kept, not with
// the file's nesting or length.
func readJSON(path string, o *Options, rep *report) []*entry {
	f, err := open(path, o)
	if err != nil {
		rep.errorf(glossary.Pos{File: path}, "%v", err)
		return nil
	}
	defer f.Close()
	lr := &lineReader{r: f}
	br := bufio.NewReader(lr)
	dec := json.NewDecoder(br)
	first, err := firstByte(br)
	if err != nil {
		rep.errorf(glossary.Pos{File: path}, "%v", err)
		return nil
	}
	// Offsets are into what the decoder has read; the bytes the peek
	// skipped are before them.
	if first == '[' {
		if _, err := dec.Token(); err != nil {
			rep.errorf(glossary.Pos{File: path, Line: 1}, "not valid JSON: %v", err)
			return nil
		}
	} else if first != '{' {
		rep.errorf(glossary.Pos{File: path, Line: 1}, "want the JSON gloss prints: a list of terms, or one term, not %s", describeByte(first))
		return nil
	}
	var entries []*entry
	for n := 1; dec.More() && !rep.full(); n++ {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			rep.errorf(glossary.Pos{File: path, Line: lr.lineAt(errOffset(err, dec.InputOffset()))}, "term %d: not valid JSON: %s", n, jsonMessage(err))
			return nil
		}
		start := dec.InputOffset() - int64(len(raw))
		at := glossary.Pos{File: path, Line: lr.lineAt(start)}
		if e := jsonEntry(raw, start, n, at, lr, rep); e != nil {
			entries = append(entries, e)
		}
	}
	if first == '[' {
		if _, err := dec.Token(); err != nil {
			rep.errorf(glossary.Pos{File: path, Line: lr.lineAt(errOffset(err, dec.InputOffset()))}, "not valid JSON: %s", jsonMessage(err))
			return nil
		}
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		rep.errorf(glossary.Pos{File: path, Line: lr.lineAt(dec.InputOffset())}, "text after the end of the JSON")
	}
	return entries
}

// jsonEntry reads the n-th term, raw, which starts at offset start.
func jsonEntry(raw []byte, start int64, n int, at glossary.Pos, lr *lineReader, rep *report) *entry {
	where := fmt.Sprintf("term %d", n)
	if len(raw) > glossary.MaxEntrySize {
		rep.errorf(at, "%s: %d KiB; gloss takes at most %d KiB for one term", where, len(raw)>>10, glossary.MaxEntrySize>>10)
		return nil
	}
	if !utf8.Valid(raw) {
		rep.errorf(at, "%s: invalid UTF-8", where)
		return nil
	}
	if raw[0] != '{' {
		rep.errorf(at, "%s: want an object with \"term\" and \"definition\", not %s", where, describeByte(raw[0]))
		return nil
	}
	var t jsonTerm
	d := json.NewDecoder(bytes.NewReader(raw))
	d.DisallowUnknownFields()
	if err := d.Decode(&t); err != nil {
		off := errOffset(err, 0)
		if field, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			off = max(0, int64(bytes.Index(raw, []byte(field)))) // the key, quoted as in the file
		}
		at.Line = lr.lineAt(start + off)
		rep.errorf(at, "%s: %s", where, jsonMessage(err))
		return nil
	}
	if t.Error != nil {
		return nil // a query of lookup - that matched nothing
	}
	if t.Term != "" {
		where = fmt.Sprintf("term %d %q", n, t.Term)
	}
	e := &entry{where: where}
	e.Pos = at
	e.Name, e.Aliases, e.Category, e.Definition = t.Term, t.Aliases, t.Category, t.Definition
	e.Formula, e.Example, e.Related = t.Formula, t.Example, t.Related
	return e
}

// firstByte returns the first byte of r that is not white space, without
// reading it.
func firstByte(r *bufio.Reader) (byte, error) {
	for i := 1; ; i++ {
		b, err := r.Peek(i)
		if len(b) < i {
			if err == nil || errors.Is(err, io.EOF) {
				err = errors.New("empty file: want the JSON gloss prints with --json")
			}
			return 0, err
		}
		if c := b[i-1]; c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return c, nil
		}
		if i >= 4096 {
			_, _ = r.Discard(i) // long runs of space: keep the peek bounded
			i = 0
		}
	}
}

func describeByte(c byte) string {
	switch {
	case c == '"':
		return "a string"
	case c == 't' || c == 'f':
		return "true or false"
	case c == 'n':
		return "null"
	case c == '-' || '0' <= c && c <= '9':
		return "a number"
	case c == '[':
		return "a list"
	}
	return fmt.Sprintf("%q", rune(c))
}

// errOffset returns where a JSON error is, or def when it does not say.
func errOffset(err error, def int64) int64 {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return se.Offset
	case errors.As(err, &te):
		return te.Offset
	}
	return def
}

// jsonMessage says what a JSON error means in gloss's terms.
func jsonMessage(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		want := "text"
		if te.Type.Kind().String() == "slice" {
			want = "a list of text"
		}
		return fmt.Sprintf("%q should be %s, not %s", te.Field, want, jsonKind(te.Value))
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return "the file ends inside a term"
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if strings.HasPrefix(msg, "unknown field") {
		msg += " (want term, aliases, category, definition, formula, example or related)"
	}
	return msg
}

func jsonKind(v string) string {
	switch v {
	case "string":
		return "a string"
	case "array":
		return "a list"
	case "object":
		return "an object"
	case "number":
		return "a number"
	case "bool":
		return "true or false"
	}
	return v
}
