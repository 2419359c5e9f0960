package cli

import (
	"bufio"
	"io"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/render"
)

// maxQueryLine bounds one line of `lookup -`, so a stream without newlines
// cannot take unbounded memory.
const maxQueryLine = 64 << 10

type hitJSON struct {
	Query string `json:"query"`
	render.MatchJSON
}

// compareHitJSON is the record for a comparison: the first term named,
// the others under "compare".
type compareHitJSON struct {
	Query string `json:"query"`
	render.CompareJSON
}

// candidatesJSON is the JSON Lines record of `lookup --all -`.
type candidatesJSON struct {
	Query      string             `json:"query"`
	Candidates []render.MatchJSON `json:"candidates"`
}

// batch answers one query per line of stdin: `gloss lookup -`. Blank lines
// are skipped. Each answer is written before the next line is read, so a
// program can hold a conversation with it; with --json or --plain every
// query gets exactly one line (with --all, one a candidate), a miss too (an
// object with "error", or the query with empty fields). It exits 1 when
// any query had no match.
func (o *lookupOptions) batch() error {
	a := o.app
	e, err := a.load()
	if err != nil {
		return err
	}
	p := a.printer()
	sc := bufio.NewScanner(a.io.In)
	sc.Buffer(make([]byte, 0, 4096), maxQueryLine)
	missed, n, printed := 0, 0, false
	for sc.Scan() {
		n++
		query := strings.TrimSpace(sc.Text())
		if query == "" {
			continue
		}
		v, ok := o.answer(e, query)
		if !ok {
			missed++
		}
		if p.Mode == render.ModeText && v.Text != nil {
			if printed {
				v.Text = separated(v.Text)
			}
			printed = true
		}
		// Each Print is one write: the answer is out before the next line
		// is read, for a program on the other end.
		if err := p.Print(v); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return usageErrorf("reading queries from stdin: line %d: %v", n+1, err)
	}
	if missed > 0 {
		return errNoMatch
	}
	return nil
}

// separated draws text after a blank line, between two answers.
func separated(text func(io.Writer, render.Style)) func(io.Writer, render.Style) {
	return func(w io.Writer, s render.Style) {
		io.WriteString(w, "\n")
		text(w, s)
	}
}

// answer returns the answer to one query of a batch, and whether it had
// one; the notes a single lookup would print go to stderr as they do there.
func (o *lookupOptions) answer(e *env, query string) (render.View, bool) {
	a := o.app
	if o.all {
		rs := o.candidates(e, query)
		v := candidatesView(e, rs)
		v.Lines = true
		v.JSON = func() any { return candidatesJSON{query, matchesJSON(e, rs)} }
		plain, text := v.Plain, v.Text
		v.Plain = func(rec func(...string)) {
			plain(func(fields ...string) { rec(append([]string{query}, fields...)...) })
		}
		v.Text = func(w io.Writer, s render.Style) { // under the query, to tell the lists apart
			s.Heading(w, render.Clean(query))
			text(w, s)
		}
		if !confident(rs) {
			a.note("no term matches %q", query)
			return v, false
		}
		return v, true
	}
	if c, ok := o.comparison(e, query); ok && c.Found() {
		rs := c.Results()
		v := compareView(e, rs)
		v.JSON, v.Lines = func() any { return compareHitJSON{query, render.NewCompareJSON(rs, e.g)} }, true
		v.Plain = func(rec func(...string)) { // one line a query: the first term named
			rec(append([]string{query, string(rs[0].Kind)}, render.TermFields(rs[0].Term)...)...)
		}
		return v, true
	}
	ans := o.find(e, query)
	if r := ans.Result; ans.OK {
		a.noteApproximate(r, query)
		v := termView(e, r)
		v.JSON, v.Lines = func() any { return hitJSON{query, render.NewMatchJSON(r, e.g)} }, true
		v.Plain = func(rec func(...string)) {
			rec(append([]string{query, string(r.Kind)}, render.TermFields(r.Term)...)...)
		}
		return v, true
	}
	if a.json {
		return render.View{JSON: func() any { return newMiss(query, ans) }, Lines: true}, false // the record says so; no note
	}
	a.missNote(query, ans)
	blank := make([]string, 1+len(render.TermFields(&glossary.Term{}))) // the kind and a term's fields, all empty
	return render.View{Plain: func(rec func(...string)) { rec(append([]string{query}, blank...)...) }}, false
}
