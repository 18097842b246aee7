package extract

import (
	"bytes"
	"context"
	"strings"
)

// readText makes an entry of each paragraph that holds a link, or is a
// reference with its names and year. Its title is the paragraph just
// before it when that is one line that reads as a title, without links
// ("Title" / blank line / "Abstract with a link"), and the whole
// paragraph its abstract; else the paragraph's first line is the title
// and the rest the abstract, and a line of names right under the title
// its authors (bylineBelow). A paragraph that is one reference, its
// authors or its title first, gives its title, authors, year and venue
// (plainCitation); a paragraph of titles with their links, one a line
// (titledLine), or of titles each over lines of their links
// (titleLinkGroups), gives a paper a title. Nothing with a link is lost:
// a first line too long for a title stays in the abstract whole.
func (x *Extractor) readText(ctx context.Context, lr *lineReader, emit func(*rawEntry), stopped func() bool) error {
	r := &textReader{emit: emit}
	lastRef := 0 // the number of the last reference that opened a line
	err := forEachLine(ctx, lr, func(line []byte, n int) bool {
		if len(bytes.TrimSpace(line)) == 0 {
			r.flush()
			return !stopped()
		}
		para := r.para
		if t := bytes.TrimLeft(line, " \t"); (t[0] == '[' || t[0] >= '0' && t[0] <= '9') && refLine(string(t), &lastRef) && len(para) > 0 {
			// A reference list copied from a PDF: a reference a marker,
			// with no blank line between them.
			r.flush()
		} else if len(para) > 0 && t[0] >= 'A' && t[0] <= 'Z' && r.opensReference(string(t)) {
			r.flush() // or unnumbered
		}
		if len(r.para) == 1 && refHeading(r.para[0]) {
			r.flush() // "References" over the list, with no blank line
		}
		if len(r.para) == 0 {
			r.start = n
		}
		r.para = append(r.para, string(line))
		return true
	})
	if err == nil {
		r.flush()
	}
	return err
}

// opensReference reports whether a line opens a reference of an
// unnumbered list after the lines read so far: in APA's style, ACL's,
// names first, or titles first (on a line, or wrapped); not the names
// under a title alone on the line above ("Title." / "Ann Smith, Bob
// Jones. ICML 2023.").
func (r *textReader) opensReference(line string) bool {
	prev := r.para[len(r.para)-1]
	if len(r.para) == 1 && listTitle(prev) != "" && len(ScanLinks(prev)) == 0 {
		return false
	}
	return apaLine(line, prev) || aclLine(line, prev) || namesLine(line, prev) ||
		titleFirstLine(line, prev) || titleFirstAfter(line, r.para)
}

// textReader holds what readText has read of a paragraph, and the
// paragraph before it when that reads as a title.
type textReader struct {
	emit      func(*rawEntry)
	para      []string
	start     int // the line the paragraph starts on
	title     string
	titleLine int
	joined    string // the paragraph's lines, joined
	linked    bool   // the paragraph holds a link
	arxivID   string // the arXiv identifier it names, when it holds no link
}

// flush makes the entries of the paragraph read, and starts the next.
func (r *textReader) flush() {
	if len(r.para) == 0 {
		return
	}
	joined := strings.Join(r.para, "\n")
	r.linked = len(ScanLinks(joined)) > 0
	if !r.linked && strings.Contains(joined, ":\n//") {
		// An address a line break cut after "https:", over "//github.com/...".
		r.linked = len(ScanLinks(joinWrapped(r.para))) > 0
	}
	r.joined, r.arxivID = joined, ""
	if !r.linked {
		r.arxivID = arxivIDIn(joined) // a reference may name its paper by its arXiv id alone
	}
	made := true
	switch {
	case r.lineList():
	case r.linkGroups():
	case r.reference():
	case r.bareLinks():
	case r.lone():
	case r.linked:
		r.paper()
	default:
		made = false
	}
	r.title = ""
	if p := r.para; !made && len(p) == 1 && titleLike(p[0]) && !refHeading(p[0]) {
		r.title, r.titleLine = collapseSpace(p[0]), r.start
	}
	r.para = r.para[:0]
}

// lineList makes an entry of each line of a paragraph of titles with
// their links, one a line (titledLine).
func (r *textReader) lineList() bool {
	if !r.linked || len(r.para) < 2 || !allTitledLines(r.para) {
		return false
	}
	for i, line := range r.para {
		t, links, _ := titledLine(line)
		r.emit(&rawEntry{title: t, line: r.start + i, authors: -1, explicit: links})
	}
	return true
}

// linkGroups makes an entry of each title of a paragraph of titles over
// lines of their links alone (titleLinkGroups).
func (r *textReader) linkGroups() bool {
	var groups []int
	if r.linked && len(r.para) > 3 {
		groups = titleLinkGroups(r.para)
	}
	if groups == nil {
		return false
	}
	for g, at := range groups {
		end := len(r.para)
		if g+1 < len(groups) {
			end = groups[g+1]
		}
		re := &rawEntry{title: listTitle(r.para[at]), line: r.start + at, authors: -1}
		links := r.para[at+1 : end]
		if bareLink(links[0]) == "" {
			re.bylineBelow(links[:1]) // the names under the title
			links = links[1:]
		}
		for _, l := range links {
			re.explicit = append(re.explicit, bareLink(l))
		}
		r.emit(re)
	}
	return true
}

// reference makes an entry of a paragraph that is one reference
// (plainCitation): "[1] A. Smith and B. Jones. Title. In ICML, 2023.
// https://...", with a link or not, so that a reference list becomes
// BibTeX whole.
func (r *textReader) reference() bool {
	text := joinWrapped(r.para)
	cited, names, more, year := plainCitation(text)
	if cited == "" {
		return false
	}
	if !r.linked && r.arxivID == "" && (year == "" || len(names) < 2 && !more && !hasInitial(names[0])) {
		// With no link, only a reference plainly one: its year, and
		// two names, "et al." or an initial.
		return false
	}
	re := &rawEntry{title: cited, line: r.start, authors: -1, abstract: []string{text}, dateText: year, venue: citedVenueAfter(text, cited)}
	re.setAuthors(names, more)
	id := r.arxivID
	if r.linked {
		id = arxivIDIn(r.joined)
	}
	if id != "" {
		re.arxivID = id
		re.explicit = []string{"https://arxiv.org/abs/" + id}
	}
	r.emit(re)
	return true
}

// bareLinks makes an entry of each line of a list of addresses, one a
// line, under no title.
func (r *textReader) bareLinks() bool {
	if r.title != "" || len(r.para) < 2 || !allBareLinks(r.para) {
		return false
	}
	for i, line := range r.para {
		link := bareLink(line)
		r.emit(&rawEntry{title: cleanRaw(link), line: r.start + i, authors: -1, explicit: []string{link}})
	}
	return true
}

// lone makes an entry of one paper alone on its line: "Title
// https://...", "3. Title (arXiv:2302.09880)", not "See the code at
// https://..." (loneTitledLine).
func (r *textReader) lone() bool {
	if len(r.para) != 1 || !r.linked && r.arxivID == "" {
		return false
	}
	t, links := loneTitledLine(r.para[0])
	if t == "" {
		return false
	}
	r.emit(&rawEntry{title: t, line: r.start, authors: -1, explicit: links})
	return true
}

// paper makes an entry of a paragraph with a link: titled by the
// paragraph before it, or by its first line.
func (r *textReader) paper() {
	para := r.para
	if r.title != "" {
		re := &rawEntry{title: r.title, line: r.titleLine, authors: -1, abstract: []string{joinLines(para)}}
		re.bylineBelow(para)
		r.emit(re)
		return
	}
	first := collapseSpace(para[0])
	re := &rawEntry{title: clipRunes(first, 300), line: r.start, authors: -1}
	switch {
	case re.title != first:
		re.abstract = []string{joinLines(para)}
	case len(para) > 1:
		re.abstract = []string{joinLines(para[1:])}
		re.bylineBelow(para[1:])
	}
	r.emit(re)
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
