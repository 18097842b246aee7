package extract

import (
	"bytes"
	"cmp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// list reads each item of a list; items that are not entries may hold
// lists that are.
func (p *markdownParser) list(l *ast.List) {
	if p.fieldsOnly(l) {
		return
	}
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

// itemEntry emits the paper of a list item whose first block, first, has
// the title, links and tag itemHead found, with its byline and the fields
// nested under it.
func (p *markdownParser) itemEntry(first ast.Node, title string, links []string, tag string) {
	re := p.itemRaw(first, title, links, tag)
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

// itemRaw starts the entry of the paper whose title, links and tag a
// list item's first block gives, with the block's byline.
func (p *markdownParser) itemRaw(first ast.Node, title string, links []string, tag string) *rawEntry {
	re := &rawEntry{title: title, line: p.line(first), authors: -1, section: p.section()}
	re.explicit = links
	p.setTag(re, tag)
	p.byline(re, first, title, tag)
	var pub publicationLines // "Published in ICML, 2024", "Recommended citation: ..."
	if p.readLines(&pub, first); pub.cited() {
		pub.fill(re)
	}
	if re.authorNames != nil && (re.dateText != "" || re.dateISO != "") {
		return re
	}
	// A reference in plain text before its links: its names, in the
	// styles no byline reads ("Jia, J., Liu, S.: Title."), and its year,
	// which a byline after the title leaves ("Title. Ann Smith, Bob
	// Jones. NeurIPS 2023.").
	cited, citedNames, more, year := plainCitation(dropTaskBox(p.textBefore(first, nil, false)))
	if cited == title && len(citedNames) > 0 {
		re.dateText = cmp.Or(re.dateText, year)
	}
	if re.authorNames == nil {
		if t, names, ok := p.citedTitle(children(first)); ok && t == title {
			re.setAuthors(splitAuthors(names)) // the authors a citation gives before the title
		} else if cited == title && len(citedNames) > 0 {
			re.setAuthors(citedNames, more)
		} else if names := p.linkedAuthors(first); len(names) > 0 {
			re.setAuthors(names, false) // "[Ann Smith](aclanthology.org/people/...) | [Bob Jones](...)"
		}
	}
	return re
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
			// the text around the links, without their brackets.
			title = plainTitle(strings.TrimLeft(collapseSpace(linkDebris.Replace(p.plainText(first, false))), " |-–—:,;[]()"))
		} else if venueTag(title) {
			// "[[ICCV2021](arXiv url)] Title [[github](url)]": the
			// venue links the paper, and the title follows it.
			after := plainTitle(strings.TrimLeft(p.textBefore(first, leadingInline(first, p.src), false), " |-–—:,;[]()"))
			if titleWords(after) || twoWordTitle(after) {
				tag, title = spaceYear(title), after
			}
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
	before := dropTaskBox(p.textBefore(first, nil, false))
	if byline := p.italicByline(first, lead); byline != nil {
		// "Title *Corey Lynch et al. IEEE(RAL)* [[paper](url)]": the
		// title ends where its byline in italics begins.
		before = p.textUntil(first, byline)
	}
	// A tag before the title: "**[NeurIPS 2023]** Title", "`ICLR'24`
	// Title", "【ICML 2023】Title", "[New] Title".
	var tagged ast.Node
	afterTag := func() string {
		// What follows a tag, without the bracket that closed it ("(*ICLR'24*) Title").
		return strings.TrimLeft(p.textBefore(first, lead, false), " )]】")
	}
	if t, ok := p.leadTag(lead); ok && titleWords(plainTitle(afterTag())) {
		before = afterTag()
		tag, tagged, lead = t, lead, nil
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
		after := p.textBefore(first, em, false)
		if t, rest, ok := cutTag(after); ok {
			tag = t
			if full := plainTitle(rest); strings.HasPrefix(full, title) && len(full) > len(title) {
				title = full
			}
		} else if full := quotedTitle(after, title); full != "" {
			// "**DouZero**: Zha et al., "DouZero: Mastering DouDizhu
			// ...", ICML 2021": the quoted title that opens with the name.
			title = full
		} else if full, _, ok := p.citedTitle(siblingsAfter(em)); ok && strings.HasPrefix(strings.ToLower(full), strings.ToLower(title)) {
			// "**LoRA.** Hu, E. et al. (2021). [LoRA: Low-Rank ...](url)":
			// the cited title that opens with the name.
			title = full
		}
	} else if t, _, ok := p.citedTitle(children(first)); ok && (p.namesPaper(first, links) || p.labelsCode(first) || linksKind(links, KindCode)) {
		// "T. Kaneko and H. Kameoka. "Title." ICASSP 2019. [[Paper]](url)",
		// or with its repository's address.
		title = t
	} else if t := citedText(before); t != "" {
		title = t // "A. Smith and B. Jones. Title. In ICML, 2023. https://...", APA's "Smith, A. (2024). Title."
	} else if t := plainTitle(before); p.namesPaper(first, links) || p.labelsCode(first) && (titleWords(t) || twoWordTitle(t)) {
		// Before a link to the paper, or before "[[Code]](url)" alone
		// when it reads as a title ("Segment Anything [[Code]](url)").
		title = t
	} else if linksKind(links, KindCode) && titleWords(t) && titleCased(t) && !labels(before, t) && !speaksOfCode(t) {
		// Before a repository's bare address ("Title. Code:
		// https://github.com/...", "Title https://github.com/..."),
		// text in title case: not a sentence that leads to the link
		// ("Install the package from https://..."), nor its label
		// ("The Official Repository Is Here: https://...", "Official
		// PyTorch Implementation https://...").
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

// opensLine reports whether an inline opens a line of its block: the
// inline before it ends a line.
func opensLine(n ast.Node, src []byte) bool {
	prev := n.PreviousSibling()
	if t, ok := prev.(*ast.Text); ok {
		return t.SoftLineBreak() || t.HardLineBreak()
	}
	return prev != nil && isBreakNode(prev, src)
}

// italicByline is the first emphasis in italics after the block's lead
// and before its first link that reads as a byline: names, with "et al."
// or a comma between them ("*Yao Mu et al. Arxiv*"); nil if none.
func (p *markdownParser) italicByline(block, lead ast.Node) ast.Node {
	for c := block.FirstChild(); c != nil; c = c.NextSibling() {
		switch n := c.(type) {
		case *ast.Link, *ast.AutoLink:
			return nil
		case *ast.Emphasis:
			// In italics, or in bold on a line of its own under the
			// title ("Title" over "**Ann Smith, Bob Jones**; (45):1-30,
			// 2023.", as JMLR's volumes write them).
			lineStart := opensLine(n, p.src)
			if n == lead || n.Level != 1 && !lineStart {
				continue
			}
			text := collapseSpace(inlineText(n, p.src))
			names, _, _ := strings.Cut(text, ". ")
			names = dropParens(strings.TrimSuffix(names, "."))
			if _, _, ok := authorList(names); ok || lineStart && oneName(names) {
				return n
			}
		}
	}
	return nil
}

// textUntil is the plain text of a block's inlines before stop.
func (p *markdownParser) textUntil(block, stop ast.Node) string {
	var b strings.Builder
	for c := block.FirstChild(); c != nil && c != stop; c = c.NextSibling() {
		b.WriteString(inlineText(c, p.src))
	}
	return b.String()
}

// linkedAuthors is the names of the links of a block to authors' pages
// on paper hosts, as ACL Anthology writes a paper's byline.
func (p *markdownParser) linkedAuthors(block ast.Node) []string {
	var names []string
	for c := block.FirstChild(); c != nil; c = c.NextSibling() {
		if l, ok := c.(*ast.Link); ok && personPage(string(l.Destination)) {
			if name := collapseSpace(inlineText(l, p.src)); name != "" {
				names = append(names, name)
			}
		}
	}
	return names
}

// siblingsAfter is the nodes after n, in order.
func siblingsAfter(n ast.Node) []ast.Node {
	var out []ast.Node
	for c := n.NextSibling(); c != nil; c = c.NextSibling() {
		out = append(out, c)
	}
	return out
}

// children is n's children, in order.
func children(n ast.Node) []ast.Node {
	var out []ast.Node
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		out = append(out, c)
	}
	return out
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

// namesPaper reports whether a block links a paper itself: a link to a
// paper's host (arXiv, OpenReview, a DOI...) or one labelled "paper",
// "pdf" or "arXiv" ("[[pdf]](https://example.edu/x.pdf)").
func (p *markdownParser) namesPaper(n ast.Node, links []string) bool {
	if linksKind(links, KindPaper) {
		return true
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if p.paperLabel(c) {
			return true
		}
	}
	return false
}

// paperLabel reports whether n is a link labelled as the paper itself
// ("[[pdf]](url)", "[arXiv](url)").
func (p *markdownParser) paperLabel(n ast.Node) bool {
	l, ok := n.(*ast.Link)
	if !ok {
		return false
	}
	_, paper := linkLabel(inlineText(l, p.src))
	return paper
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

// titleCased reports whether text is written as titles are: at least
// three in four of its words of four letters or more, but for the
// prepositions and pronouns titles leave small ("with", "from"), open
// with a capital or a digit, and two of them at least.
func titleCased(t string) bool {
	capital, long := 0, 0
	for _, w := range strings.Fields(t) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if utf8.RuneCountInString(w) < 4 || smallTitleWords[strings.ToLower(w)] {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || unicode.IsDigit(r) {
			capital++
		}
	}
	return capital >= 2 && 4*capital >= 3*long
}

// speaksOfCode reports whether text holds a word that only a label of a
// link to code holds ("Official PyTorch Implementation", "Code and
// Data"), rather than a paper's title.
func speaksOfCode(text string) bool {
	for _, w := range strings.Fields(text) {
		if codeLabelWords[strings.ToLower(strings.Trim(w, ":.,;-–—()[]*_"))] {
			return true
		}
	}
	return false
}

// labels reports whether text ends with t and a colon: t labels the
// link after it, rather than naming a paper.
func labels(text, t string) bool {
	i := strings.LastIndex(text, t)
	return i >= 0 && strings.TrimSpace(text[i+len(t):]) == ":"
}

// smallTitleWords are the words of four letters or more that titles in
// title case often leave in small letters.
var smallTitleWords = map[string]bool{
	"with": true, "from": true, "into": true, "onto": true, "over": true, "upon": true, "than": true,
	"that": true, "when": true, "your": true, "their": true, "this": true, "without": true,
	"within": true, "through": true, "under": true, "across": true, "between": true, "about": true,
	"towards": true, "toward": true, "using": true, "beyond": true, "among": true, "after": true, "before": true,
}

// linkDebris is what plainText leaves of links in brackets ("[[pytorch]
// (url)]" is "[ ]").
var linkDebris = strings.NewReplacer("[ ]", " ", "( )", " ", "【 】", " ")

// venueTag reports whether a link's text is a venue and year, as lists
// label a paper's link with ("ICCV2021", "CVPR 2020", "NeurIPS'20"),
// rather than its title.
func venueTag(t string) bool {
	return len(strings.Fields(t)) <= 3 && (hasYear(t) || shortYear(t)) && !strings.ContainsAny(t, ":/")
}

// dropTaskBox drops the box a task list opens an item with ("[ ] Title",
// "[x] Title").
func dropTaskBox(s string) string {
	t := strings.TrimLeft(s, " ")
	for _, box := range []string{"[ ] ", "[x] ", "[X] "} {
		if rest, ok := strings.CutPrefix(t, box); ok {
			return rest
		}
	}
	return s
}

// spaceYear parts a venue from the year written against it
// ("ICCV2021" is "ICCV 2021").
func spaceYear(s string) string {
	for i := 1; i+4 <= len(s); i++ {
		if (s[i:i+2] == "19" || s[i:i+2] == "20") && allDigits(s[i:i+4]) && (i+4 == len(s) || s[i+4] < '0' || s[i+4] > '9') {
			if c := s[i-1]; c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' {
				return s[:i] + " " + s[i:]
			}
			return s
		}
	}
	return s
}

// twoWordTitle reports whether text before a code link is a title of two
// words, each opening with a capital ("Segment Anything", "Graph
// Attention"), and not what lists write before their code links
// ("Official Implementation", "PyTorch Code").
func twoWordTitle(t string) bool {
	words := strings.Fields(t)
	if len(words) != 2 || fieldName(t) {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || codeWords[strings.ToLower(strings.Trim(w, ":.,;-–—"))] {
			return false
		}
	}
	return true
}

// codeWords are the words a list writes about a link to code, which no
// two-word title is made of; codeLabelWords those of them that no title
// of more words holds either.
var (
	codeWords = wordSet(codeLabels + ` source sources project page demo link links version release model models
weights checkpoint checkpoints notebook colab dataset datasets pretrained library toolkit toolbox framework`)
	codeLabelWords = wordSet(codeLabels)
)

const codeLabels = `official unofficial implementation implementations reimplementation reproduction code codes
repo repository repositories github gitlab pytorch tensorflow jax keras paddle mindspore website homepage`

// hasWordRune reports whether b holds a letter or a digit.
func hasWordRune(b []byte) bool {
	return bytes.ContainsFunc(b, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// linkLabels are the words lists put on a link instead of the paper's
// title; true for those that name the paper itself.
var linkLabels = map[string]bool{"paper": true, "pdf": true, "arxiv": true,
	"code": false, "github": false, "link": false, "project": false, "website": false, "page": false,
	"project page": false, "openreview": false, "doi": false, "abs": false, "html": false, "official": false,
	"repo": false, "url": false, "pypi": false, "colab": false, "docs": false, "documentation": false,
	"hugging face": false, "huggingface": false, "hf": false, "weights": false, "checkpoints": false,
	"demo": false, "video": false, "slides": false, "poster": false, "blog": false, "homepage": false,
	"leaderboard": false, "talk": false, "supplementary": false, "bib": false, "cite": false,
	"download pdf": true, "download paper": true, "download paper here": true, "bibtex": false, "software": false, "supplementary material": false,
	"论文": true, "代码": false, "主页": false, "项目主页": false}

// linkLabel reports whether a link's text is such a label ("[Paper]",
// "PDF", "Code") rather than a title, and whether it names the paper.
func linkLabel(text string) (label, paper bool) {
	paper, label = linkLabels[strings.ToLower(strings.Trim(text, " []()*_"))]
	return label, paper
}

// citedText is the title of a reference written as plain text before its
// links (textCitation), when its authors are plainly people's: two or
// more, or one with an initial or "et al.", or any under a reference's
// number ("[3] Ann Author. Title."); a title in capitals before the names
// ("Sparse Things. Ann Smith, Bob Jones.") is no author.
func citedText(before string) string {
	t, names, more, _ := plainCitation(before)
	numbered := 0
	if t == "" || !(len(names) >= 2 || more || hasInitial(names[0]) || strings.HasPrefix(strings.TrimSpace(before), "[") && refLine(before, &numbered)) {
		return ""
	}
	if _, _, ok := authorList(t); ok {
		return ""
	}
	return t
}
