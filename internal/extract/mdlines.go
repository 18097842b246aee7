package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// Lines outside a list's items that give a paper each, as an item would:
// quoted under an item, or a paragraph's lines that open with a title's
// link.

// quotedLines reads the papers a list item quotes under it, a line each
// ("- Prompting" over "> (2020-12) **Title** [paper](url) <br>" and "> (2021-07)
// **Title** [paper](url)"), as list items of their own.
func (p *markdownParser) quotedLines(q *ast.Blockquote) {
	for para := q.FirstChild(); para != nil; para = para.NextSibling() {
		if _, ok := para.(*ast.Paragraph); !ok {
			continue
		}
		for _, nodes := range p.inlineLines(para) {
			p.lineEntry(nodes)
		}
	}
}

// linkParagraph reads the papers of a paragraph outside any list that
// give one a line or a few, as list items would. Each opens with a line
// that leads a paper (see lineLead), and the lines after it, up to the
// next such line, are its own: a homepage's "[Title](arXiv)<br>A.
// Author, B. Author<br>ICML 2023 [code](repo)", a publication list's
// "**Title**" over its authors, venue and "[[paper]](url)".
func (p *markdownParser) linkParagraph(para *ast.Paragraph) {
	if p.fieldParagraph(para) {
		return
	}
	lines := p.inlineLines(para)
	type start struct {
		line  int
		lead  lineLead
		title string
	}
	var starts []start
	for i, nodes := range lines {
		lead, title := p.lineLead(nodes)
		if lead != noLead && !(i+1 < len(lines) && p.goesOn(lines[i+1])) {
			starts = append(starts, start{i, lead, title})
		}
	}
	for k, s := range starts {
		last, end := len(lines), ast.Node(nil)
		if k+1 < len(starts) {
			last, end = starts[k+1].line, lines[starts[k+1].line][0]
		}
		var nodes []ast.Node
		for c := lines[s.line][0]; c != end; c = c.NextSibling() {
			nodes = append(nodes, c)
		}
		var links []string
		paper := false
		for _, line := range lines[s.line:last] {
			for _, n := range line {
				links = append(links, p.links(n)...)
				paper = paper || p.paperLabel(n)
			}
		}
		paper = paper || linksKind(links, KindPaper)
		// A title's link or a citation leads a paper or its code; a
		// name, only where a link names the paper itself.
		if !paper && (s.lead == nameLead || !linksKind(links, KindCode)) {
			continue
		}
		for len(nodes) > 0 && isBreakNode(nodes[len(nodes)-1], p.src) {
			nodes = nodes[:len(nodes)-1]
		}
		p.lineEntry(nodes)
	}
}

// textBeforeLink is the text of a line's inlines before its first link,
// as far as a citation's names and title go (maxCitedPrefix).
func (p *markdownParser) textBeforeLink(nodes []ast.Node) string {
	var b strings.Builder
	for _, c := range nodes {
		switch c.(type) {
		case *ast.Link, *ast.AutoLink:
			return b.String()
		}
		if b.WriteString(inlineText(c, p.src)); b.Len() > maxCitedPrefix {
			break
		}
	}
	return b.String()
}

// A lineLead is how a line outside a list may open a paper.
type lineLead int

const (
	noLead    lineLead = iota
	linkLead           // "[Title](url)", then labelled links or a description
	nameLead           // "**Name**", "<b>Title</b>" or "\"Title\"", then labelled links alone
	citedLead          // a citation: its authors, its title, and a venue or year
)

// lineLead reports whether a line may open a paper, and how, with the
// title it opens with: a link under a title ("[Open Unlearning - An easily
// extensible framework ...](repo)"), followed by labelled links alone
// ("[[Paper]](url) [[Demo]](url)") or a description after a dash or a
// colon; or a name in bold or quotation marks followed by labelled links
// alone ("**DNANet:** [[code]](repo) | [[paper]](arXiv)"), or alone on
// its line when it reads as a title ("**When LLMs Read Tables
// Carelessly**" over its authors); or a citation's authors before its
// title (citedTitle). A sentence that opens with a link
// ("[This GitHub repository](url) holds ...") or a bold word leads none.
func (p *markdownParser) lineLead(nodes []ast.Node) (lineLead, string) {
	line := nodes
	// White space, marks, and the labelled links some pages put first
	// ("[pdf](url) [bib](url) **[Title](url)**" on ACL Anthology).
lead:
	for len(nodes) > 0 {
		switch n := nodes[0].(type) {
		case *ast.Text:
			if hasWordRune(n.Segment.Value(p.src)) {
				break lead
			}
		case *ast.Link:
			if !fieldName(strings.Trim(inlineText(n, p.src), " []()*_")) {
				break lead
			}
		default:
			break lead
		}
		nodes = nodes[1:]
	}
	if len(nodes) == 0 {
		return noLead, ""
	}
	if t, _, ok := p.citedTitle(nodes); ok {
		return citedLead, t // "A. Author and B. Author. "Title." ICASSP 2019. [[Paper]](url)"
	}
	if t := citedText(p.textBeforeLink(line)); t != "" {
		return citedLead, t // "[1] A. Author and B. Author. Title. In ICML, 2023. https://..."
	}
	lead, title, rest := linkLead, "", nodes[1:]
	switch n := nodes[0].(type) {
	case *ast.Link:
		title = collapseSpace(inlineText(n, p.src))
		if label, _ := linkLabel(title); label || !titleWords(title) {
			return noLead, ""
		}
	case *ast.Emphasis:
		lead, title = nameLead, trimTitle(collapseSpace(inlineText(n, p.src)))
	case *ast.RawHTML: // "<b>Title (2016)</b>"
		if tag := rawTag(n, p.src); tag != "b" && tag != "strong" {
			return noLead, ""
		}
		var b strings.Builder
		for i, c := range rest {
			if h, ok := c.(*ast.RawHTML); ok && rawTag(h, p.src) == "/"+rawTag(n, p.src) {
				lead, title, rest = nameLead, trimTitle(collapseSpace(b.String())), rest[i+1:]
				break
			}
			b.WriteString(inlineText(c, p.src))
		}
	case *ast.Text: // "\"Rethinking Pre-training and Self-training\" [[Paper]](url)"
		if t, after, ok := cutQuoted(strings.TrimSpace(string(n.Segment.Value(p.src)))); ok && !hasWordRune([]byte(after)) {
			lead, title = nameLead, trimTitle(collapseSpace(t))
		}
	}
	if title == "" || fieldName(title) {
		return noLead, ""
	}
	linked := false
	var byline strings.Builder // a name's words before its links: "**Title**. *A. Author*. ICML 2024."
	for _, n := range rest {
		switch n := n.(type) {
		case *ast.Link:
			if !fieldName(strings.Trim(inlineText(n, p.src), " []()*_")) { // "[[Demo]](url)" is a label too
				return noLead, ""
			}
			linked = true
		case *ast.Text:
			if v := n.Segment.Value(p.src); hasWordRune(v) {
				if lead == nameLead {
					byline.Write(unescapeText(v))
					continue
				}
				v = bytes.TrimLeft(v, " \t[]()|")
				if !(bytes.HasPrefix(v, []byte("-")) || bytes.HasPrefix(v, []byte("–")) ||
					bytes.HasPrefix(v, []byte("—")) || bytes.HasPrefix(v, []byte(":"))) {
					return noLead, ""
				}
				return lead, title
			}
		case *ast.Emphasis:
			if lead != nameLead {
				return noLead, ""
			}
			byline.WriteString(" " + inlineText(n, p.src) + " ")
		case *ast.AutoLink, *ast.Image, *ast.RawHTML:
		default:
			return noLead, ""
		}
	}
	if byline.Len() > 0 && !(linked && titleWords(title) && bylineOnly(byline.String())) {
		// Words after a name lead only when they are its authors and
		// venue, and labelled links follow: "**Note:** this is ..." is
		// a sentence.
		return noLead, ""
	}
	if lead == nameLead && !linked {
		// Alone on its line, a name leads only as a title: in bold,
		// three words or more, not a run of names ("**Ann Smith**",
		// "*William Peebles, Saining Xie*" on a byline's line).
		if em, ok := nodes[0].(*ast.Emphasis); ok && em.Level < 2 || !titleWords(title) ||
			authorsLike(title) && strings.ContainsAny(title, ",&") {
			return noLead, ""
		}
	}
	return lead, title
}

// bylineOnly reports whether s is a byline and nothing else: each of its
// pieces (splitPieces) authors, a venue or a year, or authors before a
// venue.
func bylineOnly(s string) bool {
	n := 0
	for _, piece := range splitPieces(s) {
		if piece = strings.TrimFunc(collapseSpace(piece), notPieceEnd); piece == "" {
			continue
		}
		n++
		if venueLike(piece) || venueName(piece) || namesThenVenue(piece) {
			continue
		}
		if _, _, ok := authorList(piece); !ok {
			return false
		}
	}
	return n > 0
}

// goesOn reports whether a line carries on the sentence of the line
// before it, opening with a word in lower case ("[This tool](repo)" over
// "is what we use"); "by A. Author" opens a byline, not a sentence.
func (p *markdownParser) goesOn(line []ast.Node) bool {
	for _, n := range line {
		t, ok := n.(*ast.Text)
		if !ok {
			return false
		}
		v := bytes.TrimLeft(t.Segment.Value(p.src), " \t")
		if len(v) == 0 {
			continue
		}
		r, _ := utf8.DecodeRune(v)
		return unicode.IsLower(r) && !bytes.HasPrefix(v, []byte("by "))
	}
	return false
}

// inlineLines cuts a paragraph's inlines into its lines, at line breaks
// and <br>.
func (p *markdownParser) inlineLines(para ast.Node) [][]ast.Node {
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
	return append(lines, line)
}

// lineEntry reads one line of inlines as a list item: the line becomes a
// block of its own, which the item readers take, and its paragraph is
// read no further.
func (p *markdownParser) lineEntry(nodes []ast.Node) {
	block := ast.NewParagraph()
	for _, n := range nodes {
		block.AppendChild(block, n)
	}
	if title, links, tag := p.itemHead(block); title != "" {
		p.itemEntry(block, title, links, tag)
	}
}
