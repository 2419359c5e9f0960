package match

import (
	"slices"
	"strings"
)

// qualifiers are the names of CRM products and vendors, and of CRM
// itself, as word sequences after glossary.Key. Put before a word that is
// a name or alias they say whose word it is, not which term: "hubspot
// deals" are deals, "salesforce case" a case, "crm sandbox" a sandbox.
var qualifiers = [][]string{
	{"hubspot"}, {"salesforce"}, {"sfdc"}, {"sales", "cloud"}, {"service", "cloud"}, {"microsoft", "dynamics", "365"},
	{"microsoft", "dynamics"}, {"dynamics", "365"}, {"dynamics"}, {"ms", "dynamics"}, {"zoho"}, {"zoho", "crm"},
	{"pipedrive"}, {"zendesk"}, {"intercom"}, {"freshdesk"}, {"freshsales"}, {"freshworks"}, {"marketo"},
	{"pardot"}, {"sugarcrm"}, {"insightly"}, {"monday", "com"}, {"close", "com"}, {"copper"}, {"keap"},
	{"netsuite"}, {"sap"}, {"oracle"}, {"crm"},
}

// qualifierScore is what a term found under a qualifier scores: the rest
// must be a name or alias, or a word form of one, so it is nearly as
// sure as that match, but below any match of the whole query.
const qualifierScore = 0.9

// worded answers a query that ends in generic wording ("roi
// calculation", "etl process") by the rest of it, when the rest is a name
// or alias or a word form of one. It reports false otherwise.
func (m *Matcher) worded(q query) (Result, bool) {
	words := strings.Fields(q.key)
	rest := trimAffix(words, wordingSuffixes, false)
	if len(rest) == len(words) {
		return Result{}, false
	}
	return m.namedBy(strings.Join(rest, " "))
}

// namedBy returns the answer for query when it is a name or alias or a
// word form of one, at no more than qualifierScore.
func (m *Matcher) namedBy(query string) (Result, bool) {
	a := m.Answer(query)
	if !a.OK || !strong(a.Kind) {
		return Result{}, false
	}
	r := a.Result
	r.Score = min(r.Score, qualifierScore)
	return r, true
}

// qualified answers a query that opens with a product's or vendor's name
// by the rest of it, when the rest is a name or alias or a word form of
// one. It reports false otherwise.
func (m *Matcher) qualified(q query) (Result, bool) {
	words := strings.Fields(q.key)
	rest, ok := trimPrefix(words, qualifiers)
	if !ok {
		return Result{}, false
	}
	return m.namedBy(strings.Join(rest, " "))
}

// acronymSwapScore is what an acronym with two neighbouring letters
// swapped scores ("nsp" for NPS), when it is the only acronym that close:
// above Threshold, below any typo of a longer word.
const acronymSwapScore = 0.7

// swappedAcronym finds the one acronym of three letters that q is with
// two neighbouring letters swapped. A three-letter word has too few
// letters for the typo stage to allow an edit, but an acronym is not a
// word: its letters are typed from memory, and a swap is the usual slip.
// When two acronyms are that close it cannot tell, and reports false.
func (m *Matcher) swappedAcronym(q query) (hit, bool) {
	if len(q.compact) != 3 || len(q.words) != 1 {
		return hit{}, false
	}
	var found []int
	var terms []int32
	for _, swap := range swaps(q.compact) {
		for _, i := range m.byComp.get(swap) {
			e, ok := m.entry(i)
			if ok && isAcronym(e.text) && !slices.Contains(terms, e.term) {
				found = append(found, i)
				terms = append(terms, e.term)
			}
		}
	}
	if len(found) != 1 {
		return hit{}, false
	}
	return m.result(found[0], Typo, acronymSwapScore), true
}

// swaps returns s with each pair of neighbouring bytes swapped, leaving
// out s itself.
func swaps(s string) []string {
	var out []string
	for i := 0; i+1 < len(s); i++ {
		if s[i] == s[i+1] {
			continue
		}
		b := []byte(s)
		b[i], b[i+1] = b[i+1], b[i]
		out = append(out, string(b))
	}
	return out
}
