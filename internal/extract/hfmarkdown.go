package extract

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// A Hugging Face papers page saved as Markdown (by a browser extension, or
// a scraper such as firecrawl) gives each paper as a card:
//
//	[42](https://huggingface.co/login?next=%2Fpapers%2F2606.01234)
//
//	### [Title](https://huggingface.co/papers/2606.01234)
//
//	[The abstract, which may name its code: https://github.com/o/r.](https://huggingface.co/papers/2606.01234)
//
//	[![org](avatar)Org name](https://huggingface.co/org)
//
//	[- ![](avatar)\\
//	- 3 authors](https://huggingface.co/papers/2606.01234)
//
//	·
//
//	May 29[6](https://huggingface.co/papers/2606.01234#community)
//
// The upvotes link before the heading (its text "-" for none), the
// abstract as the text of a link to the paper, the organisation, the
// authors' count (whose avatars break the link into a paragraph and a
// list) and the date with the comment count; each but the title may be
// missing. Other converters write the links as references ("[Title][32]")
// and break them over lines, so that the abstract stands as a paragraph
// of its own, and a card's count, date and the next card's upvotes run
// together in one list item; the trending page's cards put the
// organisation and "Published on" the date in one line, and the upvote
// button, the GitHub and the arXiv links after the card. So a card is
// read as the blocks between its
// heading and the next: the first long text, or the link to the paper,
// is its abstract; "N authors" and a date are found in the text of the
// others, without the text of links to the login page (upvote buttons)
// or to the comments. Upvotes are matched to cards by the paper each
// button names (hfUpvotes). Titles and abstracts keep the line breaks of
// the page as a backslash before white space.

// hfCard reads the card whose heading is h, when h links a paper's page
// on Hugging Face, and returns the last node of the card.
func (p *markdownParser) hfCard(h *ast.Heading) (ast.Node, bool) {
	if !p.atxHeading(h) {
		return nil, false
	}
	last := ast.Node(h)
	title, dest := leadingLink(h, p.src)
	if dest == "" {
		title, dest, last = p.brokenTitleLink(h)
	}
	id, ok := hfPaperID(dest)
	if !ok {
		return nil, false
	}
	// No section: the headings above the cards are the page's own ("by
	// AK and the research community"), or lines of its upvote buttons
	// that a converter made headings ("Jun 29" over "-").
	re := &rawEntry{line: p.line(h), authors: -1}
	p.headingTitle(re, dropLineBreaks(title))
	if re.title == "" {
		return nil, false
	}
	re.explicit = []string{dest}
	nextCard := false // in the header of the card after: its submitter, its thumbnail
	for c := last.NextSibling(); c != nil; c = c.NextSibling() {
		if hh, ok := c.(*ast.Heading); ok && p.atxHeading(hh) {
			break
		}
		last = c
		text := collapseSpace(dropLineBreaks(p.hfText(c)))
		if nextCard = nextCard || strings.HasPrefix(text, "Submitted by"); nextCard {
			continue
		}
		re.explicit = append(re.explicit, p.hfLinks(c)...)
		if len(re.abstract) == 0 {
			if abstract, ok := p.hfAbstract(c, id, text); ok {
				re.abstract = append(re.abstract, abstract)
				continue
			}
		}
		if n, ok := hfAuthorCount(text); ok && re.authors < 0 {
			re.authors = n
		}
		if d, ok := hfDate(text); ok && !re.hasDate {
			re.date, re.hasDate = d, true
		}
	}
	votes, hasVotes := p.hfUpvotes(id)
	re.upvotes = votes
	re.date.upvotes, re.date.hasVotes = votes, hasVotes
	p.emit(re)
	return last, true
}

// brokenTitleLink reads a card's title link that a line break split,
// which ends the heading: "### [Title over" then "two lines](url)" as a
// paragraph. It returns the paragraph as the heading's last node.
func (p *markdownParser) brokenTitleLink(h *ast.Heading) (title, dest string, last ast.Node) {
	head := collapseSpace(p.text(h))
	para, ok := h.NextSibling().(*ast.Paragraph)
	if !ok || !strings.HasPrefix(head, "[") || strings.Contains(head, "]") || para.Lines().Len() == 0 {
		return "", "", h
	}
	first := para.Lines().At(0)
	line := string(first.Value(p.src))
	rest, url, ok := strings.Cut(line, "](")
	url, _, closed := strings.Cut(url, ")")
	if !ok || !closed || strings.ContainsAny(rest, "[]") {
		return "", "", h
	}
	return head[1:] + " " + rest, url, para
}

// atxHeading reports whether h is written with #s. Where a converter
// breaks a card's links over lines, a line "-" (no upvotes) under its
// text makes that text a heading too (a setext one), which is part of
// the card, not the next one.
func (p *markdownParser) atxHeading(h *ast.Heading) bool {
	lines := h.Lines()
	if lines.Len() == 0 {
		return true
	}
	i := lines.At(0).Start
	for i > 0 && p.src[i-1] != '\n' {
		i--
	}
	for i < len(p.src) && (p.src[i] == ' ' || p.src[i] == '\t') {
		i++
	}
	return i < len(p.src) && p.src[i] == '#'
}

// hfPaperID is the paper id of a link to its Hugging Face page
// ("https://huggingface.co/papers/2606.01234"), without a fragment.
func hfPaperID(dest string) (string, bool) {
	rest, ok := strings.CutPrefix(dest, "https://huggingface.co/papers/")
	if !ok {
		return "", false
	}
	if i := strings.IndexAny(rest, "#?/"); i >= 0 {
		rest = rest[:i]
	}
	return rest, rest != "" && rest != "trending"
}

// hfSiteLinks reports whether links are all to Hugging Face's own pages,
// none to a paper's.
func hfSiteLinks(links []string) bool {
	for _, l := range links {
		if _, paper := hfPaperID(l); paper || !strings.HasPrefix(l, "https://huggingface.co/") && l != "https://huggingface.co" {
			return false
		}
	}
	return len(links) > 0
}

// hfLoginLink reports whether dest is the login page an upvote button
// leads to, and hfCommentsLink whether it is a paper's comments.
func hfLoginLink(dest string) bool {
	return strings.HasPrefix(dest, "https://huggingface.co/login?next=")
}

func hfCommentsLink(dest string) bool {
	_, ok := hfPaperID(dest)
	return ok && strings.HasSuffix(dest, "#community")
}

// hfUpvotes is the upvote count of the paper with this id, from the
// page's upvote buttons: each links the login page, naming the paper in
// its next= ("login?next=%2Fpapers%2F2606.01234"), with the count ("42",
// or "-" for none) as its text; so a count is the paper's wherever the
// converter put it, before the card or after. A link whose text a line
// break cut off ("[Upvote" over "117](https://...)") is read from its
// line.
func (p *markdownParser) hfUpvotes(id string) (int, bool) {
	if p.hfVotes == nil {
		p.hfVotes = map[string]int{}
		ast.Walk(p.doc, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			switch c := c.(type) {
			case *ast.Link:
				if dest := string(c.Destination); hfLoginLink(dest) && !p.shortcutReference(c) {
					p.addVotes(dest, collapseSpace(p.text(c)))
				}
				return ast.WalkSkipChildren, nil
			case *ast.Paragraph:
				if c.Lines().Len() > 0 {
					first := c.Lines().At(0)
					line := strings.TrimSpace(string(first.Value(p.src)))
					count, rest, ok := strings.Cut(line, "](")
					if dest, ok2 := strings.CutSuffix(rest, ")"); ok && ok2 && hfLoginLink(dest) {
						p.addVotes(dest, count)
					}
				}
			}
			return ast.WalkContinue, nil
		})
	}
	n, ok := p.hfVotes[id]
	return n, ok
}

// addVotes notes an upvote button's count for the paper its login link
// names, unless the paper has one already (pages repeat cards).
func (p *markdownParser) addVotes(dest, text string) {
	u, err := url.Parse(dest)
	if err != nil {
		return
	}
	id, ok := strings.CutPrefix(u.Query().Get("next"), "/papers/")
	if !ok || id == "" {
		return
	}
	if _, seen := p.hfVotes[id]; seen {
		return
	}
	text = strings.TrimSpace(text)
	if text == "-" {
		p.hfVotes[id] = 0
	} else if n, err := parseCount(text); err == nil {
		p.hfVotes[id] = n
	}
}

// shortcutReference reports whether a link is written as a reference's
// label alone ("[5]" or "[5][]"), whose text is the label, not a count:
// a converter's "[\n-\n][5]" for no upvotes reads so once the "-" line
// has made the line above it a heading.
func (p *markdownParser) shortcutReference(l *ast.Link) bool {
	last, ok := l.LastChild().(*ast.Text)
	if !ok {
		return false
	}
	i := last.Segment.Stop
	for i < len(p.src) && (p.src[i] == ' ' || p.src[i] == '\n' || p.src[i] == '\r' || p.src[i] == '\t') {
		i++
	}
	if i+1 >= len(p.src) || p.src[i] != ']' {
		return false
	}
	next := p.src[i+1]
	return next != '(' && (next != '[' || i+2 < len(p.src) && p.src[i+2] == ']')
}

// hfText is the text of a block without that of links to the login page
// or to comments, whose numbers are counts of another kind.
func (p *markdownParser) hfText(n ast.Node) string {
	return textOf(n, p.src, func(dest string) bool { return hfLoginLink(dest) || hfCommentsLink(dest) })
}

// hfLinks are a block's links but those to the login page, to comments
// and to papers' pages (the card's own, which it has).
func (p *markdownParser) hfLinks(n ast.Node) []string {
	var out []string
	for _, l := range p.links(n) {
		if _, paper := hfPaperID(l); !paper && !hfLoginLink(l) {
			out = append(out, l)
		}
	}
	return out
}

// hfAbstract reads a card's abstract from a block: a paragraph that is
// one link to the paper's page, whose text is the abstract, or a long
// paragraph of text.
func (p *markdownParser) hfAbstract(n ast.Node, id, text string) (string, bool) {
	para, ok := n.(*ast.Paragraph)
	if !ok {
		return "", false
	}
	if link, ok := leadingInline(para, p.src).(*ast.Link); ok && link.NextSibling() == nil {
		if got, ok := hfPaperID(string(link.Destination)); ok && got == id {
			abstract := collapseSpace(dropLineBreaks(p.text(link)))
			return abstract, abstract != ""
		}
	}
	return text, len(text) >= minAbstractBytes
}

// minAbstractBytes is the shortest paragraph of plain text taken as a
// card's abstract, longer than its other blocks ever are.
const minAbstractBytes = 120

// hfAuthorCount finds "3 authors" (or "1 author") in a block's text,
// where the end of a link the avatars broke up may follow ("3
// authors](https://...)").
func hfAuthorCount(text string) (int, bool) {
	words := strings.Fields(text)
	for i := 1; i < len(words); i++ {
		w := words[i]
		if j := strings.IndexAny(w, "]("); j >= 0 {
			w = w[:j]
		}
		if w != "authors" && w != "author" {
			continue
		}
		if n, err := strconv.Atoi(strings.TrimLeft(words[i-1], `-•*\`)); err == nil && n >= 0 {
			return n, true
		}
	}
	return 0, false
}

// hfDate finds a card's date in a block's text: "May 29" or "Feb 27,
// 2025", wherever it stands.
func hfDate(text string) (listingDate, bool) {
	words := strings.Fields(text)
	for i, w := range words {
		if !startsWithMonth(w) {
			continue
		}
		for _, n := range []int{3, 2} {
			if i+n <= len(words) {
				if d, ok := parseDateLine(strings.Join(words[i:i+n], " ")); ok && !d.hasVotes {
					return d, true
				}
			}
		}
	}
	return listingDate{}, false
}

// dropLineBreaks makes spaces of the backslashes a saved page writes for
// its line breaks, a backslash before white space.
func dropLineBreaks(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n' || s[i+1] == '\t') {
			b.WriteByte(' ')
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
