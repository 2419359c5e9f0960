// Package scan finds the glossary's terms in running text: every mention of
// a name or alias, multi-word ones included, in the word forms the matcher
// accepts (plurals, possessives), reading the text as a stream in one pass.
//
// An Automaton is built once per glossary: a vocabulary of the words its
// names and aliases use and a trie of names over those words, so a word of
// the text costs one map look-up whatever the glossary's size (see ADR 010
// for why a trie of words rather than a byte-level Aho-Corasick automaton).
// A Scanner walks a text with it, choosing the longest name at each place
// and applying the rules that keep precision high (rules.go).
package scan

import (
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
	"github.com/gloss-cli/gloss/internal/match"
)

// Automaton holds the names and aliases of one glossary, ready to scan.
// It is immutable once built and safe to share.
type Automaton struct {
	vocab map[string]int32 // every word a name uses, after glossary.Key
	maybe filter           // a quick no for most words not in vocab
	stems []string         // match.Stem of each vocabulary word
	next  map[uint64]int32 // trie edges: node<<32 | word -> node
	ends  map[int32]int32  // the name a node completes, in names
	names []name
	depth int // the most words in one name
}

// name is one name or alias of a term as the trie stores it.
type name struct {
	term *glossary.Term
	// spelling holds, for each word, the word as the glossary writes it
	// and in capitals where its case must match the text's (see rules.go),
	// else two ""; nil when no word's case matters, as for most names.
	spelling []string
	everyday bool // a single common English word: see rules.go
	clock    bool // "AM" or "PM": see rules.go
}

// root is the trie's first node.
const root = 0

// New builds the automaton for g: its terms' names and aliases. An alias
// that g resolves to another term (a name wins over an alias, a higher
// layer over a lower) is left to the term that owns it.
func New(g *glossary.Glossary) *Automaton {
	a := &Automaton{
		vocab: make(map[string]int32, g.Len()*2),
		next:  make(map[uint64]int32, g.Len()*4),
		ends:  make(map[int32]int32, g.Len()*2),
	}
	a.depth = 1
	nodes := int32(1)
	for _, t := range g.All() {
		for i, s := range append([]string{t.Name}, t.Aliases...) {
			if i > 0 && g.Find(s) != t {
				continue
			}
			words := splitName(s)
			if len(words) == 0 {
				continue
			}
			node := int32(root)
			for _, w := range words {
				id, ok := a.vocab[w.key]
				if !ok {
					id = int32(len(a.stems))
					a.vocab[w.key] = id
					a.maybe.add(w.key)
					a.stems = append(a.stems, match.Stem(w.key))
				}
				edge := uint64(node)<<32 | uint64(id)
				child, ok := a.next[edge]
				if !ok {
					child = nodes
					nodes++
					a.next[edge] = child
				}
				node = child
			}
			if _, taken := a.ends[node]; taken {
				continue // two spellings with one key: the first stays
			}
			a.ends[node] = int32(len(a.names))
			a.names = append(a.names, newName(t, words, i == 0))
			a.depth = max(a.depth, len(words))
		}
	}
	return a
}

// nameWord is one word of a name: as written and as a key.
type nameWord struct {
	raw, key string
}

// splitName cuts a name into words as text is cut. A name whose words do
// not each give one key word is left out: it could never be matched.
func splitName(s string) []nameWord {
	var out []nameWord
	b := []byte(s)
	for i := 0; i < len(b); {
		n, _ := wordEnd(b[i:], true)
		if n == 0 {
			if b[i] == '&' {
				out = append(out, nameWord{"&", "and"})
			}
			_, size := nextRune(b[i:])
			i += max(size, 1)
			continue
		}
		raw := s[i : i+n]
		key := glossary.Key(raw)
		if key == "" || strings.Contains(key, " ") || len(raw) > maxWordBytes {
			return nil
		}
		out = append(out, nameWord{raw, key})
		i += n
	}
	return out
}

// step returns the node after node on word, or false.
func (a *Automaton) step(node, word int32) (int32, bool) {
	n, ok := a.next[uint64(node)<<32|uint64(uint32(word))]
	return n, ok
}

// filter answers "certainly not in the vocabulary" for most words of a
// text without hashing them into the map: one bit for each (first byte,
// last byte, length) in the vocabulary, folded into filterBits bits. With
// the built-in glossary's few thousand words most bits are clear and nine
// words in ten of ordinary prose stop here; a 100,000-term glossary sets
// most bits and the map decides, as it would anyway.
type filter [filterBits / 64]uint64

// filterBits is the size of the filter: 8 KB, a few cache lines' worth of
// look-ups a word.
const filterBits = 1 << 16

func filterHash[S string | []byte](w S) uint32 {
	n := len(w)
	return (uint32(w[0])*0x9e3779b1 ^ uint32(w[n-1])*0x85ebca6b ^ uint32(n)*0xc2b2ae35) >> 16
}

func (f *filter) add(w string) {
	if h := filterHash(w); len(w) > 0 {
		f[h/64] |= 1 << (h % 64)
	}
}

// has reports whether w may be in the vocabulary.
func has[S string | []byte](f *filter, w S) bool {
	if len(w) == 0 {
		return false
	}
	h := filterHash(w)
	return f[h/64]&(1<<(h%64)) != 0
}
