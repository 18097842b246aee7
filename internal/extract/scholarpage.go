package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
)

// readScholarPage reads a Google Scholar profile saved as HTML: a table of
// the person's papers, a row (<tr class="gsc_a_tr">) each, with the title
// linking its Scholar page (a.gsc_a_at), the authors and the venue in two
// grey lines (div.gs_gray) and the year in its own cell (span.gsc_a_h). It
// reports whether the page was one; a row without a title is reported and
// skipped.
func readScholarPage(lr *lineReader, src []byte, emit func(*rawEntry)) bool {
	if !bytes.Contains(src, []byte("gsc_a_tr")) || !bytes.Contains(src, []byte("gsc_a_at")) {
		return false
	}
	r := &scholarPage{lr: lr, emit: emit}
	walkPage(src, r.start, r.end, r.text)
	r.flush()
	return r.found
}

// scholarPage is the state of reading a Scholar profile: the row being
// read and the part of it the text goes to.
type scholarPage struct {
	lr    *lineReader
	emit  func(*rawEntry)
	found bool

	row      *scholarRow
	field    *strings.Builder // the part being read, nil between parts
	fieldTag string           // the element that holds it
	depth    int              // how deep in elements named fieldTag
	skip     int              // > 0 inside the venue's ", 2024", which the year cell gives
}

// scholarRow is one paper of the profile, as read so far.
type scholarRow struct {
	line                 int
	link                 string
	title, authors, year strings.Builder
	venue                strings.Builder
	grey                 int // the grey lines begun: the authors', then the venue's
}

func (r *scholarPage) start(t pageTag) {
	if t.selfClosing {
		return
	}
	tag, classes := t.name, t.classes
	switch {
	case tag == "tr" && strings.Contains(classes, " gsc_a_tr "):
		r.flush()
		r.row, r.found = &scholarRow{line: t.line, link: scholarURL(t.dataHref)}, true
		return
	case r.row == nil:
		return
	case r.field != nil:
		if tag == r.fieldTag {
			r.depth++
		}
		if tag == "span" && strings.Contains(classes, " gs_oph ") {
			r.skip++
		}
		return
	}
	row := r.row
	switch {
	case tag == "a" && strings.Contains(classes, " gsc_a_at "):
		// Scholar's own pages open a paper's page by script, from
		// data-href, with "javascript:void(0)" as the href.
		for _, href := range []string{t.dataHref, t.href} {
			if u := scholarURL(href); u != "" {
				row.link = u
				break
			}
		}
		r.field = &row.title
	case tag == "div" && strings.Contains(classes, " gs_gray ") && row.grey < 2:
		r.field = &row.authors
		if row.grey == 1 {
			r.field = &row.venue
		}
		row.grey++
	case tag == "span" && strings.Contains(classes, " gsc_a_h "):
		r.field = &row.year
	default:
		return
	}
	r.fieldTag, r.depth = tag, 1
}

func (r *scholarPage) text(s string) {
	if r.row != nil && r.field != nil && r.skip == 0 {
		r.field.WriteString(s)
	}
}

func (r *scholarPage) end(tag string) {
	if r.field == nil {
		if tag == "table" || tag == "tbody" {
			r.flush()
		}
		return
	}
	if tag == "span" && r.skip > 0 {
		r.skip--
		if r.fieldTag != "span" {
			return
		}
	}
	if tag == r.fieldTag {
		if r.depth--; r.depth == 0 {
			r.field = nil
		}
	}
}

// flush emits the paper read so far, if any.
func (r *scholarPage) flush() {
	row := r.row
	r.row, r.field, r.skip = nil, nil, 0
	if row == nil {
		return
	}
	title := collapseSpace(row.title.String())
	if title == "" {
		r.lr.report(&InputError{File: r.lr.file, Line: row.line, Err: fmt.Errorf("skipped: a paper without a title")})
		return
	}
	re := &rawEntry{title: title, line: row.line, authors: -1}
	// "A Smith, B Jones, ...": Scholar cuts a long list short.
	if names, more := splitAuthors(strings.TrimSuffix(collapseSpace(row.authors.String()), "...")); len(names) > 0 {
		re.setAuthors(names, more || strings.HasSuffix(strings.TrimSpace(row.authors.String()), "..."))
	}
	venue := strings.TrimRight(collapseSpace(row.venue.String()), " ,")
	if i := strings.LastIndex(venue, ", "); i > 0 && strings.Trim(venue[i+2:], "0123456789-–") == "" {
		venue = venue[:i] // the pages: "Nature 596 (7873), 583-589"
	}
	re.venue = venue
	// "arXiv preprint arXiv:2301.00002": the paper's own id.
	setVenueArxiv(re)
	if y := strings.TrimSpace(row.year.String()); len(y) == 4 && hasYear(y) {
		re.dateText = y
	}
	if row.link != "" {
		re.explicit = append(re.explicit, row.link)
	}
	r.emit(re)
}

// setVenueArxiv gives re the arXiv id its venue names, as Scholar writes
// a preprint's ("arXiv preprint arXiv:2301.00002"), and the id's page.
func setVenueArxiv(re *rawEntry) {
	if id := arxivIDIn(re.venue); id != "" {
		re.arxivID = id
		re.explicit = append(re.explicit, "https://arxiv.org/abs/"+id)
	}
}

// scholarURL is a row's link to its Scholar page, made whole: the saved
// page keeps it relative ("/citations?view_op=view_citation&..."). It is
// "" for no link, or one that is no web address ("javascript:void(0)").
func scholarURL(href string) string {
	href = strings.TrimSpace(href)
	u, err := url.Parse(href)
	if err != nil || href == "" {
		return ""
	}
	base := &url.URL{Scheme: "https", Host: "scholar.google.com", Path: "/"}
	u = base.ResolveReference(u)
	if u.Scheme != "https" && u.Scheme != "http" || u.Host == "" {
		return ""
	}
	return u.String()
}
