package browse

import "github.com/gloss-cli/gloss/internal/glossary"

// refiner reranks lists with the matcher in the background, so that a
// large glossary's keystrokes are never held up by it. Only the latest
// query asked is worked on; one asked while another runs waits for it.
type refiner struct {
	f    *Finder
	in   chan refinement
	out  chan refinement
	last string
}

// refinement is a query and its list.
type refinement struct {
	query string
	list  []*glossary.Term
}

func newRefiner(f *Finder, panics chan<- any) *refiner {
	r := &refiner{f: f, in: make(chan refinement, 1), out: make(chan refinement, 1), last: "\x00"}
	go guard(panics, r.work)
	return r
}

// ask asks for query's list, fast, to be refined, unless it was the last
// asked.
func (r *refiner) ask(query string, fast []*glossary.Term) {
	if query == r.last {
		return
	}
	r.last = query
	select {
	case <-r.in: // a query not started yet is dropped for this one
	default:
	}
	r.in <- refinement{query, fast}
}

func (r *refiner) work() {
	for q := range r.in {
		list := r.f.Refine(q.query, q.list)
		select {
		case <-r.out: // an answer not taken yet is out of date
		default:
		}
		r.out <- refinement{q.query, list}
	}
}
