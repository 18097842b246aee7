package extract

import "strings"

// The lines of text lists of papers: titles with their links, lines of
// links alone, and lines of names under a title.

// bylineBelow reads the lines under a paper's title, as a publications
// page copied as text gives them ("Title" / "Jinghan Jia*, Jiancheng
// Liu, and Sijia Liu" / "NeurIPS 2023. https://..."): when the first
// holds names alone, they are the paper's authors (the marks of equal
// contribution or correspondence after a name dropped), and the line
// after them gives its year and venue.
func (re *rawEntry) bylineBelow(lines []string) {
	names, more, ok := bylineNames(lines[0])
	if !ok {
		return
	}
	re.setAuthors(names, more)
	if len(lines) > 1 {
		venue := collapseSpace(lines[1])
		re.dateText, re.venue = firstYear(venue), venueSentence(venue)
	}
}

// bylineNames reads a line that holds names alone, as a byline
// (authorList), the marks of equal contribution or correspondence after
// a name dropped ("Jinghan Jia*, Jiancheng Liu†, and Sijia Liu").
func bylineNames(line string) (names []string, more, ok bool) {
	if len(line) > maxBylineBytes || !namesOpen(line) {
		return nil, false, false
	}
	return authorList(strings.TrimRight(collapseSpace(strings.Map(dropAuthorMark, line)), ".,; "))
}

// maxBylineBytes is the longest line bylineBelow reads as names: sixty
// names or so.
const maxBylineBytes = 1500

// authorMarks are the marks a byline puts after a name, of equal
// contribution or correspondence.
const authorMarks = "*†‡§"

// dropAuthorMark drops the marks a byline puts after a name (authorMarks).
func dropAuthorMark(r rune) rune {
	if strings.ContainsRune(authorMarks, r) {
		return -1
	}
	return r
}

// allBareLinks reports whether every line is a link and nothing else.
func allBareLinks(lines []string) bool {
	for _, l := range lines {
		if bareLink(l) == "" {
			return false
		}
	}
	return true
}

// bareLink is the link a line holds when it holds nothing else, but for
// a list's bullet ("- https://github.com/a/b"); or "".
func bareLink(line string) string {
	l := cutBullet(strings.TrimSpace(line))
	if spans := ScanLinks(l); len(spans) == 1 && spans[0].Start == 0 && len(spans[0].Raw) == len(l) {
		return l
	}
	return ""
}

// cutBullet drops a list's bullet from the start of a line ("- ", "* ",
// "+ ", "• ").
func cutBullet(l string) string {
	for _, bullet := range []string{"- ", "* ", "+ ", "• "} {
		if rest, ok := strings.CutPrefix(l, bullet); ok {
			return strings.TrimSpace(rest)
		}
	}
	return l
}

// titledLine reads a line of a list of papers written one a line: a
// title, after any bullet or number, then its links, with nothing after
// them but brackets and punctuation ("Title - https://...", "Title:
// https://... https://...", "- Title (https://...)", "3. Title
// (arXiv:2302.09880)"). ok is false for any other line, and for a title
// of more than one sentence, as a reference's is (plainCitation reads
// those).
func titledLine(line string) (title string, links []string, ok bool) {
	l := cutRefMarker(cutBullet(strings.TrimSpace(line)))
	spans := ScanLinks(l)
	if len(spans) == 0 {
		spans = arxivSpan(l) // "Title (arXiv:2302.09880)"
	}
	if len(spans) == 0 || spans[0].Start == 0 {
		return "", nil, false
	}
	end := spans[0].Start
	for _, sp := range spans {
		if strings.Trim(l[end:sp.Start], linkSeparators) != "" {
			return "", nil, false // words between the links, or after them
		}
		links = append(links, sp.Raw)
		end = sp.Start + len(sp.Raw)
	}
	if strings.Trim(l[end:], linkSeparators) != "" {
		return "", nil, false
	}
	if strings.HasPrefix(links[0], "arXiv:") {
		links[0] = "https://arxiv.org/abs/" + strings.TrimPrefix(links[0], "arXiv:")
	}
	if title = listTitle(l[:spans[0].Start]); title == "" {
		return "", nil, false
	}
	return title, links, true
}

// arxivSpan finds the arXiv identifier a line names in words
// ("arXiv:2302.09880", in any case), as a span of the line whose Raw is
// "arXiv:" and the identifier; or none.
func arxivSpan(l string) []Span {
	i := indexFold(l, "arxiv:")
	if i < 0 {
		return nil
	}
	id := arxivIDIn(l[i:])
	if id == "" || !strings.HasPrefix(l[i+len("arxiv:"):], id) {
		return nil // "arXiv: 2302.09880", or an identifier not the first
	}
	return []Span{{Raw: "arXiv:" + id, Start: i}}
}

// linkSeparators are what may stand around a line's links besides
// spaces: dashes, pipes, brackets, punctuation.
const linkSeparators = " \t-–—:|,;.()[]<>"

// loneTitledLine reads a line that is a paragraph of its own as a title
// with its links (titledLine) when it is a list's item (after a bullet or
// a number) or its title is written in capitals, and does not speak of
// code ("See the code at https://..."); else it returns "".
func loneTitledLine(line string) (string, []string) {
	t, links, ok := titledLine(line)
	if !ok || speaksOfCode(t) {
		return "", nil
	}
	l := strings.TrimSpace(line)
	if cutBullet(l) == l && cutRefMarker(l) == l && !titleCased(t) {
		return "", nil
	}
	return t, links
}

// titleLinkGroups reads a paragraph that lists two papers or more, each
// a line of its title, perhaps a line of names, and then lines of its
// links alone ("Title" / "Ann Smith, Bob Jones" / "https://github.com/..."
// / "https://arxiv.org/abs/...", then the next title), as a page copied
// as text gives them; it returns the lines of the titles, or nil for any
// other paragraph.
func titleLinkGroups(lines []string) []int {
	var titles []int
	linked := true // the paper before the first title has nothing to miss
	for i, l := range lines {
		switch {
		case bareLink(l) != "":
			if len(titles) == 0 {
				return nil // a link before any title
			}
			linked = true
		case !linked && titles[len(titles)-1] == i-1 && isByline(l):
			// the names under a title
		case !linked:
			return nil // a title with no link of its own
		case listTitle(l) == "" || len(ScanLinks(l)) > 0:
			return nil
		default:
			titles, linked = append(titles, i), false
		}
	}
	if len(titles) < 2 || !linked {
		return nil
	}
	return titles
}

// isByline reports whether a line holds names alone (bylineNames).
func isByline(line string) bool {
	_, _, ok := bylineNames(line)
	return ok
}

// listTitle is a line of a list read as a paper's title: after any
// bullet or number, one sentence that reads as a title; or "".
func listTitle(line string) string {
	t := trimTitle(collapseSpace(cutRefMarker(cutBullet(strings.TrimSpace(line)))))
	if strings.Contains(t, ". ") || !titleWords(t) && !twoWordTitle(t) {
		return ""
	}
	return t
}

// allTitledLines reports whether every line is a title with its links
// (titledLine): a list of papers one a line.
func allTitledLines(lines []string) bool {
	for _, l := range lines {
		if _, _, ok := titledLine(l); !ok {
			return false
		}
	}
	return true
}
