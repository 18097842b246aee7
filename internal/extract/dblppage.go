package extract

import (
	"bytes"
	"strings"
)

// readDblpPage reads a page of dblp saved as HTML (a person's
// publications, a search's results, a volume's table of contents): each
// publication a li.entry, its authors, title, venue and year marked in
// its cite.data by schema.org's properties, and its electronic editions
// (li.ee) in the menu beside it. dblp's own links (its records, its
// people) are not the paper's. It reports whether the page was one.
func readDblpPage(src []byte, emit func(*rawEntry)) bool {
	if !bytes.Contains(src, []byte(`itemprop="headline"`)) || !bytes.Contains(src, []byte("dblp")) {
		return false
	}
	r := &dblpPage{emit: emit}
	walkPage(src, r.start, r.end, r.text)
	r.flush()
	return r.found
}

// dblpPage is the state of reading dblp's page: the entry being read and
// the part of it the text goes to.
type dblpPage struct {
	emit  func(*rawEntry)
	found bool

	rec    *dblpEntry
	part   pagePart
	ee     bool // inside an electronic edition's li
	partOf bool // inside the venue (isPartOf), whose name is the venue's
}

// dblpEntry is one publication, as read so far.
type dblpEntry struct {
	line                 int
	links                []string
	authors              []string
	author, title, venue strings.Builder
	year, volume         strings.Builder
}

func (r *dblpPage) start(t pageTag) {
	if t.selfClosing {
		return
	}
	if t.name == "li" && strings.Contains(t.classes, " entry ") {
		r.flush()
		r.rec = &dblpEntry{line: t.line}
		return
	}
	rec := r.rec
	if rec == nil {
		return
	}
	if r.part.in(t.name) {
		return
	}
	var field *strings.Builder
	switch {
	case t.name == "li" && strings.Contains(t.classes, " ee "):
		r.ee = true
	case t.name == "a" && r.ee:
		if u := strings.TrimSpace(t.href); strings.HasPrefix(u, "http") && !strings.Contains(u, "dblp.org/") {
			rec.links = append(rec.links, u)
		}
	case t.itemprop == "author":
		rec.author.Reset()
		field = &rec.author
	case t.name == "span" && strings.Contains(t.classes, " title "):
		field = &rec.title
	case t.itemprop == "isPartOf" && rec.venue.Len() == 0:
		r.partOf = true
	case t.itemprop == "name" && r.partOf:
		field = &rec.venue
	case t.itemprop == "datePublished":
		field = &rec.year
	case t.itemprop == "volumeNumber":
		field = &rec.volume
	}
	if field != nil {
		r.part.open(field, t.name)
	}
}

func (r *dblpPage) text(s string) {
	if r.rec != nil {
		r.part.write(s)
	}
}

func (r *dblpPage) end(tag string) {
	if r.rec == nil {
		return
	}
	if tag == "li" {
		r.ee = false
	}
	switch r.part.closes(tag) {
	case &r.rec.author:
		if name := collapseSpace(r.rec.author.String()); name != "" {
			r.rec.authors = append(r.rec.authors, dropHomonymNumber(name))
		}
	case &r.rec.venue:
		r.partOf = false
	}
}

// flush emits the entry read so far, if it has a title.
func (r *dblpPage) flush() {
	rec := r.rec
	r.rec, r.part, r.ee, r.partOf = nil, pagePart{}, false, false
	if rec == nil {
		return
	}
	title := dropFinalStop(collapseSpace(rec.title.String()))
	if title == "" {
		return
	}
	r.found = true
	re := &rawEntry{title: title, line: rec.line, authors: -1, venue: collapseSpace(rec.venue.String()), explicit: rec.links}
	if len(rec.authors) > 0 {
		re.setAuthors(rec.authors, false)
	}
	if y := strings.TrimSpace(rec.year.String()); len(y) == 4 && hasYear(y) {
		re.dateText = y
	}
	// arXiv's preprints are CoRR's, their volume "abs/2401.09999".
	if id, ok := strings.CutPrefix(strings.TrimSpace(rec.volume.String()), "abs/"); ok && re.venue == "CoRR" && plausibleArxivID(id) {
		re.arxivID = id
		re.explicit = append(re.explicit, "https://arxiv.org/abs/"+id)
	}
	r.emit(re)
}
