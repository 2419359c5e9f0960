package match

import (
	"errors"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/sections"
)

// generated returns n queries made from g's names and aliases the ways
// people get them wrong: letters swapped, dropped, doubled or changed,
// words cut short, run together, put in another order, pluralised,
// asked about, or mixed with words of other names.
func generated(g *glossary.Glossary, n int, seed uint64) []string {
	rng := rand.New(rand.NewPCG(seed, 7))
	pick := func() string {
		t := g.Term(rng.IntN(g.Len()))
		if len(t.Aliases) > 0 && rng.IntN(3) == 0 {
			return t.Aliases[rng.IntN(len(t.Aliases))]
		}
		return t.Name
	}
	edit := func(s string) string {
		b := []byte(strings.ToLower(s))
		if len(b) < 2 {
			return s
		}
		i := rng.IntN(len(b) - 1)
		switch rng.IntN(4) {
		case 0:
			b[i], b[i+1] = b[i+1], b[i]
		case 1:
			b = append(b[:i], b[i+1:]...)
		case 2:
			b = append(b[:i+1], b[i:]...)
		default:
			b[i] = byte('a' + rng.IntN(26))
		}
		return string(b)
	}
	var out []string
	for len(out) < n {
		s := pick()
		words := strings.Fields(s)
		var q string
		switch rng.IntN(12) {
		case 0:
			q = s
		case 1, 2:
			q = edit(s)
		case 3:
			q = edit(edit(s))
		case 4:
			q = s[:1+rng.IntN(len(s))] // still being typed
		case 5:
			q = strings.Join(words, "")
		case 6:
			rng.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
			q = strings.Join(words, " ")
		case 7:
			q = s + "s"
		case 8:
			q = "what is " + edit(s)
		case 9:
			q = words[rng.IntN(len(words))]
		case 10:
			q = words[0] + " " + strings.Fields(pick())[0]
		default:
			q = edit(words[len(words)-1])
		}
		out = append(out, q)
	}
	return append(out, "", "a", "zz", "élan vital", "x9 9x", "aaaaaaaaaaaa", "c++", ".net", "???", "lead guitar")
}

// TestIndexMatchesScan checks that every query's candidates, kinds,
// scores and answer are the same from the index as from comparing
// every entry, the way the stages worked before it.
func TestIndexMatchesScan(t *testing.T) {
	for name, g := range testGlossaries(t) {
		t.Run(name, func(t *testing.T) {
			n := 3000
			if testing.Short() || g.Len() > 5000 {
				n = 300 // the scan compares every entry: slow on purpose
			}
			indexed, scanned := New(g), New(g)
			scanned.scan = true
			for _, q := range generated(g, n, uint64(g.Len())) {
				got, want := indexed.Lookup(q), scanned.Lookup(q)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("Lookup(%q): the index gives %d candidates, the scan %d\nindex: %v\nscan:  %v", q, len(got), len(want), head(got), head(want))
				}
				if a, b := indexed.Answer(q), scanned.Answer(q); !reflect.DeepEqual(a, b) {
					t.Fatalf("Answer(%q) = %+v from the index, %+v from the scan", q, a, b)
				}
			}
		})
	}
}

// TestDamagedLists checks that an index whose lists hold numbers out of
// range (a damaged file that passed its checksums) answers without a
// panic: every number is checked as it is read. With its checksums as
// written, the damage is found as the blocks are read: the matcher tells
// its store and panics with the store's error.
func TestDamagedLists(t *testing.T) {
	g := data.Glossary()
	good := encoded(t, g)
	queries := []string{"oppurtunity", "onboardin", "forecasts", "lead guitar", "ganttcharts", "nsp", "custmer", "net retention", "round robin"}
	for _, name := range []string{"words/start", "words/ids", "stems/keys", "stems/ids", "grams/start", "grams/ids", "wordgrams/ids", "letters", "order/compact", "order/compactStem", "entries", "vocab", "text", "textEnd", "compacts", "compacts/end", "grams/dense", "grams/bits"} {
		for _, sealed := range []bool{true, false} {
			b := slices.Clone(good)
			tb, err := sections.Read(b)
			if err != nil {
				t.Fatal(err)
			}
			s, _ := tb.Get(name)
			for i := range s {
				s[i] = byte(0xff - i%7)
			}
			if sealed {
				sections.Seal(b)
			}
			store := &memStore{b: b}
			m := Stored(g, store)
			panicked := false
			for _, q := range queries {
				func() {
					defer func() {
						if v := recover(); v != nil {
							if err, ok := v.(error); !ok || !errors.Is(err, errDamaged) {
								panic(v)
							}
							panicked = true
						}
					}()
					m.Lookup(q)
					m.Answer(q)
				}()
			}
			switch {
			case sealed && panicked:
				t.Errorf("%s: a damaged section that passes its checksums made the matcher panic", name)
			case !sealed && (!panicked || store.damaged == 0):
				t.Errorf("%s: damaged blocks read without a word (panicked %v, store told %d times)", name, panicked, store.damaged)
			}
		}
	}
}
