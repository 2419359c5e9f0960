package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"unicode/utf8"
)

// encode writes v as JSON followed by a newline: indented by indent, or
// on one line (JSON Lines) when indent is "". Characters a terminal could
// act on (DEL, C1 controls, bidi formatting) are escaped as \uXXXX, as
// encoding/json already does for C0 controls, so the output is valid,
// equivalent JSON that is inert on a terminal. Printer.Print is its way
// out.
func encode(w io.Writer, v any, indent string) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(escapeJSON(buf.Bytes()))
	return err
}

// escapeJSON escapes unsafe runes in encoded JSON. encoding/json has
// already escaped every C0 control inside strings, so the only raw C0
// characters left are the newlines and spaces between tokens; the rest can
// only occur inside strings, where \uXXXX means the same character.
func escapeJSON(data []byte) []byte {
	unsafe := func(r rune) bool { return r >= 0x7f && unsafeRune(r) }
	if !bytes.ContainsFunc(data, unsafe) {
		return data
	}
	var b bytes.Buffer
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if unsafe(r) {
			fmt.Fprintf(&b, `\u%04x`, r)
		} else {
			b.Write(data[:size])
		}
		data = data[size:]
	}
	return b.Bytes()
}
