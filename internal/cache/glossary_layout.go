package cache

// This file lays out a glossary file's body: its sections and the
// records in them. glossary.go writes one, glossary_read.go reads one.

// The body of a glossary file is a table of named sections
// (internal/sections):
//
//	strings  names, categories, aliases, related names, keys, the
//	         sources' files and term names, the terms' file names and
//	         the notes, end to end; the records point into it
//	terms    a termRecord for each term
//	lists    the aliases and related names of every term, then the term
//	         names each source added, replaced and extended: spans
//	keys     the key index, sorted by key: keyRecords
//	keys/hash  the keys again, as a hash table of hashSlots (keyhash.go):
//	         what a lookup reads
//	links    for each term, the places of the terms its related names
//	         find (Glossary.Related), uint32s end to end (links.go)
//	links/end  where each term's run of links ends: uint32s
//	linked   for each term, the places of the terms whose related names
//	         find it (Glossary.LinkedFrom), in order of place, uint32s
//	         end to end (links.go)
//	linked/end  where each term's run of linking terms ends: uint32s
//	origins  for each term merged from several layers, the places in
//	         sources of the files its definition comes from and that
//	         extended it (glossary.Origin), uint32s end to end (origins.go)
//	origins/end  where each term's run of origins ends: uint32s; empty
//	         when no term has an origin
//	sources  a sourceRecord for each source
//	files    the file names of the terms' positions: spans
//	texts    definitions, formulas and examples, end to end
//	notes    a noteRecord for each note kept with the glossary
//
// A glossary is read in place, a term at a time (glossary_read.go), and
// each section checked a 4 KiB block at a time as it is read. The long
// texts are kept apart so that reading every name (to sort a list, say)
// touches a few megabytes, not the whole file. A new section
// can be added without moving these; a change to what one holds is a new
// version (file.go).

// span is where a string lies in strings or texts, or a run of names in
// lists (first, count).
type span struct{ Off, Len uint32 }

// termRecord is one term: its name and category in strings, its
// definition, formula and example in texts, its aliases and related
// names in lists, and its position (File indexes files).
type termRecord struct {
	Name, Category, Definition, Formula, Example span
	Aliases, Related                             span
	File, Line, Col                              uint32
}

// keyRecord is one entry of the key index.
type keyRecord struct {
	Key  span
	Term uint32
}

// sourceRecord is what one source contributed: its terms' names in lists.
type sourceRecord struct {
	File                      span
	Terms                     uint32
	Added, Replaced, Extended span
}

// noteRecord is one Note.
type noteRecord struct{ Path, Text span }
