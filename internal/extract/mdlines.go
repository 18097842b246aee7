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
// give one a line or a few, as list items would: each opens with a line
// that starts with its title's link ("[Open Unlearning - An easily
// extensible framework ...](repo)" under "## Benchmarks", a paragraph
// each), and the lines after it, up to the next such line, are its own
// (a homepage's "[Title](arXiv)<br>A. Author, B. Author<br>ICML 2023
// [code](repo)").
func (p *markdownParser) linkParagraph(para *ast.Paragraph) {
	lines := p.inlineLines(para)
	var starts []ast.Node // the first inline of each paper's first line
	for i, nodes := range lines {
		if p.linkLine(nodes) && !(i+1 < len(lines) && p.goesOn(lines[i+1])) {
			starts = append(starts, nodes[0])
		}
	}
	for i, first := range starts {
		var end ast.Node
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		var nodes []ast.Node
		for c := first; c != end; c = c.NextSibling() {
			nodes = append(nodes, c)
		}
		for len(nodes) > 0 && isBreakNode(nodes[len(nodes)-1], p.src) {
			nodes = nodes[:len(nodes)-1]
		}
		p.lineEntry(nodes)
	}
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

// linkLine reports whether a line outside a list reads as a paper's: it
// opens with a link, under a title, to the paper or its code, and goes
// on with labelled links alone ("[[Paper]](url) [[Demo]](url)") or a
// description after a dash or a colon; or it opens with a name in bold
// followed by labelled links alone, one to the paper. A sentence that
// opens with a link ("[This GitHub repository](url) holds ...") or in
// bold is none.
func (p *markdownParser) linkLine(nodes []ast.Node) bool {
	for len(nodes) > 0 {
		if t, ok := nodes[0].(*ast.Text); !ok || hasWordRune(t.Segment.Value(p.src)) {
			break
		}
		nodes = nodes[1:]
	}
	if len(nodes) == 0 {
		return false
	}
	var links []string
	paper := false
	for _, n := range nodes {
		links = append(links, p.links(n)...)
		if l, ok := n.(*ast.Link); ok {
			_, named := linkLabel(inlineText(l, p.src))
			paper = paper || named
		}
	}
	paper = paper || linksKind(links, KindPaper)
	if !paper && !linksKind(links, KindCode) {
		return false
	}
	described := true // whether a description may follow
	switch lead := nodes[0].(type) {
	case *ast.Link:
		title := collapseSpace(inlineText(lead, p.src))
		if label, _ := linkLabel(title); label || !titleWords(title) {
			return false
		}
	case *ast.Emphasis:
		// "**DNANet:** [[code]](url) | [[paper]](url)": a name in
		// bold, then the paper's labelled links alone, which must
		// link the paper ("**Update:** [[code]](url)" does not).
		title := trimTitle(collapseSpace(inlineText(lead, p.src)))
		if title == "" || fieldName(title) || !paper {
			return false
		}
		described = false
	default:
		return false
	}
	for _, n := range nodes[1:] {
		switch n := n.(type) {
		case *ast.Link:
			if !fieldName(strings.Trim(inlineText(n, p.src), " []()*_")) { // "[[Demo]](url)" is a label too
				return false
			}
		case *ast.Text:
			if v := n.Segment.Value(p.src); hasWordRune(v) {
				if !described {
					return false
				}
				v = bytes.TrimLeft(v, " \t[]()|")
				return bytes.HasPrefix(v, []byte("-")) || bytes.HasPrefix(v, []byte("–")) ||
					bytes.HasPrefix(v, []byte("—")) || bytes.HasPrefix(v, []byte(":"))
			}
		case *ast.AutoLink, *ast.Image, *ast.RawHTML:
		default:
			return false
		}
	}
	return true
}
