package extract

import (
	"encoding/binary"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// dailyParser reads a saved Hugging Face "Daily Papers" page. Each entry is
// a title paragraph, an abstract paragraph and a meta block ("• 4 authors",
// "·", "Mar 11, 2024 4"); any of the three may be missing. Page chrome
// ("Subscribe", "Daily Papers", the page's own date) is not an entry.
type dailyParser struct {
	emit       func(*rawEntry)
	block      []string // the lines of the paragraph being read
	blockAt    int      // the line number of its first line
	blockBytes int
	cur        *rawEntry
	// reuse says emit is done with an entry when it returns (it builds
	// the Entry there and then), so the next entry may be read into it.
	reuse bool
	spare *rawEntry
	votes int // an upvote button's count ("[-] 12"), for the entry it stands before
	// orgLine is a line that may be the current entry's organisation
	// (" Google", above its address) or the next entry's title: which, the
	// paragraph after it tells.
	orgLine   string
	orgLineAt int
}

// rawEntry is an entry as the parser assembles it, before links, ids and
// dates are worked out.
type rawEntry struct {
	title    string
	abstract []string // paragraphs
	line     int
	authors  int
	date     listingDate
	hasDate  bool
	sawMeta  bool

	// Set by the structured formats.
	explicit    []string // links the listing gives as fields (paper, code)
	dateText    string
	dateISO     string
	section     string
	venue       string
	authorNames []string
	upvotes     int
	arxivID     string
	official    map[string]bool // raw repository URL -> is_official, from Papers with Code
	codeNote    string          // what a table's code column says instead of a link ("Coming soon")
}

func newDailyParser(emit func(*rawEntry)) *dailyParser {
	return &dailyParser{emit: emit}
}

// line takes the next line of the page.
func (p *dailyParser) line(n int, text string) {
	if trimSpace(text) == "" {
		p.endBlock()
		return
	}
	if len(p.block) == 0 {
		p.blockAt = n
	}
	p.block = append(p.block, text)
	p.blockBytes += len(text)
	if p.blockBytes > maxParagraphBytes {
		p.endBlock()
	}
}

// maxParagraphBytes bounds the memory a paragraph without blank lines may
// take: past it, the paragraph is taken as it is and a new one begins.
const maxParagraphBytes = 4 << 20

// finish ends the page.
func (p *dailyParser) finish() {
	p.endBlock()
	p.endOrgLine()
	p.flush()
}

// endBlock splits a paragraph into runs of meta lines and text lines.
func (p *dailyParser) endBlock() {
	start := 0
	for i := 0; i <= len(p.block); i++ {
		var m metaLine
		if i < len(p.block) {
			var ok bool
			if m, ok = readMeta(p.block[i]); !ok {
				continue
			}
		}
		if i > start {
			p.text(p.block[start:i], p.blockAt+start)
		}
		if i < len(p.block) {
			p.meta(m)
		}
		start = i + 1
	}
	p.block = p.block[:0]
	p.blockBytes = 0
}

// text takes a run of text lines that started on line n.
func (p *dailyParser) text(lines []string, n int) {
	if p.orgLine != "" {
		if len(lines) == 1 && hfAccountPage(trimSpace(lines[0])) {
			// " Google" over its page: the entry's organisation.
			p.orgLine = ""
			p.cur.abstract = append(p.cur.abstract, trimSpace(lines[0]))
			return
		}
		p.endOrgLine()
	}
	if len(lines) == 1 && p.aside(lines[0]) {
		return
	}
	c := p.cur
	switch {
	case c == nil || c.sawMeta:
		p.startEntry(lines, n)
	case len(c.abstract) == 0 && !(len(lines) == 1 && titleLike(lines[0])):
		c.abstract = append(c.abstract, joinLines(lines))
	case len(c.abstract) > 0 && !titleLike(lines[0]):
		c.abstract = append(c.abstract, joinLines(lines))
	case len(lines) == 1 && lines[0] != "" && lines[0][0] == ' ' && len(lines[0]) <= maxMetaBytes:
		// An indented short line after an abstract, as a converter writes
		// an entry's organisation: the next paragraph decides.
		p.orgLine, p.orgLineAt = strings.Clone(lines[0]), n
	default:
		p.startEntry(lines, n)
	}
}

// endOrgLine takes a line held as a possible organisation as what it
// turned out to be, the next entry's title.
func (p *dailyParser) endOrgLine() {
	if p.orgLine != "" {
		line := p.orgLine
		p.orgLine = ""
		p.startEntry([]string{line}, p.orgLineAt)
	}
}

// hfAccountPage reports whether s is the address of a Hugging Face
// account's page alone ("https://huggingface.co/google").
func hfAccountPage(s string) bool {
	name, ok := strings.CutPrefix(s, "https://huggingface.co/")
	return ok && hfAccountName(name) && name != "papers" && name != "login" && name != "join"
}

// hfAccountName reports whether name can be a Hugging Face account's:
// letters, digits, '-', '_' and '.', and not too long.
func hfAccountName(name string) bool {
	if name == "" || len(name) > 96 {
		return false
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; !asciiAlnum(c) && c != '-' && c != '_' && c != '.' {
			return false
		}
	}
	return true
}

// startEntry ends the current entry and begins one whose title is the
// first line; any further lines are its abstract.
func (p *dailyParser) startEntry(lines []string, n int) {
	p.flush()
	re := p.spare
	if re != nil {
		p.spare = nil
		*re = rawEntry{abstract: re.abstract[:0]}
	} else {
		re = &rawEntry{}
	}
	re.title, re.line, re.authors = collapseSpace(lines[0]), n, -1
	re.upvotes, p.votes = p.votes, 0
	if len(lines) > 1 {
		re.abstract = append(re.abstract, joinLines(lines[1:]))
	}
	p.cur = re
}

// meta takes one meta line: an author count, a separator or a date.
func (p *dailyParser) meta(m metaLine) {
	p.endOrgLine()
	p.votes = 0 // an upvote button stands right before its entry's title
	c := p.cur
	if c == nil {
		return // the page's own date, before any entry
	}
	switch {
	case m.hasAuthors:
		if c.sawMeta && (c.authors >= 0 || c.hasDate) {
			return
		}
		c.authors, c.sawMeta = m.authors, true
	case m.hasDate:
		if c.hasDate {
			return
		}
		c.date, c.hasDate, c.sawMeta = m.date, true, true
		if !c.date.hasVotes && c.upvotes > 0 {
			c.date.upvotes = c.upvotes // from its upvote button
		}
	default:
		c.sawMeta = true
	}
}

func (p *dailyParser) flush() {
	if p.cur != nil {
		p.emit(p.cur)
		if p.reuse {
			p.spare = p.cur
		}
		p.cur = nil
	}
}

// aside reports whether a paragraph of one line is no entry's text: the
// page's chrome, or what some text converters write for its links, each
// link's address on a line of its own after its text. An upvote button
// ("[-] 12", before the entry it counts) gives the next entry its votes;
// a lone address is the current entry's (its title's, its abstract's,
// its comments') until its meta block, else nothing, and never a title;
// the address of the login page a button leads to, and a line with no
// letters ("[" where a link breaks), are nothing.
func (p *dailyParser) aside(line string) bool {
	if isChrome(line) {
		return true
	}
	// Most lines are titles, which start with a letter; an address starts
	// with "http", the rest with no letter at all.
	if line != "" {
		if c := line[0] | 0x20; 'a' <= c && c <= 'z' && c != 'h' {
			return false
		}
	}
	s := trimSpace(line)
	if s == "" || len(s) > maxMetaBytes && !hasHTTPScheme(s) {
		return false
	}
	if c := s[0] | 0x20; 'a' <= c && c <= 'z' && c != 'h' {
		return false
	}
	if rest, ok := strings.CutPrefix(s, "[-]"); ok {
		if n, err := parseCount(trimSpace(rest)); err == nil {
			p.votes = n
		}
		return true
	}
	if hasHTTPScheme(s) && !strings.ContainsAny(s, " \t") {
		// Past an entry's meta block the parser is as a fresh one is
		// (safeCut cuts there), so an address there is dropped as a
		// fresh parser would drop it: a comments link, the entry's own.
		if c := p.cur; c != nil && !c.sawMeta && !hfLoginLink(s) {
			c.abstract = append(c.abstract, s)
		}
		return true
	}
	for _, r := range s {
		if unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// metaLine is a line of an entry's meta block, read: an author count, a
// date, or neither (a separator).
type metaLine struct {
	authors    int
	date       listingDate
	hasAuthors bool
	hasDate    bool
}

// readMeta reads a line of an entry's meta block; false when the line is
// not one.
func readMeta(line string) (metaLine, bool) {
	if len(line) > maxMetaBytes {
		return metaLine{}, false
	}
	s := trimSpace(line)
	if s == "" {
		return metaLine{}, false
	}
	// An author count starts with its bullet or its number, which no
	// other meta line does: each line is read one way only.
	if c := s[0]; c >= '0' && c <= '9' || c == '+' || strings.HasPrefix(s, "•") {
		if s == "•" {
			return metaLine{}, true
		}
		if n, ok := parseAuthorLine(s); ok {
			return metaLine{authors: n, hasAuthors: true}, true
		}
		return metaLine{}, false
	}
	if s == "·" || strings.HasPrefix(s, "Submitted by ") {
		return metaLine{}, true
	}
	if d, ok := parseDateLine(s); ok {
		return metaLine{date: d, hasDate: true}, true
	}
	return metaLine{}, false
}

// maxMetaBytes is longer than any meta or chrome line can be; longer lines
// are text, without further looks.
const maxMetaBytes = 64

// parseAuthorLine reads "• 4 authors" or "1 author".
func parseAuthorLine(s string) (int, bool) {
	s = trimSpace(strings.TrimPrefix(trimSpace(s), "•"))
	num, word, ok := strings.Cut(s, " ")
	// "4 authors](https://...)": a link's end, where a converter broke it.
	if len(word) > len("authors") && word[len(word)-1] == ')' {
		if i := strings.Index(word, "]("); i >= 0 {
			word = word[:i]
		}
	}
	if !ok || (word != "authors" && word != "author") {
		return 0, false
	}
	n, err := strconv.Atoi(num)
	if err != nil || n < 0 {
		return 0, false
	}
	return n, true
}

// chrome is the text of the Daily Papers page around its entries.
var chrome = setOf("new", "get trending papers in your email inbox!", "subscribe",
	"daily papers", "byak and the research community", "by ak and the research community", "load more", "previous", "next",
	"by", "ak", "and the research community", // the byline, its link on a line of its own
	"trending papers", "search", "submit", "see all", "view all",
	// The menu of a page saved with it.
	"log in", "sign up", "models", "datasets", "spaces", "docs", "pricing", "enterprise",
	"community", "posts", "collections", "storage buckets", "buckets")

func isChrome(line string) bool {
	if len(line) > maxMetaBytes {
		return false
	}
	s := trimSpace(line)
	var lower [maxMetaBytes]byte
	for i := range len(s) {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false // the chrome is ASCII
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	_, ok := chrome[string(lower[:len(s)])]
	return ok
}

// titleLike reports whether a one-line paragraph reads as a title rather
// than an abstract: short, not ending in a full stop as sentences do, and
// holding no URL, as a line such as "Code: https://github.com/a/b" does.
func titleLike(line string) bool {
	s := trimSpace(line)
	return len(s) <= 300 && !strings.HasSuffix(s, ".") && !strings.Contains(s, "://")
}

// joinLines joins the lines of an abstract paragraph with single spaces.
// White space inside a line is kept: folding it would cost a pass over
// every abstract for no reader's benefit.
func joinLines(lines []string) string {
	if len(lines) == 1 {
		return trimSpace(lines[0])
	}
	trimmed := make([]string, len(lines))
	for i, l := range lines {
		trimmed[i] = trimSpace(l)
	}
	return strings.Join(trimmed, " ")
}

// collapseSpace trims s and folds runs of white space into one space.
func collapseSpace(s string) string {
	s = trimSpace(s)
	if !hasSpaceRun(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// hasSpaceRun reports whether s holds white space other than single
// spaces: two spaces, a tab, a line or page break, or a no-break space.
// Eight bytes at a time, it finds the spaces exactly and looks for a
// control character or the first byte of U+00A0, and reads closer only
// from there.
func hasSpaceRun(s string) bool {
	i := 0
	var last uint64 // the space bit of the last word's last byte
	for ; i+8 <= len(s); i += 8 {
		w := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		c2 := w ^ (0xc2 * lsb)
		if ((w-0x20*lsb)&^w|(c2-lsb)&^c2)&msb != 0 {
			break
		}
		t := w ^ (' ' * lsb)
		spaces := ^((t&(0x7f*lsb) + 0x7f*lsb) | t) & msb // exactly the space bytes' top bits
		if spaces&(spaces<<8|last>>56) != 0 {
			return true
		}
		last = spaces
	}
	if i > 0 && last>>63 != 0 && i < len(s) && s[i] == ' ' {
		return true
	}
	for ; i < len(s); i++ {
		switch s[i] {
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		case '\t', '\n', '\v', '\f', '\r':
			return true
		case 0xc2: // U+00A0 is C2 A0
			if i+1 < len(s) && s[i+1] == 0xa0 {
				return true
			}
		}
	}
	return false
}

// trimSpace is strings.TrimSpace, made quicker for the lines of a listing.
// Most have nothing to trim, which a look at their two ends tells; and
// strings.TrimSpace decodes every rune of a line that starts with one that
// is not ASCII ("• 4 authors", "·"), where trimSpace looks at that rune
// alone.
func trimSpace(s string) string {
	// Printable ASCII other than the space is what c-'!' < 0x7f-'!' takes.
	if n := len(s); n == 0 || s[0]-'!' < 0x7f-'!' && s[n-1]-'!' < 0x7f-'!' {
		return s
	}
	return trimSpaceEnds(s)
}

func trimSpaceEnds(s string) string {
	start := 0
	for start < len(s) {
		if c := s[start]; c < utf8.RuneSelf {
			if !asciiSpace(c) {
				break
			}
			start++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	end := len(s)
	for end > start {
		if c := s[end-1]; c < utf8.RuneSelf {
			if !asciiSpace(c) {
				break
			}
			end--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return s[start:end]
}
