package match

import (
	"slices"
	"sort"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/parallel"
)

// mentions: a phrase of two or more words that exactly one term's
// definition or example uses ("round robin" is how lead routing is
// explained). A phrase more terms use only suggests them. The definitions
// are stemmed on first use, so lookups that end earlier never pay for it.
func (m *Matcher) mentions(q query, keep func(hit)) {
	phrase := slices.DeleteFunc(slices.Clone(q.stems), isStopWord)
	if len(phrase) < 2 || !slices.ContainsFunc(phrase, func(s string) bool { return !m.nameWord(s) }) {
		return // words the names already use are no one definition's own ("marketing team")
	}
	ids, ok := m.vocabOf(phrase)
	if !ok {
		return // a stem no definition uses
	}
	var found []int
	for i := range m.g.Len() {
		if text, ok := m.x.textOf(i); ok && containsRun(text, ids) {
			found = append(found, i)
		}
	}
	score := 0.61
	if len(found) > 1 {
		score = 0.45
	}
	for _, i := range found {
		keep(hit{term: int32(i), kind: Mention, score: score, via: "definition"})
	}
}

// nameWord reports whether stem is the stem of a word of some name or
// alias.
func (m *Matcher) nameWord(stem string) bool {
	if !m.scan {
		return len(m.x.stems.find(stem)) > 0
	}
	sig := signature([]string{stem})
	for i := range m.count() {
		if m.masks(i).stems&sig != 0 {
			if e, ok := m.entry(i); ok && slices.Contains(e.stems, stem) {
				return true
			}
		}
	}
	return false
}

// texts holds every term's definition and example as stems, stop words
// left out, each stem a number in vocab: term i's run of stems ends at
// end[i] in words. It is what prepare stems, for the index to keep.
type texts struct {
	vocab []string // sorted
	words []uint32
	end   []uint32
}

// stemmed returns every term's definition and example, stemmed. A large
// glossary is done in parts, one for each core.
func (m *Matcher) stemmed() texts {
	terms := m.g.All()
	parts := parallel.Parts(len(terms), parallelEntries/4)
	done := make([]texts, parts)
	var read func(from, to int)
	if m.store != nil {
		read = m.store.TextsRead
	}
	parallel.Ranges(len(terms), parts, func(p, from, to int) { done[p] = stemPart(terms, from, to, read) })
	// One vocabulary, sorted so that lookup can search it, and every
	// part's stem numbers changed to their place in it.
	var vocab []string
	for _, t := range done {
		vocab = append(vocab, t.vocab...)
	}
	slices.Sort(vocab)
	vocab = slices.Compact(vocab)
	t := texts{vocab: vocab, end: make([]uint32, 0, len(terms))}
	for _, part := range done {
		renumber := make([]uint32, len(part.vocab))
		for i, s := range part.vocab {
			n, _ := slices.BinarySearch(vocab, s)
			renumber[i] = uint32(n)
		}
		base := uint32(len(t.words))
		for _, n := range part.words {
			t.words = append(t.words, renumber[n])
		}
		for _, end := range part.end {
			t.end = append(t.end, base+end)
		}
	}
	return t
}

// stemPart stems the texts of terms from..to, numbering the stems in
// order of first use, and tells read, if any, as it goes.
func stemPart(terms []*glossary.Term, from, to int, read func(from, to int)) texts {
	number := map[string]uint32{} // stem -> number
	stemOf := map[string]uint32{} // word -> number of its stem
	t := texts{end: make([]uint32, to-from)}
	for i, term := range terms[from:to] {
		if read != nil && i > 0 && i%1024 == 0 {
			read(from+i-1024, from+i)
		}
		// A loose key's words are separated by one space: split it in
		// place rather than into a slice of every word (strings.Fields).
		for k := glossary.LooseKey(term.Definition + " " + term.Example); k != ""; {
			w := k
			if sp := strings.IndexByte(k, ' '); sp >= 0 {
				w, k = k[:sp], k[sp+1:]
			} else {
				k = ""
			}
			if w == "" || isStopWord(w) {
				continue
			}
			n, ok := stemOf[w]
			if !ok {
				s := Stem(w)
				if n, ok = number[s]; !ok {
					n = uint32(len(t.vocab))
					number[s] = n
					t.vocab = append(t.vocab, s)
				}
				stemOf[w] = n
			}
			t.words = append(t.words, n)
		}
		t.end[i] = uint32(len(t.words))
	}
	if read != nil {
		read(from+(to-from)/1024*1024, to)
	}
	return t
}

// vocabOf returns the numbers of stems in the index's vocabulary, or
// false if it lacks one. The vocabulary of a large glossary has hundreds
// of thousands of stems, read where they lie: a query looks up two or
// three.
func (m *Matcher) vocabOf(stems []string) ([]uint32, bool) {
	n := m.x.vocab.len()
	at := func(k int) string { s, _ := m.x.blob.str(m.x.vocab.at(k)); return s }
	ids := make([]uint32, len(stems))
	for i, s := range stems {
		k := sort.Search(n, func(k int) bool { return at(k) >= s })
		if k == n || at(k) != s {
			return nil, false
		}
		ids[i] = uint32(k)
	}
	return ids, true
}

// containsRun reports whether phrase occurs in words as a consecutive run.
func containsRun[T comparable](words, phrase []T) bool {
	for i := 0; i+len(phrase) <= len(words); i++ {
		if words[i] == phrase[0] && slices.Equal(words[i:i+len(phrase)], phrase) {
			return true
		}
	}
	return false
}
