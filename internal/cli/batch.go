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
		if c, isCmp := o.comparison(e, query); isCmp && c.Found() {
			rs := c.Results()
			switch {
			case a.json:
				render.JSONLine(out, compareHitJSON{query, render.NewCompareJSON(rs, e.g)})
			case a.plain:
				render.Record(out, append([]string{query}, render.TermFields(rs[0].Term)...)...)
			default:
				if printed {
					fmt.Fprintln(out)
				}
				printed = true
				terms, related := make([]*glossary.Term, len(rs)), make([][]*glossary.Term, len(rs))
				for i, r := range rs {
					terms[i], related[i] = r.Term, e.g.Related(r.Term)
				}
				a.style.Compare(out, terms, related)
			}
			out.Flush()
			continue
		}
		ans := o.find(e, query)
		r := ans.Result
		switch {
		case ans.OK && a.json:
			render.JSONLine(out, hitJSON{query, render.NewMatchJSON(r, e.g)})
		case ans.OK && a.plain:
			render.Record(out, append([]string{query}, render.TermFields(r.Term)...)...)
		case ans.OK:
			if printed {
				fmt.Fprintln(out)
			}
			printed = true
			a.style.Term(out, r.Term, e.g.Related(r.Term))
		case a.json:
			missed++
			render.JSONLine(out, newMiss(query, ans))
		case a.plain:
			missed++
			a.missNote(query, ans)
			blank := make([]string, len(render.TermFields(&glossary.Term{}))) // a term's fields, all empty
			render.Record(out, append([]string{query}, blank...)...)
		default:
			missed++
			a.missNote(query, ans)
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
