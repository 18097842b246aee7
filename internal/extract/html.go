package extract

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// readHTML reads a saved web page. A Hugging Face papers page carries its
// papers as the daily-papers API's JSON, in a data-props attribute, and
// those are what it lists; arXiv's listings and Google Scholar's profiles
// are read by their markup; any other page is written out as the Markdown
// it stands for (headings, lists, tables and links) and read as Markdown,
// with each entry at its line in the page.
func (x *Extractor) readHTML(lr *lineReader, emit func(*rawEntry)) error {
	src, err := readWhole(lr, MaxWholeBytes, MaxHTMLLineBytes, "HTML page")
	if err != nil {
		return err
	}
	if found, err := readPageData(lr, src, emit); found || err != nil {
		return err
	}
	if readArxivPage(lr, src, emit) || readScholarPage(lr, src, emit) || readScholarSearch(src, emit) || readDblpPage(src, emit) || readACMPage(src, emit) {
		return nil
	}
	md, lines := pageMarkdownFrom(src, x.opts.BaseURL)
	parseMarkdown(md, func(re *rawEntry) {
		if re.line >= 1 && re.line <= len(lines) {
			re.line = lines[re.line-1]
		}
		emit(re)
	})
	return nil
}

// readPageData reads the papers a Hugging Face page keeps in the
// data-props attribute of its DailyPapers element. It reports whether the
// page had them; a paper without a title is reported and skipped, and
// JSON that does not parse is an error at the element's line.
func readPageData(lr *lineReader, src []byte, emit func(*rawEntry)) (bool, error) {
	z := html.NewTokenizer(bytes.NewReader(src))
	line, found := 1, false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return found, nil
		}
		at := line
		line += bytes.Count(z.Raw(), []byte("\n"))
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		props, ok := attr(z, "data-props")
		if !ok || !strings.Contains(props, `"dailyPapers"`) {
			continue
		}
		var page struct {
			DailyPapers []json.RawMessage `json:"dailyPapers"`
		}
		if err := json.Unmarshal([]byte(props), &page); err != nil {
			return found, &InputError{File: lr.file, Line: at, Err: fmt.Errorf("bad JSON in data-props: %v", err)}
		}
		found = true
		for _, raw := range page.DailyPapers {
			var item hfItem
			var re *rawEntry
			err := json.Unmarshal(raw, &item)
			if err == nil {
				re, err = hfEntry(&item)
			}
			if err != nil {
				lr.report(&InputError{File: lr.file, Line: at, Err: fmt.Errorf("skipped: %v", err)})
				continue
			}
			re.line = at
			emit(re)
		}
	}
}

// attr is the value of the current tag's attribute named key.
func attr(z *html.Tokenizer, key string) (string, bool) {
	for {
		k, v, more := z.TagAttr()
		if string(k) == key {
			return string(v), true
		}
		if !more {
			return "", false
		}
	}
}

// pageMarkdown writes an HTML page as Markdown: headings, list items,
// table rows and paragraphs on lines of their own, links as [text](url),
// and what a reader does not see (scripts, styles, the head, buttons)
// left out. lines[i] is the page's line where Markdown line i+1 starts.
func pageMarkdown(src []byte) ([]byte, []int) { return pageMarkdownFrom(src, "") }

// pageMarkdownFrom is pageMarkdown for a page whose relative links
// resolve against base where the page gives no address of its own.
func pageMarkdownFrom(src []byte, base string) ([]byte, []int) {
	w := &mdWriter{lines: []int{1}, bold: -1, fallback: base}
	scope := contentStart(src)
	w.outside = scope >= 0
	z := html.NewTokenizer(bytes.NewReader(src))
	line, starts := 1, 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		w.at = line
		raw := z.Raw()
		line += bytes.Count(raw, []byte("\n"))
		switch tt {
		case html.TextToken:
			if !w.quiet() && !w.badge {
				w.text(string(z.Text()))
			}
		case html.CommentToken:
			w.savedFrom(string(z.Text()))
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			if starts == scope {
				w.scopeTag, w.outside = string(name), false
			}
			starts++
			w.start(string(name), readAttrs(z), tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			w.end(string(name))
		}
	}
	w.endCell()
	w.endRow()
	return w.b.Bytes(), w.lines
}

// contentStart finds where a page's content is, apart from its menus and
// footers: the start tag (counted from 0) of its <main> element, or of the
// element GitHub renders a README in (class "markdown-body"); or -1.
func contentStart(src []byte) int {
	z := html.NewTokenizer(bytes.NewReader(src))
	for n := 0; ; {
		switch z.Next() {
		case html.ErrorToken:
			return -1
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "main" {
				return n
			}
			if class, ok := attr(z, "class"); hasAttr && ok && slices.Contains(strings.Fields(class), "markdown-body") {
				return n
			}
			n++
		}
	}
}

// maxListDepth is the deepest a list is written; deeper lists are written
// at that depth (see maxIndent).
const maxListDepth = 8

// hiddenTags hold nothing a reader of the page sees as its text, or only
// its menus and footers.
var hiddenTags = map[string]bool{"head": true, "nav": true, "footer": true, "script": true, "style": true, "noscript": true,
	"template": true, "svg": true, "button": true, "select": true, "textarea": true, "iframe": true, "object": true}

// blockTags start and end a paragraph.
var blockTags = map[string]bool{"p": true, "div": true, "section": true, "article": true, "header": true,
	"footer": true, "main": true, "aside": true, "nav": true, "blockquote": true, "figure": true,
	"figcaption": true, "dl": true, "dt": true, "dd": true, "pre": true, "hr": true, "form": true,
	"address": true, "details": true, "summary": true, "center": true, "fieldset": true, "caption": true}

// mdWriter is pageMarkdown's state: the Markdown so far and where each of
// its lines came from, and the open elements that shape what comes next.
type mdWriter struct {
	b     bytes.Buffer
	lines []int
	at    int // the page's line of the current token

	hidden  int  // depth inside hidden elements
	outside bool // before or after the page's content element
	// The content element's tag, and how deep inside such tags the
	// writer is, once it is found.
	scopeTag   string
	scopeDepth int
	lists      int    // depth of open lists
	heading    bool   // inside a heading, which stays on one line
	dest       string // the open link's destination, "" outside links
	lastDest   string // the destination of the last link written, in the same item or section
	// A card is a link wrapping blocks (<a><h3>Title</h3><p>blurb</p></a>):
	// its text is the first block's, and the rest follows the link on its
	// line. linkAt is where the card's "[" is in b, and cardHeading and
	// cardMore say whether it holds a heading and text after its title.
	card, cardHeading, cardMore bool
	linkAt                      int
	base                        string // the page's address, for relative links
	fallback                    string // the address to use where the page gives none
	paraStart                   int    // where the current top-level paragraph starts in b
	bold                        int    // where the open <b> or <strong> was written in b, or -1

	// A definition list's term (<dt>, a paper's title on some pages) and
	// its descriptions (<dd>: authors, links) are one paragraph:
	// afterTerm is set from a term's end to the next term, and dd counts
	// the open descriptions that follow one.
	afterTerm bool
	dd        int

	// An element whose class names a part of a paper (class="authors",
	// "title", "periodical"), as pages of publications mark them: its
	// tag, how deep in such tags the writer is, and the part.
	roleTag   string
	roleDepth int
	role      string

	badge bool // inside an <abbr class="badge">, which is not written

	// The element whose class hides it (hiddenClass), and how deep in
	// elements of its name the writer is.
	hiddenTag   string
	hiddenDepth int

	// A table's rows are written whole: cells collect in cell and row,
	// and the first row written is followed by GFM's delimiter row.
	tables, rows int
	row          []string
	rowAt        int // the page's line where the row starts
	cell         *strings.Builder
}

// quiet reports whether what comes now is not written: hidden, or
// outside the page's content.
func (w *mdWriter) quiet() bool { return w.hidden > 0 || w.outside }

func (w *mdWriter) start(name string, a tagAttrs, selfClosing bool) {
	if hiddenTags[name] && !selfClosing {
		w.hidden++
	}
	switch {
	case selfClosing:
	case w.hiddenTag == "" && (name == "span" || name == "div") && hiddenClass(a.class):
		// <span class="hidden">: what the page never shows. (Elements
		// whose end tag HTML lets go, <p> and <li>, are not followed.)
		w.hiddenTag, w.hiddenDepth = name, 1
		w.hidden++
	case name == w.hiddenTag:
		w.hiddenDepth++
	}
	switch name {
	case "base":
		if a.href != "" && w.base == "" {
			w.base = a.href
		}
		return
	case "link":
		if strings.EqualFold(a.rel, "canonical") && w.base == "" {
			w.base = a.href
		}
		return
	case "meta":
		// Open Graph's address, which sites' themes write on every
		// page, where no canonical link comes before it.
		if strings.EqualFold(a.property, "og:url") && w.base == "" {
			w.base = strings.TrimSpace(a.content)
		}
		return
	}
	if name == w.scopeTag && !selfClosing && !w.outside {
		w.scopeDepth++
	}
	if name == w.roleTag && !selfClosing {
		w.roleDepth++ // hidden or not, as its end tag is counted
	}
	if w.quiet() {
		return
	}
	switch {
	case name == "a":
		w.closeLink()
		w.endCard()
		if w.role == "author" {
			break // an author's page, no link of the paper's
		}
		if d := w.resolve(a.href); d != "" {
			w.linkAt = w.b.Len()
			w.write("[")
			w.dest = d
		}
	case name == "img" && w.dest == "":
		// A star-count badge, not inside a link: the repository it counts.
		if badgeRepo(a.src) != "" {
			w.write(" [GitHub](" + badgeRepo(a.src) + ") ")
		}
	case name == "br":
		w.newline() // a line of the same paragraph
	case (name == "b" || name == "strong") && w.cell == nil && w.tables == 0:
		if w.bold < 0 {
			w.write("**")
			w.bold = w.b.Len()
		}
	case name == "ul" || name == "ol":
		w.lists++
		w.newline()
	case name == "li":
		w.lastDest = ""
		w.newline()
		w.write(strings.Repeat("  ", min(max(w.lists-1, 0), maxListDepth)) + "- ")
	case (isHeading(name) || blockTags[name]) && w.dest != "" && w.dest == w.lastDest && !w.card:
		// A link around a summary, to the page the title just
		// linked (<a class="summary-link" href=page><div><p>...):
		// text, as it reads, and no second link to the page.
		w.unlink()
		w.paragraph()
	case (isHeading(name) || blockTags[name]) && w.dest != "" && w.cell == nil && w.tables == 0:
		w.card = true // a card's title: its text is the link's
		w.cardHeading = w.cardHeading || isHeading(name)
		w.newline()
	case isHeading(name) && w.dest == "" && w.lists > 0 && w.cell == nil && w.tables == 0:
		// <li><h4><a>Title</a></h4><div>Authors</div>: a heading
		// would end the item, whose title it is; it is bold text of the
		// item instead, on a line of its own.
		if !itemOpened(w.b.Bytes()) {
			w.newline()
		}
		if w.bold < 0 {
			w.write("**")
			w.bold = w.b.Len()
		}
		w.heading = true
	case isHeading(name) && w.dest == "":
		w.lastDest = ""
		w.paragraph()
		w.write(strings.Repeat("#", int(name[1]-'0')) + " ")
		w.heading = true
	case name == "table":
		w.tables++
		if w.tables == 1 {
			w.paragraph()
			w.rows = 0
		}
	case name == "tr" && w.tables == 1:
		w.lastDest = ""
		w.endRow()
		w.row = []string{}
		w.rowAt = w.at
	case (name == "td" || name == "th") && w.tables == 1 && w.row != nil:
		w.endCell()
		w.cell = &strings.Builder{}
	case name == "dt":
		w.dd = 0 // a <dd> may go unclosed, as HTML allows
		w.paragraph()
	case name == "dd" && w.afterTerm:
		w.dd++
		w.newline() // a term's descriptions are lines of its paragraph
	case blockTags[name] && w.role == "entry":
		w.write(" ") // <div class="csl-left-margin">[1] </div><div class="csl-right-inline">...
	case blockTags[name] && w.dd > 0:
		w.newline()
	case blockTags[name] && !itemOpened(w.b.Bytes()):
		w.paragraph()
	}
	w.afterTerm = w.afterTerm && name != "dt" && name != "dl"
	switch {
	case w.roleTag == "" && roleElems[name] && !selfClosing && w.cell == nil && w.tables == 0 && w.dest == "":
		switch w.role = classRole(a.class); w.role {
		case "author":
			// <span class="authors">Ann Smith</span>: the names are a
			// field, which a byline reads even when one name stands alone.
			w.write("Authors: ")
		case "venue": // <div class="periodical"><em>ICML</em>, 2024</div>
			w.write("Venue: ")
		case "entry":
			// <div class="csl-entry">Smith, A. (2024). Title. ...</div>,
			// a reference of a bibliography as citation styles write
			// it (Zotero's, Pandoc's): the list item it stands for.
			if w.atLineStart() {
				w.write("- ")
			}
		case "title": // <div class="title">Title</div>, a title as lists give it
			if w.bold < 0 {
				w.write("**")
				w.bold = w.b.Len()
			}
		}
		if w.role != "" {
			w.roleTag, w.roleDepth = name, 1
		}
	case name == "abbr" && !selfClosing && w.dest == "":
		// <abbr class="badge">ICML</abbr> over a title, as the al-folio
		// theme writes the venue's short name: a line of its own that
		// would open the paper's item, and that its venue's line says.
		w.badge = strings.Contains(strings.ToLower(a.class), "badge")
	}
}

// roleElems are the elements a page may mark a part of a paper in by
// their class.
var roleElems = map[string]bool{"span": true, "div": true, "p": true, "i": true, "em": true, "small": true, "strong": true, "b": true}

// classRole is the part of a paper a class attribute names: "author"
// ("authors", "pub-author"), "title" ("title", "paper-title") or
// "venue" ("periodical", as the al-folio theme of academic pages writes
// it, "venue", "journal"), or "".
func classRole(class string) string {
	names := strings.Fields(strings.ToLower(class))
	for _, c := range names {
		// "author-highlighted" marks one name among the authors,
		// the site owner's, not the field.
		if strings.Contains(c, "author") && !strings.Contains(c, "highlight") {
			return "author"
		}
	}
	for _, c := range names {
		switch c {
		case "title", "paper-title", "papertitle", "pub-title", "publication-title", "article-title":
			return "title"
		case "periodical", "venue", "pub-venue", "publication-venue", "journal", "booktitle":
			return "venue"
		case "csl-entry":
			return "entry"
		}
	}
	return ""
}

func (w *mdWriter) end(name string) {
	if name == w.hiddenTag {
		if w.hiddenDepth--; w.hiddenDepth == 0 {
			w.hiddenTag = ""
			w.hidden--
		}
	}
	if name == w.roleTag {
		if w.roleDepth--; w.roleDepth == 0 {
			switch w.role {
			case "title":
				w.closeBold()
			case "entry":
				w.paragraph()
			case "author", "venue":
				// The field ends with its element, inline or not:
				// "<span class="authors">A, B</span>; Proceedings of ...".
				w.newline()
			}
			w.roleTag, w.role = "", ""
		}
	}
	if name == "abbr" {
		w.badge = false
	}
	if hiddenTags[name] {
		if w.hidden > 0 {
			w.hidden--
		}
		return
	}
	if name == w.scopeTag && !w.outside {
		if w.scopeDepth--; w.scopeDepth == 0 {
			w.closeLink()
			w.outside = true
			w.scopeTag = ""
		}
	}
	if w.quiet() {
		return
	}
	switch {
	case name == "a":
		w.closeLink()
		w.endCard()
	case (isHeading(name) || blockTags[name]) && w.card:
		if w.dest != "" && w.b.Len() > w.linkAt+1 {
			w.closeBold()
			w.closeLink() // the title ends with its block
		}
	case name == "b" || name == "strong":
		w.closeBold()
	case name == "ul" || name == "ol":
		if w.lists > 0 {
			w.lists--
		}
		w.paragraph()
	case isHeading(name) && w.heading:
		w.closeLink()
		w.heading = false
		w.paragraph()
	case name == "table":
		if w.tables == 1 {
			w.endCell()
			w.endRow()
			w.paragraph()
		}
		w.tables = max(w.tables-1, 0)
	case (name == "td" || name == "th") && w.tables == 1:
		w.endCell()
	case name == "tr" && w.tables == 1:
		w.endCell()
		w.endRow()
	case name == "dt":
		w.afterTerm = true // its <dd>s follow on its paragraph
		w.newline()
	case name == "dl":
		w.afterTerm, w.dd = false, 0
		w.paragraph()
	case name == "dd" && w.dd > 0:
		w.dd--
		w.newline()
	case blockTags[name] && w.role == "entry":
		w.write(" ")
	case blockTags[name] && w.dd > 0:
		w.newline()
	case blockTags[name] && !itemOpened(w.b.Bytes()):
		w.paragraph()
	}
}

func isHeading(name string) bool {
	return len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6'
}

// tagAttrs are the attributes of a start tag the writer reads.
type tagAttrs struct{ class, href, src, rel, property, content string }

// readAttrs reads a start tag's attributes.
func readAttrs(z *html.Tokenizer) tagAttrs {
	var a tagAttrs
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "class":
			a.class = string(v)
		case "href":
			a.href = string(v)
		case "src":
			a.src = string(v)
		case "rel":
			a.rel = string(v)
		case "property":
			a.property = string(v)
		case "content":
			a.content = string(v)
		}
		if !more {
			return a
		}
	}
}

// hiddenClass reports whether a class attribute hides its element on
// every screen: "hidden" or "d-none", but not beside a class that shows
// it on some ("hidden md:block", "d-none d-md-flex").
func hiddenClass(class string) bool {
	hidden := false
	for _, c := range strings.Fields(class) {
		switch {
		case c == "hidden" || c == "d-none":
			hidden = true
		case strings.Contains(c, ":") || strings.HasPrefix(c, "d-"):
			return false
		}
	}
	return hidden
}

// savedFrom takes the page's address from the comment browsers put at the
// top of a saved page ("saved from url=(0030)https://example.org/list").
func (w *mdWriter) savedFrom(comment string) {
	_, rest, ok := strings.Cut(comment, "saved from url=")
	if !ok || w.base != "" {
		return
	}
	if i := strings.IndexByte(rest, ')'); strings.HasPrefix(rest, "(") && i > 0 {
		rest = rest[i+1:]
	}
	w.base = strings.TrimSpace(rest)
}

// resolve makes a link's destination absolute against the page's address.
// It returns "" for what is no web link (mailto:, javascript:, a bare
// "#") and for a relative link on a page whose address is unknown; a
// fragment ("#top") stays as it is, a table-of-contents link to the
// Markdown reader.
func (w *mdWriter) resolve(href string) string {
	href = strings.TrimSpace(href)
	switch {
	case href == "" || href == "#" || href == "#!":
		return "" // a script's link ("<a href="#" onclick=...>Ann Smith</a>")
	case strings.HasPrefix(href, "#"):
		return mdDest(href)
	}
	u, err := url.Parse(href)
	if err != nil {
		return ""
	}
	if !u.IsAbs() {
		base, err := url.Parse(cmp.Or(w.base, w.fallback))
		if err != nil || !base.IsAbs() {
			return ""
		}
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return mdDest(u.String())
}

// mdDest writes a destination so that Markdown reads it whole.
func mdDest(s string) string { return destEscaper.Replace(s) }

var destEscaper = strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E")

// closeBold ends bold text. "**" must touch the text on both sides, so
// white space around it moves outside; bold with no text, or broken over
// lines, is plain text after all.
func (w *mdWriter) closeBold() {
	if w.bold < 0 {
		return
	}
	b := w.b.Bytes()
	content := append([]byte(nil), b[w.bold:]...)
	text := bytes.TrimSpace(content)
	w.b.Truncate(w.bold - 2)
	switch {
	case len(text) == 0 || bytes.IndexByte(text, '\n') >= 0:
		w.b.Write(content)
	default:
		if content[0] == ' ' {
			w.b.WriteByte(' ')
		}
		w.b.WriteString("**")
		w.b.Write(text)
		w.b.WriteString("**")
		if content[len(content)-1] == ' ' {
			w.b.WriteByte(' ')
		}
	}
	w.bold = -1
}

func (w *mdWriter) closeLink() {
	if w.dest != "" {
		w.write("](" + w.dest + ")")
		w.lastDest, w.dest = w.dest, ""
	}
}

// unlink undoes the open link: its "[" goes, and what follows is text.
func (w *mdWriter) unlink() {
	if b := w.b.Bytes(); w.linkAt < len(b) && b[w.linkAt] == '[' {
		rest := append([]byte(nil), b[w.linkAt+1:]...)
		w.b.Truncate(w.linkAt)
		w.b.Write(rest)
	}
	w.dest = ""
}

// endCard ends a card at its closing </a>. A card standing alone, not in
// a list, table or text, with a heading or text after its title, is a list
// item, as a list of papers or projects would write it.
func (w *mdWriter) endCard() {
	if !w.card {
		return
	}
	w.card = false
	b := w.b.Bytes()
	// The "[" may have moved if bold around it was undone (closeBold).
	alone := w.lists == 0 && !w.heading && w.linkAt < len(b) && b[w.linkAt] == '[' &&
		(w.linkAt == 0 || b[w.linkAt-1] == '\n')
	if alone && (w.cardHeading || w.cardMore) {
		rest := append([]byte(nil), b[w.linkAt:]...)
		w.b.Truncate(w.linkAt)
		w.b.WriteString("- ")
		w.b.Write(rest)
		w.paragraph()
	}
	w.cardHeading, w.cardMore = false, false
}

// text writes text with its white space collapsed and Markdown's
// punctuation escaped, so that it reads back as the same text.
func (w *mdWriter) text(s string) {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\f', '\u00a0':
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if r < 0x80 && strings.ContainsRune("\\`*_[]<>!#|&~", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	t := b.String()
	if space {
		t += " "
	}
	if w.card && w.dest == "" && strings.TrimSpace(t) != "" {
		w.cardMore = true
	}
	if w.atLineStart() {
		t = strings.TrimLeft(t, " ")
		t = unmarked(t)
	}
	w.write(t)
}

// unmarked escapes what would open a list at the start of a line
// ("2023. Title", "- x", "+ y"), so that it stays text.
func unmarked(t string) string {
	if strings.HasPrefix(t, "-") || strings.HasPrefix(t, "+") {
		return `\` + t
	}
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i > 0 && i < len(t) && (t[i] == '.' || t[i] == ')') {
		return t[:i] + `\` + t[i:]
	}
	return t
}

// lastByte is the last byte written to the open cell or the Markdown, or
// '\n' before any.
func (w *mdWriter) lastByte() byte {
	if w.cell != nil {
		if c := w.cell.String(); c != "" {
			return c[len(c)-1]
		}
		return '\n'
	}
	if b := w.b.Bytes(); len(b) > 0 {
		return b[len(b)-1]
	}
	return '\n'
}

// atLineStart reports whether the next text opens a line (or a cell).
func (w *mdWriter) atLineStart() bool {
	if w.cell != nil {
		return w.cell.Len() == 0
	}
	b := w.b.Bytes()
	return len(b) == 0 || b[len(b)-1] == '\n' || bytes.HasSuffix(b, []byte("- ")) && w.lists > 0
}

// write appends s to the open cell or the Markdown; a line takes the
// page's line of its first text.
func (w *mdWriter) write(s string) {
	if s == "" {
		return
	}
	if w.cell != nil {
		w.cell.WriteString(s)
		return
	}
	if w.tables > 0 {
		return // text of a table between its cells
	}
	if b := w.b.Bytes(); len(b) == 0 || b[len(b)-1] == '\n' {
		w.lines[len(w.lines)-1] = w.at
	}
	w.b.WriteString(s)
}

// newline ends the current line, unless it is empty; in a heading, a
// table cell or a link, which Markdown keeps on one line, it is a space.
func (w *mdWriter) newline() {
	w.closeBold()
	if w.heading || w.cell != nil || w.dest != "" || w.card {
		if c := w.lastByte(); c != ' ' && c != '[' {
			w.write(" ")
		}
		return
	}
	if w.tables > 0 {
		return
	}
	b := w.b.Bytes()
	if len(b) == 0 || b[len(b)-1] == '\n' {
		return
	}
	w.b.WriteByte('\n')
	w.lines = append(w.lines, w.at)
}

// itemOpened reports whether b ends with a list item's marker and nothing
// after it ("- ", indented or not): a block's line break there would
// leave the item empty, its text a paragraph after the list
// (<li><div>Title</div>).
func itemOpened(b []byte) bool {
	line := b[bytes.LastIndexByte(b, '\n')+1:]
	return bytes.HasSuffix(line, []byte("- ")) && len(bytes.TrimLeft(line, " ")) == 2
}

// paragraph ends the current paragraph: a blank line follows it, but in
// a list item, whose lines must stay together, only a line break.
func (w *mdWriter) paragraph() {
	w.closeBold()
	w.newline()
	if w.lists > 0 || w.heading || w.cell != nil || w.tables > 0 || w.dest != "" || w.card {
		return
	}
	b := w.b.Bytes()
	if len(b) == 0 || bytes.HasSuffix(b, []byte("\n\n")) {
		w.paraStart = len(b)
		return
	}
	if w.paraStart < len(b) && publication(b[w.paraStart:]) {
		// "Title. Authors. Venue. [pdf] [code]", as publication pages
		// list papers: written as the list item it stands for.
		rest := append([]byte(nil), b[w.paraStart:]...)
		w.b.Truncate(w.paraStart)
		w.b.WriteString("- ")
		w.b.Write(rest)
	}
	w.b.WriteByte('\n')
	w.lines = append(w.lines, w.at)
	w.paraStart = w.b.Len()
}

// publication reports whether a paragraph of the written Markdown lists a
// paper: text (not a list, heading or table, nor opening with a link or
// a bracket around one, "[[pdf](url)]") with a link labelled as its paper
// or code ("[pdf](url)", "[[code]](url)").
func publication(para []byte) bool {
	para = bytes.TrimSpace(para)
	if len(para) == 0 || para[0] == '-' || para[0] == '#' || para[0] == '|' || para[0] == '[' || bytes.HasPrefix(para, []byte(`\[`)) ||
		bytes.Contains(para, []byte("\n|")) || bytes.Contains(para, []byte("\n- ")) {
		return false
	}
	if lead, _, _ := bytes.Cut(para, []byte("[")); labelWords(string(lead)) {
		return false // "Cite [arXiv](url)": a paper's buttons, not the paper
	}
	for i := 0; ; {
		j := bytes.Index(para[i:], []byte("]("))
		if j < 0 {
			return false
		}
		j += i
		// A label is short: look for its "[" nearby only, so that a
		// paragraph of "](" is no quadratic search.
		from := max(0, j-64)
		open := bytes.LastIndexByte(para[from:j], '[')
		for open > 0 && para[from+open-1] == '\\' {
			open = bytes.LastIndexByte(para[from:from+open-1], '[')
		}
		if open >= 0 {
			open += from
			if label, _ := linkLabel(strings.ReplaceAll(string(para[open+1:j]), `\`, "")); label {
				return true
			}
		}
		i = j + 2
	}
}

func (w *mdWriter) endCell() {
	if w.cell == nil {
		return
	}
	w.closeLink()
	w.row = append(w.row, strings.TrimSpace(w.cell.String()))
	w.cell = nil
}

// endRow writes the row of cells collected, and after a table's first
// row the delimiter row that makes it the header.
func (w *mdWriter) endRow() {
	if w.row == nil {
		return
	}
	row := w.row
	w.row = nil
	if len(row) == 0 {
		return
	}
	w.lines[len(w.lines)-1] = w.rowAt
	w.b.WriteString("| " + strings.Join(row, " | ") + " |\n")
	w.lines = append(w.lines, w.rowAt)
	if w.rows == 0 {
		w.b.WriteString(strings.Repeat("| --- ", len(row)) + "|\n")
		w.lines = append(w.lines, w.rowAt)
	}
	w.rows++
}
