package match

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"reflect"
	"slices"
	"strconv"
	"testing"
	"unsafe"

	"github.com/gloss-cli/gloss/data"
	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/sections"
	"github.com/gloss-cli/gloss/internal/synth"
)

// memStore keeps an index in memory, as package cache keeps it on disk.
type memStore struct {
	b     []byte
	saved int
	done  int // bytes the matcher said it was done with
	// damaged counts the damaged blocks the matcher was told of.
	damaged int
}

func (s *memStore) Index() ([]byte, error) {
	if s.b == nil {
		return nil, errNone
	}
	return s.b, nil
}

func (s *memStore) Save(write func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	aligned := make([]uint64, (buf.Len()+7)/8) // as a mapped file is
	s.b = unsafe.Slice((*byte)(unsafe.Pointer(&aligned[0])), buf.Len())
	copy(s.b, buf.Bytes())
	s.saved++
	return nil
}

func (s *memStore) Done(b []byte)          { s.done += len(b) }
func (s *memStore) TextsRead(from, to int) {}
func (s *memStore) Damaged(what string) error {
	s.damaged++
	return fmt.Errorf("memStore: %w (%s)", errDamaged, what)
}

// errDamaged is what memStore's Damaged wraps.
var errDamaged = errors.New("damaged index")

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
	step := max(1, g.Len()/40)
	for i, t := range g.All() {
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
// entry is the one read back from its encoding.
func TestPrepareMatchesIndex(t *testing.T) {
	for name, g := range testGlossaries(t) {
		t.Run(name, func(t *testing.T) {
			want, got := Stored(g, &memStore{}).prepare(), Stored(g, &memStore{}).prepare()
			store := &memStore{}
			store.Save(Stored(g, &memStore{}).prepare().encode) // encode lets the texts go
			x, err := decodeIndex(store.b, g.Len(), func(what string) { t.Fatalf("damaged: %s", what) })
			if err != nil {
				t.Fatal(err)
			}
			for name, got := range map[string]*index{"prepared": got, "read back": asPrepared(x, g.Len())} {
				if got.n != want.n || !slices.Equal(got.byKey, want.byKey) || !slices.Equal(got.byComp, want.byComp) ||
					!slices.Equal(got.byStems, want.byStems) || !slices.Equal(got.byCompStem, want.byCompStem) {
					t.Fatalf("%s: entry count or orders differ", name)
				}
				if !slices.Equal(got.vocab, want.vocab) || !slices.Equal(got.text, want.text) || !slices.Equal(got.textEnd, want.textEnd) {
					t.Fatalf("%s: stemmed texts differ", name)
				}
				var a, b []indexEntry
				for e := range got.entries(0, got.n) {
					a = append(a, e)
				}
				for e := range want.entries(0, want.n) {
					b = append(b, e)
				}
				for i := range a {
					a[i].words = nil // prepare has them at hand; they are not stored
				}
				for i := range b {
					b[i].words = nil
				}
				if !reflect.DeepEqual(a, b) {
					t.Fatalf("%s: entries differ", name)
				}
				var part []indexEntry
				for e := range got.entries(got.n/3, got.n/2) {
					e.words = nil
					part = append(part, e)
				}
				if !reflect.DeepEqual(part, b[got.n/3:got.n/2]) {
					t.Fatalf("%s: a range of entries differs", name)
				}
			}
		})
	}
}

// asPrepared reads every part of x into an index as prepare makes one.
func asPrepared(x *inPlace, terms int) *index {
	out := &index{
		n: x.n, byKey: x.byKey.run(0, x.n), byComp: x.byComp.run(0, x.n),
		byStems: x.byStems.run(0, x.n), byCompStem: x.byCompStem.run(0, x.n),
		text: x.text.run(0, x.text.len()), textEnd: x.textEnd.run(0, x.textEnd.len()),
	}
	for k := range x.vocab.len() {
		s, _ := x.blob.str(x.vocab.at(k))
		out.vocab = append(out.vocab, s)
	}
	out.entries = func(from, to int) iter.Seq[indexEntry] {
		return func(yield func(indexEntry) bool) {
			for i := from; i < to; i++ {
				if !yield(x.entry(i, terms)) {
					return
				}
			}
		}
	}
	return out
}

// TestStoredRefusesMisfit checks an index that does not fit the glossary
// is prepared again rather than used.
func TestStoredRefusesMisfit(t *testing.T) {
	g := data.Glossary()
	store := &memStore{}
	Stored(testGlossaries(t)["synthetic 300"], store).Prepare() // another glossary's
	if r, ok := Stored(g, store).Best("oppurtunity"); !ok || r.Term.Name != "Opportunity" {
		t.Errorf("Best with a misfit index = %v, %v", r, ok)
	}
	Stored(g, store).Prepare()
	store.b = store.b[:len(store.b)-8] // cut short
	if r, ok := Stored(g, store).Best("oppurtunity"); !ok || r.Term.Name != "Opportunity" {
		t.Errorf("Best with a damaged index = %v, %v", r, ok)
	}
}

// readDamaged runs read, which may panic only as the matcher does on a
// damaged block: with the store's error.
func readDamaged(t *testing.T, read func()) {
	t.Helper()
	defer func() {
		if v := recover(); v != nil {
			if err, ok := v.(error); !ok || !errors.Is(err, errDamaged) {
				panic(v)
			}
		}
	}()
	read()
}

// FuzzDecodeIndex checks a stored index, however damaged, is refused or
// read without a read out of bounds, and panics, if at all, only as a
// damaged block makes the matcher panic (with the store's error). (What it answers from an
// index that decodes but is wrong is not checked: the cache's checksums
// keep damaged files from the decoder.)
func FuzzDecodeIndex(f *testing.F) {
	g := data.Glossary()
	store := &memStore{}
	Stored(g, store).Prepare()
	f.Add(store.b)
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		aligned := make([]uint64, (len(b)+7)/8+1)
		in := unsafe.Slice((*byte)(unsafe.Pointer(&aligned[0])), len(b))
		copy(in, b)
		// As found, and with its checksums made right, to reach the
		// bounds checks behind them.
		sealed := slices.Clone(aligned)
		for k, in := range [][]byte{in, unsafe.Slice((*byte)(unsafe.Pointer(&sealed[0])), len(b))} {
			if k == 1 && !sections.Seal(in) {
				continue
			}
			readDamaged(t, func() {
				x, err := decodeIndex(in, g.Len(), func(what string) { panic(fmt.Errorf("%w: %s", errDamaged, what)) })
				if err != nil {
					return
				}
				for i := range x.n {
					e := x.entry(i, g.Len())
					_ = e.text + e.key + e.compact + e.stems + e.compactStem + e.stemKey // every byte read
				}
			})
			m := Stored(g, &memStore{b: in})
			readDamaged(t, func() {
				for _, q := range []string{"oppurtunity", "onboardin", "forecasts", "lead guitar", "ganttcharts", "nsp", "crm rep", "accnt mngr", "élan", "round robin"} {
					m.Lookup(q) // every stage, and its index, on what was decoded
				}
			})
		}
	})
}
