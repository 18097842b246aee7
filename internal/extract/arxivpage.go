package extract

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"
)

// readArxivPage reads a saved arXiv page of papers: a listing (/list/,
// /new, /recent: a <dl> of <dt> with each paper's id link and <dd> with
// its title, authors, comments, journal reference and, on /new, its
// abstract) or search results (<li class="arxiv-result">). It reports
// whether the page was one; a paper without a title is reported and
// skipped.
func readArxivPage(lr *lineReader, src []byte, emit func(*rawEntry)) bool {
	if !bytes.Contains(src, []byte("list-title")) || !bytes.Contains(src, []byte("articles")) && !bytes.Contains(src, []byte("arxiv-result")) {
		return false
	}
	r := &arxivPage{lr: lr, emit: emit}
	walkPage(src, r.start, r.end, r.text)
	r.flush()
	return r.found
}

// arxivPage is the state of reading an arXiv page: the paper being read
// and the part of it the text goes to.
type arxivPage struct {
	lr    *lineReader
	emit  func(*rawEntry)
	found bool

	listing bool // inside a listing's <dl id="articles">
	item    *arxivItem
	search  bool // results of a search, not a listing

	field      string          // the part being read: title, authors, comments, journal, abstract
	fieldTag   string          // the element that holds it
	fieldDepth int             // how deep in elements named fieldTag
	skip       int             // > 0 inside text left out ("Title:", "△ Less")
	inAuthor   bool            // inside an author's link
	author     strings.Builder // the name read so far
}

// arxivItem is one paper of the page, as read so far.
type arxivItem struct {
	line                               int
	id                                 string
	title, comments, journal, abstract strings.Builder
	authors                            []string
	links                              []string
}

func (r *arxivPage) start(t pageTag) {
	tag, classes, id, href, at := t.name, t.classes, t.id, t.href, t.line
	switch {
	case tag == "dl" && id == "articles":
		r.listing = true
		return
	case tag == "dt" && r.listing, tag == "li" && strings.Contains(classes, " arxiv-result "):
		r.flush()
		r.item, r.search = &arxivItem{line: at}, tag == "li"
		r.found = true
		return
	case r.item == nil || t.selfClosing:
		return
	}
	if r.field != "" {
		switch {
		case tag == "span" && strings.Contains(classes, " descriptor "), tag == "a" && href == "":
			r.skip++ // "Title:", "Comments:", the abstract's "△ Less"
		case tag == r.fieldTag:
			r.fieldDepth++
		case tag == "a" && r.field == "authors":
			r.inAuthor = true
			r.author.Reset()
		case tag == "a":
			r.item.links = append(r.item.links, href) // "this https URL" in comments and abstracts
		}
		return
	}
	if tag == "a" && r.item.id == "" {
		if id, ok := arxivAbsID(href); ok {
			r.item.id = id
		}
		return
	}
	field := ""
	switch {
	case strings.Contains(classes, " list-title ") && !r.search, r.search && tag == "p" && strings.Contains(classes, " title "):
		field = "title"
	case strings.Contains(classes, " list-authors "), r.search && strings.Contains(classes, " authors "):
		field = "authors"
	case strings.Contains(classes, " list-comments "), r.search && strings.Contains(classes, " comments "):
		field = "comments"
	case strings.Contains(classes, " list-journal-ref "):
		field = "journal"
	case strings.Contains(classes, " abstract-full "), !r.search && tag == "p" && classes == " mathjax ":
		field = "abstract"
	}
	if field != "" {
		r.field, r.fieldTag, r.fieldDepth = field, tag, 1
	}
}

func (r *arxivPage) end(tag string) {
	if r.field == "" {
		if tag == "dl" || tag == "ol" {
			r.flush()
			r.listing = r.listing && tag != "dl"
		}
		return
	}
	switch {
	case r.skip > 0 && (tag == "span" || tag == "a"):
		r.skip--
		return
	case tag == "a" && r.inAuthor:
		r.inAuthor = false
		r.item.authors = append(r.item.authors, r.author.String())
	}
	if tag == r.fieldTag {
		if r.fieldDepth--; r.fieldDepth == 0 {
			r.field = ""
		}
	}
}

func (r *arxivPage) text(s string) {
	if r.item == nil || r.field == "" || r.skip > 0 {
		return
	}
	it := r.item
	switch r.field {
	case "title":
		it.title.WriteString(s)
	case "authors":
		if r.inAuthor {
			r.author.WriteString(s)
		}
	case "comments":
		it.comments.WriteString(s)
	case "journal":
		it.journal.WriteString(s)
	case "abstract":
		it.abstract.WriteString(s)
	}
}

// flush emits the paper read so far, if any.
func (r *arxivPage) flush() {
	it := r.item
	r.item, r.field, r.skip, r.inAuthor = nil, "", 0, false
	if it == nil {
		return
	}
	title := collapseSpace(it.title.String())
	if title == "" {
		r.lr.report(&InputError{File: r.lr.file, Line: it.line, Err: fmt.Errorf("skipped: a paper without a title")})
		return
	}
	re := &rawEntry{title: title, line: it.line, authors: -1, venue: collapseSpace(it.journal.String())}
	if abs := collapseSpace(it.abstract.String()); abs != "" {
		re.abstract = []string{abs}
	}
	for _, a := range it.authors {
		if a = collapseSpace(a); a != "" {
			re.authorNames = append(re.authorNames, a)
		}
	}
	if len(re.authorNames) > 0 {
		re.authors = len(re.authorNames)
	}
	if it.id != "" {
		re.arxivID = it.id
		re.explicit = append(re.explicit, "https://arxiv.org/abs/"+it.id)
		if yymm, _, ok := strings.Cut(it.id, "."); ok {
			re.dateText = "20" + yymm[:2] + "-" + yymm[2:] // a new-style id's month: 2401.00041 is 2024-01
		}
	}
	for _, u := range it.links {
		if strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://") {
			re.explicit = append(re.explicit, u)
		}
	}
	for _, s := range ScanLinks(it.comments.String()) {
		re.explicit = append(re.explicit, s.Raw) // "Code: https://github.com/..."
	}
	if re.venue == "" {
		re.venue = commentVenue(it.comments.String()) // "Accepted at ICML 2024"
	}
	r.emit(re)
}

// pageTag is a start tag of a saved page, as the readers of particular
// sites' pages (arXiv's, Google Scholar's) look at it.
type pageTag struct {
	name, id, href string
	dataHref       string // data-href, where a script opens the link (Scholar's titles)
	itemprop       string // schema.org's property the element holds (dblp's "author", "datePublished")
	classes        string // the class attribute's names, each between spaces: " list-title mathjax "
	line           int
	selfClosing    bool
}

// walkPage tokenises a page and calls start with each start tag, end
// with each end tag's name and text with each run of text.
func walkPage(src []byte, start func(pageTag), end func(string), text func(string)) {
	z := html.NewTokenizer(bytes.NewReader(src))
	line := 1
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		at := line
		line += bytes.Count(z.Raw(), []byte("\n"))
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			t := pageTag{name: string(name), line: at, selfClosing: tt == html.SelfClosingTagToken}
			for more := true; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "class":
					t.classes = " " + strings.Join(strings.Fields(string(v)), " ") + " "
				case "id":
					t.id = string(v)
				case "href":
					t.href = string(v)
				case "data-href":
					t.dataHref = string(v)
				case "itemprop":
					t.itemprop = string(v)
				}
			}
			if t.classes == "" {
				t.classes = " "
			}
			start(t)
		case html.EndTagToken:
			name, _ := z.TagName()
			end(string(name))
		case html.TextToken:
			text(string(z.Text()))
		}
	}
}

// arxivAbsID is the arXiv id an abstract page's address names
// ("/abs/2401.00041", "https://arxiv.org/abs/2401.00041v2").
func arxivAbsID(href string) (string, bool) {
	href = strings.TrimPrefix(strings.TrimPrefix(href, "https://arxiv.org"), "http://arxiv.org")
	id, ok := strings.CutPrefix(href, "/abs/")
	if !ok {
		return "", false
	}
	id = stripArxivVersion(id)
	return id, plausibleArxivID(id)
}
