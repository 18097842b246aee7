package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"
)

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

// leadingInline is the first inline of a block that is neither text
// without words (white space, "⭐"), an HTML tag ("<mark>[Title](url)</mark>")
// nor an image (a badge: "![Star](https://img.shields.io/...) <br>
// [**Title**](url)").
func leadingInline(n ast.Node, src []byte) ast.Node {
	c := n.FirstChild()
	for c != nil {
		if t, ok := c.(*ast.Text); ok && !hasWordRune(t.Segment.Value(src)) {
			c = c.NextSibling() // white space, or marks ("⭐ ", "- ")
			continue
		}
		switch c.(type) {
		case *ast.RawHTML, *ast.Image:
			c = c.NextSibling()
			continue
		}
		break
	}
	return c
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
	return rawAttr(h, src, "a", "href")
}

// rawAttr is the attribute key of an inline HTML tag named tag
// (<a href>, <img src>), trimmed, when it has one.
func rawAttr(h *ast.RawHTML, src []byte, tag, key string) (string, bool) {
	z := html.NewTokenizer(bytes.NewReader(rawHTML(h, src)))
	if next := z.Next(); next != html.StartTagToken && next != html.SelfClosingTagToken {
		return "", false
	}
	if name, _ := z.TagName(); string(name) != tag {
		return "", false
	}
	v, ok := attr(z, key)
	v = strings.TrimSpace(v)
	return v, ok && v != ""
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
			} else if img, ok := rawAttr(l, p.src, "img", "src"); ok && badgeRepo(img) != "" {
				out = append(out, badgeRepo(img))
			}
		case *ast.Image:
			if u := badgeRepo(string(l.Destination)); u != "" {
				out = append(out, u) // "![Stars](https://img.shields.io/github/stars/o/r)": the code
			}
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
