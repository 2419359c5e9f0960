package scan

import (
	"bytes"
	"io"
	"testing"
	"testing/iotest"
)

// FuzzScan checks that any text scans without a panic, that each mention's
// offsets point at its text, and that the text between mentions and the
// mentions give the whole text back, read at once or a byte at a time.
func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"our customer acquisition\ncost", "SaaS’s CAC's", "Lead scoring. Lead", "C++ integration",
		"café metrics\r\n", "x\x00y", "customer\u00a0acquisition cost", "'''+++###&&&", "\xff\xfeCAC",
	} {
		f.Add([]byte(s))
	}
	a := testAutomaton(f)
	f.Fuzz(func(t *testing.T, text []byte) {
		{
			// A text with a UTF-16 byte order mark is scanned, and given
			// back, as UTF-8.
			want, err := io.ReadAll(utf8Text(bytes.NewReader(text)))
			if err != nil {
				t.Fatal(err)
			}
			r := func() *bytes.Reader { return bytes.NewReader(text) }
			var back bytes.Buffer
			var mentions []Mention
			h := Handler{
				Mention: func(m Mention) error { back.WriteString(m.Text); mentions = append(mentions, m); return nil },
				Text:    func(b []byte) error { back.Write(b); return nil },
			}
			err = a.Scan(r(), Options{}, h)
			if err == ErrBinary {
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(back.Bytes(), want) {
				t.Fatalf("text given back differs:\n%q\n%q", back.Bytes(), want)
			}
			for _, m := range mentions {
				if m.Offset < 0 || m.End > int64(len(want)) || string(want[m.Offset:m.End]) != m.Text || m.Line < 1 || m.Column < 1 {
					t.Fatalf("mention %+v does not fit the text", m)
				}
			}
			var again []Mention
			h = Handler{Mention: func(m Mention) error { again = append(again, m); return nil }}
			if err := a.Scan(iotest.OneByteReader(r()), Options{}, h); err != nil || len(again) != len(mentions) {
				t.Fatalf("a byte at a time: %d mentions, %v; at once %d", len(again), err, len(mentions))
			}
		}
	})
}
