package match

import (
	"slices"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// Comparison is a query that asks how terms differ: "mql vs sql",
// "difference between arr and mrr".
type Comparison struct {
	Sides   []string // the text of each term named, in order
	Answers []Answer // what each side is, in the same order
}

// Found reports whether every side names a term.
func (c Comparison) Found() bool {
	for _, a := range c.Answers {
		if !a.OK {
			return false
		}
	}
	return len(c.Answers) > 1
}

// Results returns the term of each side, in the order named.
func (c Comparison) Results() []Result {
	out := make([]Result, len(c.Answers))
	for i, a := range c.Answers {
		out[i] = a.Result
	}
	return out
}

// comparePrefixes open a comparison whose sides are joined by "and" (and
// "or", "vs", as any comparison): as word sequences after glossary.Key,
// the longest that fits removed.
var comparePrefixes = [][]string{
	{"what", "is", "the", "difference", "between"}, {"whats", "the", "difference", "between"},
	{"what", "are", "the", "differences", "between"}, {"the", "difference", "between"},
	{"difference", "between"}, {"differences", "between"}, {"diff", "between"},
	{"how", "is"}, {"how", "does"}, {"how", "do"}, {"compare"}, {"comparing"}, {"comparison", "of"},
}

// strongSeparators always join the sides of a comparison; weak ones ("or",
// and after a prefix "and") only when every side names a term, since they
// occur inside names too ("Terms and conditions").
var strongSeparators = [][]string{
	{"vs"}, {"versus"}, {"compared", "to"}, {"compared", "with"}, {"compare", "to"}, {"compare", "with"},
	{"different", "from"}, {"different", "to"}, {"different", "than"}, {"differ", "from"},
}

// Compare reads query as a comparison. It reports false when query is not
// phrased as one, or is itself a name or alias; a comparison whose sides
// are not all terms is still returned, with Found false, when its
// phrasing is unmistakable ("vs", "versus", "compared to"), so that the
// side that matched nothing can be named.
func (m *Matcher) Compare(query string) (Comparison, bool) {
	key := glossary.Key(query)
	if m.g.Find(key) != nil {
		return Comparison{}, false
	}
	words := strings.Fields(key)
	words, prefixed := trimPrefix(words, comparePrefixes)
	if sides := splitOn(words, strongSeparators); len(sides) > 1 {
		c := m.resolve(sides)
		return c, true
	}
	weak := [][]string{{"or"}}
	if prefixed {
		weak = append(weak, []string{"and"})
	}
	// Each place a weak separator could split, first to last: the first
	// where both sides are terms wins.
	for i, w := range words {
		if i == 0 || i == len(words)-1 || !slices.ContainsFunc(weak, func(s []string) bool { return s[0] == w }) {
			continue
		}
		c := m.resolve([][]string{words[:i], words[i+1:]})
		if c.Found() && c.Answers[0].Term != c.Answers[1].Term {
			return c, true
		}
	}
	return Comparison{}, false
}

// resolve answers each side, without its articles and question marks.
func (m *Matcher) resolve(sides [][]string) Comparison {
	var c Comparison
	for _, s := range sides {
		for len(s) > 1 && slices.Contains(articles, s[0]) {
			s = s[1:]
		}
		text := strings.Join(s, " ")
		c.Sides = append(c.Sides, text)
		c.Answers = append(c.Answers, m.Answer(text))
	}
	return c
}

// trimPrefix removes the longest of prefixes that words begin with,
// leaving at least one word, and reports whether it removed one.
func trimPrefix(words []string, prefixes [][]string) ([]string, bool) {
	trimmed := trimAffix(words, prefixes, true)
	return trimmed, len(trimmed) < len(words)
}

// splitOn splits words at every separator, dropping empty sides; a
// query with an empty side is not split.
func splitOn(words []string, seps [][]string) [][]string {
	var sides [][]string
	start := 0
	for i := 0; i < len(words); {
		n := 0
		for _, s := range seps {
			if i+len(s) <= len(words) && slices.Equal(words[i:i+len(s)], s) {
				n = len(s)
				break
			}
		}
		if n == 0 {
			i++
			continue
		}
		if i == start {
			return nil
		}
		sides = append(sides, words[start:i])
		i += n
		start = i
	}
	if start == len(words) || len(sides) == 0 {
		return nil
	}
	return append(sides, words[start:])
}
