package browse

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
	"github.com/gloss-cli/gloss/internal/render"
)

// small is a glossary of four linked terms: A lists B and C; D lists A
// without being listed back.
func small(t *testing.T) (f *Finder) {
	t.Helper()
	term := func(name string, related ...string) *glossary.Term {
		return &glossary.Term{Name: name, Category: "Test", Related: related,
			Definition: "A made-up term " + name + " for the browser's tests, about nothing."}
	}
	file := &glossary.File{Name: "small", Terms: []*glossary.Term{
		term("Alpha", "Beta", "Gamma"), term("Beta", "Alpha"), term("Gamma", "Alpha"), term("Delta", "Alpha", "Beta"),
	}}
	file.Terms[1].Definition = "The second letter, and a word about quokkas."
	g, problems := glossary.New(file)
	if err := problems.Err(); err != nil {
		t.Fatal(err)
	}
	f = NewFinder(g, match.New(g))
	f.Prepare()
	return f
}

func keys(s *state, evs ...Event) outcome {
	out := stay
	for _, ev := range evs {
		out = s.handle(ev)
	}
	return out
}

func typed(text string) []Event {
	var evs []Event
	for _, r := range text {
		evs = append(evs, Event{Key: KeyRune, Rune: r})
	}
	return evs
}

var (
	enter = Event{Key: KeyEnter}
	tab   = Event{Key: KeyTab}
	back  = Event{Key: KeyBackspace}
)

func names(ts []*glossary.Term) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Name)
	}
	return out
}

func TestStateHistory(t *testing.T) {
	s := newState(small(t), "", false)
	if got := len(s.list); got != 4 {
		t.Fatalf("an empty query lists %d terms, want 4", got)
	}
	keys(s, typed("alp")...)
	keys(s, enter)
	if p := s.page(); p == nil || p.term.Name != "Alpha" {
		t.Fatalf("Enter after \"alp\" opened %v, want Alpha", p)
	}
	ls := linksOf(s.f.g, s.page().term)
	if got := names(ls.all); len(got) != 3 || got[0] != "Beta" || got[1] != "Gamma" || got[2] != "Delta" || ls.related != 2 {
		t.Fatalf("Alpha's links are %v (%d related), want [Beta Gamma Delta] (2)", got, ls.related)
	}
	keys(s, tab, tab, enter) // Gamma
	keys(s, tab, tab, enter) // Gamma's one link, Alpha: the second Tab wraps round to it
	if got := s.page().term.Name; got != "Alpha" {
		t.Fatalf("followed to %s, want Alpha", got)
	}
	if len(s.hist) != 3 {
		t.Fatalf("history has %d pages, want 3", len(s.hist))
	}
	keys(s, back)
	if got := s.page().term.Name; got != "Gamma" {
		t.Fatalf("Backspace went to %s, want Gamma", got)
	}
	keys(s, Event{Key: KeyForward})
	if got := s.page().term.Name; got != "Alpha" || s.pos != 2 {
		t.Fatalf("Alt-Right went to %s at %d, want Alpha at 2", got, s.pos)
	}
	keys(s, Event{Key: KeyBack}, Event{Key: KeyBack}, Event{Key: KeyBack})
	if s.page() != nil || string(s.query) != "alp" {
		t.Fatalf("back from the first page: page %v, query %q; want the list for \"alp\"", s.page(), string(s.query))
	}
	keys(s, Event{Key: KeyForward})
	// The page kept its selected link (Gamma); following the next one
	// drops the pages ahead.
	keys(s, tab, enter)
	if got := s.page().term.Name; got != "Delta" || len(s.hist) != 2 {
		t.Fatalf("after following from the first page: %s with %d pages, want Delta with 2", got, len(s.hist))
	}
	keys(s, Event{Key: KeyRune, Rune: '/'})
	if s.page() != nil || len(s.query) != 0 {
		t.Fatalf("/ should start a new search, got page %v, query %q", s.page(), string(s.query))
	}
	if out := keys(s, Event{Key: KeyEsc}); out != quit {
		t.Fatalf("Esc in the list gave %v, want quit", out)
	}
}

func TestStateQuitKeys(t *testing.T) {
	for _, tc := range []struct {
		name  string
		print bool
		evs   []Event
		want  outcome
	}{
		{"q in an entry", false, []Event{enter, {Key: KeyRune, Rune: 'q'}}, quit},
		{"q in the list is typed", false, typed("q"), stay},
		{"Esc in an entry goes to the list", false, []Event{enter, {Key: KeyEsc}}, stay},
		{"Ctrl-C in the list", false, []Event{{Key: KeyCtrlC}}, quit},
		{"Ctrl-C in an entry", false, []Event{enter, {Key: KeyCtrlC}}, quit},
		{"Enter with --print chooses", true, []Event{enter}, choose},
		{"Enter with nothing listed", true, append(typed("zzzz"), enter), stay},
		{"Ctrl-Z", false, []Event{{Key: KeyCtrlZ}}, suspend},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newState(small(t), "", tc.print)
			if got := keys(s, tc.evs...); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestStateEditing(t *testing.T) {
	s := newState(small(t), "be", false)
	keys(s, Event{Key: KeyHome}, Event{Key: KeyRune, Rune: 'x'}, Event{Key: KeyEnd}, back)
	if got := string(s.query); got != "xb" {
		t.Errorf("query %q, want \"xb\"", got)
	}
	keys(s, Event{Key: KeyCtrlU})
	keys(s, typed("gamma be")...)
	keys(s, Event{Key: KeyCtrlW})
	if got := string(s.query); got != "gamma " {
		t.Errorf("after Ctrl-W: %q, want \"gamma \"", got)
	}
	keys(s, Event{Key: KeyDown}) // filters before moving
	if s.listed != "gamma " {
		t.Errorf("the list is for %q, want \"gamma \"", s.listed)
	}
}

func TestFilter(t *testing.T) {
	f := small(t)
	for _, tc := range []struct{ query, want string }{
		{"", "Alpha Beta Delta Gamma"},
		{"gam", "Gamma"},
		{"quokka", "Beta"},         // a word of the definition only
		{"second quo", "Beta"},     // every word, the last one typed in part
		{"made up delta", "Delta"}, // the name's word and the definition's
		{"zzz", ""},
	} {
		got := ""
		for i, t := range f.Filter(tc.query) {
			if i > 0 {
				got += " "
			}
			got += t.Name
		}
		if got != tc.want {
			t.Errorf("Filter(%q) = %q, want %q", tc.query, got, tc.want)
		}
	}
}

func TestTop(t *testing.T) {
	var tp top
	for i := range 3 * listCap {
		tp.add(int32(i), 10-i%7)
	}
	if len(tp.ids) != listCap {
		t.Fatalf("kept %d, want %d", len(tp.ids), listCap)
	}
	for i := 1; i < len(tp.ids); i++ {
		if tp.lens[i-1] > tp.lens[i] || tp.lens[i-1] == tp.lens[i] && tp.ids[i-1] > tp.ids[i] {
			t.Fatalf("out of order at %d: (%d,%d) before (%d,%d)", i, tp.lens[i-1], tp.ids[i-1], tp.lens[i], tp.ids[i])
		}
	}
	if tp.lens[0] != 4 || tp.ids[0] != 6 {
		t.Errorf("best is (%d,%d), want (4,6)", tp.lens[0], tp.ids[0])
	}
}

func TestMergeKeepsOrder(t *testing.T) {
	parts := []map[string][]int32{
		{"churn": {0, 2}, "rate": {1}},
		{"churn": {5}, "net": {6, 7}},
		{"rate": {9}},
	}
	got := merge(parts)
	want := map[string][]int32{"churn": {0, 2, 5}, "rate": {1, 9}, "net": {6, 7}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("merge = %v, want %v", got, want)
	}
}

// While the index is being built, typing goes on but the list stays as it
// was, and Enter does not open a term of the old list.
func TestStateWhileIndexing(t *testing.T) {
	ready := small(t)
	f := NewFinder(ready.g, ready.m) // not prepared
	s := newState(f, "", false)
	keys(s, typed("gam")...)
	if !s.stale() || len(s.list) != 4 {
		t.Fatalf("stale %v with %d listed, want the old list of 4", s.stale(), len(s.list))
	}
	if keys(s, enter); s.page() != nil {
		t.Fatalf("Enter opened %s from a list not made for the query", s.page().term.Name)
	}
	f.Prepare()
	s.filter()
	if keys(s, enter); s.page() == nil || s.page().term.Name != "Gamma" {
		t.Fatalf("after indexing, Enter opened %v, want Gamma", s.page())
	}
}

// TestViewFits lays out the list and an entry at many sizes: every row
// fits the width, there are as many rows as the screen has, and the help
// is on the last.
func TestViewFits(t *testing.T) {
	sgr := regexp.MustCompile("\x1b\\[[0-9;]*m")
	for _, size := range [][2]int{{80, 24}, {24, 3}, {30, 8}, {200, 60}, {10, 2}, {1, 1}} {
		w, h := size[0], size[1]
		for _, mode := range []string{"list", "entry"} {
			s := newState(small(t), "a", false)
			if mode == "entry" {
				keys(s, enter, tab)
			}
			f := s.view(render.Style{Color: true}, w, h)
			if len(f.rows) != max(h, 1) {
				t.Errorf("%dx%d %s: %d rows", w, h, mode, len(f.rows))
			}
			for i, row := range f.rows {
				if got := render.Width(sgr.ReplaceAllString(row, "")); got > w {
					t.Errorf("%dx%d %s: row %d is %d columns wide: %q", w, h, mode, i, got, row)
				}
			}
			if w >= minWidth && h >= minHeight && !strings.Contains(f.rows[h-1], "type to search") && !strings.Contains(f.rows[h-1], "Tab link") {
				t.Errorf("%dx%d %s: the last row is not the key help: %q", w, h, mode, f.rows[h-1])
			}
		}
	}
}
