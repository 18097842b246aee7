package extract

import (
	"bytes"
	"strings"
)

// readScholarSearch reads a page of Google Scholar's search results saved
// as HTML: a result (div.gs_r) each, with its title linked in h3.gs_rt
// (after a kind such as "[PDF]", which is no part of it), the full text's
// link beside it (div.gs_ggsd), a grey byline (div.gs_a: "A Smith, B
// Jones - ICML, 2024 - arxiv.org") and the snippet of its abstract
// (div.gs_rs). Scholar's own links (citations, versions) are not the
// paper's. It reports whether the page was one.
func readScholarSearch(src []byte, emit func(*rawEntry)) bool {
	if !bytes.Contains(src, []byte("gs_rt")) || !bytes.Contains(src, []byte("gs_ri")) {
		return false
	}
	r := &scholarResults{emit: emit}
	walkPage(src, r.start, r.end, r.text)
	r.flush()
	return r.found
}

// scholarResults is the state of reading Scholar's results: the result
// being read and the part of it the text goes to.
type scholarResults struct {
	emit  func(*rawEntry)
	found bool

	res  *scholarResult
	part pagePart
	kind int // > 0 inside the "[PDF]" before a title
}

// scholarResult is one result, as read so far.
type scholarResult struct {
	line                    int
	links                   []string
	title, byline, abstract strings.Builder
	side                    bool // inside the full text's link beside the result
}

func (r *scholarResults) start(t pageTag) {
	if t.selfClosing {
		return
	}
	if t.name == "div" && strings.Contains(t.classes, " gs_r ") && strings.Contains(t.classes, " gs_or ") {
		r.flush()
		r.res = &scholarResult{line: t.line}
		return
	}
	res := r.res
	if res == nil {
		return
	}
	if r.part.in(t.name) {
		if t.name == "span" && strings.Contains(t.classes, " gs_ct") {
			r.kind++ // "[PDF]", "[HTML]", "[BOOK]", "[CITATION]"
		}
		if t.name == "a" && r.part.field == &res.title {
			res.add(t.href)
		}
		return
	}
	switch {
	case t.name == "div" && strings.Contains(t.classes, " gs_ggsd "):
		res.side = true
	case t.name == "a" && res.side:
		res.add(t.href)
	case t.name == "h3" && strings.Contains(t.classes, " gs_rt "):
		r.part.open(&res.title, t.name)
	case t.name == "div" && strings.Contains(t.classes, " gs_a "):
		r.part.open(&res.byline, t.name)
	case t.name == "div" && strings.Contains(t.classes, " gs_rs "):
		r.part.open(&res.abstract, t.name)
	}
}

// add keeps a link of the paper's: one Scholar resolves elsewhere, not a
// search of Scholar's own.
func (res *scholarResult) add(href string) {
	if u := scholarURL(href); u != "" && !strings.HasPrefix(u, "https://scholar.google.com/") {
		res.links = append(res.links, u)
	}
}

func (r *scholarResults) text(s string) {
	if r.res != nil && r.kind == 0 {
		r.part.write(s)
	}
}

func (r *scholarResults) end(tag string) {
	if r.res == nil {
		return
	}
	if r.part.field == nil {
		if tag == "div" && r.res.side {
			r.res.side = false // the side link's block holds no other div
		}
		return
	}
	if tag == "span" && r.kind > 0 {
		r.kind--
	}
	r.part.closes(tag)
}

// flush emits the result read so far, if it has a title.
func (r *scholarResults) flush() {
	res := r.res
	r.res, r.part, r.kind = nil, pagePart{}, 0
	if res == nil {
		return
	}
	title := collapseSpace(res.title.String())
	if title == "" {
		return // a suggestion or a notice among the results, no paper
	}
	r.found = true
	re := &rawEntry{title: title, line: res.line, authors: -1, explicit: res.links}
	// "A Smith, B Jones - ICML, 2024 - arxiv.org": authors, venue and
	// year, the host; a part may be missing, a long list ends in "…".
	parts := strings.Split(strings.ReplaceAll(collapseSpace(res.byline.String()), "\u00a0", " "), " - ")
	authors := strings.TrimSpace(parts[0])
	more := strings.HasSuffix(authors, "…")
	if names, m := splitAuthors(strings.TrimSuffix(authors, "…")); len(names) > 0 {
		re.setAuthors(names, more || m)
	}
	if len(parts) == 3 {
		venue := strings.TrimSpace(parts[1])
		if i := strings.LastIndex(venue, ", "); i >= 0 && isoLike(venue[i+2:]) == venue[i+2:] && len(venue)-i == 6 {
			venue, re.dateText = venue[:i], venue[i+2:]
		} else if len(venue) == 4 && isoLike(venue) == venue {
			venue, re.dateText = "", venue
		}
		re.venue = venue
		setVenueArxiv(re)
	}
	if abs := collapseSpace(res.abstract.String()); abs != "" {
		re.abstract = []string{abs}
	}
	r.emit(re)
}
