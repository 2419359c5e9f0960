package glossary

import (
	"bufio"
	"io"
)

// Limits on what ParseStream reads. MaxStreamSize is the largest file:
// 128 MiB, room for about 200,000 terms with definitions of 60 words.
// MaxEntrySize bounds one entry, and so the YAML nodes held for it at a
// time (about 200 bytes a value, for each core). MaxStreamValues bounds
// the names, texts, aliases and related names kept, at about 60 bytes
// each beyond their text when they are tiny: a hostile file of a million
// one-letter aliases costs what a real glossary twice its size would.
const (
	MaxStreamSize   = 128 << 20
	MaxEntrySize    = 256 << 10
	MaxStreamValues = 4_000_000
)

// ParseStream parses a glossary file read from r a few entries at a time,
// so that a file of 100,000 terms never needs a YAML node tree of the
// whole file (about 200 bytes for every value): its memory grows with the
// terms kept, not with the file. It reports the same problems at the same
// positions as Parse, but takes only files in the block style gloss's own
// glossary is written in:
//
//	terms:
//	  - term: Lead
//	    definition: ...
//	  - term: ...
//
// Comments and blank lines may come anywhere, and one "---" line before
// "terms:". Anything else outside the entries (another key, a flow list,
// a second document, a line less indented than the entries that does not
// start one) is reported as a problem at its line, and nothing more is
// parsed. A few things Parse allows fail here, all with a problem at a
// line: an alias to an anchor in another entry (aliases are refused
// either way; one whose anchor lies in another part of the file parsed
// apart is YAML's "unknown anchor", at the first line of its part), a
// quoted value whose continuation line is no more indented
// than the entries (which YAML 1.2 does not allow, though yaml.v3 does),
// and a YAML syntax error may be placed differently.
//
// The entries are parsed on every core while the file is being read; the
// result is the same as parsing them one after another.
func ParseStream(name string, r io.Reader) (*File, Problems) {
	s := &splitter{p: &parser{file: name}, r: bufio.NewReaderSize(r, 64<<10), indent: -1, entries: newEntries(name)}
	if !s.run() {
		return s.entries.stop(s.p.problems)
	}
	return s.entries.wait()
}
