package extract

import (
	"bytes"
	"context"
	"errors"
	"strings"
)

// readArxivMail reads arXiv's mailing of new submissions, the daily digest
// a subscriber gets by e-mail, saved as text. Each paper is a record
// between lines of "\\":
//
//	arXiv:2401.01234 (*cross-listing*)
//	Date: Tue, 2 Jan 2024 10:00:00 GMT   (1234kb,D)
//
//	Title: A title that may wrap
//	  onto an indented line
//	Authors: Ann Smith, Bob Jones and Carl Lee
//	Categories: cs.LG cs.CL
//	Comments: 12 pages, ICML 2024. Code: https://github.com/...
//	\\
//	  The abstract.
//	\\ ( https://arxiv.org/abs/2401.01234 ,  1234kb)
//
// A replaced paper gives "replaced with revised version <date>" for its
// Date line, and no abstract; the old mailing's "Paper: hep-th/9901001"
// opens a record as "arXiv:" does. The paper's own page, the links of its
// comments and its DOI are its links; its licence's is not. A record
// without a title is reported and skipped.
func (x *Extractor) readArxivMail(ctx context.Context, lr *lineReader, emit func(*rawEntry), stopped func() bool) error {
	var rec *mailRecord
	flush := func() {
		if rec != nil {
			rec.emit(lr, emit)
			rec = nil
		}
	}
	err := forEachLine(ctx, lr, func(line []byte, n int) bool {
		line = bytes.TrimRight(line, " \t\r")
		if id, ok := mailIDLine(line); ok {
			flush()
			rec = &mailRecord{line: n, id: id}
			return !stopped()
		}
		if rec == nil {
			return true
		}
		switch {
		case bytes.HasPrefix(line, []byte(`\\ (`)):
			// "\\ ( https://arxiv.org/abs/2401.01234 ,  1234kb)": the end.
			for _, s := range ScanLinks(string(line)) {
				rec.links = append(rec.links, s.Raw)
			}
			flush()
		case string(line) == `\\`:
			rec.inAbstract = rec.get("Title") != "" // the first "\\" after the fields opens the abstract
			rec.field = ""
		case rec.inAbstract:
			rec.abstract.addLine(line)
		case len(line) > 0 && (line[0] == ' ' || line[0] == '\t'):
			rec.more(string(bytes.TrimSpace(line))) // a field's value goes on
		case bytes.HasPrefix(line, []byte("replaced with revised version ")):
			rec.date = mailDate(string(line[len("replaced with revised version "):]))
			rec.field = ""
		default:
			key, value, ok := strings.Cut(string(line), ": ")
			if !ok || !mailFields[key] {
				rec.field = "" // a rule, a blank line, the mailing's own lines
				return true
			}
			rec.field = key
			rec.fields = append(rec.fields, [2]string{key, strings.TrimSpace(value)})
		}
		return true
	})
	if err == nil {
		flush()
	}
	return err
}

// mailFields are the fields of a record of arXiv's mailing.
var mailFields = map[string]bool{"Date": true, "Title": true, "Authors": true, "Categories": true,
	"Comments": true, "Journal-ref": true, "DOI": true, "Report-no": true, "MSC-class": true,
	"ACM-class": true, "License": true, "From": true}

// mailIDLine reads the line that opens a record: "arXiv:2401.01234",
// with " (*cross-listing*)" or not, or the old "Paper: hep-th/9901001".
func mailIDLine(line []byte) (string, bool) {
	var rest []byte
	switch {
	case bytes.HasPrefix(line, []byte("arXiv:")):
		rest = line[len("arXiv:"):]
	case bytes.HasPrefix(line, []byte("Paper: ")):
		rest = line[len("Paper: "):]
	case bytes.HasPrefix(line, []byte("Paper (*cross-listing*): ")):
		rest = line[len("Paper (*cross-listing*): "):]
	default:
		return "", false
	}
	id, tail, _ := strings.Cut(string(rest), " ")
	if tail != "" && tail != "(*cross-listing*)" {
		return "", false
	}
	if id = stripArxivVersion(id); !plausibleArxivID(id) {
		return "", false
	}
	return id, true
}

// mailDate is the day of a mailing's date ("Tue, 2 Jan 2024 10:00:00 GMT
// (1234kb,D)"), without the size after it.
func mailDate(s string) string {
	if i := strings.Index(s, "   ("); i > 0 {
		s = s[:i]
	} else if i := strings.LastIndex(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// mailRecord is a record of arXiv's mailing as it is read.
type mailRecord struct {
	line       int
	id         string
	fields     [][2]string // in order; a field's value may go on over lines
	field      string      // the field the next indented line goes on
	date       string
	abstract   abstractLines
	inAbstract bool
	links      []string
}

// abstractLines collects an abstract's lines into its paragraphs, which
// a blank line parts.
type abstractLines struct {
	paras []string
	cur   strings.Builder
}

func (a *abstractLines) addLine(line []byte) {
	t := bytes.TrimSpace(line)
	switch {
	case len(t) == 0:
		a.end()
	case a.cur.Len() < maxRISField:
		if a.cur.Len() > 0 {
			a.cur.WriteByte(' ')
		}
		a.cur.Write(t)
	}
}

func (a *abstractLines) end() {
	if a.cur.Len() > 0 {
		a.paras = append(a.paras, a.cur.String())
		a.cur.Reset()
	}
}

func (a *abstractLines) list() []string {
	a.end()
	return a.paras
}

// more goes on the value of the field the record is in.
func (r *mailRecord) more(s string) {
	if r.field == "" || len(r.fields) == 0 {
		return
	}
	if f := &r.fields[len(r.fields)-1]; len(f[1]) < maxRISField {
		f[1] += " " + s
	}
}

func (r *mailRecord) get(key string) string {
	for _, f := range r.fields {
		if f[0] == key {
			return collapseSpace(f[1])
		}
	}
	return ""
}

func (r *mailRecord) emit(lr *lineReader, emit func(*rawEntry)) {
	title := r.get("Title")
	if title == "" {
		lr.report(&InputError{File: lr.file, Line: r.line, Err: errors.New("skipped: a paper without a title")})
		return
	}
	re := &rawEntry{title: title, line: r.line, authors: -1, arxivID: r.id}
	if names, more := splitAuthors(r.get("Authors")); len(names) > 0 {
		re.setAuthors(names, more)
	}
	date := r.date
	if date == "" {
		date = mailDate(r.get("Date"))
	}
	re.dateText, re.dateISO = feedDate(date)
	re.abstract = r.abstract.list()
	re.explicit = append(re.explicit, "https://arxiv.org/abs/"+r.id)
	comments := r.get("Comments")
	for _, s := range ScanLinks(comments) {
		re.explicit = append(re.explicit, s.Raw)
	}
	if doi := r.get("DOI"); strings.HasPrefix(doi, "10.") {
		re.explicit = append(re.explicit, "https://doi.org/"+strings.Fields(doi)[0])
	}
	re.explicit = append(re.explicit, r.links...)
	re.venue = r.get("Journal-ref")
	if re.venue == "" {
		re.venue = commentVenue(comments)
	}
	emit(re)
}

// looksArxivMail finds a record of arXiv's mailing in the head of a file:
// a line of "\\", then the line of its id, then a Date, a Title or a
// replacement's line.
func looksArxivMail(h []byte) bool {
	lines := bytes.Split(h, []byte("\n"))
	for i := 0; i+2 < len(lines); i++ {
		if string(bytes.TrimRight(lines[i], " \r")) != `\\` {
			continue
		}
		if _, ok := mailIDLine(bytes.TrimRight(lines[i+1], " \r")); !ok {
			continue
		}
		for _, next := range lines[i+2:] {
			if next = bytes.TrimRight(next, " \r"); len(next) > 0 {
				return bytes.HasPrefix(next, []byte("Date: ")) || bytes.HasPrefix(next, []byte("Title: ")) ||
					bytes.HasPrefix(next, []byte("replaced with revised version ")) || bytes.HasPrefix(next, []byte("From: "))
			}
		}
	}
	return false
}
