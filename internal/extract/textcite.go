package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// textCitation reads a paragraph of plain text that is one reference, as
// a paper's reference list or a list copied from one writes it: a marker
// ("[1]", "1."), the authors, the title after them, then the venue and
// links ("[1] A. Smith and B. Jones. Sparse things learn faster. In ICML,
// 2023. Code: https://github.com/...", or with the title in quotation
// marks), or in APA's style, the year in parentheses after the authors
// ("Smith, A., & Jones, B. (2024). Sparse things learn faster. ICML."),
// its title in quotation marks or not, and a preprint's number after it
// ("Title (arXiv:2301.00222). arXiv.") no part of it. The authors end at
// the first full stop after a word that is no initial. It returns the
// title, the authors (more when they end in "et al.") and APA's year, or
// an empty title.
func textCitation(s string) (title string, names []string, more bool, year string) {
	s = cutRefMarker(collapseSpace(s))
	if len(s) > maxCitedPrefix {
		s = s[:maxCitedPrefix]
	}
	if t, a, ok := quotedAfterAuthors(s); ok {
		if names, more = splitAuthors(a); len(names) > 0 {
			// The year after the title: IEEE's "in Proc. ICML, 2023",
			// MLA's "Journal, vol. 5, 2023".
			if i := strings.Index(s, t); i >= 0 {
				year = firstYear(s[i+len(t):])
			}
			return t, invertedFirst(names), more, year
		}
		return "", nil, false, ""
	}
	end, style := styledAuthorsEnd(s)
	if style == noStyle {
		end = authorsEnd(s)
	}
	if end < 0 {
		return "", nil, false, ""
	}
	authors, rest := s[:end], strings.TrimSpace(s[end+1:])
	switch style {
	case vancouverStyle:
		authors = vancouverNames(authors)
	case invertedStyle:
		if s[end] == '.' || s[end] == ')' {
			authors = s[:end+1] // the last initial's full stop: "Jones, B.", or Harvard's year: "Jones, B. (2023)"
		}
		authors = capitalsDown(authors) // ABNT's "SMITH, A."
	}
	authors, year = cutYearParen(authors)
	if y, after, ok := cutYearSentence(rest); year == "" && ok {
		year, rest = y, after // ACL's and Chicago's "Authors. 2023. Title. Venue."
	}
	if i := strings.Index(rest, ", "); style == commaStyle && i > 0 {
		title = rest[:i] // Elsevier's "A. Smith, B. Jones, Title, Venue"
	} else if inner, _, ok := cutQuoted(rest); ok && year != "" {
		title = inner // APA with the title quoted: "Smith, A. (2024). \"Title.\" ICML."
	} else if i := strings.Index(rest, ". "); i > 0 {
		title = rest[:i]
	} else if strings.HasSuffix(rest, ".") {
		// The last sentence before a link: APA's title, or one after the
		// authors alone ("A. Smith. Title. <url>").
		title = strings.TrimSuffix(rest, ".")
	} else {
		return "", nil, false, ""
	}
	title = trimTitle(title)
	if i := strings.LastIndex(title, " ("); i > 0 && strings.HasSuffix(title, ")") && strings.HasPrefix(strings.ToLower(title[i+2:]), "arxiv:") {
		title = strings.TrimSpace(title[:i])
	}
	if !authorsLike(authors) || !titleWords(title) { // with its year: "Dense Things (2024a)" is one
		return "", nil, false, ""
	}
	if year == "" {
		title, year = cutTrailingYear(title) // "Title, 2023."
	}
	if strings.Contains(title, "://") {
		return "", nil, false, ""
	}
	if names, more = splitAuthors(authors); len(names) == 0 {
		return "", nil, false, ""
	}
	if year == "" {
		// The year after the title, where most styles write it, after
		// the venue: "In ICML, 2023.", "In: ICML, pp. 1–10 (2023).",
		// "Nature 1, 2 (2023).", "Nat Mach Intell. 2023;5:1-10."
		year = firstYear(strings.TrimPrefix(rest, title))
	}
	return title, invertedFirst(names), more, year
}

// cutTrailingYear cuts the year that ends a title after a comma or in
// parentheses ("Title, 2023", "Title (2024a)"), and returns both.
func cutTrailingYear(t string) (string, string) {
	t = strings.TrimSpace(t)
	inner, paren := strings.CutSuffix(t, ")")
	i := strings.LastIndexAny(inner, " ,(")
	if i < 0 {
		return t, ""
	}
	w := inner[i+1:]
	if len(w) == 5 && w[4] >= 'a' && w[4] <= 'z' {
		w = w[:4]
	}
	y, ok := yearOf(w)
	if !ok || paren != (inner[i] == '(') || !paren && !strings.HasSuffix(strings.TrimSpace(inner[:i+1]), ",") {
		return t, ""
	}
	return strings.TrimRight(inner[:i], " ,("), strconv.Itoa(y)
}

// cutYearSentence cuts a year that is a sentence of its own off the
// start of s ("2023. Title.", "2024a. Title.", "2023." ending a line),
// and returns it.
func cutYearSentence(s string) (year, rest string, ok bool) {
	n := 4
	if len(s) > 5 && s[4] >= 'a' && s[4] <= 'z' {
		n = 5
	}
	if len(s) < n+1 || s[n] != '.' || len(s) > n+1 && s[n+1] != ' ' {
		return "", s, false // a year ends its sentence, or the line
	}
	if _, isYear := yearOf(s[:4]); !isYear {
		return "", s, false
	}
	return s[:4], strings.TrimSpace(s[n+1:]), true
}

// cutYearParen cuts the year in parentheses that ends an APA reference's
// authors ("Jones, B. (2024)", "(2024a)", "(2024, March 5)"), and
// returns it.
func cutYearParen(authors string) (string, string) {
	i := strings.LastIndex(authors, " (")
	if i < 0 || !strings.HasSuffix(authors, ")") {
		return authors, ""
	}
	inner := authors[i+2 : len(authors)-1]
	if len(inner) < 4 || !hasYear(inner[:4]) {
		return authors, ""
	}
	if rest := inner[4:]; rest != "" && !(len(rest) == 1 && rest[0] >= 'a' && rest[0] <= 'z') && !strings.HasPrefix(rest, ", ") {
		return authors, ""
	}
	return strings.TrimSpace(authors[:i]), inner[:4]
}

// authorsEnd is where a reference's authors end: the first full stop
// followed by a space after a word that is no initial ("A." in "A.
// Smith") or "al" (of "et al."), or -1.
func authorsEnd(s string) int {
	for i := 0; i+1 < len(s); i++ {
		if s[i] != '.' || s[i+1] != ' ' {
			continue
		}
		word := s[strings.LastIndexAny(s[:i], " ,")+1 : i]
		if r, size := utf8.DecodeRuneInString(word); size == len(word) && unicode.IsUpper(r) || isInitials(word) {
			continue // "A. Smith", "J.-P. Dupont"
		}
		return i // the full stop after a surname, or after "et al"
	}
	return -1
}

// isInitials reports whether word is a run of initials ("J.-P", "A.B").
func isInitials(word string) bool {
	if word == "" {
		return false
	}
	for _, part := range strings.FieldsFunc(word, func(r rune) bool { return r == '.' || r == '-' }) {
		if r, size := utf8.DecodeRuneInString(part); size != len(part) || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// cutRefMarker drops a reference's marker: "[12] ", "12. ", "(12) ".
func cutRefMarker(s string) string {
	i := 0
	open := byte(0)
	if i < len(s) && (s[i] == '[' || s[i] == '(') {
		open = s[i]
		i++
	}
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == i || j >= len(s) {
		return s
	}
	switch {
	case open == '[' && s[j] == ']', open == '(' && s[j] == ')', open == 0 && s[j] == '.':
		return strings.TrimSpace(s[j+1:])
	}
	return s
}

// commentVenue is the venue an arXiv comment names, as its acronym and
// year ("Accepted at ICML 2024" and "12 pages; NeurIPS 2023 (spotlight)"
// give "ICML 2024" and "NeurIPS 2023"), or "" when it names none: a
// piece of the comment, after words such as "accepted at", must open
// with an acronym and hold a year, in four words or fewer.
func commentVenue(comment string) string {
	for _, sentence := range splitPieces(comment) {
		for _, piece := range strings.FieldsFunc(sentence, func(r rune) bool { return r == ',' || r == ';' || r == '(' || r == ')' }) {
			piece = strings.TrimFunc(collapseSpace(piece), notPieceEnd)
			for _, lead := range commentVenueLeads {
				if len(piece) >= len(lead) && strings.EqualFold(piece[:len(lead)], lead) {
					piece = piece[len(lead):]
					break
				}
			}
			words := strings.Fields(piece)
			// "Accepted as a poster at ICLR 2024": what follows the
			// last "at", "in", "to", "for" or "by".
			if len(words) > 0 && !acronym(words[0]) {
			last:
				for i := len(words) - 2; i >= 1; i-- {
					switch strings.ToLower(words[i]) {
					case "at", "in", "to", "for", "by":
						words = words[i+1:]
						break last
					}
				}
			}
			if len(words) < 2 || len(words) > 4 || !acronym(words[0]) {
				continue
			}
			name := words[0]
			if acronym(words[1]) {
				name += " " + words[1] // "IEEE TPAMI 2024"
			}
			for _, w := range words[1:] {
				if len(w) == 4 && hasYear(w) {
					return name + " " + w
				}
			}
		}
	}
	return ""
}

// commentVenueLeads are the words before a venue in arXiv's comments.
var commentVenueLeads = []string{"accepted for publication in ", "accepted for publication at ", "accepted at ", "accepted to ",
	"accepted by ", "accepted in ", "published in ", "published at ", "to appear in ", "to appear at ",
	"appears in ", "appeared in ", "presented at ", "in "}

// plainCitation reads a paragraph of plain text that is one reference,
// its authors first (textCitation) or its title first, as reading lists
// and CVs write them (titleFirstCitation). A reference that reads both
// ways is read title first when the other reading makes a run of names
// its title ("Model Sparsity Can Simplify Machine Unlearning. Jinghan
// Jia, Jiancheng Liu. NeurIPS 2023.", whose title in capitals reads as
// one author's name). A title that is a run of names is no title.
func plainCitation(s string) (title string, names []string, more bool, year string) {
	title, names, more, year = textCitation(s)
	if title != "" && !runOfNames(title) {
		return title, names, more, year
	}
	return titleFirstCitation(s)
}

// runOfNames reports whether s is a list of names (authorList) that
// opens as one (namesOpen, the quick test that spares most titles).
func runOfNames(s string) bool {
	if !namesOpen(s) {
		return false
	}
	_, _, ok := authorList(s)
	return ok
}

// titleFirstCitation reads a reference that gives its title first: the
// first sentence the title, then the authors (authorList: two names or
// more, or one with an initial or "et al."), then the venue and the year
// ("Sparse things learn faster. A. Smith and B. Jones. In ICML, 2023.
// https://..."). It returns an empty title when s is not one.
func titleFirstCitation(s string) (title string, names []string, more bool, year string) {
	if !namesAfterStop(s) {
		return "", nil, false, "" // most text, at a glance
	}
	s = cutRefMarker(collapseSpace(s))
	if len(s) > maxCitedPrefix {
		s = s[:maxCitedPrefix]
	}
	i := strings.Index(s, ". ")
	if i <= 0 {
		return "", nil, false, ""
	}
	if last := s[strings.LastIndexAny(s[:i], " ,")+1 : i]; isInitials(last) {
		return "", nil, false, "" // an initial's full stop: "Deep Learning (2015), Y. LeCun et al."
	}
	title, rest := trimTitle(s[:i]), s[i+2:]
	if !namesOpen(rest) || !titleWords(title) || strings.Contains(title, "://") {
		return "", nil, false, ""
	}
	end := authorsEnd(rest)
	if end < 0 {
		end = len(strings.TrimSuffix(rest, ".")) // the names end the reference
	}
	names, more, ok := authorList(rest[:end])
	if !ok {
		return "", nil, false, ""
	}
	if runOfNames(title) {
		return "", nil, false, "" // names, then more names: "Ann Smith, Bob Jones. C. Lee and D. Kim."
	}
	return title, names, more, firstYear(rest[end:])
}

// namesOpen reports whether s opens as a list of names does, with a
// name's two words or an initial and a word ("Ann Smith", "A. Smith",
// "Smith, A."): a quick test before reading the names (authorList),
// which prose fails at its first words ("It runs", "We show").
func namesOpen(s string) bool {
	first, rest, _ := strings.Cut(spaceLeft(s), " ")
	second, _, _ := strings.Cut(spaceLeft(rest), " ")
	if r, _ := utf8.DecodeRuneInString(second); !unicode.IsUpper(r) {
		return false // most prose: "It runs", "We show"
	}
	return nameWord(strings.TrimRight(first, ","+authorMarks)) && nameWord(strings.TrimRight(second, ",."+authorMarks))
}

// spaceLeft is s without the spaces and line breaks it opens with.
func spaceLeft(s string) string {
	i := 0
	for i < len(s) && asciiSpace(s[i]) {
		i++
	}
	return s[i:]
}

// namesAfterStop reports whether a full stop in s is followed by a space
// and what opens a list of names (namesOpen).
func namesAfterStop(s string) bool {
	for i := strings.IndexByte(s, '.'); i >= 0 && i+1 < len(s); {
		if asciiSpace(s[i+1]) && namesOpen(s[i+1:]) {
			return true
		}
		next := strings.IndexByte(s[i+1:], '.')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// citedVenueAfter reads the venue of a plain-text reference whose title
// plainCitation found: in the sentence after the title, or after the
// names that follow it (venueSentence).
func citedVenueAfter(s, title string) string {
	s = collapseSpace(s)
	i := strings.Index(s, title)
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(s[i+len(title):], " .\"”")
	if namesOpen(rest) {
		end := authorsEnd(rest)
		if end < 0 {
			return ""
		}
		rest = rest[end+1:]
	}
	return venueSentence(rest)
}

// venueSentence reads the venue a reference's sentence names, without
// "In" and what follows an address ("NeurIPS 2023. https://...", "In
// ICML, 2023.", "ACL", "Proceedings of ..."), or "".
func venueSentence(rest string) string {
	if i := strings.Index(rest, "://"); i >= 0 {
		rest = rest[:strings.LastIndexByte(rest[:i], ' ')+1]
	}
	if i := strings.Index(rest, ". "); i >= 0 {
		rest = rest[:i]
	}
	venue := strings.TrimSuffix(strings.TrimSpace(rest), ".")
	venue = strings.TrimPrefix(venue, "In: ")        // Springer's
	venue = dropIn(strings.TrimPrefix(venue, "in ")) // IEEE's in lower case
	if venueWords(venue) {
		return venue
	}
	return ""
}
