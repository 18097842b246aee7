package extract

import (
	"bytes"
	"net/url"
	"strings"
)

// readACMPage reads a page of the ACM Digital Library saved as HTML (a
// search's results, a proceedings' or an issue's contents): each paper a
// div.issue-item, with its title in .issue-item__title, its authors in
// the list of authors (ul.loa), its venue (.epub-section__title), its
// date, its DOI, its abstract, and the links in it. The kind over the
// title ("research-article") and the library's own links (its people,
// its tables of contents) are not the paper's. It reports whether the
// page was one.
func readACMPage(src []byte, emit func(*rawEntry)) bool {
	if !bytes.Contains(src, []byte("issue-item__title")) || !bytes.Contains(src, []byte("dl.acm.org")) {
		return false // other publishers' pages of the same platform resolve against their own address
	}
	r := &acmPage{emit: emit}
	walkPage(src, r.start, r.end, r.text)
	r.flush()
	return r.found
}

// acmPage is the state of reading the library's page: the paper being
// read and the part of it the text goes to.
type acmPage struct {
	emit  func(*rawEntry)
	found bool

	rec     *acmEntry
	part    pagePart
	authors bool // inside the list of authors
	hidden  int  // how deep in spans the page hides (an author's institution)
}

// acmEntry is one paper, as read so far.
type acmEntry struct {
	line                          int
	links                         []string
	authors                       []string
	title, author, venue, details strings.Builder
	abstract                      strings.Builder
}

func (r *acmPage) start(t pageTag) {
	if t.selfClosing {
		return
	}
	if t.name == "div" && strings.Contains(t.classes, " issue-item ") {
		r.flush()
		r.rec = &acmEntry{line: t.line}
		return
	}
	rec := r.rec
	if rec == nil {
		return
	}
	if r.part.in(t.name) {
		switch {
		case t.name == "span" && (r.hidden > 0 || strings.Contains(t.classes, " hidden ")):
			r.hidden++
		case t.name == "a" && r.part.field == &rec.title:
			rec.add(t.href)
		}
		if r.part.field == &rec.details {
			rec.details.WriteByte(' ') // "August 2024", "Pages 1–10": spans apart
		}
		return
	}
	switch {
	case strings.Contains(t.classes, " issue-item__title "):
		r.part.open(&rec.title, t.name)
	case t.name == "ul" && strings.Contains(t.classes, " loa "):
		r.authors = true
	case t.name == "li" && r.authors:
		rec.author.Reset()
		r.part.open(&rec.author, t.name)
	case strings.Contains(t.classes, " epub-section__title ") && rec.venue.Len() == 0:
		r.part.open(&rec.venue, t.name)
	case strings.Contains(t.classes, " dot-separator ") && rec.details.Len() == 0:
		r.part.open(&rec.details, t.name)
	case strings.Contains(t.classes, " issue-item__abstract ") && rec.abstract.Len() == 0:
		r.part.open(&rec.abstract, t.name)
	case t.name == "a":
		rec.add(t.href) // the DOI's, a PDF's
	}
}

// add keeps a link of the paper's, made whole against the library's
// address: its DOI's page, its PDF, not the library's people or tables
// of contents.
func (rec *acmEntry) add(href string) {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil || href == "" {
		return
	}
	u = (&url.URL{Scheme: "https", Host: "dl.acm.org", Path: "/"}).ResolveReference(u)
	if u.Scheme != "https" && u.Scheme != "http" {
		return
	}
	if u.Host == "dl.acm.org" {
		p := u.Path
		if !strings.HasPrefix(p, "/doi/") || strings.HasPrefix(p, "/doi/proceedings/") || strings.HasPrefix(p, "/doi/book/") {
			return // "/profile/...", "/toc/...", a proceedings' page
		}
	}
	rec.links = append(rec.links, u.String())
}

func (r *acmPage) text(s string) {
	if r.rec != nil && r.hidden == 0 {
		r.part.write(s)
	}
}

func (r *acmPage) end(tag string) {
	if r.rec == nil {
		return
	}
	if tag == "ul" && r.authors && r.part.field == nil {
		r.authors = false
	}
	if tag == "span" && r.hidden > 0 {
		r.hidden--
	}
	if r.part.closes(tag) == &r.rec.author {
		if name := strings.Trim(collapseSpace(r.rec.author.String()), " ,"); name != "" {
			r.rec.authors = append(r.rec.authors, name)
		}
	}
}

// flush emits the paper read so far, if it has a title.
func (r *acmPage) flush() {
	rec := r.rec
	r.rec, r.part, r.authors, r.hidden = nil, pagePart{}, false, 0
	if rec == nil {
		return
	}
	title := collapseSpace(rec.title.String())
	if title == "" {
		return
	}
	r.found = true
	re := &rawEntry{title: title, line: rec.line, authors: -1, venue: collapseSpace(rec.venue.String()), explicit: rec.links}
	if len(rec.authors) > 0 {
		re.setAuthors(rec.authors, false)
	}
	if d := partialDate(collapseSpace(rec.details.String())); d != "" {
		re.dateText, re.dateISO = d, d // "August 2024 Pages 1–10"
	}
	if abs := collapseSpace(rec.abstract.String()); abs != "" {
		re.abstract = []string{abs}
	}
	r.emit(re)
}
