package extract

import (
	"bytes"
	"cmp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"golang.org/x/net/html"
)

// fieldList reports whether a list gives one paper's fields: every item
// a "Name: value" line with a name lists use for them (Paper, Code,
// Authors, Venue...), and some item a link.
func (p *markdownParser) fieldList(l *ast.List) bool {
	linked := false
	items, known := 0, 0
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		name, _, ok := strings.Cut(collapseSpace(p.text(item)), ":")
		name = strings.Trim(name, "*_ ")
		switch {
		case ok && fieldName(name):
			known++
		case !ok || len(strings.Fields(name)) > 3 || name == "":
			return false
		}
		items++
		linked = linked || len(p.links(item)) > 0
	}
	// Names of a list's own ("Impact: ...") may stand among the known
	// ones, but not make most of a short list.
	return linked && (known == items || known >= 2)
}

// headingEntry reads a paper given as a heading over a list of its fields.
func (p *markdownParser) headingEntry(h *ast.Heading, fields *ast.List) {
	title, dest := leadingLink(h, p.src)
	if dest == "" || strings.HasPrefix(dest, "#") {
		title, dest = p.text(h), ""
	}
	re := &rawEntry{line: p.line(h), authors: -1, section: p.sectionAbove(h.Level)}
	p.headingTitle(re, title)
	if re.title == "" {
		return
	}
	if dest != "" {
		re.explicit = append(re.explicit, dest)
	}
	for f := fields.FirstChild(); f != nil; f = f.NextSibling() {
		p.field(re, f)
	}
	p.emit(re)
}

// headingTitle gives re a heading's title, without the venue or year a
// parenthesis ends it with ("Attention Is All You Need (2017)"), which it
// keeps as the entry's tag.
func (p *markdownParser) headingTitle(re *rawEntry, title string) {
	title = dropNumber(trimTitle(collapseSpace(title))) // "## 1. Title"
	if i := strings.LastIndex(title, " ("); i > 0 && strings.HasSuffix(title, ")") && venueLike(title[i+1:]) {
		p.setTag(re, strings.Trim(title[i+1:], "()"))
		title = trimTitle(title[:i])
	}
	re.title = title
}

// headingOverParagraphs reads a paper given as a heading over the
// paragraphs that link it: a heading linking the paper itself ("###
// [Title](arXiv url)") or linking anything over paragraphs that link
// code; or a plain heading over a paragraph of labelled links alone
// ("[[Paper]](url) [[Code]](url)", "Code: [GitHub](url)"); or any
// heading over the lines a publication page gives a paper ("Published in
// ICML, 2024", "Recommended citation: ...", as Jekyll's academicpages
// theme writes them), which give its venue, year and authors, and the
// summary before them. A section's heading over its introduction is
// none. It returns the last paragraph the paper took, or nil when the
// heading gives no paper.
func (p *markdownParser) headingOverParagraphs(h *ast.Heading) (last ast.Node) {
	var links []string
	var fields []field
	labelled := false
	var pub publicationLines
	for c := h.NextSibling(); c != nil; c = c.NextSibling() {
		para, ok := c.(*ast.Paragraph)
		if !ok {
			break
		}
		if t, plain := p.titleAlone(para); t != "" {
			if re, _ := p.paperUnder(para, t, plain); re != nil {
				break // a paper of its own: the heading is a section ("## Volume 235: ICML")
			}
		}
		if re, _ := p.citationPaper(para); re != nil {
			break // "Authors: A, B (2024). [Title](url)" over its links, under "## Publications"
		}
		last = para
		own := p.links(para)
		links = append(links, own...)
		if f, ok := p.paperParagraph(para); ok {
			labelled = true
			fields = append(fields, f...)
		} else {
			pub.read(collapseSpace(p.text(para)), len(own) > 0)
		}
	}
	cited := pub.cited()
	if h.Level == 1 && !cited && !hasAuthorField(fields) && !hasAuthorField(pub.fields) {
		// "# Title" over "**Authors**: ..." and "**Link**: [PDF](url)",
		// as digests write each paper; a list's own title is none.
		return nil
	}
	title, dest := leadingLink(h, p.src)
	tag := ""
	switch own := p.links(h); {
	case strings.HasPrefix(dest, "#"):
		return nil
	case dest != "":
		if label, _ := linkLabel(title); label || !linksKind([]string{dest}, KindPaper) && !linksKind(links, KindCode) && !cited {
			return nil
		}
		links = append([]string{dest}, links...)
	case len(own) > 0 && p.namesPaper(h, own):
		// "### Title [[arXiv](url)]", "### [CVPR 2023] Title [[paper]](url)
		// [[code]](url)": the heading's text before its links, which
		// name the paper itself.
		title = p.textBefore(h, nil, false)
		if t, rest, ok := cutTag(title); ok {
			tag, title = t, rest
		}
		if !titleWords(plainTitle(title)) {
			return nil
		}
		links = append(own, links...)
	case labelled && !venueLike(collapseSpace(p.text(h))):
		// "## 2024" or "## ICML 2024" over papers is their section.
		title = p.text(h)
	case cited && len(own) == 0:
		title = p.text(h)
	default:
		return nil
	}
	re := &rawEntry{line: p.line(h), authors: -1, section: p.sectionAbove(h.Level)}
	p.setTag(re, tag)
	p.headingTitle(re, title)
	if re.title == "" || fieldName(re.title) {
		return nil
	}
	for _, f := range fields {
		setFieldValue(re, f.key, f.value, f.linked)
	}
	if !cited {
		pub.summary = "" // a paragraph of prose under a heading of links is no abstract
	}
	pub.fill(re) // "**Authors**: A, B", "**Abstract**: ..."
	re.explicit = links
	p.emit(re)
	return last
}

// hasAuthorField reports whether fields name a paper's authors.
func hasAuthorField(fields []field) bool {
	for _, f := range fields {
		if strings.HasPrefix(fieldKey(f.key), "author") {
			return true
		}
	}
	return false
}

// publicationLines are the lines a publication page writes under a
// paper's heading, in paragraphs of their own, or in its list item after
// its title.
type publicationLines struct {
	published string  // "ICML, 2024", after "Published in"
	citation  string  // after "Recommended citation:"
	abstract  string  // after "Abstract:", as a field of its own
	summary   string  // the first paragraph of prose, without links, before the citation
	fields    []field // "Venue: ...", "Date: March 2023"
}

// cited reports whether the lines name the paper's venue or cite it.
func (l *publicationLines) cited() bool { return l.published != "" || l.citation != "" }

// readLines takes the lines of a block after its first, the title's.
func (p *markdownParser) readLines(l *publicationLines, block ast.Node) {
	var text strings.Builder
	first, linked := true, false
	for c := block.FirstChild(); c != nil; c = c.NextSibling() {
		t, ok := c.(*ast.Text)
		end := isBreakNode(c, p.src) || ok && (t.SoftLineBreak() || t.HardLineBreak())
		if !first && !isBreakNode(c, p.src) {
			text.WriteString(inlineText(c, p.src))
			linked = linked || len(p.links(c)) > 0
		}
		if end || c.NextSibling() == nil {
			if !first {
				l.read(collapseSpace(text.String()), linked)
			}
			first, linked = false, false
			text.Reset()
		}
	}
}

// cutPrefixFold is strings.CutPrefix with the prefix in any case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// read takes a paragraph's text, linked or not, for the line it is.
func (l *publicationLines) read(text string, linked bool) {
	if rest, ok := cutPrefixFold(text, "published in "); ok && l.published == "" {
		l.published = rest
	} else if rest, ok := cutPrefixFold(text, "recommended citation:"); ok && l.citation == "" {
		l.citation = strings.TrimSpace(rest)
	} else if rest, ok := cutPrefixFold(text, "abstract:"); ok && l.abstract == "" {
		l.abstract = strings.TrimSpace(rest)
	} else if key, value, ok := strings.Cut(text, ": "); ok && !linked && describingFields[fieldKey(key)] {
		l.fields = append(l.fields, field{key, value, false})
	} else if !linked && l.summary == "" && l.citation == "" && len(strings.Fields(text)) >= 5 {
		l.summary = text
	}
}

// fill gives re the venue and year the lines name, and the authors of the
// citation when it cites re's title.
func (l *publicationLines) fill(re *rawEntry) {
	venue, year := strings.Trim(l.published, " ."), ""
	if i := strings.LastIndex(venue, ", "); i > 0 && isoLike(venue[i+2:]) != "" {
		venue, year = venue[:i], venue[i+2:] // "International Conference on Machine Learning, 2024"
	}
	if t, names, more, cited := textCitation(l.citation); t != "" && titleKeyOf(t) == titleKeyOf(re.title) {
		if len(re.authorNames) == 0 {
			re.setAuthors(names, more)
		}
		year = cmp.Or(year, cited)
	}
	re.venue, re.dateText = cmp.Or(re.venue, venue), cmp.Or(re.dateText, year)
	for _, f := range l.fields {
		setFieldValue(re, f.key, f.value, f.linked)
	}
	if summary := cmp.Or(l.abstract, l.summary); summary != "" && len(re.abstract) == 0 {
		re.abstract = []string{summary}
	}
}

// titleAlone is the title a block gives alone, as a heading would: a
// paragraph that is only a title in bold, with the venue in parentheses
// or not ("**Title** (ICML 2024)"), or an HTML block's <summary>, which
// folds away what follows it; or, plain, a paragraph of one line that
// reads as a title, as a page's <div class="title"> becomes. It is "" for
// any other block.
func (p *markdownParser) titleAlone(n ast.Node) (title string, plain bool) {
	switch n := n.(type) {
	case *ast.Paragraph:
		em, ok := n.FirstChild().(*ast.Emphasis)
		if oneLineOfText(n) {
			title = trimTitle(p.text(n))
			if titleWords(title) && !strings.HasSuffix(p.text(n), ".") && len(strings.Fields(title)) <= 30 {
				return title, true
			}
			return "", false
		}
		if !ok || em.Level != 2 || !titleWords(trimTitle(p.text(em))) {
			return "", false
		}
		for c := em.NextSibling(); c != nil; c = c.NextSibling() {
			if _, ok := c.(*ast.Text); !ok {
				return "", false
			}
		}
		if rest := strings.TrimSpace(p.text(n)[len(p.text(em)):]); rest != "" && !(strings.HasPrefix(rest, "(") && venueLike(rest)) {
			return "", false
		}
		return p.text(n), false
	case *ast.HTMLBlock:
		if n.Lines().Len() == 0 {
			return "", false
		}
		raw := p.src[n.Lines().At(0).Start:n.Lines().At(n.Lines().Len()-1).Stop]
		_, after, ok := bytes.Cut(raw, []byte("<summary"))
		if !ok {
			return "", false
		}
		if _, inner, ok := bytes.Cut(after, []byte(">")); ok {
			if inner, _, ok = bytes.Cut(inner, []byte("</summary>")); ok {
				return htmlText(string(inner)), false
			}
		}
	}
	return "", false
}

// oneLineOfText reports whether a paragraph is plain text on one line:
// no links, no emphasis, no break.
func oneLineOfText(para ast.Node) bool {
	for c := para.FirstChild(); c != nil; c = c.NextSibling() {
		t, ok := c.(*ast.Text)
		if !ok || c.NextSibling() != nil && (t.SoftLineBreak() || t.HardLineBreak()) {
			return false
		}
	}
	return para.FirstChild() != nil
}

// bylineBefore reads the names a card of an academic site gives over its
// title ("Ann Smith, Bob Jones" over a line of its date and venue and the
// card's picture, a link without text): the paragraphs just before the
// title's block, up to a paragraph of anything else. It returns the line
// of the date too.
func (p *markdownParser) bylineBefore(n ast.Node) (names []string, more bool, dated string, ok bool) {
	c := n.PreviousSibling()
	for k := 0; c != nil && k < 3; k++ {
		para, isPara := c.(*ast.Paragraph)
		if !isPara {
			return nil, false, "", false
		}
		text := collapseSpace(p.text(para))
		switch {
		case text == "": // "[](page)", the card's picture
		case len(p.links(para)) > 0:
			return nil, false, "", false
		default:
			if names, more, ok := authorList(text); ok {
				return names, more, dated, true
			}
			if !hasYear(text) || len(strings.Fields(text)) > 12 || dated != "" {
				return nil, false, "", false
			}
			dated = text // "July, 2024 · ICML" goes between
		}
		c = c.PreviousSibling()
	}
	return nil, false, "", false
}

// titleOverParagraphs reads a paper whose title a block gives alone
// (titleAlone) over the paragraphs that follow it (paperUnder), and
// returns the last paragraph the paper took, or nil when it gives no
// paper.
func (p *markdownParser) titleOverParagraphs(n ast.Node, title string, plain bool) ast.Node {
	re, last := p.paperUnder(n, title, plain)
	if re != nil {
		p.emit(re)
	}
	return last
}

// paperUnder makes the paper whose title n gives over the paragraphs
// after n: its authors, a paragraph of names alone, its venue, and its
// labelled links and fields (paperParagraph), which must link the paper
// or its code. A title in bold may have a paragraph of its summary before
// its authors, as the list of an academic site shows each paper. A plain
// title, or a summary, needs its authors' paragraph: a line of prose over
// a code link is no paper. It returns the entry and the last paragraph it
// took, or nil.
func (p *markdownParser) paperUnder(n ast.Node, title string, plain bool) (*rawEntry, ast.Node) {
	var links, authors []string
	if _, ok := n.(*ast.Paragraph); ok {
		links = p.links(n) // "**[Title](page)**"
	}
	var fields []field
	var last ast.Node
	more, venue, byline, summary := false, "", false, ""
	for c := n.NextSibling(); c != nil; c = c.NextSibling() {
		para, ok := c.(*ast.Paragraph)
		if !ok {
			break
		}
		if f, ok := p.paperParagraph(para); ok {
			links = append(links, p.links(para)...)
			fields = append(fields, f...)
			last = para
			continue
		}
		if last != nil || len(p.links(para)) > 0 {
			break
		}
		// The paragraph's first line says what it is; a byline's
		// paragraph may go on with the venue in words ("Authors: A, B"
		// over "; Proceedings of ..., PMLR 235:1-15").
		var first strings.Builder
		for _, c := range p.inlineLines(para)[0] {
			first.WriteString(inlineText(c, p.src))
		}
		text := collapseSpace(first.String())
		if key, value, ok := strings.Cut(text, ": "); ok && describingFields[fieldKey(key)] {
			fields = append(fields, field{key, value, false}) // "Authors: A, B", as a page's <div class="authors"> becomes
			byline = byline || strings.HasPrefix(fieldKey(key), "author")
		} else if names, m, ok := authorList(text); ok && authors == nil {
			authors, more, byline = names, m, true
		} else if venueLike(text) && venue == "" {
			venue = text // "ICML 2024", a line of its own
		} else if !plain && summary == "" && !byline && len(fields) == 0 && venue == "" {
			summary = collapseSpace(p.text(para))
		} else {
			break
		}
	}
	dated := ""
	if !plain && !byline {
		// A card gives its authors over its title (Wowchemy's).
		if names, m, line, ok := p.bylineBefore(n); ok {
			authors, more, byline, dated = names, m, true, line
		}
	}
	if last == nil || !linksKind(links, KindPaper) && !linksKind(links, KindCode) || (plain || summary != "") && !byline {
		return nil, nil
	}
	re := &rawEntry{line: p.line(n), authors: -1, section: p.sectionAbove(len(p.headings))}
	p.setTag(re, venue)
	p.headingTitle(re, title)
	if !titleWords(re.title) || fieldName(re.title) {
		return nil, nil
	}
	if authors != nil {
		re.setAuthors(authors, more)
	}
	if summary != "" {
		re.abstract = []string{summary}
	}
	if d := partialDate(dated); d != "" && re.dateText == "" {
		re.dateText, re.dateISO = d, d // "July, 2024 · ICML", the card's line of its date
	}
	for _, f := range fields {
		setFieldValue(re, f.key, f.value, f.linked)
	}
	re.explicit = links
	return re, last
}

// A field is a "Name: value" line of a paper's paragraph.
type field struct {
	key, value string
	linked     bool // whether the line has links
}

// paperParagraph reads a paragraph under a paper's heading: lines of
// labelled links alone ("[[Paper]](url) [[Code]](url)", "Code:
// [GitHub](url)") or of fields ("**Authors:** A, B"). It returns the
// fields, and whether every line is one or the other and some line links.
func (p *markdownParser) paperParagraph(para ast.Node) ([]field, bool) {
	var fields []field
	linked := false
	var line []ast.Node
	endLine := func() bool {
		if len(line) == 0 {
			return true
		}
		defer func() { line = line[:0] }()
		lineLinked, labels := p.labelInlines(line)
		linked = linked || lineLinked
		if labels {
			return true
		}
		var text strings.Builder
		for _, n := range line {
			text.WriteString(inlineText(n, p.src))
		}
		key, value, ok := strings.Cut(collapseSpace(text.String()), ":")
		if !ok || !describingFields[fieldKey(key)] {
			return false // "Code: [GitHub](url) and more" is prose
		}
		fields = append(fields, field{key, strings.Trim(value, "*_ "), lineLinked})
		return true
	}
	for c := para.FirstChild(); c != nil; c = c.NextSibling() {
		line = append(line, c)
		if t, ok := c.(*ast.Text); ok && (t.SoftLineBreak() || t.HardLineBreak()) || isBreakNode(c, p.src) {
			if !endLine() {
				return nil, false
			}
		}
	}
	if !endLine() || !linked {
		return nil, false
	}
	return fields, true
}

// describingFields are the fields whose values describe a paper in words,
// which a line under its heading may give.
var describingFields = map[string]bool{"author": true, "authors": true, "author(s)": true, "venue": true,
	"conference": true, "journal": true, "date": true, "year": true, "published": true}

// labelsOnly reports whether a paragraph is labelled links alone: every
// link's text a label ("[Paper]", "Code") and every word outside them a
// label or a field's name ("Code: [GitHub](url)").
func (p *markdownParser) labelsOnly(para ast.Node) bool {
	var nodes []ast.Node
	for c := para.FirstChild(); c != nil; c = c.NextSibling() {
		nodes = append(nodes, c)
	}
	linked, labels := p.labelInlines(nodes)
	return linked && labels
}

// labelInlines reports whether inlines hold links, and whether every link
// among them is labelled and every word outside their links a label or
// a field's name.
func (p *markdownParser) labelInlines(nodes []ast.Node) (linked, labels bool) {
	var text strings.Builder
	for _, c := range nodes {
		switch l := c.(type) {
		case *ast.Link:
			if label, _ := linkLabel(inlineText(l, p.src)); !label {
				return true, false
			}
			linked = true
			text.WriteByte(' ')
			continue
		case *ast.AutoLink:
			linked = true
			text.WriteByte(' ')
			continue
		}
		text.WriteString(inlineText(c, p.src))
	}
	return linked, labelWords(text.String())
}

// labelWords reports whether every word of s is a link's label or a
// field's name ("Code:", "Cite", which stays where a page's button linked
// nothing).
func labelWords(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("[](){}|·•,;:-–—/*_", r)
	}) {
		if label, _ := linkLabel(w); !fieldName(w) && !label {
			return false
		}
	}
	return true
}

// fieldNames are the names of the "Name: value" lines lists give a
// paper's details in.
var fieldNames = map[string]bool{"author": true, "authors": true, "author(s)": true, "venue": true,
	"conference": true, "journal": true, "date": true, "year": true, "published": true, "abstract": true,
	"summary": true, "tl;dr": true, "tldr": true, "slides": true, "video": true, "blog": true, "demo": true,
	"dataset": true, "data": true, "model": true, "models": true, "poster": true, "bibtex": true,
	"citation": true, "note": true, "notes": true, "keywords": true, "tags": true, "affiliation": true,
	"affiliations": true, "institution": true, "links": true, "source": true}

// fieldName reports whether a would-be title is only such a name or a
// link label ("Paper", "Code").
func fieldName(title string) bool {
	t := strings.ToLower(strings.TrimSpace(title))
	_, label := linkLabels[t]
	return label || fieldNames[fieldKey(t)]
}

// fieldKey is a field's name as the maps of names hold it: in lower
// case, without emphasis, and in English ("作者" is "authors").
func fieldKey(name string) string {
	// "📅 Date", "**Authors**": marks and emphasis around the name go.
	k := strings.ToLower(strings.TrimLeftFunc(strings.Trim(strings.TrimSpace(name), "*_ "), isMark))
	if en, ok := fieldAliases[k]; ok {
		return en
	}
	return k
}

// fieldAliases are the names lists give fields, in Chinese or in other
// words, by the names linkgraph reads them under ("作者" is "authors", a
// table's "Publication" column its venue).
var fieldAliases = map[string]string{"作者": "authors", "机构": "affiliation", "单位": "affiliation",
	"链接": "links", "论文链接": "paper", "论文": "paper", "标题": "title", "代码": "code", "代码链接": "code",
	"摘要": "abstract", "简介": "summary", "会议": "venue", "期刊": "journal", "发表": "published",
	"日期": "date", "时间": "date", "年份": "year", "来源": "source", "关键词": "keywords", "标签": "tags",
	"笔记": "notes", "备注": "note", "publisher": "venue", "institutions": "affiliation",
	"publication": "venue", "published in": "venue", "published at": "venue", "booktitle": "venue",
	"收录": "venue", "record": "venue", "accepted at": "venue", "accepted by": "venue", "submission time": "date", "submitted": "date", "brief introduction": "summary",
	"introduction": "summary", "publish date": "date", "publication date": "date", "published date": "date",
	"date published": "date", "release date": "date", "published on": "date", "why it matters": "summary"}

// field reads one nested "Key: value" item into an entry.
func (p *markdownParser) field(re *rawEntry, item ast.Node) {
	line := collapseSpace(p.text(item))
	key, value, ok := strings.Cut(line, ":")
	if !ok {
		links := p.links(item)
		if names, more, ok := authorList(line); ok && len(links) == 0 && re.authorNames == nil {
			re.setAuthors(names, more) // "- Ann Smith, Bob Jones" under the title
		}
		re.explicit = append(re.explicit, links...)
		return
	}
	value = strings.TrimSpace(value)
	p.setField(re, key, value, item)
}

// setField stores a named value; links inside it are kept as the entry's.
func (p *markdownParser) setField(re *rawEntry, key, value string, n ast.Node) {
	links := p.links(n)
	setFieldValue(re, key, value, len(links) > 0)
	re.explicit = append(re.explicit, links...)
}

// dropParens drops the parentheses in s, and what they hold.
func dropParens(s string) string {
	for {
		i := strings.IndexByte(s, '(')
		j := strings.IndexByte(s, ')')
		if i < 0 || j < i {
			return collapseSpace(s)
		}
		s = s[:i] + " " + s[j+1:]
	}
}

// setFieldValue stores a named value; linked says whether the value had
// links, which a code field's words do not stand in for.
func setFieldValue(re *rawEntry, key, value string, linked bool) {
	if value == "-" || value == "–" {
		value = ""
	}
	name := fieldKey(key)
	switch name {
	case "author", "authors", "author(s)":
		// "Vaswani et al. (Google)": an affiliation is no name.
		if value = dropParens(value); value != "" {
			re.setAuthors(splitAuthors(value))
		}
	case "date", "year", "published":
		if head, _, ok := strings.Cut(value, ", "); ok && head != "" && head[0] >= '0' && head[0] <= '9' {
			if _, iso := feedDate(head); iso != "" {
				value = head // "16 Jan 2024, Last Modified: 16 Mar 2024", as OpenReview writes it
			}
		}
		re.dateText = value
		if re.dateISO = isoDate(value); re.dateISO == "" {
			if d, ok := parseDateLine(value); ok && d.hasYear {
				re.dateISO = d.iso(0) // "May 26, 2025"
			} else if value != "" && value[0] >= '0' && value[0] <= '9' {
				_, re.dateISO = feedDate(value) // "16 Jan 2024"
			}
		}
	case "venue", "conference", "journal":
		re.venue = dropIn(strings.Trim(value, "*_ "))
	case "abstract", "summary", "tl;dr", "tldr", "description":
		if value != "" {
			re.abstract = append(re.abstract, value)
		}
	}
	if codeFields[name] && !linked {
		re.codeNote = value
	}
}

// splitAuthors splits "A, B, and C", "A and B" or "A & B" into names;
// more reports an "et al." ("A et al.", "A, B, et al."), after which the
// names are not all of them.
func splitAuthors(s string) (names []string, more bool) {
	s = collapseSpace(s)
	if bib, ok := surnamesFirst(s); ok {
		s = bib // "Burda, Yuri and Edwards, Harrison", as BibTeX writes names
	}
	s = authorSeparators.Replace(s)
	if apa, ok := initialsAfter(s); ok {
		s = apa // "Hinton, G., Vinyals, O., & Dean, J.", as APA writes names
	}
	for _, a := range strings.Split(s, ",") {
		// The marks of equal contribution or affiliation: "Jia†", "Liu*", "Fan¹".
		a = strings.TrimRight(strings.TrimSpace(a), nameMarks+" ")
		for _, etAl := range []string{"et al.", "et al", "et. al.", "et.al.", "et.al", "etc.", "others", "等人", "等"} {
			// "Ann Smith et al.", "张三等": the Chinese needs no space.
			if rest, ok := strings.CutSuffix(a, etAl); ok && (rest == "" || strings.HasSuffix(rest, " ") || etAl[0] >= utf8.RuneSelf) {
				a, more = strings.TrimSpace(rest), true
				break
			}
		}
		if a != "" {
			names = append(names, a)
		}
	}
	return names, more
}

// initialsAfter rewrites names written as APA references write them,
// each surname followed by a comma and its initials ("Hinton, G.,
// Vinyals, O., , Dean, J. R." once "&" is a comma), as "G. Hinton, O.
// Vinyals, J. R. Dean", keeping an "et al." at the end; ok is false for
// any other list.
func initialsAfter(s string) (string, bool) {
	var parts []string
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			parts = append(parts, part)
		}
	}
	etAl := ""
	if n := len(parts); n > 0 {
		for _, mark := range []string{"et al.", "et al"} {
			if rest, ok := strings.CutSuffix(parts[n-1], mark); ok {
				etAl = " et al."
				if parts[n-1] = strings.TrimSpace(rest); parts[n-1] == "" {
					parts = parts[:n-1]
				}
				break
			}
		}
	}
	if len(parts) < 2 || len(parts)%2 != 0 {
		return "", false
	}
	names := make([]string, 0, len(parts)/2)
	for i := 0; i < len(parts); i += 2 {
		surname, given := parts[i], parts[i+1]
		if strings.Contains(surname, ".") || utf8.RuneCountInString(surname) < 2 || !initials(given) {
			return "", false
		}
		names = append(names, given+" "+surname)
	}
	return strings.Join(names, ", ") + etAl, true
}

// initials reports whether s is a name's initials alone: "G.", "J. R.",
// "J.-P.", "J.R.", or a capital without its full stop ("A").
func initials(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if !isInitials(w) {
			return false
		}
	}
	return true
}

// surnamesFirst rewrites names written surname first and joined by
// "and", as BibTeX writes them ("Burda, Yuri and Edwards, Harrison"), or
// by semicolons, as spreadsheets of references do ("Burda, Yuri; Edwards,
// Harrison"), as "Yuri Burda, Harrison Edwards"; ok is false for any
// other list.
func surnamesFirst(s string) (string, bool) {
	parts := strings.Split(s, " and ")
	if len(parts) < 2 {
		// "Hopper, Grace; Example, Ada", as Zotero's and Scopus's
		// spreadsheets write them.
		if parts = strings.Split(s, ";"); len(parts) < 2 {
			return "", false
		}
	}
	names := make([]string, 0, len(parts))
	for _, p := range parts {
		surname, given, ok := strings.Cut(p, ",")
		given = strings.TrimSpace(given)
		if !ok || strings.Contains(given, ",") || given == "" || strings.TrimSpace(surname) == "" {
			return "", false
		}
		names = append(names, given+" "+strings.TrimSpace(surname))
	}
	return strings.Join(names, ", "), true
}

// nameMarks are the marks lists put after an author's name.
const nameMarks = "†‡§¶*∗⁰¹²³⁴⁵⁶⁷⁸⁹"

var authorSeparators = strings.NewReplacer(" and ", ", ", " & ", ", ", ";", ",", "，", ",", "、", ",", "；", ",")

// setAuthors gives re the authors' names and, when they are all of them,
// their number.
func (re *rawEntry) setAuthors(names []string, more bool) {
	re.authorNames = names
	if len(names) > 0 && !more {
		re.authors = len(names)
	}
}

// isoDate turns "2024-03-11" into itself; "2024-03", "2024" and other
// partial dates are not days, so they give "".
func isoDate(s string) string {
	if len(s) == 10 && s[4] == '-' && s[7] == '-' && allDigits(s[:4]) && allDigits(s[5:7]) && allDigits(s[8:]) {
		return s
	}
	return ""
}

// codeFields are the names of the field that links a paper's code, or
// says where it is ("Code: coming soon").
var codeFields = map[string]bool{"code": true, "codes": true, "github": true, "repo": true, "repository": true,
	"implementation": true, "official code": true, "source code": true}

// paperFields are the names of the field that links a paper itself in a
// list of one paper's fields.
var paperFields = map[string]bool{"paper": true, "papers": true, "title": true}

// fieldsOnly reads a list that is one paper's fields with no title over
// it but the paper's own link ("- **Paper:** [Title](url) (Nature,
// 2021)" over "- **Code:** https://github.com/..."), as lists that fold
// each paper under a <details> summary write them. A Paper field over
// nested papers gives each of them, with the list's other fields; a
// Paper field linking a label ("[arXiv](url)") takes the title of the
// <summary> before the list. It reports whether l was such a list.
func (p *markdownParser) fieldsOnly(l *ast.List) bool {
	var paper ast.Node // the Paper item
	code := false      // whether a Code field links the code
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		first := item.FirstChild()
		if first == nil {
			return false
		}
		name, _, ok := strings.Cut(collapseSpace(p.text(first)), ":")
		name = fieldKey(name)
		switch {
		case !ok && len(p.links(item)) == 0: // "**For IDR**", a note
		case !ok || name == "" || len(strings.Fields(name)) > 3:
			return false
		case paperFields[name] && paper == nil:
			paper = item
		case codeFields[name]:
			code = code || len(p.links(item)) > 0
		}
	}
	if paper == nil {
		return false
	}
	var heads []*rawEntry
	if title, links, tag := p.fieldPaper(paper.FirstChild()); title != "" {
		if !code && !linksKind(links[:1], KindPaper) {
			return false // "- Papers: [A reading list](url)", "- Data: ..."
		}
		heads = append(heads, p.itemRaw(paper.FirstChild(), title, links, tag))
	} else {
		for c := paper.FirstChild().NextSibling(); c != nil; c = c.NextSibling() {
			sub, ok := c.(*ast.List)
			if !ok {
				continue
			}
			for item := sub.FirstChild(); item != nil; item = item.NextSibling() {
				if first := item.FirstChild(); first != nil {
					if title, links, tag := p.itemHead(first); title != "" {
						heads = append(heads, p.itemRaw(first, title, links, tag))
					}
				}
			}
		}
	}
	// A paper's fields are few; a Paper field over thousands of papers
	// beside thousands of other fields is no paper's, and would take
	// each of them into each paper.
	if len(heads) == 0 || len(heads)*l.ChildCount() > maxFieldsTimesPapers {
		return false
	}
	for _, re := range heads {
		for item := l.FirstChild(); item != nil; item = item.NextSibling() {
			if item != paper {
				p.field(re, item)
			}
		}
		p.emit(re)
	}
	return true
}

// maxFieldsTimesPapers bounds the fields a field list hands its papers.
const maxFieldsTimesPapers = 10000

// fieldPaper reads the paper a Paper field's line links: the first
// link's text, when it is a title, or else the title the <summary>
// before the list gives; the line's links; and the venue or year in
// parentheses after the link ("(Nature, 2021)"). It returns "" when
// the line links no paper.
func (p *markdownParser) fieldPaper(block ast.Node) (title string, links []string, tag string) {
	for c := block.FirstChild(); c != nil; c = c.NextSibling() {
		l, ok := c.(*ast.Link)
		if !ok {
			continue
		}
		title = collapseSpace(inlineText(l, p.src))
		if label, _ := linkLabel(title); label {
			title = p.summaryAbove(block)
		}
		if title = trimTitle(title); title == "" || fieldName(title) {
			return "", nil, ""
		}
		var after strings.Builder
		for n := l.NextSibling(); n != nil; n = n.NextSibling() {
			after.WriteString(inlineText(n, p.src))
		}
		return title, p.linksAfter(string(l.Destination), block), yearParen(after.String())
	}
	return "", nil, ""
}

// summaryAbove is the text of the <summary> that the HTML block just
// before block's list holds ("<details><summary>AlphaFold2</summary>"),
// or "".
func (p *markdownParser) summaryAbove(block ast.Node) string {
	var list *ast.List
	for n := block.Parent(); n != nil && list == nil; n = n.Parent() {
		list, _ = n.(*ast.List)
	}
	if list == nil {
		return ""
	}
	h, ok := list.PreviousSibling().(*ast.HTMLBlock)
	if !ok || h.Lines().Len() == 0 {
		return ""
	}
	lines := h.Lines()
	raw := string(p.src[lines.At(0).Start:lines.At(lines.Len()-1).Stop])
	_, rest, ok := strings.Cut(raw, "<summary>")
	if !ok {
		return ""
	}
	text, _, ok := strings.Cut(rest, "</summary>")
	if !ok {
		return ""
	}
	return htmlText(text)
}

// htmlText is the text of an HTML fragment, its tags dropped and its
// character references read.
func htmlText(s string) string {
	text, _ := htmlTextLinks(s)
	return text
}

// htmlTextLinks is htmlText, with the destinations of the fragment's
// links ("<a href=...>").
func htmlTextLinks(s string) (text string, links []string) {
	if !strings.ContainsAny(s, "<&") {
		return collapseSpace(s), nil
	}
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		switch tt {
		case html.TextToken:
			b.Write(z.Text())
		case html.StartTagToken, html.SelfClosingTagToken:
			switch name, _ := z.TagName(); string(name) {
			case "a":
				if href, ok := attr(z, "href"); ok && strings.HasPrefix(href, "http") {
					links = append(links, href)
				}
			case "br", "p", "div", "li", "td", "dd", "jats:p", "jats:sec", "jats:title", "jats:list-item":
				b.WriteByte(' ') // "<p>One.</p><p>Two.</p>"; "H<sub>2</sub>O" stays one word
			}
		}
	}
	return collapseSpace(b.String()), links
}

// fieldParagraph reads a paragraph whose lines are one paper's fields,
// each name in bold or italics ("**Paper:** [Title](url)" over
// "**Github:** https://..." and "**Submission time:** 2023.04"), as some
// lists write a paper under its heading. The Paper field's link titles
// the paper, or the heading over it does when the link is a label. It
// reports whether para was such a paragraph.
func (p *markdownParser) fieldParagraph(para *ast.Paragraph) bool {
	lines := p.inlineLines(para)
	type fieldLine struct {
		key   string
		nodes []ast.Node // after the key
	}
	var fields []fieldLine
	paper := -1
	for _, nodes := range lines {
		if len(nodes) == 0 {
			continue
		}
		em, ok := nodes[0].(*ast.Emphasis)
		if !ok {
			return false
		}
		key := collapseSpace(inlineText(em, p.src))
		rest := nodes[1:]
		if k, ok := strings.CutSuffix(key, ":"); ok {
			key = k // "**Paper:**"
		} else if t, ok := firstText(rest, p.src); ok && strings.HasPrefix(strings.TrimSpace(t), ":") {
			// "**Paper**: ...", the colon outside the emphasis.
		} else {
			return false
		}
		if key == "" || len(strings.Fields(key)) > 4 {
			return false
		}
		if paperFields[fieldKey(key)] && paper < 0 {
			paper = len(fields)
		}
		fields = append(fields, fieldLine{key, rest})
	}
	if paper < 0 || len(fields) < 2 {
		return false
	}
	title, dest := "", ""
	for _, n := range fields[paper].nodes {
		if l, ok := n.(*ast.Link); ok {
			title, dest = collapseSpace(inlineText(l, p.src)), string(l.Destination)
			break
		}
	}
	if dest == "" || strings.HasPrefix(dest, "#") {
		return false
	}
	if label, _ := linkLabel(title); label || title == "" {
		title = p.headings[p.deepestHeading()] // "#### LLaVA" over "**Paper:** [arXiv](url)"
	}
	if title = trimTitle(title); title == "" || fieldName(title) {
		return false
	}
	re := &rawEntry{title: title, line: p.line(para), authors: -1, section: p.section()}
	for _, f := range fields {
		var text strings.Builder
		var links []string
		for _, n := range f.nodes {
			text.WriteString(inlineText(n, p.src))
			links = append(links, p.links(n)...)
		}
		value := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(text.String()), ":"))
		setFieldValue(re, f.key, value, len(links) > 0)
		re.explicit = append(re.explicit, links...)
	}
	p.emit(re)
	return true
}

// firstText is the text of the first of nodes, when it is text.
func firstText(nodes []ast.Node, src []byte) (string, bool) {
	if len(nodes) == 0 {
		return "", false
	}
	t, ok := nodes[0].(*ast.Text)
	if !ok {
		return "", false
	}
	return string(t.Segment.Value(src)), true
}

// deepestHeading is the level of the innermost heading the walk is
// under, or 0.
func (p *markdownParser) deepestHeading() int {
	for l := len(p.headings) - 1; l > 0; l-- {
		if p.headings[l] != "" {
			return l
		}
	}
	return 0
}
