package convert

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
)

// events reads a document with the reader here, as a string of start
// tags, end tags and text, or the error.
func events(src string) (string, error) {
	x, err := newXMLReader(strings.NewReader(src))
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for {
		t, err := x.next()
		if errors.Is(err, io.EOF) {
			return b.String(), nil
		}
		if err != nil {
			return "", err
		}
		switch t.kind {
		case '<':
			b.WriteString("<" + t.name + ">")
		case '/':
			b.WriteString("</" + t.name + ">")
		default:
			b.WriteString(t.text)
		}
	}
}

// stdEvents is events by encoding/xml, the reference.
func stdEvents(src string) (string, error) {
	d := xml.NewDecoder(strings.NewReader(src))
	var b strings.Builder
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return b.String(), nil
		}
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			b.WriteString("<" + t.Name.Local + ">")
		case xml.EndElement:
			b.WriteString("</" + t.Name.Local + ">")
		case xml.CharData:
			if d.InputOffset() > 0 {
				b.Write(t)
			}
		case xml.Directive:
			return "", errors.New("directive")
		}
	}
}

func TestXMLReader(t *testing.T) {
	for _, tc := range []struct {
		src, want, err string
	}{
		{`<?xml version="1.0" encoding="utf-8"?><a x='1' y="&lt;2&gt;"><b/>t&amp;&#233;&#xE9;<![CDATA[<raw>&amp;]]><!-- c --></a>`, "<a><b></b>t&éé<raw>&amp;</a>", ""},
		{"\ufeff<m:a xmlns:m=\"u\">\n<m:b>x</m:b>\n</m:a>\n", "<a>\n<b>x</b>\n</a>", ""},
		{`<a>&lol;</a>`, "", "invalid character entity &lol;"},
		{`<a>&#0;</a>`, "", "invalid character entity &#0;"},
		{`<a>` + "\x01" + `</a>`, "", "not allowed in XML"},
		{`<a><b></a>`, "", "</a> closes no open element (<b> is open)"},
		{`<a></a><b/>`, "", "a second root element"},
		{`<a>`, "", "the file ends with <a> open"},
		{`text<a/>`, "", "text outside the root element"},
		{`<a x=1/>`, "", "not quoted"},
		{`<a x="1"x="2"/>`, "", "no space after"},
		{`<a x="1" x="2"/>`, "", "given twice"},
		{`<1a/>`, "", "not an element name"},
		{`<!DOCTYPE a><a/>`, "", "DTDs and entity declarations are refused"},
		{`<?xml version="1.0" encoding="ISO-8859-1"?><a/>`, "", "the file is in ISO-8859-1"},
		{"<a>\xff</a>", "", "invalid UTF-8"},
		{``, "", "no XML elements"},
	} {
		got, err := events(tc.src)
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("%q: %v", tc.src, err)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%q: error %v, want %q", tc.src, err, tc.err)
		case tc.err == "" && got != tc.want:
			t.Errorf("%q: %q, want %q", tc.src, got, tc.want)
		}
	}
}

// FuzzXML checks the XML reader against encoding/xml: a document it
// accepts, encoding/xml accepts too, with the same elements and text.
func FuzzXML(f *testing.F) {
	f.Add(`<a x='1'><b/>t&amp;&#233;<![CDATA[<r>]]><!-- c --></a>`)
	f.Add(`<?xml version="1.0"?><m:a xmlns:m="u"><m:b>x</m:b></m:a>`)
	f.Add(`<a>&lol;</a>`)
	f.Fuzz(func(t *testing.T, src string) {
		got, err := events(src)
		if err != nil {
			return
		}
		want, err := stdEvents(src)
		if err != nil {
			t.Fatalf("accepted what encoding/xml refuses (%v): %q", err, src)
		}
		if got != want {
			t.Fatalf("%q: %q, encoding/xml %q", src, got, want)
		}
	})
}
