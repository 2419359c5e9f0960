// Package glossary holds the glossary model: terms, the files they come
// from, and the rules a glossary must follow. It parses and checks YAML
// glossary files and merges them into one Glossary; it knows nothing about
// terminals, matching or commands.
package glossary

// Term is one glossary entry.
type Term struct {
	Name       string   `json:"term"`
	Aliases    []string `json:"aliases"`
	Category   string   `json:"category"`
	Definition string   `json:"definition"`
	Formula    string   `json:"formula,omitempty"`
	Example    string   `json:"example,omitempty"`
	Related    []string `json:"related"`

	// Origin says which files a term merged from several layers comes
	// from (docs/adr/002-layer-merging.md); nil for a term that one entry
	// alone gave.
	Origin *Origin `json:"-"`

	// Pos is where the entry starts in its source file.
	Pos Pos `json:"-"`
	// fieldPos records where each alias and related name was written, so
	// problems found after parsing can still point at a line.
	aliasPos   []Pos
	relatedPos []Pos
	// badCategory and badDefinition are set when the file gave a value
	// that was already reported (of the wrong type, say), so New does not
	// report it again as missing.
	badCategory, badDefinition bool
}

// Pos is a position in a glossary file. Line and Col are 1-based; zero
// means unknown.
type Pos struct {
	File string
	Line int
	Col  int
}

// Origin is where the text of a term merged from several layers comes
// from: the file whose entry gave its definition, and the files whose
// entries added to it without one.
type Origin struct {
	// Source is the file of the entry that gave the definition: the
	// highest that set one.
	Source string
	// ExtendedBy are the files, lowest first, of the entries that added
	// aliases, related terms or other fields but no definition.
	ExtendedBy []string
}
