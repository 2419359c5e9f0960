// Command dictconv converts a dictd dictionary (a .index file and its
// uncompressed .dict) into a gloss glossary on stdout, for
// scripts/real-dicts.sh to check gloss against real vocabularies. It is a
// test tool, kept small: the first header line of an entry is the term,
// the other unindented header lines its aliases, the body its definition
// (cut to a few sentences). Names and aliases that would clash in gloss
// are left out, so the output always loads.
//
//	dictconv -category FOLDOC foldoc.index foldoc.dict > foldoc.yaml
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"regexp"
	"strings"
	"unicode"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// maxDefinition is the longest definition written, in bytes: enough for a
// few sentences, so that a large dictionary stays a quick file to load.
const maxDefinition = 600

const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

type term struct {
	name    string
	aliases []string
	def     string
}

func main() {
	category := flag.String("category", "Dictionary", "the category of every term")
	flag.Parse()
	if flag.NArg() != 2 {
		fmt.Fprintln(os.Stderr, "usage: dictconv [-category NAME] FILE.index FILE.dict")
		os.Exit(2)
	}
	terms, err := convert(flag.Arg(0), flag.Arg(1))
	if err != nil {
		fmt.Fprintln(os.Stderr, "dictconv:", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintln(w, "terms:")
	for _, t := range terms {
		fmt.Fprintf(w, "  - term: %s\n", quote(t.name))
		if len(t.aliases) > 0 {
			fmt.Fprintf(w, "    aliases: [%s]\n", strings.Join(mapQuote(t.aliases), ", "))
		}
		fmt.Fprintf(w, "    category: %s\n    definition: %s\n", quote(*category), quote(t.def))
	}
}

// convert reads the entries of a dictd dictionary, in index order, one per
// place in the .dict (several headwords may point at one entry), merging
// entries whose names are one name to gloss.
func convert(indexPath, dictPath string) ([]*term, error) {
	dict, err := os.ReadFile(dictPath)
	if err != nil {
		return nil, err
	}
	index, err := os.ReadFile(indexPath)
	if err != nil {
		return nil, err
	}
	var terms []*term
	seen := map[string]bool{}     // offset/length of entries read
	byKey := map[string]*term{}   // names, by glossary.Key
	aliasOf := map[string]*term{} // aliases, by glossary.Key
	for _, line := range strings.Split(string(index), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 3 || strings.HasPrefix(f[0], "00-database") || strings.HasPrefix(f[0], "00database") {
			continue
		}
		off, size := decode(f[1]), decode(f[2])
		if seen[f[1]+"/"+f[2]] || off < 0 || size < 0 || off+size > len(dict) {
			continue
		}
		seen[f[1]+"/"+f[2]] = true
		names, def := parse(string(dict[off : off+size]))
		if len(names) == 0 || def == "" || glossary.Key(names[0]) == "" {
			continue
		}
		k := glossary.Key(names[0])
		if t := byKey[k]; t != nil { // another sense of a name: one term
			t.def = cut(t.def + " / " + def)
			if plainer(names[0], t.name) { // "C" rather than "(c)", "Lisp" than "*LISP"
				t.name = names[0]
			}
			continue
		}
		if aliasOf[k] != nil {
			continue // a name another term already claims as its alias
		}
		t := &term{name: names[0], def: def}
		byKey[k] = t
		terms = append(terms, t)
		for _, a := range names[1:] {
			ak := glossary.Key(a)
			if ak == "" || ak == k || byKey[ak] != nil || aliasOf[ak] != nil {
				continue
			}
			aliasOf[ak] = t
			t.aliases = append(t.aliases, a)
		}
	}
	return terms, nil
}

// plainer reports whether name a has fewer characters that are neither
// letters, digits nor spaces than b.
func plainer(a, b string) bool {
	marks := func(s string) int {
		n := 0
		for _, r := range s {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ' ' {
				n++
			}
		}
		return n
	}
	return marks(a) < marks(b)
}

var (
	braces = regexp.MustCompile(`[{}]`)
	tags   = regexp.MustCompile(`^<[^>]*>\s*`)
)

// parse splits an entry into its header names and its definition. The
// header ends at the first blank line; in an entry without one (V.E.R.A.)
// the indented header lines are the definition.
func parse(entry string) (names []string, def string) {
	lines := strings.Split(strings.TrimLeft(entry, "\n"), "\n")
	end := len(lines)
	for i, line := range lines {
		if strings.TrimSpace(line) == "" {
			end = i
			break
		}
	}
	body := strings.Join(lines[end:], "\n")
	indented := strings.TrimSpace(body) == ""
	for i, line := range lines[:end] {
		switch {
		case i > 0 && unicode.IsSpace(rune(line[0])) && indented:
			body += " " + line
		case i > 0 && unicode.IsSpace(rune(line[0])):
			// a pronunciation or part of speech, not a name
		default:
			if line = clean(line); line != "" {
				names = append(names, line)
			}
		}
	}
	def = tags.ReplaceAllString(clean(braces.ReplaceAllString(body, "")), "")
	return names, cut(def)
}

// clean collapses white space and drops control characters.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && r != '\n' && r != '\t' || r == unicode.ReplacementChar {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// cut shortens s to maxDefinition bytes, at a sentence's end if it can.
func cut(s string) string {
	if len(s) <= maxDefinition {
		return s
	}
	s = strings.ToValidUTF8(s[:maxDefinition], "")
	if i := strings.LastIndex(s, ". "); i > maxDefinition/3 {
		return s[:i+1]
	}
	return s + "..."
}

// decode reads a dictd base-64 number.
func decode(s string) int {
	n := 0
	for _, c := range s {
		i := strings.IndexRune(b64, c)
		if i < 0 || int64(n) > 1<<40 || n > math.MaxInt/64 {
			return -1
		}
		n = n*64 + i
	}
	return n
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func mapQuote(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = quote(s)
	}
	return out
}
