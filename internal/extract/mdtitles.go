package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

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
	s = strings.TrimSpace(strings.TrimRight(s, " |:-–—,;.<《")) // "[UCB] <[Title](url)>"
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
	tag = strings.Trim(tag, " .,;:\"“”") // "\" EUSIPCO 2018" after a quoted title's full stop
	tag = dropIn(tag)
	if year, rest, ok := strings.Cut(tag, ", "); ok && len(year) == 4 && isoLike(year) == year && rest != "" {
		// IEEE's preprint: "\"Title,\" 2023, arXiv: arXiv:2301.00222."
		re.dateText, tag = year, rest
		if id := arxivIDIn(rest); id != "" && re.arxivID == "" {
			re.arxivID, re.venue = id, "arXiv"
			return
		}
		re.venue = rest
		return
	}
	if namesThenVenue(tag) {
		_, tag = trailingVenue(unwrapParens(tag)) // a citation's "Graves et al., 2021": its authors are no venue
	}
	switch {
	case isoLike(tag) != "": // "2023", "2020-12", "202408"
		re.dateText = tag
	case len(tag) == 5 && hasYear(tag[:4]) && tag[4] >= 'a' && tag[4] <= 'z':
		re.dateText = tag[:4] // APA's "2023a", the first of an author's papers that year
	case hasYear(tag) || shortYear(tag):
		re.venue = tag
	}
}

// dropIn drops the "In " a reference puts before its venue ("In ICML,
// 2023", "In Proceedings of ...").
func dropIn(venue string) string {
	if rest, ok := strings.CutPrefix(venue, "In "); ok && rest != "" && unicode.IsUpper([]rune(rest)[0]) {
		return rest
	}
	return venue
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
	// "Title | 1812 | [", "Title · arXiv'20 ·": the title ends at the
	// separator before the fields that follow it.
	for _, sep := range []string{" · ", " | ", " • "} {
		if head, _, ok := strings.Cut(s, sep); ok && strings.TrimSpace(head) != "" {
			s = head
		}
	}
	if t, _, ok := cutQuoted(s); ok && t != "" {
		return trimTitle(t) // "Quoted Title", Venue
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
	// "When does SGD escape local minima? In ICML 2018": a question ends
	// the title where a venue follows it.
	for _, mark := range []string{"? ", "! "} {
		if i := strings.Index(s, mark); i > 0 {
			rest := strings.TrimPrefix(strings.TrimPrefix(s[i+2:], "In "), "in ")
			if venueLike(strings.Trim(rest, " *_.,")) {
				s = s[:i+1]
			}
		}
	}
	// "Knowledge Neurons (KN): Dai et al.": the authors after the title.
	if strings.HasSuffix(strings.TrimRight(s, "."), " et al") {
		for _, sep := range []string{": ", " - ", " – ", ", "} {
			if i := strings.LastIndex(s, sep); i > 0 {
				s = s[:i]
				break
			}
		}
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

// quotedTitle is the first title in quotation marks in s that opens with
// name and says more, or "".
func quotedTitle(s, name string) string {
	if _, quoted, ok := firstQuoted(s); ok {
		if t, _, ok := cutQuoted(quoted); ok {
			t = trimTitle(collapseSpace(t))
			if len(t) > len(name) && strings.HasPrefix(strings.ToLower(t), strings.ToLower(name)) {
				return t
			}
		}
	}
	return ""
}

// quoteMarks are the pairs of quotation marks titles are put in.
var quoteMarks = [][2]string{{`"`, `"`}, {"“", "”"}}

// cutQuoted cuts what s opens with in quotation marks from what follows
// the closing mark: "\"Title\" (2019)" gives "Title" and " (2019)".
func cutQuoted(s string) (inner, after string, ok bool) {
	for _, q := range quoteMarks {
		if rest, open := strings.CutPrefix(s, q[0]); open {
			if inner, after, ok = strings.Cut(rest, q[1]); ok {
				return inner, after, true
			}
		}
	}
	return "", "", false
}

// firstQuoted splits s before its first opening quotation mark, or
// reports false when it has none.
func firstQuoted(s string) (before, quoted string, ok bool) {
	i := -1
	for _, q := range quoteMarks {
		if j := strings.Index(s, q[0]); j >= 0 && (i < 0 || j < i) {
			i = j
		}
	}
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i:], true
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
