package glossary

import (
	"fmt"
	"sync/atomic"

	"go.yaml.in/yaml/v3"

	"github.com/gloss-cli/gloss/internal/parallel"
)

// valueLimit is MaxStreamValues, lowered by tests.
var valueLimit = MaxStreamValues

// entries parses the entries ParseStream splits a file into, a batch at
// a time on every core, and puts the results together in file order.
type entries struct {
	file   string
	queue  *parallel.Queue[*batch]
	all    []*batch
	values atomic.Int64 // kept so far, to hold to MaxStreamValues
	full   atomic.Bool  // more than that: parse no more
}

// batch is a run of entries of a file: their text, and once parsed their
// terms and problems.
type batch struct {
	text  []byte
	start int // the line before the first

	parsed   bool
	terms    []*Term
	values   int // fields, aliases and related names in terms
	problems Problems
	failed   bool // YAML could not parse it: problems holds why
	stopped  bool // it had MaxProblems problems: the last says it stopped
}

func newEntries(file string) *entries {
	es := &entries{file: file}
	es.queue = parallel.NewQueue(batchesAhead, func(e *batch) {
		if !es.full.Load() {
			e.parse(file)
			if es.values.Add(int64(e.values)) > int64(valueLimit) {
				es.full.Store(true)
			}
		}
	})
	return es
}

// batchesAhead is how many batches the splitter may queue before the
// parsers take them: a few for each core keeps them busy whenever the
// splitter is not running, at 32 KiB a batch.
const batchesAhead = 8

// parse queues text, entries after line start, for parsing.
func (es *entries) parse(text []byte, start int) {
	e := &batch{text: text, start: start}
	es.all = append(es.all, e)
	es.queue.Add(e)
}

func (e *batch) parse(file string) {
	p := &parser{file: file, line: e.start}
	f := &File{}
	var doc yaml.Node
	if err := yaml.Unmarshal(e.text, &doc); err != nil {
		// An alias to an anchor in another entry fails here, as an
		// unknown anchor with no line: it is placed at the entry.
		e.failed = true
		p.yamlError(err, Pos{Line: e.start + 1})
	} else if len(doc.Content) == 1 && doc.Content[0].Kind == yaml.SequenceNode {
		p.terms(f, doc.Content[0])
		pack(f.Terms)
	}
	e.text, e.terms, e.problems, e.stopped, e.parsed = nil, f.Terms, p.problems, p.stopped, true
	for _, t := range e.terms {
		e.values += 5 + len(t.Aliases) + len(t.Related)
	}
}

// stop waits for the entries queued and returns the problem that stopped
// the split instead of what they held, as Parse reports bytes that are not
// text before anything it finds when parsing.
func (es *entries) stop(problems Problems) (*File, Problems) {
	es.queue.Wait()
	return &File{Name: es.file}, problems
}

// wait waits for every entry to be parsed and returns the file and its
// problems as parsing the entries in order would have: up to the first
// entry YAML could not parse, or too many values.
func (es *entries) wait() (*File, Problems) {
	es.queue.Wait()
	f := &File{Name: es.file}
	p := &parser{file: es.file}
	values := 0
	for _, e := range es.all {
		if values += e.values; values > valueLimit || !e.parsed {
			p.problems = nil
			p.add(Pos{Line: e.start + 1}, fmt.Sprintf("more than %d names, texts, aliases and related names, the limit for a glossary", valueLimit))
			return &File{Name: es.file}, p.problems
		}
		if e.failed {
			return &File{Name: es.file}, e.problems
		}
		own := e.problems
		if e.stopped {
			own = own[:len(own)-1] // the entry's own cap: the file's takes over
		}
		for _, pr := range own {
			p.addKind(pr.Pos, pr.Kind, pr.Message)
		}
		if e.stopped {
			p.add(Pos{}, "") // past MaxProblems: says the file stopped, if it has not yet
		}
		f.Terms = append(f.Terms, e.terms...)
	}
	return f, p.problems
}
