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
	if s == "" || len(s) > maxCitedPrefix {
		return "", false
	}
	names, venue := trailingVenue(unwrapParens(s))
	if _, _, ok := authorList(names); ok {
		return names, true
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
