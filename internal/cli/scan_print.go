package cli

import (
	"fmt"
	"io"
	"strconv"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/render"
	"github.com/gloss-cli/gloss/internal/scan"
)

// printer receives the mentions of every file scanned and writes them in
// the chosen output. Mentions are written as they are found except in the
// summaries (text and --define), which keep one record per term found.
type printer interface {
	start(file string)
	handler(file string) scan.Handler
	finish() error
	count() int // mentions found
}

// tally keeps the terms found in order of first mention.
type tally struct {
	found []render.Found
	index map[*glossary.Term]int
	total int
}

// add counts m, found in file, and returns its term's number from 1.
func (t *tally) add(m scan.Mention, file string) int {
	t.total++
	if t.index == nil {
		t.index = map[*glossary.Term]int{}
	}
	i, ok := t.index[m.Term]
	if !ok {
		i = len(t.found)
		t.index[m.Term] = i
		where := file
		if file == "-" {
			where = "stdin"
		}
		t.found = append(t.found, render.Found{Term: m.Term, Text: m.Text, Where: where + ":" + strconv.Itoa(m.Line)})
	}
	t.found[i].Count++
	return i + 1
}

func (t *tally) count() int { return t.total }

func (t *tally) terms() []*glossary.Term {
	terms := make([]*glossary.Term, len(t.found))
	for i, f := range t.found {
		terms[i] = f.Term
	}
	return terms
}

func (o *scanOptions) printer(e *env, w io.Writer, files int) printer {
	a := o.app
	switch {
	case a.json:
		return &jsonPrinter{g: e.g, out: render.NewMentionStream(w)}
	case a.plain:
		return &plainPrinter{w: w}
	case o.annotate:
		return &annotatePrinter{w: w, style: a.style, many: files > 1}
	}
	return &summaryPrinter{w: w, app: a, e: e, define: o.define}
}

// summaryPrinter writes the terms found once the last file is read.
type summaryPrinter struct {
	tally
	w      io.Writer
	app    *app
	e      *env
	define bool
}

func (p *summaryPrinter) start(string) {}

func (p *summaryPrinter) handler(file string) scan.Handler {
	return scan.Handler{Mention: func(m scan.Mention) error { p.add(m, file); return nil }}
}

func (p *summaryPrinter) finish() error {
	if !p.define {
		return p.app.style.Found(p.w, p.found)
	}
	for i, f := range p.found {
		if i > 0 {
			fmt.Fprintln(p.w)
		}
		p.app.style.Term(p.w, f.Term, p.e.g.Related(f.Term))
	}
	return nil
}

// plainPrinter writes one record per mention.
type plainPrinter struct {
	tally
	w io.Writer
}

func (p *plainPrinter) start(string) {}

func (p *plainPrinter) handler(file string) scan.Handler {
	return scan.Handler{Mention: func(m scan.Mention) error {
		p.add(m, file)
		return render.Record(p.w, render.MentionFields(mentionJSON(m, file))...)
	}}
}

func (p *plainPrinter) finish() error { return nil }

// jsonPrinter streams the mentions, then the entries found.
type jsonPrinter struct {
	tally
	g   *glossary.Glossary
	out *render.MentionStream
}

func (p *jsonPrinter) start(string) {}

func (p *jsonPrinter) handler(file string) scan.Handler {
	return scan.Handler{Mention: func(m scan.Mention) error {
		p.add(m, file)
		return p.out.Mention(mentionJSON(m, file))
	}}
}

func (p *jsonPrinter) finish() error {
	terms := make([]render.TermJSON, len(p.found))
	for i, f := range p.found {
		terms[i] = render.NewTermJSON(f.Term, p.g)
	}
	return p.out.Close(terms)
}

func mentionJSON(m scan.Mention, file string) render.MentionJSON {
	return render.MentionJSON{Term: m.Term.Name, Text: m.Text, File: file, Line: m.Line, Column: m.Column, Offset: m.Offset}
}

// annotatePrinter writes each text with its mentions marked, a heading
// before each file when there are several, and the footnotes at the end,
// numbered by first mention across all files.
type annotatePrinter struct {
	tally
	w      io.Writer
	style  render.Style
	many   bool
	headed bool
}

func (p *annotatePrinter) start(file string) {
	if !p.many {
		return
	}
	if p.headed {
		fmt.Fprintln(p.w)
	}
	p.headed = true
	p.style.Heading(p.w, "==> "+render.Clean(file)+" <==")
}

func (p *annotatePrinter) handler(file string) scan.Handler {
	return scan.Handler{
		Mention: func(m scan.Mention) error { return p.style.Mark(p.w, m.Text, p.add(m, file)) },
		Text:    func(b []byte) error { return render.Passage(p.w, b) },
	}
}

func (p *annotatePrinter) finish() error { return p.style.Footnotes(p.w, p.terms()) }
