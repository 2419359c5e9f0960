package browse

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/render"
)

// Layout: the first row is the query (or where the entry is in the
// history), the last the key help; in the list, the matches take about
// half of the rows between and the preview the rest. Under minPreview
// rows, there is no preview.
const (
	minPreview = 10
	prompt     = "> "
)

// The smallest screen the browser lays out: the query line, one row of
// list and the help line, wide enough for a name and the start of its
// definition. On less, it says so and waits for a resize.
const (
	minWidth  = 24
	minHeight = 3
)

// SGR codes for what only the browser draws; the entries themselves are
// drawn by render, in gloss's colours.
const (
	sgrMark  = "\x1b[1;36m" // the selection marker and the selected link
	sgrDim   = "\x1b[2m"
	sgrReset = "\x1b[0m"
)

// Key help, one line each; cut to the width when it does not fit.
const (
	helpList  = "type to search  Up/Down move  Enter open  Esc quit"
	helpPrint = "type to search  Up/Down move  Enter choose  Esc cancel"
	helpEntry = "Tab link  Enter follow  Bksp back  Alt-Right fwd  / search  Esc list  q quit"
)

// frame is what one draw puts on the screen: a line per row (each at most
// the width, with SGR codes) and where the cursor goes, if shown.
type frame struct {
	rows     []string
	cursorX  int
	cursorOn bool
}

// view lays out s for a screen of w columns and h rows.
func (s *state) view(st render.Style, w, h int) frame {
	st.Width = w
	f := frame{rows: make([]string, max(h, 1))}
	if w < minWidth || h < minHeight {
		if w > 1 { // render.Truncate keeps a letter and "…" whatever the width
			f.rows[0] = render.Truncate("gloss browse: the window is too small", w)
		}
		return f
	}
	if s.pos < 0 {
		s.viewList(st, &f, w, h)
	} else {
		s.viewEntry(st, &f, w, h)
	}
	help := helpList
	switch {
	case s.pos >= 0:
		help = helpEntry
	case s.print:
		help = helpPrint
	}
	f.rows[h-1] = paint(st, sgrDim, render.Truncate(help, w))
	return f
}

func paint(st render.Style, code, text string) string {
	if !st.Color || text == "" {
		return text
	}
	return code + text + sgrReset
}

func (s *state) viewList(st render.Style, f *frame, w, h int) {
	q := render.Clean(string(s.query))
	before := render.Clean(string(s.query[:s.cursor]))
	count := fmt.Sprintf("  %d of %d", len(s.list), s.f.g.Len())
	switch {
	case s.stale():
		count = fmt.Sprintf("  indexing %d terms…", s.f.g.Len())
	case len(s.list) == listCap:
		count = fmt.Sprintf("  best %d of %d", listCap, s.f.g.Len())
	}
	room := w - len(prompt) - render.Width(count)
	for render.Width(before) >= room && before != "" { // keep the cursor in sight
		_, size := utf8.DecodeRuneInString(before)
		before, q = before[size:], q[size:]
	}
	f.rows[0] = paint(st, sgrMark, prompt) + render.Truncate(q, max(room, 1)) +
		strings.Repeat(" ", max(room-render.Width(render.Truncate(q, max(room, 1))), 0)) + paint(st, sgrDim, count)
	f.cursorX, f.cursorOn = len(prompt)+render.Width(before), true

	inner := h - 2
	n := inner
	if inner >= minPreview {
		n = inner/2 - 1
	}
	s.rows = max(n, 1)
	top := max(s.sel-n+1, 0)
	shown := s.list[top:min(top+n, len(s.list))]
	if len(s.list) == 0 && len(s.query) > 0 {
		f.rows[1] = "  " + render.Truncate(render.Clean(fmt.Sprintf("no term matches %q", string(s.query))), w-2)
	}
	lines := summary(st.Marking(string(s.query)), shown)
	for i, line := range lines {
		if top+i == s.sel {
			line = paint(st, sgrMark, prompt) + line[len(prompt):]
		}
		f.rows[1+i] = line
	}
	if inner < minPreview || s.selected() == nil {
		return
	}
	f.rows[n+1] = paint(st, sgrDim, strings.Repeat("─", w))
	body := entryLines(st, s.selected())
	for i := 0; i < len(body) && n+2+i < h-1; i++ {
		f.rows[n+2+i] = body[i]
	}
}

// summary draws one line for each term, as `gloss list` does, indented
// by as much as the selection marker takes.
func summary(st render.Style, terms []*glossary.Term) []string {
	var b bytes.Buffer
	st.Summary(&b, terms, strings.Repeat(" ", len(prompt)))
	return splitLines(b.String())
}

// entryLines draws t as `gloss lookup` does, without its related terms,
// which the entry view draws as links.
func entryLines(st render.Style, t *glossary.Term) []string {
	var b bytes.Buffer
	st.Term(&b, t, nil)
	return splitLines(b.String())
}

func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

func (s *state) viewEntry(st render.Style, f *frame, w, h int) {
	p := s.page()
	lines := entryLines(st, p.term)
	ls := linksOf(s.f.g, p.term)
	at := make([]int, len(ls.all)) // the line of each link
	group := func(heading string, terms []*glossary.Term, first int) {
		lines = append(lines, "")
		var b bytes.Buffer
		st.Heading(&b, heading)
		lines = append(lines, splitLines(b.String())...)
		if len(terms) == 0 {
			lines = append(lines, "  (none listed)")
		}
		for i, line := range summary(st, terms) {
			if first+i == p.link {
				line = paint(st, sgrMark, prompt) + line[len(prompt):]
			}
			at[first+i] = len(lines)
			lines = append(lines, line)
		}
	}
	group("Related", ls.all[:ls.related], 0)
	if len(ls.all) > ls.related {
		group("Also linked from", ls.all[ls.related:], ls.related)
	}

	inner := h - 2
	s.rows = max(inner, 1)
	if p.link != p.shown && p.link >= 0 && p.link < len(at) { // a newly selected link comes into sight
		p.scroll = min(p.scroll, at[p.link])
		p.scroll = max(p.scroll, at[p.link]-inner+1)
	}
	p.shown = p.link
	p.scroll = max(min(p.scroll, len(lines)-inner), 0)
	for i := 0; i < inner && p.scroll+i < len(lines); i++ {
		f.rows[1+i] = lines[p.scroll+i]
	}
	where := fmt.Sprintf("entry %d of %d in history", s.pos+1, len(s.hist))
	if len(lines) > inner { // say there is more, and where
		where += fmt.Sprintf(" · lines %d-%d of %d", p.scroll+1, min(p.scroll+inner, len(lines)), len(lines))
	}
	f.rows[0] = paint(st, sgrDim, render.Truncate(where, w))
}
