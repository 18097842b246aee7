package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxWholeBytes bounds a listing that is parsed whole: Markdown, which
// goldmark parses whole, and HTML.
const MaxWholeBytes = 64 << 20

// MaxHTMLLineBytes is the longest line an HTML page may have. Pages are
// often written with few line breaks, and a saved page's data can make
// one line of a megabyte or more, so the bound is far above
// MaxLineBytes, which holds for the listings people write.
const MaxHTMLLineBytes = 16 << 20

// readMarkdown reads a whole Markdown listing and parses it.
func (x *Extractor) readMarkdown(lr *lineReader, emit func(*rawEntry)) error {
	src, err := readWhole(lr, MaxWholeBytes, MaxLineBytes, "Markdown listing")
	if err != nil {
		return err
	}
	// A note about one paper: its front matter is the paper. Front
	// matter that names a paper only by its authors or by links to other
	// things (a saved page's "url:") is the paper only when the document
	// lists none: a listing saved with front matter is a listing.
	front, src := splitFrontMatter(src)
	if front != nil && len(front.abstract) == 0 {
		if prose := collapseSpace(firstProse(src)); prose != "" {
			front.abstract = []string{prose} // a publication page's body is its abstract
		}
	}
	if front == nil || front.identified() {
		if front != nil {
			emit(front)
		}
		parseTamed(src, emit)
		return nil
	}
	var held []*rawEntry
	parseTamed(src, func(re *rawEntry) { held = append(held, re) })
	if len(held) == 0 {
		emit(front)
	}
	for _, re := range held {
		emit(re)
	}
	return nil
}

// parseTamed parses Markdown after taming it (tame), each entry at its
// line in src.
func parseTamed(src []byte, emit func(*rawEntry)) {
	tamed, lineOf := tame(src)
	parseMarkdown(tamed, func(re *rawEntry) {
		if lineOf != nil && re.line >= 1 && re.line <= len(lineOf) {
			re.line = lineOf[re.line-1]
		}
		emit(re)
	})
}

// readWhole reads a listing that is parsed whole, up to limit bytes,
// without its byte order mark. A line longer than maxLine is reported
// and left empty, as the line readers skip it. Text that is not UTF-8 is
// decoded from the character set it declares (fromDeclaredCharset), or
// else reported at its first bad line and its bad bytes replaced.
func readWhole(lr *lineReader, limit, maxLine int, what string) ([]byte, error) {
	src, err := io.ReadAll(io.LimitReader(lr.r, int64(limit)+1))
	if err != nil {
		return nil, &InputError{File: lr.file, Err: err}
	}
	if len(src) > limit {
		return nil, &InputError{File: lr.file, Err: fmt.Errorf("%s larger than %d MiB", what, limit>>20)}
	}
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	src = dropLongLines(lr, src, maxLine)
	if !utf8.Valid(src) {
		if decoded, ok := fromDeclaredCharset(src); ok {
			return decoded, nil
		}
		line := 1 + bytes.Count(src[:firstInvalid(src)], []byte("\n"))
		lr.report(&InputError{File: lr.file, Line: line, Err: ErrInvalidUTF8})
		src = bytes.ToValidUTF8(src, []byte("\uFFFD"))
	}
	return src, nil
}

// dropLongLines empties, in place, each line of src longer than max bytes
// (its line ending aside), reporting it at its line, so that the lines
// after it keep their numbers.
func dropLongLines(lr *lineReader, src []byte, max int) []byte {
	out := src[:0]
	line := 0
	for rest := src; len(rest) > 0; {
		line++
		n := bytes.IndexByte(rest, '\n')
		end := n + 1
		if n < 0 {
			n, end = len(rest), len(rest)
		}
		if n > 0 && rest[n-1] == '\r' {
			n--
		}
		if n > max {
			lr.report(&InputError{File: lr.file, Line: line, Err: fmt.Errorf("%w (over %d bytes)", ErrLineTooLong, max)})
			out = append(out, rest[n:end]...)
		} else if len(out) < len(src)-len(rest) {
			out = append(out, rest[:end]...) // after a dropped line: move down
		} else {
			out = out[:len(out)+end] // nothing dropped yet: already in place
		}
		rest = rest[end:]
	}
	return out
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// readText makes an entry of each paragraph that holds a link. Its title
// is the paragraph just before it when that is one line that reads as a
// title, without links ("Title" / blank line / "Abstract with a link"),
// and the whole paragraph its abstract; else the paragraph's first line
// is the title and the rest the abstract, and a line of names right
// under the title its authors (bylineBelow). A paragraph that is one
// reference, its authors or its title first, gives its title, authors
// and year (plainCitation); a paragraph of titles with their links, one
// a line (titledLine), or of titles each over lines of their links
// (titleLinkGroups), gives a paper a title. Nothing with a link is lost:
// a first line too long for a title stays in the abstract whole.
func (x *Extractor) readText(ctx context.Context, lr *lineReader, emit func(*rawEntry), stopped func() bool) error {
	var para []string
	start := 0
	title, titleLine := "", 0 // the last paragraph, if a title
	flush := func() {
		if len(para) == 0 {
			return
		}
		joined := strings.Join(para, "\n")
		linked := len(ScanLinks(joined)) > 0
		if !linked && strings.Contains(joined, ":\n//") {
			// An address a line break cut after "https:", over "//github.com/...".
			linked = len(ScanLinks(joinWrapped(para))) > 0
		}
		var cited, text, year string
		var names []string
		var more bool
		lineList := linked && len(para) > 1 && allTitledLines(para)
		var groups []int
		if linked && len(para) > 3 && !lineList {
			groups = titleLinkGroups(para)
		}
		var lone string
		var loneLinks []string
		if len(para) == 1 && (linked || arxivIDIn(joined) != "") {
			lone, loneLinks = loneTitledLine(para[0])
		}
		if !lineList && groups == nil && (linked || arxivIDIn(joined) != "") { // a reference may name its paper by its arXiv id alone
			text = joinWrapped(para)
			cited, names, more, year = plainCitation(text)
		}
		switch {
		case lineList:
			// Papers one a line, each a title with its links.
			for i, line := range para {
				t, links, _ := titledLine(line)
				emit(&rawEntry{title: t, line: start + i, authors: -1, explicit: links})
			}
		case groups != nil:
			// Papers each a title over lines of its links alone.
			for g, at := range groups {
				end := len(para)
				if g+1 < len(groups) {
					end = groups[g+1]
				}
				re := &rawEntry{title: listTitle(para[at]), line: start + at, authors: -1}
				for _, l := range para[at+1 : end] {
					if link := bareLink(l); link != "" {
						re.explicit = append(re.explicit, link)
					} else {
						re.bylineBelow(para[at+1 : end])
					}
				}
				emit(re)
			}
		case cited != "":
			// "[1] A. Smith and B. Jones. Title. In ICML, 2023. https://...".
			re := &rawEntry{title: cited, line: start, authors: -1, abstract: []string{text}, dateText: year, venue: citedVenueAfter(text, cited)}
			re.setAuthors(names, more)
			if id := arxivIDIn(joined); id != "" {
				re.arxivID = id
				re.explicit = []string{"https://arxiv.org/abs/" + id}
			}
			emit(re)
		case title == "" && len(para) > 1 && allBareLinks(para):
			// A list of addresses, one a line: each its own entry.
			for i, line := range para {
				link := bareLink(line)
				emit(&rawEntry{title: cleanRaw(link), line: start + i, authors: -1, explicit: []string{link}})
			}
		case len(para) == 1 && lone != "":
			// One paper alone: "Title https://...", "3. Title
			// (arXiv:2302.09880)", not "See the code at https://...".
			emit(&rawEntry{title: lone, line: start, authors: -1, explicit: loneLinks})
		case linked && title != "":
			re := &rawEntry{title: title, line: titleLine, authors: -1, abstract: []string{joinLines(para)}}
			re.bylineBelow(para)
			emit(re)
		case linked:
			first := collapseSpace(para[0])
			re := &rawEntry{title: clipRunes(first, 300), line: start, authors: -1}
			switch {
			case re.title != first:
				re.abstract = []string{joinLines(para)}
			case len(para) > 1:
				re.abstract = []string{joinLines(para[1:])}
				re.bylineBelow(para[1:])
			}
			emit(re)
		}
		title = ""
		if !linked && len(para) == 1 && titleLike(para[0]) && !refHeadings[strings.ToLower(strings.TrimSpace(para[0]))] {
			title, titleLine = collapseSpace(para[0]), start
		}
		para = para[:0]
	}
	lastRef := 0 // the number of the last reference that opened a line
	err := forEachLine(ctx, lr, func(line []byte, n int) bool {
		if len(bytes.TrimSpace(line)) == 0 {
			flush()
			return !stopped()
		}
		if t := bytes.TrimLeft(line, " \t"); (t[0] == '[' || t[0] >= '0' && t[0] <= '9') && refLine(string(t), &lastRef) && len(para) > 0 {
			// A reference list copied from a PDF: a reference a marker,
			// with no blank line between them.
			flush()
		} else if len(para) > 0 && t[0] >= 'A' && t[0] <= 'Z' && (apaLine(string(t), para[len(para)-1]) || aclLine(string(t), para[len(para)-1]) ||
			namesLine(string(t), para[len(para)-1]) || titleFirstLine(string(t), para[len(para)-1])) {
			flush() // or unnumbered, in APA's style, ACL's, names first, or titles first
		}
		if len(para) == 1 && refHeadings[strings.ToLower(strings.TrimSpace(para[0]))] {
			flush() // "References" over the list, with no blank line
		}
		if len(para) == 0 {
			start = n
		}
		para = append(para, string(line))
		return true
	})
	if err == nil {
		flush()
	}
	return err
}

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

// dropAuthorMark drops the marks a byline puts after a name: "*", "†",
// "‡", "§".
func dropAuthorMark(r rune) rune {
	switch r {
	case '*', '†', '‡', '§':
		return -1
	}
	return r
}

// refLine reports whether a line opens a reference of a numbered list:
// "[12] ", or "12. " for the number after the last (*last), or 1.
func refLine(line string, last *int) bool {
	t := strings.TrimLeft(line, " \t")
	bracket := strings.HasPrefix(t, "[")
	t = strings.TrimPrefix(t, "[")
	end := 0
	for end < len(t) && end < 4 && t[end] >= '0' && t[end] <= '9' {
		end++
	}
	if end == 0 || end+1 >= len(t) || t[end+1] != ' ' {
		return false
	}
	n, _ := strconv.Atoi(t[:end])
	if bracket && t[end] == ']' || !bracket && t[end] == '.' && (n == *last+1 || n == 1) {
		*last = n
		return true
	}
	return false
}

// apaLine reports whether a line opens a reference in APA's style, as a
// list copied from a PDF has them one after the other: a surname, its
// initial ("Fan, C., Liu, J., ... (2024). Title."), and the year in
// parentheses on the line, or after a line that ends a reference (with
// a full stop or an address); not after a line of authors that goes on
// (",", "and", "&").
func apaLine(line, prev string) bool {
	surname, rest, ok := strings.Cut(line, ", ")
	if !ok || len(rest) < 2 || rest[0] < 'A' || rest[0] > 'Z' || rest[1] != '.' || strings.ContainsAny(surname, " .,") {
		return false
	}
	prev = strings.TrimRight(prev, " \t")
	if strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, " and") || strings.HasSuffix(prev, "&") {
		return false // the authors of the reference above go on
	}
	if _, year := cutYearParen(line[:strings.Index(line, ")")+1]); year != "" {
		return true
	}
	return refEnd(prev)
}

// aclLine reports whether a line opens a reference in ACL's (or
// Chicago's) style, after a line that ends one (refEnd): names, then the
// year as a sentence of its own on the line ("Jinghan Jia, Jiancheng Liu,
// and Sijia Liu. 2023. Model sparsity ...").
func aclLine(line, prev string) bool {
	if !refEnd(prev) {
		return false
	}
	for i := strings.Index(line, ". "); i > 0; {
		if _, _, ok := cutYearSentence(line[i+2:]); ok {
			return authorsLike(line[:i+1])
		}
		next := strings.Index(line[i+2:], ". ")
		if next < 0 {
			break
		}
		i += next + 2
	}
	return false
}

// namesLine reports whether a line opens a reference that gives its
// authors' names first, in full, as natbib's plainnat and the NeurIPS
// and ICLR styles do, after a line that ends one (refEnd): the line up to
// its first full stop, or the whole line when the names go on past it,
// is a list of names ("Chongyu Fan, Jiancheng Liu, and Sijia Liu. Salun:
// ...", "Jinghan Jia, Jiancheng Liu, Parikshit Ram, Yuguang Yao,"), two
// or more, or one before its full stop.
func namesLine(line, prev string) bool {
	if !refEnd(prev) {
		return false
	}
	line = strings.TrimRight(line, " \t")
	if first, rest, ok := strings.Cut(line, " "); !ok || len(first) < 2 || rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
		return false // a name in full is two capitalised words at least: not a sentence
	}
	names, _, closed := strings.Cut(line, ". ")
	if !closed {
		if !strings.HasSuffix(line, ",") && !strings.HasSuffix(line, " and") {
			return false // a line of names that neither ends nor goes on
		}
		names = strings.TrimSuffix(strings.TrimSuffix(line, ","), " and")
	}
	list, more, ok := authorList(names)
	return ok && (len(list) >= 2 || closed && (more || len(strings.Fields(list[0])) >= 2))
}

// titleFirstLine reports whether a line is a whole reference that gives
// its title first (titleFirstCitation), after a line that is another:
// a reading list's, a reference a line ("Title. A. Smith, B. Jones.
// ICML 2023. https://..."). A reference that wraps onto more lines is
// not told from its title's next line, and stays joined to the one
// above.
func titleFirstLine(line, prev string) bool {
	if !wholeTitleFirst(prev) {
		return false
	}
	t, _, _, _ := titleFirstCitation(line)
	return t != ""
}

// wholeTitleFirst reports whether a line is a whole reference that gives
// its title first: it reads as one, and ends as one (refEnd).
func wholeTitleFirst(line string) bool {
	if !refEnd(line) {
		return false
	}
	t, _, _, _ := titleFirstCitation(line)
	return t != ""
}

// refHeadings are the headings a reference list opens with.
var refHeadings = map[string]bool{"references": true, "bibliography": true, "works cited": true, "literature cited": true, "literature": true}

// refEnd reports whether a line ends a reference: with a full stop, or an
// address.
func refEnd(line string) bool {
	line = strings.TrimRight(line, " \t")
	return strings.HasSuffix(line, ".") || bareLink(line[strings.LastIndexAny(line, " \t")+1:]) != ""
}

// joinWrapped joins a paragraph's lines with spaces, as joinLines does,
// but for an address a line break cut ("https://github.com/a/long-" over
// "name") and a word cut at its hyphen ("gradient-" over "based"), whose
// parts join as they were.
func joinWrapped(lines []string) string {
	var b strings.Builder
	n := len(lines)
	for _, l := range lines {
		n += len(l)
	}
	b.Grow(n)
	for i, l := range lines {
		l = trimSpace(l)
		if i > 0 {
			prev := trimSpace(lines[i-1])
			last := prev[strings.LastIndexAny(prev, " \t")+1:]
			cutURL := strings.Contains(last, "://") && strings.ContainsAny(last[len(last)-1:], "-/_.=&?#") ||
				(strings.HasSuffix(last, "http:") || strings.HasSuffix(last, "https:")) && strings.HasPrefix(l, "//")
			cutWord := len(last) > 1 && last[len(last)-1] == '-' && isLetter(last[len(last)-2]) && l != "" && isLetter(l[0])
			if !cutURL && !cutWord {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return b.String()
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

// clipRunes cuts s to n runes, marking the cut with an ellipsis.
func clipRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// readJSONL reads linkgraph's own JSON lines back, unchanged but for ids
// made unique within the run. A bad line is reported and skipped.
func (x *Extractor) readJSONL(ctx context.Context, lr *lineReader, file string, emit func(*Entry), stopped func() bool) error {
	return decodeLines(ctx, lr, func(line []byte) (*Entry, error) {
		e := new(Entry)
		if err := e.UnmarshalJSON(line); err != nil {
			return nil, fmt.Errorf("not an entry: %v", err)
		}
		if e.Title == "" && e.ID == "" {
			return nil, errors.New("not an entry: no id or title")
		}
		if e.ID == "" {
			e.ID = Slug(e.Title)
		}
		if e.CodeStatus == "" {
			e.CodeStatus = codeStatus(e.Links, e.Abstract)
		}
		return e, nil
	}, func(e *Entry, err error, n int) bool {
		if err != nil {
			lr.report(&InputError{File: file, Line: n, Err: err})
			return true
		}
		emit(e)
		return !stopped()
	})
}
