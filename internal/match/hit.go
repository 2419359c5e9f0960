package match

import "cmp"

// This file holds what the stages find, a term by its place, and how it
// is ranked and made a Result.

// hit is a candidate as the stages find it: its term by place, so that a
// query over a large glossary decodes only the terms it shows, not the
// thousands a common word or a short query reaches.
type hit struct {
	term  int32
	kind  Kind
	score float64
	via   string
}

// resultOf returns h as a Result.
func (m *Matcher) resultOf(h hit) Result {
	return Result{Term: m.g.Term(int(h.term)), Kind: h.kind, Score: h.score, Via: h.via}
}

// results returns hs as Results (nil for nil).
func (m *Matcher) results(hs []hit) []Result {
	if hs == nil {
		return nil
	}
	out := make([]Result, len(hs))
	for i, h := range hs {
		out[i] = m.resultOf(h)
	}
	return out
}

// byRank orders hits best first: by score, then by name. Names are
// compared only for equal scores: in a large glossary most are not, and
// each name read may be a page of the cache read.
func (m *Matcher) byRank(a, b hit) int {
	if c := cmp.Compare(b.score, a.score); c != 0 {
		return c
	}
	return cmp.Compare(m.g.Name(int(a.term)), m.g.Name(int(b.term)))
}

// byRank orders results as Matcher.byRank orders hits.
func byRank(a, b Result) int {
	return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Term.Name, b.Term.Name))
}

// top returns the first n of rs in Lookup's order, without sorting the
// rest: a large glossary can have tens of thousands of weak candidates.
func (m *Matcher) top(rs []hit, n int) []hit {
	for i := 0; i < n && i < len(rs); i++ {
		k := i
		for j := i + 1; j < len(rs); j++ {
			if m.byRank(rs[j], rs[k]) < 0 {
				k = j
			}
		}
		rs[i], rs[k] = rs[k], rs[i]
	}
	return rs[:min(n, len(rs))]
}
