package convert

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/gloss-cli/gloss/internal/glossary"
)

// readCSV reads a spreadsheet saved as comma-separated values: a header
// row naming the columns, then one term a row (see mapColumns).
func readCSV(path string, o *Options, rep *report) []*entry {
	return readTable(path, ',', o, rep)
}

// readTSV reads tab-separated values, as spreadsheets save them: like CSV,
// with a quote inside an unquoted field taken as it is.
func readTSV(path string, o *Options, rep *report) []*entry {
	return readTable(path, '\t', o, rep)
}

func readTable(path string, comma rune, o *Options, rep *report) []*entry {
	at := func(line int) glossary.Pos { return glossary.Pos{File: path, Line: line} }
	f, err := open(path, o)
	if err != nil {
		rep.errorf(at(0), "%v", err)
		return nil
	}
	defer f.Close()
	cr := csv.NewReader(f)
	cr.Comma = comma
	cr.FieldsPerRecord = -1 // rows of the wrong length are reported here, each with its row
	cr.LazyQuotes = comma == '\t'
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			err = errors.New("empty file: want a header row naming the columns")
		}
		rep.errorf(at(line(err, 1)), "%s", csvError(err))
		return nil
	}
	header = append([]string(nil), header...)
	header[0] = strings.TrimPrefix(header[0], "\ufeff") // a byte order mark, as spreadsheets on Windows write
	cols, unused, err := mapColumns(header, o)
	if err != nil {
		rep.errorf(at(1), "header: %v", err)
		return nil
	}
	if len(cols["term"]) == 0 || len(cols["definition"]) == 0 {
		rep.errorf(at(1), "header: no column for the %s (columns: %s); name one with --map, like --map term=Name,definition=Description",
			missing(cols), quoteAll(header))
		return nil
	}
	for _, i := range unused {
		rep.warnf(at(1), "header: column %s %q is not imported; --map FIELD=%s reads it into a field", columnName(i), header[i], header[i])
	}
	var entries []*entry
	for row := 2; !rep.full(); row++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			rep.errorf(at(line(err, 0)), "row %d: %s", row, csvError(err))
			break
		}
		ln, _ := cr.FieldPos(0)
		if blank(rec) {
			continue // an empty row
		}
		if len(rec) != len(header) {
			rep.errorf(at(ln), "row %d: %d columns, but the header has %d", row, len(rec), len(header))
			continue
		}
		e := &entry{where: fmt.Sprintf("row %d", row)}
		e.Pos = at(ln)
		for field, idx := range cols {
			for _, i := range idx {
				setField(&e.Term, field, rec[i])
			}
		}
		if e.Name = strings.TrimSpace(e.Name); e.Name == "" {
			rep.errorf(e.Pos, "row %d: column %s %q is empty; every row needs a term", row, columnName(cols["term"][0]), header[cols["term"][0]])
			continue
		}
		if strings.TrimSpace(e.Definition) == "" {
			rep.errorf(e.Pos, "row %d: column %s %q is empty; %q needs a definition", row, columnName(cols["definition"][0]), header[cols["definition"][0]], e.Name)
			continue
		}
		e.where = fmt.Sprintf("row %d (%q)", row, e.Name)
		entries = append(entries, e)
	}
	return entries
}

// setField reads a cell into a field of t.
func setField(t *glossary.Term, field, cell string) {
	switch field {
	case "term":
		t.Name = cell
	case "aliases":
		t.Aliases = append(t.Aliases, splitList(cell)...)
	case "category":
		t.Category = cell
	case "definition":
		t.Definition = cell
	case "formula":
		t.Formula = cell
	case "example":
		t.Example = cell
	case "related":
		t.Related = append(t.Related, splitList(cell)...)
	}
}

func missing(cols columnMap) string {
	switch {
	case len(cols["term"]) == 0 && len(cols["definition"]) == 0:
		return "term or the definition"
	case len(cols["term"]) == 0:
		return "term"
	}
	return "definition"
}

// line returns the line a csv error is at, or def.
func line(err error, def int) int {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, csv.ErrQuote) {
			return pe.StartLine // where the field begins, not where the file ends
		}
		return pe.Line
	}
	return def
}

// csvError says what a csv error means, without the position that
// encoding/csv puts in front of it.
func csvError(err error) string {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		switch {
		case errors.Is(pe.Err, csv.ErrQuote):
			return fmt.Sprintf("a quoted field is not closed, or has text after its closing quote (line %d, character %d)", pe.Line, pe.Column)
		case errors.Is(pe.Err, csv.ErrBareQuote):
			return fmt.Sprintf("character %d: a quote in a field that does not start with one (quote the field and double the quote)", pe.Column)
		}
		return pe.Err.Error()
	}
	return err.Error()
}

// blank reports whether every cell of rec is empty or space.
func blank(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}
