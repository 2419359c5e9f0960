package match_test

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// queryGen makes up the golden queries for one glossary. It depends only
// on its seed and on the order of the glossary's terms: no clock, no map
// order.
type queryGen struct {
	rng      *rand.Rand
	names    []string // every name and alias, in the glossary's order
	seen     map[string]bool
	everyday []string // words users type that are no term, mostly
	out      []string
}

// everyday returns the everyday words users type that are no term, from
// testdata/everyday.txt: the matcher must not turn them into confident
// answers, and must keep not doing so.
func everyday(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile("testdata/everyday.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

// punct are the marks users put around or inside a query.
var punct = []string{"?", "!", ".", ",", "...", "??", ":", ";", "-", "'", "\"", "(", ")", "/", "&", "*", "#", "@", "  "}

// oddRunes are characters beyond ASCII for random strings: accents,
// other scripts, a combining mark, an emoji, a control character.
var oddRunes = []rune("éüñçøßÅΩжд中文é\u0301\u200b\u00a0😀\t\x01\x7f")

func newQueryGen(g *glossary.Glossary, seed uint64, words []string) *queryGen {
	q := &queryGen{rng: rand.New(rand.NewPCG(seed, 17)), seen: map[string]bool{}, everyday: words}
	for _, t := range g.All() {
		q.names = append(q.names, t.Name)
		q.names = append(q.names, t.Aliases...)
	}
	return q
}

// add keeps s unless it was made already.
func (q *queryGen) add(s string) {
	if s != "" && !q.seen[s] {
		q.seen[s] = true
		q.out = append(q.out, s)
	}
}

func (q *queryGen) pick(from []string) string { return from[q.rng.IntN(len(from))] }
func (q *queryGen) name() string              { return q.pick(q.names) }

// queries returns about n queries: every name and alias (up to n/5),
// then made-up ones, each kind in turn.
func (q *queryGen) queries(n int) []string {
	for i, s := range q.names {
		if i >= n/5 {
			break
		}
		q.add(s)
	}
	makers := []func() string{
		func() string { return strings.ToUpper(q.name()) },
		func() string { return strings.ToLower(q.name()) },
		q.randomCase, q.typo1, q.typo1, q.typo1, q.typo2, q.typo2, q.prefix, q.prefix,
		q.subset, q.reorder, q.wordForm, q.comparison, q.question,
		func() string { return q.pick(q.everyday) },
		func() string { return q.pick(q.everyday) + " " + q.pick(q.everyday) },
		func() string { return q.pick(q.everyday) + " " + q.name() },
		q.random, q.punctuated,
	}
	for tries := 0; len(q.out) < n && tries < 20*n; tries++ {
		q.add(makers[tries%len(makers)]())
	}
	return q.out
}

func (q *queryGen) randomCase() string {
	rs := []rune(q.name())
	for i := range rs {
		if q.rng.IntN(2) == 0 {
			rs[i] = unicode.ToUpper(rs[i])
		} else {
			rs[i] = unicode.ToLower(rs[i])
		}
	}
	return string(rs)
}

// edit makes one edit of s: a transposition, deletion, insertion or
// substitution of letters.
func (q *queryGen) edit(s string) string {
	rs := []rune(s)
	if len(rs) < 2 {
		return s + string(rune('a'+q.rng.IntN(26)))
	}
	i := q.rng.IntN(len(rs) - 1)
	letter := rune('a' + q.rng.IntN(26))
	switch q.rng.IntN(4) {
	case 0:
		rs[i], rs[i+1] = rs[i+1], rs[i]
	case 1:
		rs = append(rs[:i], rs[i+1:]...)
	case 2:
		rs = append(rs[:i], append([]rune{letter}, rs[i:]...)...)
	default:
		rs[i] = letter
	}
	return string(rs)
}

func (q *queryGen) typo1() string { return q.edit(strings.ToLower(q.name())) }
func (q *queryGen) typo2() string { return q.edit(q.edit(strings.ToLower(q.name()))) }

func (q *queryGen) prefix() string {
	s := q.name()
	n := utf8.RuneCountInString(s)
	if n < 3 {
		return s
	}
	return string([]rune(s)[:2+q.rng.IntN(n-2)])
}

// subset keeps some words of a name, in order.
func (q *queryGen) subset() string {
	words := strings.Fields(q.name())
	var keep []string
	for _, w := range words {
		if q.rng.IntN(2) == 0 {
			keep = append(keep, w)
		}
	}
	if len(keep) == 0 {
		keep = words[len(words)-1:]
	}
	return strings.Join(keep, " ")
}

func (q *queryGen) reorder() string {
	words := strings.Fields(q.name())
	q.rng.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	return strings.Join(words, " ")
}

func (q *queryGen) wordForm() string {
	s := q.name()
	switch q.rng.IntN(5) {
	case 0:
		return s + "s"
	case 1:
		return s + "'s"
	case 2:
		return s + "es"
	case 3:
		return strings.TrimSuffix(s, "s")
	}
	return s + "ing"
}

func (q *queryGen) comparison() string {
	a, b := q.name(), q.name()
	if q.rng.IntN(4) == 0 {
		b = q.pick(q.everyday)
	}
	forms := []string{"%s vs %s", "%s versus %s", "difference between %s and %s", "%s or %s", "%s compared to %s", "what is the difference between %s and %s?"}
	return strings.Replace(strings.Replace(q.pick(forms), "%s", a, 1), "%s", b, 1)
}

func (q *queryGen) question() string {
	forms := []string{"what is %s", "what's a %s?", "define %s", "how does %s work", "explain %s", "why %s"}
	return strings.Replace(q.pick(forms), "%s", q.name(), 1)
}

// random is a string of random letters, or of any characters.
func (q *queryGen) random() string {
	n := 1 + q.rng.IntN(15)
	rs := make([]rune, n)
	odd := q.rng.IntN(3) == 0
	for i := range rs {
		if odd && q.rng.IntN(3) == 0 {
			rs[i] = oddRunes[q.rng.IntN(len(oddRunes))]
		} else {
			rs[i] = rune('a' + q.rng.IntN(26))
		}
	}
	return string(rs)
}

// punctuated puts marks around or inside a name.
func (q *queryGen) punctuated() string {
	s, p := q.name(), q.pick(punct)
	switch q.rng.IntN(4) {
	case 0:
		return s + p
	case 1:
		return p + s + p
	case 2:
		return strings.ReplaceAll(s, " ", p)
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "-", " "), "/", " ")
}
