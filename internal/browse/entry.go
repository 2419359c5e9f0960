package browse

import (
	"math"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// page is one entry in the history, with where the reader was in it.
type page struct {
	term   *glossary.Term
	link   int // the selected link, -1 for none
	scroll int // the first line shown
	shown  int // the link last scrolled into sight
}

// page returns the entry shown, or nil in the list.
func (s *state) page() *page {
	if s.pos < 0 {
		return nil
	}
	return &s.hist[s.pos]
}

// open shows t as a new page after the one shown, dropping the pages
// ahead of it, as a browser does when a link is followed.
func (s *state) open(t *glossary.Term) {
	s.hist = append(s.hist[:s.pos+1], page{term: t, link: -1, shown: -1})
	s.pos = len(s.hist) - 1
}

func (s *state) handleEntry(ev Event) outcome {
	p := s.page()
	links := linksOf(s.f.g, p.term)
	switch ev.Key {
	case KeyTab:
		if len(links.all) > 0 {
			p.link = (p.link + 1) % len(links.all)
		}
	case KeyBacktab:
		if len(links.all) > 0 {
			p.link = (p.link - 1 + len(links.all)) % len(links.all)
		}
	case KeyEnter:
		if p.link >= 0 && p.link < len(links.all) {
			s.open(links.all[p.link])
		}
	case KeyBackspace, KeyBack:
		s.pos-- // from the first page, back to the list
	case KeyEsc:
		s.pos = -1
	case KeyRune:
		switch ev.Rune {
		case '/':
			s.pos, s.query, s.cursor = -1, s.query[:0], 0
		case 'q':
			return quit
		}
	case KeyCtrlC:
		return quit
	case KeyUp:
		p.scroll = max(p.scroll-1, 0)
	case KeyDown:
		p.scroll++ // the view keeps it within the entry
	case KeyPageUp:
		p.scroll = max(p.scroll-s.rows, 0)
	case KeyPageDown:
		p.scroll += s.rows
	case KeyHome:
		p.scroll = 0
	case KeyEnd:
		p.scroll = math.MaxInt32 // the view stops it at the last line
	}
	return stay
}

// links are the terms an entry links to: those it lists as related, then
// those that list it without being listed back.
type links struct {
	all     []*glossary.Term
	related int // all[:related] are the related terms
}

func linksOf(g *glossary.Glossary, t *glossary.Term) links {
	related := g.Related(t)
	all := append([]*glossary.Term(nil), related...)
	for _, from := range g.LinkedFrom(t) {
		listed := false
		for _, r := range related {
			listed = listed || r == from
		}
		if !listed {
			all = append(all, from)
		}
	}
	return links{all: all, related: len(related)}
}
