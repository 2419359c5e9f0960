package render

import (
	"reflect"
	"strings"
	"testing"
)

func TestWidth(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"Net Promoter Score", 18},
		{"顧客", 4},                 // East Asian wide
		{"ｆｕｌｌ", 8},               // fullwidth forms
		{"café", 4},               // precomposed é
		{"cafe\u0301", 4},         // e + combining acute accent
		{"n\u0303o\u0308", 2},     // two combining marks
		{"a\u200bb", 2},           // zero-width space
		{"\u200dx\ufeff", 1},      // zero-width joiner, BOM
		{"🙂", 2},                  // emoji
		{"…", 1},                  // ellipsis is narrow
		{"한국어", 6},                // Hangul syllables
		{"\u0915\u094d\u0937", 2}, // Devanagari with a virama (Mn): 2 columns
	} {
		if got := Width(c.s); got != c.want {
			t.Errorf("Width(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

func TestWrap(t *testing.T) {
	for _, c := range []struct {
		name string
		s    string
		w    int
		want []string
	}{
		{"empty", "", 10, nil},
		{"fits", "a b c", 10, []string{"a b c"}},
		{"at spaces", "the quick brown fox", 10, []string{"the quick", "brown fox"}},
		{"exact fit", "abcde fghij", 5, []string{"abcde", "fghij"}},
		{"spaces collapse", "  a \n\t b  ", 10, []string{"a b"}},
		{"no wrapping", "the quick brown fox", 0, []string{"the quick brown fox"}},
		{"long word split", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"long word after a short one", "ab cdefghij", 4, []string{"ab", "cdef", "ghij"}},
		{"wide characters count two", "顧客 関係 管理", 5, []string{"顧客", "関係", "管理"}},
		{"wide characters fill", "顧客 関係 管理", 9, []string{"顧客 関係", "管理"}},
		{"a wide word split", "顧客関係管理", 5, []string{"顧客", "関係", "管理"}},
		{"combining marks count none", "cafe\u0301 cafe\u0301 cafe\u0301", 9, []string{"cafe\u0301 cafe\u0301", "cafe\u0301"}},
		{"a combining mark stays with its letter", "e\u0301e\u0301e\u0301", 2, []string{"e\u0301e\u0301", "e\u0301"}},
		{"width 1 still progresses", "顧客", 1, []string{"顧", "客"}},
		{"width 1 then a word", "顧客 a", 1, []string{"顧", "客", "a"}},
		{"a zero-width word keeps its space", "\u0301 b", 10, []string{"\u0301 b"}},
	} {
		got := Wrap(c.s, c.w)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: Wrap(%q, %d) = %q, want %q", c.name, c.s, c.w, got, c.want)
		}
		for _, line := range got {
			if c.w > 1 && Width(line) > c.w {
				t.Errorf("%s: line %q is %d columns, over %d", c.name, line, Width(line), c.w)
			}
		}
	}
}

// TestWrapCopiesNothing checks that wrapping single-spaced text, as
// glossary definitions are, allocates only the list of lines.
func TestWrapCopiesNothing(t *testing.T) {
	text := strings.Repeat("customer lifetime value ", 20) + "end"
	if n := testing.AllocsPerRun(10, func() { Wrap(text, 30) }); n > 5 {
		t.Errorf("Wrap allocates %v times, want at most 5 (growing the list of lines)", n)
	}
}

func TestTruncate(t *testing.T) {
	for _, c := range []struct {
		s    string
		w    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"a longer sentence", 10, "a longer…"},
		{"顧客関係管理", 7, "顧客関…"},
		{"cafe\u0301 au lait", 6, "cafe\u0301…"},
		{"anything", 0, "anything"},
	} {
		got := Truncate(c.s, c.w)
		if got != c.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", c.s, c.w, got, c.want)
		}
		if c.w > 0 && Width(got) > c.w {
			t.Errorf("Truncate(%q, %d) = %q is %d columns", c.s, c.w, got, Width(got))
		}
	}
}

func TestHeadWraps(t *testing.T) {
	var b strings.Builder
	Style{Width: 30}.head(&b, "Net Promoter Score", []string{"NPS", "net promoter", "promoter score"})
	want := "Net Promoter Score (NPS, net\npromoter, promoter score)\n"
	if b.String() != want {
		t.Errorf("head = %q, want %q", b.String(), want)
	}
	b.Reset()
	Style{Width: 30, Color: true}.head(&b, "Net Promoter Score", []string{"NPS"})
	if want := "\x1b[1mNet Promoter Score\x1b[0m \x1b[2m(NPS)\x1b[0m\n"; b.String() != want {
		t.Errorf("coloured head = %q, want %q", b.String(), want)
	}
}
