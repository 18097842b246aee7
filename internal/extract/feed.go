package extract

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"strings"
	"time"
)

// MaxFeedBytes bounds a feed, which is read whole.
const MaxFeedBytes = MaxWholeBytes

// readFeed reads an RSS or Atom feed: arXiv's API (Atom, each paper an
// <entry> with its id, title, summary, authors, links, comment, journal
// reference and DOI), arXiv's and bioRxiv's RSS (an <item> each, the
// authors in dc:creator), or a journal's. The feed's own title and link
// are no paper. It reads dblp's XML too: a person's publications
// (<dblpperson>, each paper an <article>, <inproceedings>... in an <r>),
// the whole dump (<dblp>) and the search API's answer (<result>, a <hit>
// each, its fields under <info>). A feed that breaks off (bad XML) is
// reported at its line, and the papers before the break are kept; XML of
// any other kind is reported as such.
func (x *Extractor) readFeed(lr *lineReader, emit func(*rawEntry)) error {
	src, err := readWhole(lr, MaxFeedBytes, MaxHTMLLineBytes, "feed")
	if err != nil {
		return err
	}
	d := xml.NewDecoder(bytes.NewReader(src))
	d.Strict = false // journals' feeds hold HTML's entities
	d.Entity = xml.HTMLEntity
	// The text is UTF-8 by now, whatever its declaration says (dblp's
	// "US-ASCII", which it keeps by writing "&#252;").
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	var it *feedItem
	var path []string // the open elements' local names inside the item
	var text strings.Builder
	inline := 0 // how deep in markup inside a field's text ("<i>k</i>-Means")
	depth := 0  // how deep in elements outside an item: the root is 1
	root, items := "", 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, _ := d.InputPos()
			var syn *xml.SyntaxError
			if errors.As(err, &syn) {
				line, err = syn.Line, fmt.Errorf("bad XML: %s", syn.Msg) // the line is the message's
			}
			lr.report(&InputError{File: lr.file, Line: line, Err: err})
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			if root == "" {
				root = name
			}
			dblp := root == "dblpperson" || root == "dblp" || root == "result"
			endnote := root == "xml" // EndNote's XML: <xml><records><record>
			if it == nil {
				depth++
			}
			switch {
			case it == nil && (name == "entry" || name == "item" || dblp && (name == "hit" || dblpRecords[name]) ||
				root == "RDF" && depth == 2 && zoteroRecord(t.Name) || endnote && name == "record"):
				line, _ := d.InputPos()
				it = &feedItem{line: line, dblp: dblp, endnote: endnote}
				if about := attrValue(t.Attr, "about"); zoteroRecord(t.Name) && strings.HasPrefix(about, "http") {
					it.links = append(it.links, about) // Zotero's record of a web page or preprint
				}
				if key := attrValue(t.Attr, "key"); dblp && key != "" && !strings.ContainsAny(key, " ?#") {
					it.links = append(it.links, "https://dblp.org/rec/"+key) // the record's page
				}
				path = path[:0]
				items++
				continue
			case it == nil:
				continue
			case len(path) > 0 && (inlineMarkup(t.Name) || it.endnote && name == "style"):
				// dblp's "On the <i>k</i>-Means Problem in L<sub>2</sub>.",
				// Atom's XHTML: the field's text goes on through it.
				inline++
				if blockMarkup[name] {
					text.WriteByte(' ')
				}
				if name == "a" {
					it.link(t.Attr) // Atom XHTML's "Code: <a href=...>here</a>"
				}
				continue
			}
			path = append(path, name)
			text.Reset()
			if name == "link" {
				it.link(t.Attr)
			}
		case xml.CharData:
			if it != nil && len(path) > 0 && text.Len() < maxFeedField {
				text.Write(t)
			}
		case xml.EndElement:
			if it == nil {
				depth--
				continue
			}
			if inline > 0 && (inlineMarkup(t.Name) || it.endnote && t.Name.Local == "style") {
				inline--
				if blockMarkup[t.Name.Local] {
					text.WriteByte(' ')
				}
				continue
			}
			inline = 0
			if len(path) == 0 { // the item's own end
				depth--
				if re := it.entry(); re != nil {
					emit(re)
				} else if it.endnote {
					// A library's record, which is a paper whatever its type.
					lr.report(&InputError{File: lr.file, Line: it.line, Err: errors.New("skipped: a record without a title")})
				}
				it = nil
				continue
			}
			if it.endnote {
				it.endnoteField(path, text.String())
			} else if it.dblp && path[0] == "info" && len(path) > 1 {
				it.field(path[1:], text.String()) // a dblp search hit's fields
			} else {
				it.field(path, text.String())
			}
			text.Reset()
			path = path[:len(path)-1]
		}
	}
	if items == 0 && root != "" && !feedRoots[root] {
		return &InputError{File: lr.file, Line: 1, Err: fmt.Errorf("XML of <%s>, which is no RSS or Atom feed, nor dblp's, Zotero's or EndNote's XML", root)}
	}
	return nil
}

// attrValue is the value of the attribute named name, or "".
func attrValue(attrs []xml.Attr, name string) string {
	for _, a := range attrs {
		if a.Name.Local == name {
			return strings.TrimSpace(a.Value)
		}
	}
	return ""
}

// inlineMarkup reports whether an element inside a field is markup of
// its text: HTML's (XHTML, or the names dblp uses in titles), not a field
// of its own.
func inlineMarkup(n xml.Name) bool {
	switch n.Space {
	case "http://www.w3.org/1999/xhtml":
		return true
	case "", "http://www.w3.org/2005/Atom", "http://purl.org/rss/1.0/":
		return textStyleTags[n.Local] || blockMarkup[n.Local]
	}
	return false // RDF's <rdf:li>, a list of authors, is no HTML
}

// blockMarkup are the tags of HTML's blocks, which part words.
var blockMarkup = wordSet("p div br li ul ol")

// zoteroRecord reports whether an element under a Zotero RDF export's root
// is a record of a work (bib:Article, bib:Book, a z:itemType's
// rdf:Description...), not a journal the records share, a note or an
// attachment.
func zoteroRecord(n xml.Name) bool {
	switch n.Space {
	case "http://purl.org/net/biblio#":
		switch n.Local {
		case "Journal", "Periodical", "Series", "Memo":
			return false
		}
		return true
	case "http://www.w3.org/1999/02/22-rdf-syntax-ns#":
		return n.Local == "Description"
	}
	return false
}

// feedRoots are the root elements of the XML readFeed reads.
var feedRoots = map[string]bool{"rss": true, "feed": true, "RDF": true, "dblpperson": true, "dblp": true, "result": true, "xml": true}

// dblpRecords are the elements of dblp's XML that are publications (a
// "www" record is a person's home page, no paper).
var dblpRecords = map[string]bool{"article": true, "inproceedings": true, "proceedings": true, "book": true,
	"incollection": true, "phdthesis": true, "mastersthesis": true, "data": true}

// maxFeedField bounds the text kept of one element of a feed's item.
const maxFeedField = 1 << 20

// feedItem is a feed's item as it is read.
type feedItem struct {
	line                                                  int
	dblp                                                  bool // an item of dblp's XML
	endnote                                               bool // a record of EndNote's XML
	title, abstract, date, updated, year, venue, arxivURL string
	authors                                               []string
	links                                                 []string
	notes                                                 []string // arXiv's comments: "Code: https://..."
	surnameOnly                                           bool     // the last author so far is a Zotero surname, its given name yet to come
}

// link keeps an Atom <link href="..."> (RSS's <link> holds its address as
// text, which field reads).
func (it *feedItem) link(attrs []xml.Attr) {
	if href := attrValue(attrs, "href"); href != "" {
		it.links = append(it.links, href)
	}
}

// field keeps the text of an element of the item; path is the elements
// open inside the item, the element itself last.
func (it *feedItem) field(path []string, text string) {
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	name := path[len(path)-1]
	parent := ""
	if len(path) > 1 {
		parent = path[len(path)-2]
	}
	if it.dblp {
		switch {
		case name == "title" && len(path) == 1:
			it.title = dropFinalStop(htmlText(text))
		case name == "author" && (len(path) == 1 || parent == "authors"):
			it.authors = append(it.authors, dropHomonymNumber(collapseSpace(text)))
		case (name == "booktitle" || name == "journal" || name == "venue") && it.venue == "":
			it.venue = collapseSpace(text)
		case name == "year":
			it.year = text
		case name == "ee":
			it.links = append(it.links, text)
		case name == "url" && strings.HasPrefix(text, "http"): // the record's page (the search API's)
			it.links = append(it.links, text)
		case name == "doi" && strings.HasPrefix(text, "10."):
			it.links = append(it.links, "https://doi.org/"+text)
		}
		return
	}
	switch {
	case name == "title" && len(path) == 1:
		// "Folding with <i>Sparse</i> Models": the markup of text styles
		// goes, and a title that reads "<script>" as text keeps it.
		it.title = collapseSpace(html.UnescapeString(dropTextMarkup(text)))
	case name == "title" && (parent == "Journal" || parent == "Periodical" || parent == "Series") && it.venue == "":
		it.venue = collapseSpace(text) // Zotero's dcterms:isPartOf > bib:Journal > dc:title
	case name == "surname" && parent == "Person":
		// Zotero writes each foaf:Person's surname, then its given name.
		it.authors = append(it.authors, collapseSpace(text))
		it.surnameOnly = true
	case name == "givenName" && parent == "Person" && it.surnameOnly:
		last := len(it.authors) - 1
		it.authors[last] = collapseSpace(text) + " " + it.authors[last]
		it.surnameOnly = false
	case name == "value" && parent == "URI" && strings.HasPrefix(text, "http"):
		it.links = append(it.links, text) // Zotero's dc:identifier > dcterms:URI > rdf:value
	case (name == "summary" || name == "description" || name == "content" || name == "encoded" || name == "abstract") && it.abstract == "":
		var links []string
		it.abstract, links = feedAbstract(text)
		it.links = append(it.links, links...)
	case name == "name" && parent == "author":
		it.authors = append(it.authors, collapseSpace(text))
	case name == "creator" || name == "author" && len(path) == 1 && !strings.Contains(text, "@"):
		// dc:creator "Ann Smith, Bob Jones" (arXiv's RSS), or one name each.
		// "Smith, A., Jones, B. C.", surname first, as bioRxiv writes them.
		names, _ := splitAuthors(htmlText(text))
		it.authors = append(it.authors, names...)
	case name == "link" && len(path) == 1, name == "guid" && strings.HasPrefix(text, "http"):
		it.links = append(it.links, text)
	case name == "id" && len(path) == 1 && strings.HasPrefix(text, "http"):
		it.arxivURL = text
	case name == "published" || name == "pubDate" || name == "date":
		it.date = text
	case name == "updated" && it.updated == "":
		it.updated = text // when no other date is given
	case name == "comment":
		it.notes = append(it.notes, text)
	case name == "journal_ref" || name == "publicationName":
		it.venue = collapseSpace(text)
	case name == "doi" || name == "identifier" && (strings.HasPrefix(strings.ToLower(text), "doi:") || strings.HasPrefix(text, "DOI ")):
		// "doi:10.1000/x" (Dublin Core), "DOI 10.1000/x" (Zotero's RDF).
		doi := strings.TrimSpace(text[strings.IndexAny(text, ": ")+1:])
		if name == "doi" {
			doi = text
		}
		if strings.HasPrefix(doi, "10.") {
			it.links = append(it.links, "https://doi.org/"+doi)
		}
	}
}

// endnoteField keeps the text of a field of a record of EndNote's XML (as
// EndNote, Mendeley and Papers export a library): its title, authors
// (surname first), journal or proceedings, year and date, abstract,
// DOI, addresses, and the links in its notes.
func (it *feedItem) endnoteField(path []string, text string) {
	text = collapseSpace(text)
	if text == "" {
		return
	}
	name, parent := path[len(path)-1], ""
	if len(path) > 1 {
		parent = path[len(path)-2]
	}
	switch {
	case name == "title" && parent == "titles":
		it.title = text
	case name == "secondary-title" && parent == "titles" && it.venue == "":
		it.venue = text
	case name == "full-title" && parent == "periodical":
		it.venue = text // the journal's full name, where the title's may be short ("J. Mach. Learn. Res.")
	case name == "author" && parent == "authors" && len(path) == 3 && path[0] == "contributors":
		it.authors = append(it.authors, givenFirst(text)) // "Smith, Ann B." is Ann B. Smith
	case name == "year" && parent == "dates":
		it.year = text
	case name == "date" && parent == "pub-dates":
		if iso := isoLike(text); len(iso) >= len("2006-01") {
			it.date = iso // "2024/01/15"; "Jan" alone leaves the year
		}
	case name == "abstract":
		it.abstract = text
	case name == "electronic-resource-num":
		if doi := strings.TrimPrefix(strings.TrimPrefix(text, "https://doi.org/"), "doi:"); strings.HasPrefix(doi, "10.") {
			it.links = append(it.links, "https://doi.org/"+doi)
		}
	case name == "url" && strings.HasPrefix(text, "http"):
		it.links = append(it.links, text) // related-urls, pdf-urls (not "internal-pdf://")
	case name == "notes" || name == "research-notes":
		it.notes = append(it.notes, text)
	}
}

// feedAbstract is an item's summary as text, and its HTML's links: the
// tags and entities read, and arXiv's RSS header ("arXiv:2401.00001v1 Announce Type: new
// Abstract: ...") and a journal's line of where and when it was published
// dropped.
func feedAbstract(s string) (string, []string) {
	// Nature's and Springer's feeds open the content with a paragraph of
	// where and when ("<p>Nature, Published online: 05 January 2024;
	// doi:...</p>"), which is no abstract.
	if first, rest, ok := strings.Cut(strings.TrimSpace(s), "</p>"); ok && strings.HasPrefix(first, "<p>") && strings.Contains(first, "Published online:") {
		s = rest
	}
	s, links := htmlTextLinks(s)
	if strings.HasPrefix(s, "arXiv:") {
		if _, rest, ok := strings.Cut(s, "Abstract:"); ok {
			s = strings.TrimSpace(rest)
		}
	}
	return s, links
}

// entry makes the item a raw entry, or nil when it has no title.
func (it *feedItem) entry() *rawEntry {
	if it.title == "" {
		return nil
	}
	re := &rawEntry{title: it.title, line: it.line, authors: -1, venue: it.venue}
	if it.abstract != "" {
		re.abstract = []string{it.abstract}
	}
	if len(it.authors) > 0 {
		re.setAuthors(it.authors, false)
	}
	if it.arxivURL != "" {
		re.explicit = append(re.explicit, it.arxivURL)
	}
	re.explicit = append(re.explicit, it.links...)
	for _, note := range it.notes {
		for _, s := range ScanLinks(note) {
			re.explicit = append(re.explicit, s.Raw)
		}
		if re.venue == "" {
			re.venue = commentVenue(note) // "Accepted at ICML 2024"
		}
	}
	if it.date == "" {
		it.date = it.updated
	}
	re.dateText, re.dateISO = feedDate(it.date)
	if re.dateText == "" && len(it.year) == 4 && hasYear(it.year) {
		re.dateText = it.year // dblp's year alone
	}
	return re
}

// feedDate reads a feed's date, Atom's ("2024-01-05T18:00:00Z") or RSS's
// ("Fri, 05 Jan 2024 00:00:00 -0500"), as the day it names.
func feedDate(s string) (text, iso string) {
	if s == "" {
		return "", ""
	}
	if len(s) >= 10 && isoDate(s[:10]) != "" {
		return s[:10], s[:10]
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "2 Jan 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			day := t.Format("2006-01-02")
			return day, day
		}
	}
	return s, ""
}
