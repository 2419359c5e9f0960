package scan

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf16"

	"github.com/gloss-cli/gloss/internal/glossary"
)

const testGlossary = `terms:
  - term: Customer acquisition cost
    aliases: [CAC, acquisition cost]
    category: Metrics
    definition: What winning a customer costs.
  - term: Customer
    category: Records
    definition: Someone who pays.
  - term: Lead
    aliases: [sales lead]
    category: Records
    definition: Someone who might buy.
  - term: Lead scoring
    category: Sales
    definition: Ranking leads.
  - term: Software as a service
    aliases: [SaaS]
    category: Delivery
    definition: Software rented over the internet.
  - term: Team collaboration
    aliases: [Chatter]
    category: Tools
    definition: Working together in the CRM.
  - term: Opportunity
    aliases: [opportunities board]
    category: Records
    definition: A potential sale.
  - term: Café metrics
    category: Metrics
    definition: Made up, for letters beyond ASCII.
  - term: Account management
    aliases: [AM]
    category: Sales
    definition: Looking after accounts.
  - term: C++ integration
    category: Data
    definition: Made up, for a name with symbols.
`

func testAutomaton(t testing.TB) *Automaton {
	f, ps := glossary.Parse("test.yaml", []byte(testGlossary))
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	g, ps := glossary.New(f)
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	return New(g)
}

// found returns the mentions in text as "text=Term" pairs.
func found(t testing.TB, a *Automaton, r io.Reader, opts Options) []string {
	var out []string
	err := a.Scan(r, opts, Handler{Mention: func(m Mention) error {
		out = append(out, m.Text+"="+m.Term.Name)
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestMentions(t *testing.T) {
	a := testAutomaton(t)
	for _, c := range []struct {
		text string
		want string // "text=Term" pairs joined by "|"
		all  bool
	}{
		{"our customer acquisition cost rose", "customer acquisition cost=Customer acquisition cost", false},
		{"the customer's CAC", "customer's=Customer|CAC=Customer acquisition cost", false},
		{"customers and customers' CACs", "customers=Customer|customers=Customer|CACs=Customer acquisition cost", false},
		{"cac, Cac, and arcade CACAO", "", false},
		{"SaaS, SAAS, saas and Saas", "SaaS=Software as a service|SAAS=Software as a service", false},
		{"Chatter, not chatter", "Chatter=Team collaboration", false},
		{"we use Chatter daily", "Chatter=Team collaboration", false},
		{"lead the call. Lead the way", "", false},
		{"update the Lead today", "Lead=Lead", false},
		{"update the LEAD today", "", false},
		{"lead the call", "lead=Lead", true},
		{"lead scoring and sales leads", "lead scoring=Lead scoring|sales leads=Lead", false},
		{"leading and leaders", "", true},
		{"the opportunities board", "opportunities board=Opportunity", false},
		{"ÄCAC CACé café metrics", "café metrics=Café metrics", false},
		{"CAFÉ METRICS", "CAFÉ METRICS=Café metrics", false},
		{"our C++ integration", "C++ integration=C++ integration", false},
		{"customer\nacquisition cost", "customer\nacquisition cost=Customer acquisition cost", false},
		{"customer\n\nacquisition cost", "customer=Customer|acquisition cost=Customer acquisition cost", false},
		{"customer. Acquisition cost", "customer=Customer|Acquisition cost=Customer acquisition cost", false},
		{"customer-acquisition-cost", "customer-acquisition-cost=Customer acquisition cost", false},
		{"the AM team meets at 10 AM, or 9:30 AM, not 10:30am", "AM=Account management", false},
		{"AM at 10 AM", "AM=Account management", true},
		{"10 CACs", "CACs=Customer acquisition cost", false},
		{"customer                              acquisition cost", "customer=Customer|acquisition cost=Customer acquisition cost", false},
	} {
		got := strings.Join(found(t, a, strings.NewReader(c.text), Options{AllWords: c.all}), "|")
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestPositions checks line, column (characters) and offset (bytes).
func TestPositions(t *testing.T) {
	a := testAutomaton(t)
	var got []string
	text := "Déjà vu\n  the CAC\r\nand ‘SaaS’"
	err := a.Scan(strings.NewReader(text), Options{}, Handler{Mention: func(m Mention) error {
		got = append(got, fmt.Sprintf("%d:%d@%d-%d", m.Line, m.Column, m.Offset, m.End))
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	if want := "2:7@16-19 3:6@28-32"; strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
}

// TestStream checks that reading a byte at a time finds what reading at
// once does, and that Text and the mentions give back the whole text.
func TestStream(t *testing.T) {
	a := testAutomaton(t)
	text := strings.Repeat("The customer acquisition\ncost of a sales lead, in SaaS; Lead scoring. ", 3000)
	whole := found(t, a, strings.NewReader(text), Options{})
	bytewise := found(t, a, iotest.OneByteReader(strings.NewReader(text)), Options{})
	if len(whole) != 4*3000 || strings.Join(whole, "|") != strings.Join(bytewise, "|") {
		t.Fatalf("%d mentions at once, %d a byte at a time", len(whole), len(bytewise))
	}
	var back bytes.Buffer
	err := a.Scan(iotest.HalfReader(strings.NewReader(text)), Options{}, Handler{
		Mention: func(m Mention) error { back.WriteString(m.Text); return nil },
		Text:    func(b []byte) error { back.Write(b); return nil },
	})
	if err != nil || back.String() != text {
		t.Fatalf("text given back differs (err %v)", err)
	}
}

// TestBounded checks that the window stays small whatever the lines:
// one line of 32 MB of words, then a 32 MB word.
func TestBounded(t *testing.T) {
	a := testAutomaton(t)
	const size = 32 << 20
	words := io.LimitReader(repeat("customer acquisition cost and a lead "), size)
	blob := io.LimitReader(repeat("x"), size)
	s := a.newScanner(io.MultiReader(words, blob, strings.NewReader(" CAC")), Options{}, Handler{Text: func([]byte) error { return nil }})
	if err := s.scan(); err != nil {
		t.Fatal(err)
	}
	if c := cap(s.buf); c > 4*chunkBytes {
		t.Errorf("the window grew to %d bytes", c)
	}
}

func TestBinary(t *testing.T) {
	a := testAutomaton(t)
	if err := a.Scan(strings.NewReader("CAC\x00CAC"), Options{}, Handler{}); err != ErrBinary {
		t.Errorf("got %v, want ErrBinary", err)
	}
}

// repeat reads s over and over.
type repeat string

func (r repeat) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		n += copy(p[n:], r)
	}
	return n, nil
}

func TestBinaryByteAtATime(t *testing.T) {
	a := testAutomaton(t)
	if err := a.Scan(iotest.OneByteReader(strings.NewReader("CAC CAC\x00")), Options{}, Handler{}); err != ErrBinary {
		t.Errorf("got %v, want ErrBinary", err)
	}
}

func TestUTF16(t *testing.T) {
	a := testAutomaton(t)
	utf16 := func(s string, little bool) string {
		var b []byte
		if little {
			b = append(b, 0xff, 0xfe)
		} else {
			b = append(b, 0xfe, 0xff)
		}
		for _, u := range utf16.Encode([]rune(s)) {
			if little {
				b = append(b, byte(u), byte(u>>8))
			} else {
				b = append(b, byte(u>>8), byte(u))
			}
		}
		return string(b)
	}
	for _, c := range []struct{ text, want string }{
		{utf16("our CAC and SaaS 😀 café metrics", true), "CAC=Customer acquisition cost|SaaS=Software as a service|café metrics=Café metrics"},
		{utf16("our CAC", false), "CAC=Customer acquisition cost"},
		{utf16("CAC", true) + "\x00", "CAC=Customer acquisition cost"},       // a last odd byte
		{"\xff\xfe\x00\xd8C\x00A\x00C\x00", "CAC=Customer acquisition cost"}, // an unpaired surrogate
	} {
		got := strings.Join(found(t, a, strings.NewReader(c.text), Options{}), "|")
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}
