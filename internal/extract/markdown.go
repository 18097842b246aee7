package extract

import (
	"bytes"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"
)

// markdownParser reads awesome-lists with goldmark (and its GFM tables).
// An entry is a list item that opens with a link to the paper
// ("[Title](url)"), with its title in bold or italics followed by links
// ("**Title** (NeurIPS 2023) [[paper](url)] [[code](url)]"), or with a
// plain title followed by a link to the paper itself (arXiv, OpenReview, a
// DOI...); nested "Field: value" items add to it. A heading over a list
// of such fields alone ("### Title" / "- Paper: ..." / "- Code: ..."), or
// over paragraphs that link the paper, is an entry too. In a table, an
// entry is a row whose title column links the paper, or names it with a
// link elsewhere in the row; header names map the other cells. Headings
// give each entry its section. Table-of-contents links to #anchors and
// badge images are not entries or links; a badge's enclosing link is.
type markdownParser struct {
	src        []byte
	lineStarts []int
	emit       func(*rawEntry)
	headings   []string // the current heading at each level, 1-6
	doc        ast.Node
	hfVotes    map[string]int // a saved Hugging Face page's upvotes by paper, once read
}

var markdown = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Linkify))

func parseMarkdown(src []byte, emit func(*rawEntry)) {
	p := &markdownParser{src: src, emit: emit, headings: make([]string, 7)}
	p.lineStarts = append(p.lineStarts, 0)
	for i, c := range src {
		if c == '\n' {
			p.lineStarts = append(p.lineStarts, i+1)
		}
	}
	p.doc = markdown.Parser().Parse(text.NewReader(src))
	p.walk(p.doc)
}

func (p *markdownParser) walk(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if h, ok := c.(*ast.Heading); ok {
			p.heading(h)
			if last, ok := p.hfCard(h); ok {
				c = last
				continue
			}
			// "### Title" over "- Paper: [arXiv](url)", "- Code: ...":
			// the heading is the paper, the list its fields.
			if l, ok := h.NextSibling().(*ast.List); ok && h.Level >= 2 && p.fieldList(l) {
				p.headingEntry(h, l)
				c = l
			} else if h.Level >= 2 {
				p.headingOverParagraphs(h)
			}
			continue
		}
		switch c := c.(type) {
		case *ast.List:
			p.list(c)
		case *east.Table:
			p.table(c)
		case *ast.HTMLBlock:
			p.htmlBlock(c)
		case *ast.FencedCodeBlock, *ast.CodeBlock:
		default:
			p.walk(c)
		}
	}
}

// heading makes h the section of what follows, under the headings of
// higher levels.
func (p *markdownParser) heading(h *ast.Heading) {
	p.headings[h.Level] = collapseSpace(p.text(h))
	for l := h.Level + 1; l < len(p.headings); l++ {
		p.headings[l] = ""
	}
}

// htmlBlock reads the lists and tables of an HTML block, as those of an
// HTML page are read ("<table><tr><td><a href=url>Title</a></td>..."),
// each entry at its line and under the current section.
func (p *markdownParser) htmlBlock(b *ast.HTMLBlock) {
	lines := b.Lines()
	if lines.Len() == 0 {
		return
	}
	start, end := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	if b.HasClosure() {
		end = b.ClosureLine.Stop
	}
	raw := p.src[start:end]
	if !bytes.Contains(bytes.ToLower(raw), []byte("<table")) && !bytes.Contains(bytes.ToLower(raw), []byte("<li")) {
		return
	}
	md, mdLines := pageMarkdown(raw)
	first := sort.SearchInts(p.lineStarts, start+1)
	section := p.section()
	parseMarkdown(md, func(re *rawEntry) {
		if re.line >= 1 && re.line <= len(mdLines) {
			re.line = first + mdLines[re.line-1] - 1
		}
		switch {
		case re.section == "":
			re.section = section
		case section != "":
			re.section = section + " / " + re.section
		}
		p.emit(re)
	})
}

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
	title = trimTitle(collapseSpace(title))
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
// ("[[Paper]](url) [[Code]](url)", "Code: [GitHub](url)"). A section's
// heading over its introduction is neither.
func (p *markdownParser) headingOverParagraphs(h *ast.Heading) {
	var links []string
	var fields []field
	labelled := false
	for c := h.NextSibling(); c != nil; c = c.NextSibling() {
		para, ok := c.(*ast.Paragraph)
		if !ok {
			break
		}
		links = append(links, p.links(para)...)
		if f, ok := p.paperParagraph(para); ok {
			labelled = true
			fields = append(fields, f...)
		}
	}
	title, dest := leadingLink(h, p.src)
	switch {
	case strings.HasPrefix(dest, "#"):
		return
	case dest != "":
		if label, _ := linkLabel(title); label || !linksKind([]string{dest}, KindPaper) && !linksKind(links, KindCode) {
			return
		}
		links = append([]string{dest}, links...)
	case labelled:
		title = p.text(h)
	default:
		return
	}
	re := &rawEntry{line: p.line(h), authors: -1, section: p.sectionAbove(h.Level)}
	p.headingTitle(re, title)
	if re.title == "" || fieldName(re.title) {
		return
	}
	for _, f := range fields {
		setFieldValue(re, f.key, f.value, f.linked)
	}
	re.explicit = links
	p.emit(re)
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
		if !ok || !describingFields[strings.ToLower(strings.Trim(key, "*_ "))] {
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

// isBreakNode reports whether n is an HTML line break.
func isBreakNode(n ast.Node, src []byte) bool {
	h, ok := n.(*ast.RawHTML)
	return ok && isBreak(h, src)
}

// linksKind reports whether any of urls is a link of the given kind.
func linksKind(urls []string, kind Kind) bool {
	for _, u := range urls {
		if l, ok := Normalize(u); ok && l.Kind == kind {
			return true
		}
	}
	return false
}

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
	for _, w := range strings.FieldsFunc(text.String(), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("[](){}|·•,;:-–—/*_", r)
	}) {
		if !fieldName(w) {
			return linked, false
		}
	}
	return linked, true
}

// section is the heading path above the current position, without the
// document's title: "Papers / 2026".
func (p *markdownParser) section() string { return p.sectionAbove(len(p.headings)) }

// sectionAbove is the heading path above a heading of the given level.
func (p *markdownParser) sectionAbove(level int) string {
	var parts []string
	for _, h := range p.headings[2:level] {
		if h != "" {
			parts = append(parts, h)
		}
	}
	return strings.Join(parts, " / ")
}

// list reads each item of a list; items that are not entries may hold
// lists that are.
func (p *markdownParser) list(l *ast.List) {
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		first := item.FirstChild()
		if first == nil {
			continue
		}
		title, links, tag := p.itemHead(first)
		if title == "" {
			if re := p.titleOverLinks(first); re != nil {
				p.emit(re)
				continue
			}
			if h, ok := first.(*ast.Heading); ok {
				p.heading(h) // "- ### 2023" over its papers
			}
			for c := first.NextSibling(); c != nil; c = c.NextSibling() {
				switch c := c.(type) {
				case *ast.List:
					p.list(c)
				case *ast.Blockquote:
					p.quotedLines(c)
				}
			}
			continue
		}
		if isChrome(title) && hfSiteLinks(links) {
			continue // a saved Hugging Face page's menu: "Log In", "Models"
		}
		p.itemEntry(first, title, links, tag)
	}
}

// quotedLines reads the papers a list item quotes under it, a line each
// ("- Prompting" over "> (2020-12) **Title** [paper](url) <br>" and "> (2021-07)
// **Title** [paper](url)"), as list items of their own.
func (p *markdownParser) quotedLines(q *ast.Blockquote) {
	for para := q.FirstChild(); para != nil; para = para.NextSibling() {
		if _, ok := para.(*ast.Paragraph); !ok {
			continue
		}
		var lines [][]ast.Node
		var line []ast.Node
		for c := para.FirstChild(); c != nil; c = c.NextSibling() {
			if isBreakNode(c, p.src) {
				lines, line = append(lines, line), nil
				continue
			}
			line = append(line, c)
			if t, ok := c.(*ast.Text); ok && (t.SoftLineBreak() || t.HardLineBreak()) {
				lines, line = append(lines, line), nil
			}
		}
		lines = append(lines, line)
		for _, nodes := range lines {
			// Each line becomes a block of its own, which the item
			// readers take; the quotation is read no further.
			block := ast.NewParagraph()
			for _, n := range nodes {
				block.AppendChild(block, n)
			}
			if title, links, tag := p.itemHead(block); title != "" {
				p.itemEntry(block, title, links, tag)
			}
		}
	}
}

// itemEntry emits the paper of a list item whose first block, first, has
// the title, links and tag itemHead found, with its byline and the fields
// nested under it.
func (p *markdownParser) itemEntry(first ast.Node, title string, links []string, tag string) {
	re := &rawEntry{title: title, line: p.line(first), authors: -1, section: p.section()}
	re.explicit = links
	p.setTag(re, tag)
	p.byline(re, first, title)
	// Nested "Field: value" items.
	for c := first.NextSibling(); c != nil; c = c.NextSibling() {
		sub, ok := c.(*ast.List)
		if !ok {
			continue
		}
		for f := sub.FirstChild(); f != nil; f = f.NextSibling() {
			p.field(re, f)
		}
	}
	p.emit(re)
}

// titleOverLinks reads a list item that is a plain title over a nested
// list of the paper's labelled links and fields ("- Title" over "  -
// [paper](url)" and "  - Code: [GitHub](url)"), or returns nil.
func (p *markdownParser) titleOverLinks(first ast.Node) *rawEntry {
	if len(p.links(first)) > 0 {
		return nil
	}
	var sub *ast.List
	for c := first.NextSibling(); c != nil && sub == nil; c = c.NextSibling() {
		sub, _ = c.(*ast.List)
	}
	if sub == nil || !p.linkList(sub) {
		return nil
	}
	text := collapseSpace(p.text(first))
	title := trimTitle(text)
	if title == "" || fieldName(title) || !titleLike(text) { // a sentence ends with a full stop
		return nil
	}
	re := &rawEntry{title: title, line: p.line(first), authors: -1, section: p.section()}
	for f := sub.FirstChild(); f != nil; f = f.NextSibling() {
		p.field(re, f)
	}
	return re
}

// linkList reports whether a list gives one paper's links and fields:
// every item labelled links alone ("[paper](url)") or a "Name: value"
// line with a name lists use for a paper's fields, and some item a link.
func (p *markdownParser) linkList(l *ast.List) bool {
	linked := false
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		name, _, ok := strings.Cut(collapseSpace(p.text(item)), ":")
		field := ok && fieldName(strings.Trim(name, "*_ "))
		if first := item.FirstChild(); !field && (first == nil || !p.labelsOnly(first)) {
			return false
		}
		linked = linked || len(p.links(item)) > 0
	}
	return linked
}

// itemHead reads the title and links of a list item's first block: the
// title link's text and destination first, then the block's other links;
// or the leading bold or italic text and every link; or the plain text
// before the first link, when a link names the paper itself. A tag before
// the title link ("**[ICML 2021]** [Title](url)") is returned too. It
// returns "" for an item that is no entry.
func (p *markdownParser) itemHead(first ast.Node) (title string, links []string, tag string) {
	title, dest := leadingLink(first, p.src)
	if dest == "" {
		tag, title, dest = taggedLink(first, p.src)
	}
	if dest != "" && !strings.HasPrefix(dest, "#") {
		links := p.linksAfter(dest, first)
		title = dropNumber(collapseSpace(title))
		if label, _ := linkLabel(title); label {
			// "[[Paper]](url) [[Code]](url) The Title": the title is
			// the text around the links.
			title = plainTitle(strings.TrimLeft(collapseSpace(p.plainText(first, false)), " |-–—:,;[]()"))
		}
		if title == "" {
			return "", nil, ""
		}
		return title, links, tag
	}
	if dest != "" { // a table-of-contents link
		return "", nil, ""
	}
	links = p.links(first)
	if len(links) == 0 {
		return "", nil, ""
	}
	// The text before the first link, or before a <br>, after which come
	// the authors ("Title <br> Authors <br> [paper](url)").
	lead := leadingInline(first, p.src)
	before := p.textBefore(first, nil, false)
	// A tag before the title: "**[NeurIPS 2023]** Title", "`ICLR'24`
	// Title", "【ICML 2023】Title", "[New] Title".
	var tagged ast.Node
	if t, ok := p.leadTag(lead); ok && titleWords(plainTitle(p.textBefore(first, lead, false))) {
		tag, tagged, lead = t, lead, nil
		before = p.textBefore(first, tagged, false)
	} else if t, rest, ok := cutTag(before); ok && titleWords(plainTitle(rest)) {
		tag, before = t, rest
	}
	if em, ok := lead.(*ast.Emphasis); ok {
		title = trimTitle(collapseSpace(inlineText(em, p.src)))
		if p.termDefined(em) && !p.namesPaper(first, links) && !linksKind(links, KindCode) {
			// "**Attention**: a weighting, see [the post](url)": a
			// glossary's term, not a paper.
			return "", nil, ""
		}
		// "**SalUn** [ICLR 2024] SalUn: Empowering ...": a name, the
		// venue, then the title, which opens with the name.
		if t, rest, ok := cutTag(p.textBefore(first, em, false)); ok {
			tag = t
			if full := plainTitle(rest); strings.HasPrefix(full, title) && len(full) > len(title) {
				title = full
			}
		}
	} else if t := plainTitle(before); p.namesPaper(first, links) || p.labelsCode(first) && titleWords(t) {
		// Before a link to the paper, or before "[[Code]](url)" alone
		// when it reads as a title.
		title = t
	}
	title = dropNumber(title)
	if title == "" || fieldName(title) {
		// "- Paper: [arXiv](url)", "- **Code:** [GitHub](url)": one
		// field of a paper given elsewhere (a heading), not a paper.
		return "", nil, ""
	}
	if tag == "" {
		// "Title (NeurIPS 2023) [paper](url)", "Title, ICLR 2024, [paper](url)":
		// the venue and year.
		if tag = yearParen(before); tag == "" {
			// On the title's line: the next may be the authors'.
			_, tag = commaVenue(collapseSpace(p.textBefore(first, tagged, true)))
		}
	}
	return title, links, tag
}

// dropNumber drops the number lists put before a title ("01.Title", "3.
// Title", "2) Title"), but not a number that is part of it ("3D
// Gaussians", "1.58-bit LLMs").
func dropNumber(title string) string {
	i := 0
	for i < len(title) && i < 3 && title[i] >= '0' && title[i] <= '9' {
		i++
	}
	if i == 0 || i == len(title) || title[i] != '.' && title[i] != ')' {
		return title
	}
	rest := strings.TrimLeft(title[i+1:], " ")
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) {
		return title
	}
	return rest
}

// termDefined reports whether an emphasis is followed by a colon, as a
// term before its definition is ("**Term**: ...").
func (p *markdownParser) termDefined(em ast.Node) bool {
	if t, ok := em.NextSibling().(*ast.Text); ok {
		return strings.HasPrefix(strings.TrimSpace(string(t.Segment.Value(p.src))), ":")
	}
	return false
}

// textBefore is the plain text of a block's inlines after the inline
// after (from the start when nil) and before its first link or <br>, or
// (oneLine) its first line break.
func (p *markdownParser) textBefore(block, after ast.Node, oneLine bool) string {
	var b strings.Builder
	c := block.FirstChild()
	if after != nil {
		c = after.NextSibling()
	}
	for ; c != nil; c = c.NextSibling() {
		switch n := c.(type) {
		case *ast.Link, *ast.AutoLink:
			return b.String()
		case *ast.RawHTML:
			if isBreak(n, p.src) && hasWordRune([]byte(b.String())) {
				return b.String()
			}
		case *ast.Text:
			if oneLine && (n.SoftLineBreak() || n.HardLineBreak()) {
				b.Write(unescapeText(n.Segment.Value(p.src)))
				return b.String()
			}
		}
		b.WriteString(inlineText(c, p.src))
	}
	return b.String()
}

// leadTag reads an item's leading emphasis or code as a tag before its
// title: a bracketed phrase ("**[New]**") or a venue with a year
// ("`ICLR'24`", "*NeurIPS 2023*").
func (p *markdownParser) leadTag(lead ast.Node) (string, bool) {
	switch lead.(type) {
	case *ast.Emphasis, *ast.CodeSpan:
	default:
		return "", false
	}
	text := cornerBrackets.Replace(strings.TrimSpace(inlineText(lead, p.src)))
	tag, ok := itemTag(text)
	bracketed := strings.HasPrefix(text, "[") || strings.HasPrefix(text, "(")
	return tag, ok && tag != "" && (bracketed || hasYear(tag) || shortYear(tag))
}

// cutTag cuts a bracketed tag from the start of a plain title ("[NeurIPS
// 2023] Title", "【ICML 2023】Title", "(ICLR'24) Title") and returns the
// tag and the rest.
func cutTag(s string) (tag, rest string, ok bool) {
	s = strings.TrimLeftFunc(cornerBrackets.Replace(s), isMark)
	for _, b := range [][2]byte{{'[', ']'}, {'(', ')'}} {
		if len(s) == 0 || s[0] != b[0] {
			continue
		}
		i := strings.IndexByte(s, b[1])
		if i < 0 {
			return "", "", false
		}
		tag, ok := itemTag("[" + s[1:i] + "]")
		if !ok || tag == "" {
			return "", "", false
		}
		return tag, s[i+1:], true
	}
	return "", "", false
}

// isMark reports whether r may stand before an item's tag as a mark ("⭐",
// "- "): neither a bracket that opens the tag nor a letter or digit.
func isMark(r rune) bool {
	return r != '[' && r != '(' && !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// commaVenue cuts "Title, ICLR 2024, ..." at the first piece after a
// comma, in the first sentence, that names a venue and year (venueLike),
// and returns the title and the venue; or s and "".
func commaVenue(s string) (title, venue string) {
	sentence, _, _ := strings.Cut(s, ". ")
	parts := strings.Split(sentence, ", ")
	for i := 1; i < len(parts); i++ {
		if v := trimTitle(parts[i]); venueLike(v) {
			return strings.Join(parts[:i], ", "), strings.Trim(v, "()[]")
		}
	}
	return s, ""
}

// yearParen is the text of the first parenthesis in s that holds a year
// ("ICML 2023" in "Title (ICML 2023). Authors", "NeurIPS'23"), or "".
func yearParen(s string) string {
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			return ""
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return ""
		}
		if in := collapseSpace(s[i+1 : i+j]); (hasYear(in) || shortYear(in)) && len(strings.Fields(in)) <= 4 {
			return in
		}
		s = s[i+j:]
	}
}

// taggedLink reads a block that opens with a short tag before its title
// link: a venue or year ("**[ICML 2021]** [Title](url)", "2023 | [Title]
// (url)", "(NeurIPS'23) [Title](url)"), a mark with no words ("🔥
// [Title](url)") or the method's name ("**SalUn**: [Title](url)"). It
// returns the tag (a venue or year), without its brackets, and the link's
// text and destination; or "" when the block opens otherwise, or the link
// is a label ("[ICML 2021] [Code](url)").
func taggedLink(n ast.Node, src []byte) (tag, title, dest string) {
	var b strings.Builder
	for c := n.FirstChild(); c != nil && b.Len() <= 64; c = c.NextSibling() {
		switch l := c.(type) {
		case *ast.Link:
			title = collapseSpace(inlineText(l, src))
			if label, _ := linkLabel(title); label || title == "" {
				return "", "", ""
			}
			tag, ok := itemTag(b.String())
			if !ok && !methodName(b.String()) {
				return "", "", ""
			}
			return tag, title, string(l.Destination)
		case *ast.AutoLink, *ast.Image:
			return "", "", ""
		}
		b.WriteString(inlineText(c, src))
	}
	return "", "", ""
}

// itemTag reports whether the text before an item's title link is a tag
// rather than the title: marks without letters or digits, then a
// bracketed phrase of up to four words, up to three words with a year or
// a number ("3."), or the marks alone. It returns the tag without marks,
// brackets and separators.
func itemTag(s string) (string, bool) {
	s = cornerBrackets.Replace(s) // "【ICML 2023】" is "[ICML 2023]"
	// Marks before the tag go ("⭐ [New]").
	s = strings.TrimLeftFunc(s, isMark)
	s = strings.TrimSpace(strings.TrimRight(s, " |:-–—,;."))
	if s == "" || len(s) <= 3 && allDigits(s) {
		return "", true // "🔥", "3." (a number)
	}
	bracketed := s[0] == '[' && s[len(s)-1] == ']' || s[0] == '(' && s[len(s)-1] == ')'
	t := collapseSpace(strings.Trim(s, "[]()"))
	if strings.ContainsAny(t, "[]()") {
		return "", false // two tags, or a title with a parenthesis
	}
	words := len(strings.Fields(t))
	if bracketed && words <= 4 || words <= 3 && (hasYear(t) || shortYear(t)) {
		return t, true
	}
	return "", false
}

var cornerBrackets = strings.NewReplacer("【", "[", "】", "]")

// methodName reports whether the text before an item's title link names
// the paper's method: up to three words and a colon ("**SalUn**: [Title]
// (url)", "`Name`: [Title](url)"), but not a field's name ("Authors:").
func methodName(s string) bool {
	name, ok := strings.CutSuffix(strings.TrimSpace(s), ":")
	if !ok {
		return false
	}
	words := strings.Fields(name)
	return len(words) > 0 && len(words) <= 3 && !fieldName(name) && !strings.ContainsAny(name, ":[]()")
}

// shortYear reports whether s holds a year written "'23".
func shortYear(s string) bool {
	i := strings.IndexByte(s, '\'')
	return i >= 0 && i+3 <= len(s) && allDigits(s[i+1:i+3]) && (i+3 == len(s) || s[i+3] < '0' || s[i+3] > '9')
}

// setTag keeps what an item's tag says: a year alone is its date, a
// venue with a year ("ICML 2021", "NeurIPS'23") its venue. Other tags
// ("New", "Survey", "CVPR") are not known to be venues, and are left.
func (p *markdownParser) setTag(re *rawEntry, tag string) {
	switch {
	case isoLike(tag) != "": // "2023", "2020-12", "202408"
		re.dateText = tag
	case hasYear(tag) || shortYear(tag):
		re.venue = tag
	}
}

// fieldNames are the names of the "Name: value" lines lists give a
// paper's details in.
var fieldNames = map[string]bool{"author": true, "authors": true, "author(s)": true, "venue": true,
	"conference": true, "journal": true, "date": true, "year": true, "published": true, "abstract": true,
	"summary": true, "tl;dr": true, "tldr": true, "slides": true, "video": true, "blog": true, "demo": true,
	"dataset": true, "data": true, "model": true, "models": true, "poster": true, "bibtex": true,
	"citation": true, "note": true, "notes": true, "keywords": true, "tags": true}

// fieldName reports whether a would-be title is only such a name or a
// link label ("Paper", "Code").
func fieldName(title string) bool {
	t := strings.ToLower(strings.TrimSpace(title))
	_, label := linkLabels[t]
	return label || fieldNames[t]
}

// namesPaper reports whether a block links a paper itself: a link to a
// paper's host (arXiv, OpenReview, a DOI...) or one labelled "paper",
// "pdf" or "arXiv" ("[[pdf]](https://example.edu/x.pdf)").
func (p *markdownParser) namesPaper(n ast.Node, links []string) bool {
	for _, u := range links {
		if l, ok := Normalize(u); ok && l.Kind == KindPaper {
			return true
		}
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if l, ok := c.(*ast.Link); ok {
			if _, paper := linkLabel(inlineText(l, p.src)); paper {
				return true
			}
		}
	}
	return false
}

// labelsCode reports whether a block has a link labelled as code
// ("[Code]", "GitHub").
func (p *markdownParser) labelsCode(n ast.Node) bool {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if l, ok := c.(*ast.Link); ok {
			if label, paper := linkLabel(inlineText(l, p.src)); label && !paper {
				return true
			}
		}
	}
	return false
}

// titleWords reports whether text before a code link reads as a paper's
// title: three words or more, opening with a capital or a digit, and not
// a field's name.
func titleWords(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return len(strings.Fields(t)) >= 3 && (unicode.IsUpper(r) || unicode.IsDigit(r)) && !fieldName(t)
}

// hasWordRune reports whether b holds a letter or a digit.
func hasWordRune(b []byte) bool {
	return bytes.ContainsFunc(b, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// leadingInline is the first inline of a block that is neither text
// without words (white space, "⭐") nor an HTML tag ("<mark>[Title](url)</mark>").
func leadingInline(n ast.Node, src []byte) ast.Node {
	c := n.FirstChild()
	for c != nil {
		if t, ok := c.(*ast.Text); ok && !hasWordRune(t.Segment.Value(src)) {
			c = c.NextSibling() // white space, or marks ("⭐ ", "- ")
			continue
		}
		if _, ok := c.(*ast.RawHTML); ok {
			c = c.NextSibling()
			continue
		}
		break
	}
	return c
}

// linkLabels are the words lists put on a link instead of the paper's
// title; true for those that name the paper itself.
var linkLabels = map[string]bool{"paper": true, "pdf": true, "arxiv": true,
	"code": false, "github": false, "link": false, "project": false, "website": false, "page": false,
	"project page": false, "openreview": false, "doi": false, "abs": false, "html": false, "official": false,
	"repo": false, "url": false}

// linkLabel reports whether a link's text is such a label ("[Paper]",
// "PDF", "Code") rather than a title, and whether it names the paper.
func linkLabel(text string) (label, paper bool) {
	paper, label = linkLabels[strings.ToLower(strings.Trim(text, " []()*_"))]
	return label, paper
}

// plainText is the plain text of a block's inlines outside its links:
// all of it, or (untilLink) what comes before the first link.
func (p *markdownParser) plainText(n ast.Node, untilLink bool) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.(type) {
		case *ast.Link, *ast.AutoLink:
			if untilLink {
				return b.String()
			}
			b.WriteByte(' ')
			continue
		}
		b.WriteString(inlineText(c, p.src))
		if t, ok := c.(*ast.Text); ok && (t.SoftLineBreak() || t.HardLineBreak()) {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// plainTitle takes the title from the plain text that opens an entry,
// "Title. Authors. Venue 2024. [" or "Title (ICML 2023) [": its first
// sentence, without a trailing parenthesis or the brackets around links.
func plainTitle(s string) string {
	s = collapseSpace(s)
	// "2023 · Title ·": a year or a bracketed tag before a separator.
	for _, sep := range []string{" · ", " | ", " • "} {
		if head, rest, ok := strings.Cut(s, sep); ok {
			if _, tag := itemTag(head); tag {
				s = rest
			}
			break
		}
	}
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}} {
		if rest, ok := strings.CutPrefix(s, q[0]); ok {
			if i := strings.Index(rest, q[1]); i > 0 {
				return trimTitle(rest[:i]) // "Quoted Title", Venue
			}
		}
	}
	// "Title (2015), Authors" and "Title (ICML 2023). Authors": the
	// title ends where a parenthesis with a year opens.
	if i := strings.Index(s, " ("); i > 0 {
		if j := strings.IndexByte(s[i:], ')'); j > 0 && hasYear(s[i:i+j]) {
			s = s[:i]
		}
	}
	if i := strings.Index(s, ". "); i > 0 {
		s = s[:i]
	}
	s, _ = commaVenue(s)
	s = trimTitle(s)
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, " ("); i > 0 {
			s = trimTitle(s[:i])
		}
	}
	return s
}

// hasYear reports whether s holds a year from 1900 to 2099.
func hasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i:i+2] == "19" || s[i:i+2] == "20") && allDigits(s[i+2:i+4]) &&
			(i == 0 || s[i-1] < '0' || s[i-1] > '9') && (i+4 == len(s) || s[i+4] < '0' || s[i+4] > '9') {
			return true
		}
	}
	return false
}

// trimTitle drops what surrounds a title in a list item: separators after
// it ("**Title:**", "Title -") and the brackets that open a link list.
func trimTitle(s string) string {
	return strings.TrimSpace(strings.TrimRight(s, " .,:;-–—[(|·•"))
}

// field reads one nested "Key: value" item into an entry.
func (p *markdownParser) field(re *rawEntry, item ast.Node) {
	line := collapseSpace(p.text(item))
	key, value, ok := strings.Cut(line, ":")
	if !ok {
		re.explicit = append(re.explicit, p.links(item)...)
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
	switch strings.ToLower(strings.Trim(strings.TrimSpace(key), "*_ ")) {
	case "author", "authors", "author(s)":
		// "Vaswani et al. (Google)": an affiliation is no name.
		if value = dropParens(value); value != "" {
			re.setAuthors(splitAuthors(value))
		}
	case "date", "year", "published":
		re.dateText = value
		re.dateISO = isoDate(value)
	case "venue", "conference", "journal":
		re.venue = strings.Trim(value, "*_ ")
	case "abstract", "summary", "tl;dr", "tldr":
		if value != "" {
			re.abstract = append(re.abstract, value)
		}
	case "code", "codes", "github", "repo", "repository", "implementation", "official code", "source code":
		if !linked {
			re.codeNote = value
		}
	}
}

// table reads a GFM table whose header names the columns.
func (p *markdownParser) table(t *east.Table) {
	var columns []string
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		if _, ok := row.(*east.TableHeader); ok {
			for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
				columns = append(columns, strings.ToLower(strings.Trim(collapseSpace(p.text(cell)), "*_ ")))
			}
			continue
		}
		cells := map[string]ast.Node{}
		i := 0
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			name := ""
			if i < len(columns) {
				name = columns[i]
			}
			cells[name] = cell
			i++
		}
		paperColumn := func(name string) bool { return strings.Contains(name, "title") || name == "paper" || name == "papers" }
		titleCell := columnCell(columns, cells, func(name string) bool { return strings.Contains(name, "title") })
		if titleCell == nil {
			titleCell = columnCell(columns, cells, func(name string) bool { return name == "paper" || name == "papers" || name == "name" })
		}
		if titleCell == nil {
			continue
		}
		if columnCell(columns, cells, paperColumn) == nil {
			// A table of names ("| [MNIST](url) | 28 x 28 |") lists
			// papers only where its rows link papers or code.
			if rowLinks := p.links(row); !linksKind(rowLinks, KindPaper) && !linksKind(rowLinks, KindCode) {
				continue
			}
		}
		title, dest := leadingLink(titleCell, p.src)
		if strings.HasPrefix(dest, "#") {
			continue
		}
		if label, _ := linkLabel(title); label && dest != "" {
			// "| SalUn | [PDF](url) |": the paper column links the
			// paper, a name or method column titles it.
			named := columnCell(columns, cells, func(name string) bool {
				return name == "name" || name == "short name" || strings.HasPrefix(name, "method") || strings.HasPrefix(name, "model")
			})
			if named == nil || named == titleCell {
				continue
			}
			if title = trimTitle(p.cellTitle(named)); title == "" {
				continue
			}
		}
		if dest == "" {
			// A title without its link: a paper if its column says it
			// holds papers ("Title", "Paper"), else an entry if the row
			// links something, its code or page.
			title = trimTitle(p.cellTitle(titleCell))
			if title == "" || len(p.links(row)) == 0 && columnCell(columns, cells, paperColumn) != titleCell {
				continue
			}
		}
		re := &rawEntry{title: collapseSpace(title), line: p.line(row), authors: -1, section: p.section()}
		re.explicit = p.linksAfter(dest, titleCell)
		names := make([]string, 0, len(cells))
		for name := range cells {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			if cells[name] == titleCell {
				continue
			}
			p.setField(re, name, collapseSpace(p.text(cells[name])), cells[name])
		}
		p.emit(re)
	}
}

// columnCell is the row's cell in the first column whose name is, or nil.
func columnCell(columns []string, cells map[string]ast.Node, is func(name string) bool) ast.Node {
	for _, name := range columns {
		if c, ok := cells[name]; ok && is(name) {
			return c
		}
	}
	return nil
}

// cellTitle is the title in a table cell that does not open with its
// link: its bold or italic opening ("**Title**<br>Authors"), else its
// text up to a line break.
func (p *markdownParser) cellTitle(cell ast.Node) string {
	if em, ok := leadingInline(cell, p.src).(*ast.Emphasis); ok {
		return inlineText(em, p.src)
	}
	var b strings.Builder
	for c := cell.FirstChild(); c != nil; c = c.NextSibling() {
		if h, ok := c.(*ast.RawHTML); ok && isBreak(h, p.src) {
			break
		}
		b.WriteString(inlineText(c, p.src))
	}
	return unquote(strings.TrimSpace(b.String()))
}

// unquote drops the quotation marks around a whole title.
func unquote(s string) string {
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}} {
		if len(s) > len(q[0])+len(q[1]) && strings.HasPrefix(s, q[0]) && strings.HasSuffix(s, q[1]) &&
			!strings.Contains(s[len(q[0]):len(s)-len(q[1])], q[1]) {
			return s[len(q[0]) : len(s)-len(q[1])]
		}
	}
	return s
}

// leadingLink returns the text and destination of the link that opens a
// block (after white space), or "" when it does not open with a link.
func leadingLink(n ast.Node, src []byte) (string, string) {
	switch l := leadingInline(n, src).(type) {
	case *ast.Link:
		return inlineText(l, src), string(l.Destination)
	case *ast.AutoLink:
		u := autoLinkText(l, src)
		return u, u
	}
	// <a href="url">Title</a>, written in HTML.
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok && !hasWordRune(t.Segment.Value(src)) {
			continue
		}
		h, ok := c.(*ast.RawHTML)
		if !ok {
			break
		}
		if href, ok := rawHref(h, src); ok {
			var b strings.Builder
			for t := c.NextSibling(); t != nil; t = t.NextSibling() {
				if end, ok := t.(*ast.RawHTML); ok && rawTag(end, src) == "/a" {
					break
				}
				b.WriteString(inlineText(t, src))
			}
			return b.String(), href
		}
	}
	return "", ""
}

// rawTag is the name of an inline HTML tag, "/a" for a closing one.
func rawTag(h *ast.RawHTML, src []byte) string {
	z := html.NewTokenizer(bytes.NewReader(rawHTML(h, src)))
	switch z.Next() {
	case html.StartTagToken, html.SelfClosingTagToken:
		name, _ := z.TagName()
		return string(name)
	case html.EndTagToken:
		name, _ := z.TagName()
		return "/" + string(name)
	}
	return ""
}

// rawHref is the destination of an inline <a href="..."> tag.
func rawHref(h *ast.RawHTML, src []byte) (string, bool) {
	z := html.NewTokenizer(bytes.NewReader(rawHTML(h, src)))
	if z.Next() != html.StartTagToken {
		return "", false
	}
	if name, _ := z.TagName(); string(name) != "a" {
		return "", false
	}
	href, ok := attr(z, "href")
	href = strings.TrimSpace(href)
	return href, ok && href != ""
}

// rawHTML is the text of an inline HTML tag.
func rawHTML(h *ast.RawHTML, src []byte) []byte {
	var tag []byte
	for i := 0; i < h.Segments.Len(); i++ {
		seg := h.Segments.At(i)
		tag = append(tag, seg.Value(src)...)
	}
	return tag
}

// autoLinkText is an autolink as written ("www.example.org/x", where
// goldmark's URL would add "http://"; our normaliser reads it as links in
// text are read), or "" for an e-mail address.
func autoLinkText(l *ast.AutoLink, src []byte) string {
	if l.AutoLinkType == ast.AutoLinkEmail {
		return ""
	}
	return string(l.Label(src))
}

// linksAfter is dest, when there is one, then the other links under n.
func (p *markdownParser) linksAfter(dest string, n ast.Node) []string {
	var out []string
	if dest != "" {
		out = append(out, dest)
	}
	for _, u := range p.links(n) {
		if u != dest {
			out = append(out, u)
		}
	}
	return out
}

// links returns the destinations of the links under n, in order: link
// destinations and autolinks, never image sources.
func (p *markdownParser) links(n ast.Node) []string {
	var out []string
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch l := c.(type) {
		case *ast.Link:
			if d := string(l.Destination); d != "" && !strings.HasPrefix(d, "#") {
				out = append(out, d)
			}
		case *ast.AutoLink:
			if u := autoLinkText(l, p.src); u != "" {
				out = append(out, u)
			}
		case *ast.RawHTML:
			if u, ok := rawHref(l, p.src); ok && !strings.HasPrefix(u, "#") {
				out = append(out, u)
			}
		case *ast.Image:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

// text is the plain text under n.
func (p *markdownParser) text(n ast.Node) string { return inlineText(n, p.src) }

func inlineText(n ast.Node, src []byte) string { return textOf(n, src, nil) }

// textOf is the plain text under n. With skip, the text of the links it
// names is left out, and blocks are parted by a space (hfText).
func textOf(n ast.Node, src []byte, skip func(dest string) bool) string {
	var b strings.Builder
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if skip != nil && c.Type() == ast.TypeBlock && b.Len() > 0 {
			b.WriteByte(' ') // between list items and paragraphs
		}
		switch t := c.(type) {
		case *ast.Text:
			b.Write(unescapeText(t.Segment.Value(src)))
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		case *ast.CodeSpan:
			for g := t.FirstChild(); g != nil; g = g.NextSibling() {
				if tt, ok := g.(*ast.Text); ok {
					b.Write(tt.Segment.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.Image:
			return ast.WalkSkipChildren, nil
		case *ast.Link:
			if skip != nil && skip(string(t.Destination)) {
				return ast.WalkSkipChildren, nil
			}
		case *ast.AutoLink:
			b.Write(t.Label(src))
		case *ast.RawHTML:
			if isBreak(t, src) {
				b.WriteByte(' ')
			}
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// isBreak reports whether an inline HTML tag is a line break ("<br>",
// "<br/>", "<br />"), which tables use to put a title over its authors.
func isBreak(h *ast.RawHTML, src []byte) bool { return rawTag(h, src) == "br" }

// unescapeText is Markdown text as it reads: backslash escapes ("\\|")
// and character references ("&amp;", "&#39;") turned into what they stand
// for, as goldmark's renderer does.
func unescapeText(v []byte) []byte {
	if bytes.IndexByte(v, '\\') < 0 && bytes.IndexByte(v, '&') < 0 {
		return v
	}
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
}

// line is the 1-based line where n's text starts.
func (p *markdownParser) line(n ast.Node) int {
	off := -1
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || off >= 0 {
			return ast.WalkStop, nil
		}
		if c.Type() == ast.TypeBlock && c.Lines().Len() > 0 {
			off = c.Lines().At(0).Start
			return ast.WalkStop, nil
		}
		if t, ok := c.(*ast.Text); ok {
			off = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	if off < 0 {
		return 0
	}
	return sort.SearchInts(p.lineStarts, off+1)
}

// splitAuthors splits "A, B, and C", "A and B" or "A & B" into names;
// more reports an "et al." ("A et al.", "A, B, et al."), after which the
// names are not all of them.
func splitAuthors(s string) (names []string, more bool) {
	s = authorSeparators.Replace(collapseSpace(s))
	for _, a := range strings.Split(s, ",") {
		// The marks of equal contribution or affiliation: "Jia†", "Liu*", "Fan¹".
		a = strings.TrimRight(strings.TrimSpace(a), nameMarks+" ")
		for _, etAl := range []string{"et al.", "et al", "et. al.", "etc.", "others"} {
			if rest, ok := strings.CutSuffix(a, etAl); ok && (rest == "" || strings.HasSuffix(rest, " ")) {
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

// nameMarks are the marks lists put after an author's name.
const nameMarks = "†‡§¶*∗⁰¹²³⁴⁵⁶⁷⁸⁹"

var authorSeparators = strings.NewReplacer(" and ", ", ", " & ", ", ", ";", ",")

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
