package match

import (
	"slices"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// questionPrefixes are the ways people open a question in a hurry, as word
// sequences after glossary.Key; the longest that fits is removed.
var questionPrefixes = [][]string{
	{"what", "is", "meant", "by"}, {"what", "does"}, {"what", "do"}, {"what", "is"}, {"what", "are"}, {"whats"}, {"what"},
	{"whatis"}, {"wat", "is"}, {"define"}, {"definition", "of"}, {"meaning", "of"}, {"explain"},
	{"tell", "me", "about"}, {"how", "do", "i", "calculate"}, {"how", "do", "you", "calculate"},
	{"how", "to", "calculate"}, {"how", "is"}, {"how", "do", "i", "measure"}, {"how", "do", "you", "measure"},
	{"how", "to", "measure"}, {"calculate"}, {"formula", "for"}, {"formula", "of"}, {"example", "of"},
	{"how", "do", "i"}, {"how", "do", "you"}, {"how", "to"}, {"how", "can", "i"}, {"what", "counts", "as"},
	{"why", "is", "my"}, {"why", "are", "my"}, {"why", "does", "my"}, {"difference", "between"},
	{"who", "is"}, {"whos"}, {"glossary"}, {"lookup"}, {"look", "up"},
	{"examples", "of"}, {"how", "does"}, {"how", "do"}, {"what", "is", "a"}, {"purpose", "of"},
}

// questionSuffixes are words that close such a question.
var questionSuffixes = [][]string{
	{"stand", "for"}, {"stands", "for"}, {"mean"}, {"means"}, {"meaning"}, {"definition"}, {"defined"},
	{"calculated"}, {"in", "crm"}, {"in", "sales"}, {"in", "marketing"}, {"in", "the", "crm"},
	{"in", "a", "crm"}, {"in", "salesforce"}, {"in", "hubspot"}, {"mean", "in", "crm"}, {"work"}, {"works"},
	{"used", "for"}, {"explained"},
}

// wordingSuffixes are generic words people put after a name they mean as
// a whole: the process, calculation or framework of a thing is still the
// thing. They are wording only when what is left is a name or alias, or
// a word form of one (see Matcher.worded): "approval process" is a name.
var wordingSuffixes = [][]string{
	{"process"}, {"calculation"}, {"formula"}, {"framework"}, {"methodology"}, {"method"}, {"model"},
	{"definition"}, {"meaning"}, {"example"}, {"examples"}, {"concept"}, {"metric"}, {"strategy"},
}

var articles = []string{"a", "an", "the"}

// Query normalises what a user typed: glossary.Key, then the question
// wording around the term ("whats a", "define", "what does ... mean")
// removed, keeping at least one word.
func Query(q string) string {
	words := strings.Fields(glossary.Key(q))
	words = trimAffixes(words, questionPrefixes, true)
	if len(words) > 1 && slices.Contains(articles, words[0]) {
		words = words[1:]
	}
	words = trimAffixes(words, questionSuffixes, false)
	return strings.Join(words, " ")
}

// trimAffixes removes the longest matching affix, again and again, so
// "sql mean in sales" loses "in sales" and then "mean".
func trimAffixes(words []string, affixes [][]string, front bool) []string {
	for {
		trimmed := trimAffix(words, affixes, front)
		if len(trimmed) == len(words) {
			return words
		}
		words = trimmed
	}
}

func trimAffix(words []string, affixes [][]string, front bool) []string {
	best := 0
	for _, a := range affixes {
		if len(a) >= len(words) || len(a) <= best {
			continue
		}
		if front && slices.Equal(words[:len(a)], a) || !front && slices.Equal(words[len(words)-len(a):], a) {
			best = len(a)
		}
	}
	if front {
		return words[best:]
	}
	return words[:len(words)-best]
}

// The word lists here are switches rather than maps: a map literal is
// built at every start of gloss, a switch costs nothing until it is used.

// isStopWord reports the words left out when comparing word forms in any
// order, so "lifetime value of a customer" reads like "customer lifetime
// value".
func isStopWord(w string) bool {
	switch w {
	case "a", "an", "the", "of", "for", "to", "in", "on", "and", "by":
		return true
	}
	return false
}

// synonym maps words people use interchangeably in CRM names, and common
// abbreviations, to one spelling. It applies to names and queries alike
// before stemming.
func synonym(w string) (string, bool) {
	switch w {
	case "client", "clients", "cust":
		return "customer", true
	case "acct", "accts":
		return "account", true
	case "mgmt":
		return "management", true
	case "mgr":
		return "manager", true
	case "mktg":
		return "marketing", true
	case "rev":
		return "revenue", true
	case "biz":
		return "business", true
	case "org":
		return "organization", true
	case "info":
		return "information", true
	case "qual":
		return "qualified", true
	case "opp", "oppty", "opps":
		return "opportunity", true
	case "rep", "reps":
		return "representative", true
	case "yearly", "annually":
		return "annual", true
	case "monthly":
		return "month", true
	case "target":
		return "quota", true
	case "people": // an irregular plural, which Stem cannot undo
		return "person", true
	}
	return "", false
}

// respelled reports whether synonym replaces w ("rep", "rev", "client"):
// such a word means its synonym, never whatever name word it happens to
// begin ("sales rep" is not "sales reporting", "sales rev" not "sales
// review").
func respelled(w string) bool {
	_, ok := synonym(w)
	return ok
}

// Stem reduces an English word to a crude stem so that plurals, verb forms
// and British and American spellings meet: "forecasts", "forecasting" and
// "forecast" all give "forecast"; "customisation" and "customization" both
// give "customiz". Both sides of a comparison are stemmed the same way, so
// the stem need not be a word.
func Stem(w string) string {
	if s, ok := synonym(w); ok {
		w = s
	}
	if len(w) <= 3 {
		return w
	}
	for _, r := range britishSuffixes {
		base := strings.TrimSuffix(w, "s")
		if strings.HasSuffix(base, r[0]) && (len(base) > len(r[0])+2 || base == r[0]) {
			w = base[:len(base)-len(r[0])] + r[1] + w[len(base):]
			break
		}
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:len(w)-1]
	}
	switch {
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		w = w[:len(w)-3]
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		w = w[:len(w)-2]
	}
	w = strings.TrimSuffix(w, "e")
	if n := len(w); n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiou", rune(w[n-1])) {
		w = w[:n-1]
	}
	return w
}

var britishSuffixes = [][2]string{
	{"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"}, {"ises", "izes"},
	{"ise", "ize"}, {"iser", "izer"}, {"licence", "license"}, {"centre", "center"}, {"colour", "color"},
	{"behaviour", "behavior"}, {"favour", "favor"}, {"catalogue", "catalog"}, {"programme", "program"},
}
