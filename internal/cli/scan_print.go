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
	start(file string) error
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

// printer returns the printer for the output chosen, drawing through pr;
// --json writes to w in parts (see render.MentionStream).
func (o *scanOptions) printer(e *env, pr *render.Printer, w io.Writer, files int) printer {
	a := o.app
	switch {
	case a.json:
		return &jsonPrinter{g: e.g, out: render.NewMentionStream(w)}
	case a.plain:
		return &plainPrinter{pr: pr}
	case o.annotate:
		return &annotatePrinter{pr: pr, many: files > 1}
	}
	return &summaryPrinter{pr: pr, e: e, define: o.define}
}

// summaryPrinter writes the terms found once the last file is read.
type summaryPrinter struct {
	tally
	pr     *render.Printer
	e      *env
	define bool
}

func (p *summaryPrinter) start(string) error { return nil }

func (p *summaryPrinter) handler(file string) scan.Handler {
	return scan.Handler{Mention: func(m scan.Mention) error { p.add(m, file); return nil }}
}

func (p *summaryPrinter) finish() error {
	return p.pr.Print(render.View{Text: func(w io.Writer, s render.Style) {
		if !p.define {
			s.Found(w, p.found)
			return
		}
		for i, f := range p.found {
			if i > 0 {
				fmt.Fprintln(w)
			}
			s.Term(w, f.Term, p.e.g.Related(f.Term))
		}
	}})
}

// plainPrinter writes one record per mention.
type plainPrinter struct {
	tally
	pr *render.Printer
}

func (p *plainPrinter) start(string) error { return nil }

func (p *plainPrinter) handler(file string) scan.Handler {
	return scan.Handler{Mention: func(m scan.Mention) error {
		p.add(m, file)
		fields := render.MentionFields(mentionJSON(m, file))
		return p.pr.Print(render.View{Plain: func(rec func(...string)) { rec(fields...) }})
	}}
}

func (p *plainPrinter) finish() error { return nil }

// jsonPrinter streams the mentions, then the entries found.
type jsonPrinter struct {
	tally
	g   *glossary.Glossary
	out *render.MentionStream
}

func (p *jsonPrinter) start(string) error { return nil }

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
	pr     *render.Printer
	many   bool
	headed bool
	open   bool // the text written so far does not end its line
}

func (p *annotatePrinter) start(file string) error {
	if !p.many {
		return nil
	}
	blank, open := p.headed, p.open
	p.headed, p.open = true, false
	return p.pr.Print(render.View{Text: func(w io.Writer, s render.Style) {
		if open {
			fmt.Fprintln(w)
		}
		if blank {
			fmt.Fprintln(w)
		}
		s.Heading(w, "==> "+render.Clean(file)+" <==")
	}})
}

func (p *annotatePrinter) handler(file string) scan.Handler {
	return scan.Handler{
		Mention: func(m scan.Mention) error {
			n := p.add(m, file)
			p.open = true
			return p.pr.Print(render.View{Text: func(w io.Writer, s render.Style) { s.Mark(w, m.Text, n) }})
		},
		Text: func(b []byte) error {
			p.open = len(b) > 0 && b[len(b)-1] != '\n' || len(b) == 0 && p.open
			return p.pr.Print(render.View{Text: func(w io.Writer, _ render.Style) { render.Passage(w, b) }})
		},
	}
}

func (p *annotatePrinter) finish() error {
	terms, open := p.terms(), p.open
	return p.pr.Print(render.View{Text: func(w io.Writer, s render.Style) {
		if open && len(terms) > 0 {
			fmt.Fprintln(w) // end the text's last line
		}
		s.Footnotes(w, terms)
	}})
}
