package extract

import (
	"bytes"
	"sort"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
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
			} else {
				if last := p.headingOverParagraphs(h); last != nil {
					c = last // the paragraphs the heading's paper took
				}
			}
			continue
		}
		// "**Title** (ICML 2024)", "<details><summary>Title</summary>"
		// or a plain line over its authors and its labelled links,
		// paragraphs of their own: the title is the paper's, as a
		// heading's would be.
		if t, plain := p.titleAlone(c); t != "" {
			if last := p.titleOverParagraphs(c, t, plain); last != nil {
				c = last
				continue
			}
		}
		if para, ok := c.(*ast.Paragraph); ok {
			// "Authors: A, B (2024). [Title](url). Venue." over
			// "[PDF](url) [Code](url)".
			if last := p.citationOverLinks(para); last != nil {
				c = last
				continue
			}
		}
		switch c := c.(type) {
		case *ast.List:
			p.list(c)
		case *east.Table:
			p.table(c)
		case *ast.HTMLBlock:
			p.htmlBlock(c)
		case *ast.Paragraph:
			p.linkParagraph(c)
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

// section is the heading path above the current position, without the
// document's title: "Papers / 2026".
func (p *markdownParser) section() string { return p.sectionAbove(len(p.headings)) }

// sectionAbove is the heading path above a heading of the given level.
func (p *markdownParser) sectionAbove(level int) string {
	var parts []string
	for _, h := range p.headings[2:max(level, 2)] { // a paper's "# Title" has none above it
		if h != "" {
			parts = append(parts, h)
		}
	}
	return strings.Join(parts, " / ")
}

// line is the 1-based line where n's text starts.
func (p *markdownParser) line(n ast.Node) int {
	off := -1
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if off >= 0 {
			return ast.WalkStop, nil
		}
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			off = c.Segment.Start
		case *ast.RawHTML: // "<b>Title</b>" opening a line read as an item
			if c.Segments.Len() > 0 {
				off = c.Segments.At(0).Start
			}
		default:
			if c.Type() == ast.TypeBlock && c.Lines().Len() > 0 {
				off = c.Lines().At(0).Start
			}
		}
		return ast.WalkContinue, nil
	})
	if off < 0 {
		return 0
	}
	return sort.SearchInts(p.lineStarts, off+1)
}
