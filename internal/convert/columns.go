package convert

import (
	"fmt"
	"slices"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// Fields are the gloss fields a spreadsheet column can be read into.
var Fields = []string{"term", "aliases", "category", "definition", "formula", "example", "related"}

// defaultColumns returns the header names read into field when --map does
// not say, best first: the names spreadsheets and business-glossary tools
// use for it. They compare after glossary.Key, so "See also" and
// "see_also" are one name.
func defaultColumns(field string) []string {
	switch field {
	case "term":
		return []string{"term", "name", "headword", "word", "title", "entry", "concept"}
	case "aliases":
		return []string{"aliases", "alias", "synonyms", "synonym", "abbreviation", "abbreviations", "acronym", "acronyms", "also known as", "aka"}
	case "category":
		return []string{"category", "categories", "domain", "subject", "subject field", "group"}
	case "definition":
		return []string{"definition", "description", "meaning", "explanation", "user description"}
	case "formula":
		return []string{"formula", "formulas"}
	case "example":
		return []string{"example", "examples", "usage"}
	case "related":
		return []string{"related", "related terms", "see also", "see"}
	}
	return nil
}

// listFields are the fields whose cells hold lists.
var listFields = []string{"aliases", "related"}

// columnMap says which columns of a header are read into which field:
// for each field, the indexes of its columns, in header order.
type columnMap map[string][]int

// mapColumns maps a header's columns to fields: by o.Map where it names
// a field, else by the default names. Only list fields take more than one
// column. Columns read into nothing are returned in unused.
func mapColumns(header []string, o *Options) (m columnMap, unused []int, err error) {
	m = columnMap{}
	used := map[int]bool{}
	byKey := map[string]int{}
	for i, h := range header {
		if _, dup := byKey[glossary.Key(h)]; !dup {
			byKey[glossary.Key(h)] = i
		}
	}
	// Mapped fields first, so a default name never takes a column --map
	// gives to another field.
	var order []string
	for _, field := range Fields {
		if _, mapped := o.Map[field]; mapped {
			order = append(order, field)
		}
	}
	for _, field := range Fields {
		if _, mapped := o.Map[field]; !mapped {
			order = append(order, field)
		}
	}
	for _, field := range order {
		names, mapped := o.Map[field]
		if !mapped {
			names = defaultColumns(field)
		}
		for _, name := range names {
			i, ok := byKey[glossary.Key(name)]
			switch {
			case !ok && mapped:
				return nil, nil, fmt.Errorf("--map %s=%s: no column %q in the header (it has %s)", field, name, name, quoteAll(header))
			case !ok || used[i]:
				continue
			}
			if len(m[field]) > 0 && !slices.Contains(listFields, field) {
				if mapped {
					return nil, nil, fmt.Errorf("--map %s: one column only; %s is a single value", field, field)
				}
				continue // the best default name wins
			}
			m[field] = append(m[field], i)
			used[i] = true
		}
	}
	for i := range header {
		if !used[i] {
			unused = append(unused, i)
		}
	}
	return m, unused, nil
}

// ParseMap reads --map values, "field=Column,field=Column", into a map
// from field to column names; a field named twice takes both columns.
func ParseMap(specs []string) (map[string][]string, error) {
	out := map[string][]string{}
	for _, spec := range specs {
		for _, pair := range strings.Split(spec, ",") {
			field, col, ok := strings.Cut(pair, "=")
			field, col = strings.TrimSpace(field), strings.TrimSpace(col)
			if !ok || col == "" {
				return nil, fmt.Errorf("--map %q: want FIELD=COLUMN, like term=Name", pair)
			}
			if !slices.Contains(Fields, field) {
				return nil, fmt.Errorf("--map %q: no field %q (want %s)", pair, field, strings.Join(Fields, ", "))
			}
			out[field] = append(out[field], col)
		}
	}
	return out, nil
}

// splitList splits a cell holding a list at ";" and "|".
func splitList(cell string) []string {
	items := strings.FieldsFunc(cell, func(r rune) bool { return r == ';' || r == '|' })
	out := items[:0]
	for _, s := range items {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// columnName is the spreadsheet name of column i: A, B, ..., Z, AA, ...
func columnName(i int) string {
	name := ""
	for i++; i > 0; i = (i - 1) / 26 {
		name = string(rune('A'+(i-1)%26)) + name
	}
	return name
}

func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
}
