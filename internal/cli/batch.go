package cli

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/render"
)

// maxQueryLine bounds one line of `lookup -`, so a stream without newlines
// cannot take unbounded memory.
const maxQueryLine = 64 << 10

// missJSON is the JSON Lines record for a query that matched nothing.
type missJSON struct {
	Query       string   `json:"query"`
	Error       string   `json:"error"`
	Suggestions []string `json:"suggestions"`
}

type hitJSON struct {
	Query string `json:"query"`
	render.MatchJSON
}

// batch answers one query per line of stdin: `gloss lookup -`. Blank lines
// are skipped. Each answer is written before the next line is read, so a
// program can hold a conversation with it; with --json or --plain every
// query gets exactly one line, a miss too (an object with "error", or the
// query with empty fields). It exits 1 when any query had no match.
func (o *lookupOptions) batch() error {
	a := o.app
	e, err := a.load()
	if err != nil {
		return err
	}
	out := bufio.NewWriter(a.io.Out)
	defer out.Flush()
	sc := bufio.NewScanner(a.io.In)
	sc.Buffer(make([]byte, 0, 4096), maxQueryLine)
	missed, n, printed := 0, 0, false
	for sc.Scan() {
		n++
		query := strings.TrimSpace(sc.Text())
		if query == "" {
			continue
		}
		r, ok := o.find(e, query)
		switch {
		case ok && a.json:
			render.JSONLine(out, hitJSON{query, render.NewMatchJSON(r, e.g)})
		case ok && a.plain:
			render.Record(out, append([]string{query}, render.TermFields(r.Term)...)...)
		case ok:
			if printed {
				fmt.Fprintln(out)
			}
			printed = true
			a.style.Term(out, r.Term, e.g.Related(r.Term))
		case a.json:
			missed++
			miss := missJSON{Query: query, Error: "no match", Suggestions: []string{}}
			for _, s := range e.m.Suggest(query, 3) {
				miss.Suggestions = append(miss.Suggestions, s.Term.Name)
			}
			render.JSONLine(out, miss)
		case a.plain:
			missed++
			a.note("no term matches %q", query)
			blank := make([]string, len(render.TermFields(&glossary.Term{}))) // a term's fields, all empty
			render.Record(out, append([]string{query}, blank...)...)
		default:
			missed++
			a.note("no term matches %q", query)
		}
		out.Flush() // answer each query before reading the next, for a program on the other end
	}
	if err := sc.Err(); err != nil {
		return usageErrorf("reading queries from stdin: line %d: %v", n+1, err)
	}
	if missed > 0 {
		return errNoMatch
	}
	return nil
}
