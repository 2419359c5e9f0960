package synth

// This file holds the words a made-up glossary is written in, and makes
// its names, aliases and texts from them.

import (
	"fmt"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// domain words are real CRM vocabulary; names and definitions draw on them
// most, so common words are shared by many terms, as in a real glossary.
var domain = strings.Fields(`account activity adoption agent analytics annual attribution audience
	automation average balance billing booking budget buyer call campaign cancellation capacity case
	channel churn click close cohort commission committed contact content contract conversion cost
	coverage credit customer cycle dashboard data deal demand discount domain duplicate email engagement
	enrichment entitlement escalation event expansion field forecast form funnel growth health inbound
	incentive index insight intent invoice journey lead length lifetime list loyalty margin market
	meeting merge message metric milestone model monthly net nurture object onboarding opportunity order
	outbound owner partner payment pipeline plan portal price pricing product profile promoter prospect
	quality quarter quota rate ratio record referral region renewal report request resolution retention
	revenue review rule sales score segment sequence service session signal source spend stage status
	subscription success support survey target task team template territory ticket tier touch trial
	upsell usage user value velocity volume webinar weighted win workflow`)

// filler words join content words into sentences.
var filler = strings.Fields(`the the the a a of of of to to and and in in for is is that by on with
	each when which it as from per this are be or at its than`)

var categories = []string{
	"Metrics & KPIs", "Sales process", "Marketing & campaigns", "Customer service", "Data & integration",
	"Core records", "Billing & revenue", "Partners & channels", "Analytics & reporting", "Automation",
	"Territory & planning", "Customer success", "Product & pricing", "Compliance & privacy", "Field operations",
	"Enablement", "Contracts", "Support tiers", "Demand generation", "Forecasting",
}

// pseudoWords makes up n distinct pronounceable words.
func (g *generator) pseudoWords(n int) []string {
	const onsets, vowels, codas = "b c d f g h k l m n p r s t v z br cl dr fl gr pl st tr", "a e i o u ai ea io", "n r s t x l m nd rt st"
	on, vo, co := strings.Fields(onsets), strings.Fields(vowels), strings.Fields(codas)
	seen := map[string]bool{}
	for _, w := range domain {
		seen[w] = true
	}
	out := make([]string, 0, n)
	for len(out) < n {
		var w strings.Builder
		for range 2 + g.rng.IntN(2) {
			w.WriteString(on[g.rng.IntN(len(on))] + vo[g.rng.IntN(len(vo))])
		}
		w.WriteString(co[g.rng.IntN(len(co))])
		if s := w.String(); !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// word returns a content word: usually a domain word, common ones more
// often, sometimes a rare made-up one.
func (g *generator) word() string {
	if g.rng.IntN(3) == 0 {
		return g.pseudo[g.rng.IntN(len(g.pseudo))]
	}
	f := g.rng.Float64()
	return domain[int(f*f*float64(len(domain)))]
}

// name returns a new name of two to four words, unlike any so far.
func (g *generator) name() string {
	for {
		words := make([]string, 2+g.rng.IntN(3))
		for i := range words {
			words[i] = g.word()
		}
		words[0] = strings.ToUpper(words[0][:1]) + words[0][1:]
		if s := strings.Join(words, " "); g.claim(s) {
			return s
		}
	}
}

// aliases returns zero to three new aliases for name: its acronym, its
// words in another order, or its words cut short.
func (g *generator) aliases(name string) []string {
	words := strings.Fields(strings.ToLower(name))
	var out []string
	for range g.rng.IntN(4) {
		var a string
		switch g.rng.IntN(3) {
		case 0:
			for _, w := range words {
				a += strings.ToUpper(w[:1])
			}
			a += fmt.Sprint(g.rng.IntN(1000))
		case 1:
			last := words[len(words)-1]
			a = last + " of " + strings.Join(words[:len(words)-1], " ")
		default:
			short := make([]string, len(words))
			for i, w := range words {
				short[i] = w[:min(len(w), 4)]
			}
			a = strings.Join(short, " ")
		}
		if g.claim(a) {
			out = append(out, a)
		}
	}
	return out
}

// claim reports whether s is new as a name or alias, and takes it.
func (g *generator) claim(s string) bool {
	k := glossary.Key(s)
	if g.taken[k] {
		return false
	}
	g.taken[k] = true
	return true
}

// text returns about n words of sentences of 6 to 16 words.
func (g *generator) text(n int) string {
	var b strings.Builder
	for n > 0 {
		words := min(n, 6+g.rng.IntN(11))
		n -= words
		for i := range words {
			w := g.word()
			if g.rng.IntN(2) == 0 {
				w = filler[g.rng.IntN(len(filler))]
			}
			if i == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			b.WriteString(w)
			switch {
			case i == words-1:
				b.WriteString(". ")
			case g.rng.IntN(15) == 0:
				b.WriteString(", ")
			default:
				b.WriteString(" ")
			}
		}
	}
	return strings.TrimSpace(b.String())
}
