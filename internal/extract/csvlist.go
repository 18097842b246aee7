package extract

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"io"
	"strconv"
	"strings"
)

// ErrNoTitleColumn is reported for a table whose header names no column
// of titles.
var ErrNoTitleColumn = errors.New("no column of titles (want one headed title, paper or name)")

// readCSV reads a spreadsheet of papers saved as CSV or TSV (a reading
// list, linkgraph's own extract --format csv): the header names the
// columns, one of them the titles (title, paper, name); the authors,
// date, venue, abstract, arXiv id, DOI and upvotes are read by their
// columns' names, and the links in every cell are the paper's. A row
// that breaks the format is reported at its line and the rows after it
// are still read. The table is read whole, as Markdown is.
func (x *Extractor) readCSV(ctx context.Context, lr *lineReader, emit func(*rawEntry), stopped func() bool) error {
	src, err := readWhole(lr, MaxWholeBytes, MaxHTMLLineBytes, "table")
	if err != nil {
		return err
	}
	r := csv.NewReader(bytes.NewReader(src))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	r.ReuseRecord = true
	first, _, _ := bytes.Cut(src, []byte("\n"))
	if bytes.Count(first, []byte("\t")) > bytes.Count(first, []byte(",")) {
		r.Comma = '\t' // tab-separated, as spreadsheets also save
	}
	header, err := r.Read()
	if err == io.EOF {
		return &InputError{File: lr.file, Err: ErrNoEntries}
	}
	if err != nil {
		return &InputError{File: lr.file, Line: 1, Err: err}
	}
	cols := csvColumns(header)
	if cols.title < 0 {
		return &InputError{File: lr.file, Line: 1, Err: ErrNoTitleColumn}
	}
	for !stopped() {
		if err := ctx.Err(); err != nil {
			return err
		}
		row, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return &InputError{File: lr.file, Err: err}
			}
			lr.report(&InputError{File: lr.file, Line: pe.Line, Err: pe.Err})
			continue
		}
		line, _ := r.FieldPos(0)
		if re := cols.entry(row, line); re != nil {
			emit(re)
		}
	}
	return nil
}

// csvCols are the indexes of the columns a table's header names, -1
// for those it lacks.
type csvCols struct {
	title, authors, authorCount, date, dateText, venue, abstract, arxiv, doi, upvotes int
	// surnameFirst says the authors column writes each name "Surname,
	// Given", parted by semicolons, as exports of references do.
	surnameFirst bool
}

// csvColumns finds the columns by their names: the first that names
// each field wins ("title" before "paper" before "name" for the titles).
func csvColumns(header []string) csvCols {
	c := csvCols{title: -1, authors: -1, authorCount: -1, date: -1, dateText: -1, venue: -1, abstract: -1, arxiv: -1, doi: -1, upvotes: -1}
	names := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if _, ok := names[h]; !ok {
			names[h] = i
		}
	}
	pick := func(dst *int, candidates ...string) {
		for _, name := range candidates {
			if i, ok := names[name]; ok {
				*dst = i
				return
			}
		}
	}
	// Besides lists' own names, those of the exports of IEEE Xplore
	// ("Document Title", "Publication Title"), Scopus and Web of
	// Science ("Author full names", "Source title") and Zotero
	// ("Publication Year", "Abstract Note").
	pick(&c.title, "title", "paper title", "paper", "name", "paper name", "document title", "article title", "标题", "论文")
	pick(&c.authors, "author_names", "author full names", "authors", "author", "作者")
	pick(&c.authorCount, "authors") // linkgraph's own: the count, beside author_names
	pick(&c.date, "date", "published", "publication date", "year", "publication year", "date_text", "日期", "年份")
	pick(&c.dateText, "date_text") // linkgraph's own: the date as the listing gave it
	pick(&c.venue, "venue", "conference", "journal", "publication", "booktitle", "publication title", "source title", "会议")
	pick(&c.abstract, "abstract", "summary", "tldr", "tl;dr", "abstract note", "摘要")
	pick(&c.arxiv, "arxiv_id", "arxiv id", "arxiv")
	pick(&c.doi, "doi")
	pick(&c.upvotes, "upvotes", "votes")
	if _, ok := names["pt"]; ok {
		// Web of Science's tab-delimited export, headed by its field
		// tags: PT (the record's type), TI, AF (full names), SO, PY...
		pick(&c.title, "ti")
		pick(&c.authors, "af", "au")
		pick(&c.venue, "so")
		pick(&c.date, "py")
		pick(&c.abstract, "ab")
		pick(&c.doi, "di")
	}
	surnameFirst := []string{"author full names", "af", "au"}
	if _, zotero := names["item type"]; zotero {
		surnameFirst = append(surnameFirst, "author")
	}
	for _, name := range surnameFirst {
		if i, ok := names[name]; ok && i == c.authors {
			c.surnameFirst = true
		}
	}
	return c
}

// givenFirst writes a name given surname first ("Smith, Ann B.") as
// "Ann B. Smith"; a name with no comma, or more than one, is kept.
func givenFirst(name string) string {
	if surname, given, ok := strings.Cut(name, ","); ok && !strings.Contains(given, ",") {
		name = given + " " + surname
	}
	return collapseSpace(name)
}

// entry reads one row, or returns nil for a row without a title.
func (c csvCols) entry(row []string, line int) *rawEntry {
	cell := func(i int) string {
		if i < 0 || i >= len(row) {
			return ""
		}
		s := strings.TrimSpace(row[i])
		if len(s) > 1 && s[0] == '\'' && strings.ContainsRune("=+-@\t\r", rune(s[1])) {
			s = s[1:] // a spreadsheet's guard against formulas, as linkgraph writes it
		}
		return s
	}
	title := collapseSpace(cell(c.title))
	if title == "" {
		return nil
	}
	re := &rawEntry{title: title, line: line, authors: -1, venue: collapseSpace(cell(c.venue))}
	if a := dropParens(cell(c.authors)); a != "" && c.surnameFirst {
		// "Hopper, Grace (57200000001); Example, Ada (...)": Scopus's
		// ids go, and one name alone is one name, not two.
		var names []string
		for _, n := range strings.Split(a, ";") {
			if n = givenFirst(n); n != "" {
				names = append(names, n)
			}
		}
		re.setAuthors(names, false)
	} else if a != "" {
		re.setAuthors(splitAuthors(a))
	} else if n, err := strconv.Atoi(cell(c.authorCount)); err == nil && n > 0 {
		re.authors = n // "authors" a count, "author_names" empty
	}
	if d := cell(c.date); d != "" {
		re.dateText, re.dateISO = d, isoDate(d)
	}
	if d := cell(c.dateText); d != "" {
		re.dateText = d
	}
	if abs := collapseSpace(cell(c.abstract)); abs != "" {
		re.abstract = []string{abs}
	}
	if id := stripArxivVersion(strings.TrimPrefix(strings.ToLower(cell(c.arxiv)), "arxiv:")); plausibleArxivID(id) {
		re.arxivID = id
		re.explicit = append(re.explicit, "https://arxiv.org/abs/"+id)
	}
	if doi := strings.TrimPrefix(cell(c.doi), "https://doi.org/"); strings.HasPrefix(doi, "10.") {
		re.explicit = append(re.explicit, "https://doi.org/"+doi)
	}
	if n, err := strconv.Atoi(cell(c.upvotes)); err == nil && n > 0 {
		re.upvotes = n
	}
	for i := range row {
		if i == c.title || i == c.abstract {
			continue // their links are found in the text, as any abstract's
		}
		for _, s := range ScanLinks(cell(i)) {
			re.explicit = append(re.explicit, s.Raw)
		}
	}
	return re
}
