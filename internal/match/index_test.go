package match

import (
	"bytes"
	"errors"
	"iter"
	"reflect"
	"slices"
	"strconv"
	"testing"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/synth"
)

// memStore keeps an index in memory, as package cache keeps it on disk.
type memStore struct {
	x     *Index
	saved int
}

func (s *memStore) Load() (*Index, error) {
	if s.x == nil {
		return nil, errNone
	}
	return s.x, nil
}

func (s *memStore) Save(x *Index) error {
	// Keep plain copies, as a file would: the entries must not be read
	// from the matcher that made them.
	var entries []Entry
	for e := range x.Entries(0, x.Len) {
		entries = append(entries, e)
	}
	c := *x
	c.Entries = func(from, to int) iter.Seq[Entry] {
		return slices.Values(entries[from:to])
	}
	s.x, s.saved = &c, s.saved+1
	return nil
}

var errNone = errors.New("nothing stored")

func testGlossaries(t *testing.T) map[string]*glossary.Glossary {
	t.Helper()
	out := map[string]*glossary.Glossary{"built-in": data.Glossary()}
	sizes := []int{300}
	if !testing.Short() {
		sizes = append(sizes, 10000) // over parallelEntries: stages and restore run in parts
	}
	for _, n := range sizes {
		var b bytes.Buffer
		if err := synth.Write(&b, n, 2); err != nil {
			t.Fatal(err)
		}
		f, problems := glossary.ParseStream("synthetic", &b)
		g, more := glossary.New(f)
		if err := append(problems, more...).Err(); err != nil {
			t.Fatal(err)
		}
		out["synthetic "+itoa(n)] = g
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }

// queriesFor returns queries touching every stage: names, their starts,
// typos, run-together words, phrases from definitions, questions, misses.
func queriesFor(g *glossary.Glossary) []string {
	qs := []string{"nps", "oppurtunity", "forecasts", "onboardin", "whats a webhook", "lead guitar", "ganttcharts", "a"}
	step := max(1, len(g.Terms)/40)
	for i, t := range g.Terms {
		if i%step != 0 {
			continue
		}
		n := []byte(t.Name)
		swapped := slices.Clone(n)
		if len(n) > 4 {
			swapped[2], swapped[3] = swapped[3], swapped[2]
		}
		qs = append(qs, t.Name, string(n[:len(n)*2/3]), string(swapped), "what is "+t.Name)
		if words := bytes.Fields([]byte(t.Definition)); len(words) > 4 {
			qs = append(qs, string(bytes.Join(words[1:3], []byte(" "))))
		}
	}
	return qs
}

// TestStoredSameAnswers checks a matcher whose index is prepared for a
// store, and one that reads it back, answer exactly as New's does.
func TestStoredSameAnswers(t *testing.T) {
	for name, g := range testGlossaries(t) {
		t.Run(name, func(t *testing.T) {
			fresh := New(g)
			store := &memStore{}
			prepared := Stored(g, store)
			qs := queriesFor(g)
			for i, q := range qs {
				if i == 1 && store.saved != 1 {
					t.Fatalf("index saved %d times after the first query", store.saved)
				}
				if a, b := prepared.Lookup(q), fresh.Lookup(q); !reflect.DeepEqual(a, b) {
					t.Fatalf("prepared: Lookup(%q) = %v, want %v", q, head(a), head(b))
				}
			}
			restored := Stored(g, store)
			for _, q := range qs {
				if a, b := restored.Lookup(q), fresh.Lookup(q); !reflect.DeepEqual(a, b) {
					t.Fatalf("restored: Lookup(%q) = %v, want %v", q, head(a), head(b))
				}
			}
			if store.saved != 1 {
				t.Errorf("index saved %d times, want once", store.saved)
			}
		})
	}
}

func head(rs []Result) []Result { return rs[:min(len(rs), 4)] }

// TestPrepareMatchesIndex checks the index prepare works out entry by
// entry is the one New's matcher builds and holds.
func TestPrepareMatchesIndex(t *testing.T) {
	for name, g := range testGlossaries(t) {
		t.Run(name, func(t *testing.T) {
			want, got := New(g).Index(), Stored(g, &memStore{}).prepare()
			if got.Len != want.Len || !slices.Equal(got.ByKey, want.ByKey) || !slices.Equal(got.ByComp, want.ByComp) || !slices.Equal(got.ByStems, want.ByStems) {
				t.Fatal("entry count or orders differ")
			}
			if !slices.Equal(got.Vocab, want.Vocab) || !slices.Equal(got.Text, want.Text) || !slices.Equal(got.TextEnd, want.TextEnd) {
				t.Fatal("stemmed texts differ")
			}
			var a, b []Entry
			for e := range got.Entries(0, got.Len) {
				a = append(a, e)
			}
			for e := range want.Entries(0, want.Len) {
				b = append(b, e)
			}
			if !reflect.DeepEqual(a, b) {
				t.Fatal("entries differ")
			}
			var part []Entry
			for e := range got.Entries(got.Len/3, got.Len/2) {
				part = append(part, e)
			}
			if !reflect.DeepEqual(part, b[got.Len/3:got.Len/2]) {
				t.Fatal("a range of entries differs")
			}
		})
	}
}

// TestStoredRefusesMisfit checks an index that does not fit the glossary
// is prepared again rather than used.
func TestStoredRefusesMisfit(t *testing.T) {
	g := data.Glossary()
	store := &memStore{}
	Stored(g, store).Prepare()
	store.x.ByKey = store.x.ByKey[1:]
	if r, ok := Stored(g, store).Best("oppurtunity"); !ok || r.Term.Name != "Opportunity" {
		t.Errorf("Best with a misfit index = %v, %v", r, ok)
	}
}
