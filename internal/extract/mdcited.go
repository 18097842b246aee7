package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// citedTitle reads a citation that names the authors before the title,
// as reference lists do: the title in quotation marks or in bold after
// the authors ("T. Kaneko, H. Kameoka, and N. Hojo. \"CycleGAN-VC2:
// ...\" ICASSP 2019.", "Kaneko et al. **StarGAN-VC: ...**. SLT 2018."),
// before the first link of the inlines, or as the text of that link
// after a byline ("D. Kingma, J. Ba (2015). [Title](url)"). It returns
// the title and the authors, or ok false when the inlines do not open so.
func (p *markdownParser) citedTitle(nodes []ast.Node) (title, authors string, ok bool) {
	var before strings.Builder
	for _, c := range nodes {
		switch n := c.(type) {
		case *ast.Link:
			if t := trimTitle(collapseSpace(inlineText(n, p.src))); titleWords(t) {
				if names, ok := leadingByline(before.String()); ok {
					return t, names, true
				}
			}
			return "", "", false
		case *ast.AutoLink:
			return "", "", false
		case *ast.Emphasis:
			if n.Level == 2 && before.Len() > 0 {
				// "Authors. **Title**", "Authors. “**Title.**”".
				if t := trimTitle(collapseSpace(inlineText(n, p.src))); titleWords(t) && authorsLike(before.String()) {
					return t, cleanAuthors(before.String()), true
				}
				return "", "", false
			}
			if n.Level == 1 && before.Len() > 0 {
				// "A. Author and B. Author. *Title*.", as LaTeX's \emph
				// sets a title by hand: after names alone, where a venue
				// in italics comes after the title ("Names. Title.
				// *Venue*").
				if b := strings.TrimSpace(before.String()); strings.HasSuffix(b, ".") || strings.HasSuffix(b, ",") {
					t := trimTitle(collapseSpace(inlineText(n, p.src)))
					if _, _, names := authorList(cleanAuthors(b)); names && titleWords(t) {
						return t, cleanAuthors(b), true
					}
				}
			}
		}
		before.WriteString(inlineText(c, p.src))
		if before.Len() > maxCitedPrefix {
			return "", "", false
		}
		if t, a, ok := quotedAfterAuthors(before.String()); ok {
			return t, a, true
		}
	}
	return "", "", false
}

// leadingByline reads the text before a title's link as a byline, and
// returns its names: a list of names (authorList), or surnames before a
// year or venue ("Kingma & Ba, 2015.", "Diederik P. Kingma and Jimmy Ba
// (2015)."). A word or two of a section's ("Survey:") are none.
func leadingByline(s string) (string, bool) {
	s = strings.Trim(collapseSpace(s), " .,;:-–—")
	key, field, named := strings.Cut(s, ": ")
	if named = named && strings.HasPrefix(fieldKey(key), "author"); named {
		s = field // "Authors: A, B (2024)", as a page's <span class="authors"> becomes
	}
	if s == "" || len(s) > maxCitedPrefix {
		return "", false
	}
	names, venue := trailingVenue(unwrapParens(s))
	if _, _, ok := authorList(names); ok || named && authorsLike(names) {
		return names, true // "Authors: Ada Example (2022)", one name the field says is an author's
	}
	if _, _, ok := surnameList(names); ok && venue != "" {
		return names, true
	}
	return "", false
}

// maxCitedPrefix bounds the text citedTitle reads for a citation's names
// and title, far past the longest real ones (dozens of authors and a long
// title), so that a line of prose is not searched again at each inline.
const maxCitedPrefix = 2000

// quotedAfterAuthors reads "Authors. \"Title.\"" at the start of s: the
// title in quotation marks, closed, after a run of names.
func quotedAfterAuthors(s string) (title, authors string, ok bool) {
	names, quoted, ok := firstQuoted(s)
	names = cutRefMarker(strings.TrimSpace(names)) // "[1] A. Smith, \"Title,\" ..."
	if !ok || names == "" {
		return "", "", false
	}
	inner, _, ok := cutQuoted(quoted)
	if t := trimTitle(collapseSpace(inner)); ok && titleWords(t) && authorsLike(names) {
		return t, cleanAuthors(names), true
	}
	return "", "", false
}

// authorsLike reports whether s reads as a run of names before a title:
// every word a capitalised name, an initial or a joining word ("and",
// "et al.", "van"), with no digits, after an emoji code or a dash a list
// may open with (":heavy_check_mark: - ").
func authorsLike(s string) bool {
	s = cleanAuthors(s)
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 60 || strings.ContainsFunc(s, unicode.IsDigit) {
		return false
	}
	for _, w := range words {
		w = strings.Trim(w, ".,;*_")
		if w == "" || nameJoiners[strings.ToLower(w)] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// nameJoiners are the words a run of names holds besides the names.
var nameJoiners = map[string]bool{"and": true, "&": true, "et": true, "al": true, "von": true, "van": true,
	"de": true, "der": true, "den": true, "di": true, "da": true, "du": true, "le": true, "la": true}

// cleanAuthors trims what surrounds a run of names before a title: an
// emoji code (":heavy_check_mark:"), dashes, and the full stop and the
// quotation mark after it.
func cleanAuthors(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, ":") {
		if i := strings.IndexByte(s[1:], ':'); i > 0 && !strings.ContainsAny(s[1:i+1], " \t") {
			s = s[i+2:]
		}
	}
	return strings.Trim(s, " \t.,;:-–—*_\"“")
}

// citationOverLinks reads a paper given as a citation whose title is a
// link ("Authors: A, B (2024). [Title](url). Venue.") over paragraphs of
// its labelled links alone ("[PDF](url) Cite [Code](url)"), as an
// academic site's publication list writes each paper, or alone when its
// links lead to the paper or its code. It returns the last paragraph the
// paper took, or nil when para opens no such paper.
func (p *markdownParser) citationOverLinks(para *ast.Paragraph) ast.Node {
	re, last := p.citationPaper(para)
	if re != nil {
		p.emit(re)
	}
	return last
}

// citationPaper makes the paper citationOverLinks reads, and returns it
// with the last paragraph it took, or nil.
func (p *markdownParser) citationPaper(para *ast.Paragraph) (*rawEntry, ast.Node) {
	nodes := children(para)
	titles := 0
	for _, n := range nodes {
		if l, ok := n.(*ast.Link); ok {
			if label, _ := linkLabel(inlineText(l, p.src)); !label {
				titles++
			}
		}
	}
	if titles != 1 {
		return nil, nil // a paragraph of citations, a line each, or prose
	}
	title, names, ok := p.citedTitle(nodes)
	if !ok {
		return nil, nil
	}
	var last ast.Node
	links := p.links(para)
	for c := para.NextSibling(); c != nil && p.labelsOnly(c); c = c.NextSibling() {
		links = append(links, p.links(c)...)
		last = c
	}
	if last == nil {
		if !linksKind(links, KindPaper) && !linksKind(links, KindCode) {
			return nil, nil // the title links a page of the site's, and no label follows
		}
		last = para
	}
	re := &rawEntry{title: title, line: p.line(para), authors: -1, section: p.section()}
	re.setAuthors(splitAuthors(names))
	var before, after strings.Builder
	seen := false
	for _, n := range nodes {
		switch {
		case !seen && n.Kind() == ast.KindLink:
			seen = true
		case seen:
			after.WriteString(inlineText(n, p.src))
		default:
			before.WriteString(inlineText(n, p.src))
		}
	}
	p.setTag(re, yearParen(before.String()))
	if v := strings.Trim(collapseSpace(after.String()), " .,;"); re.venue == "" && venueWords(v) {
		re.venue = dropIn(v) // "International Conference on Machine Learning (ICML)"
	}
	re.explicit = links
	return re, last
}
