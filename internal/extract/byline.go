package extract

import (
	"cmp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// byline reads the authors, and a venue, that many lists write in a
// paper's item after its title, as text:
//
//	**Title**. Jinghan Jia, Jiancheng Liu, Sijia Liu. NeurIPS 2023. [[paper](url)]
//	**Title** <br> *Chongyu Fan, Jiancheng Liu* <br> ICLR 2024 [[paper](url)]
//	[Title](url) - Meghdad Kurmanji, Peter Triantafillou. NeurIPS 2023. [code](url)
//	[Title](url) by Meghdad Kurmanji, Peter Triantafillou (NeurIPS 2023)
//	Title (Graves et al., AAAI 2021) [[paper]](url)
//
// The item's first block is cut into pieces at links, line breaks (of
// Markdown or <br>), emphasis, sentence ends and separators (" - ", " |
// "). The first piece after the title that is neither a venue nor a
// stamp of when the list took the paper is the authors when it reads as
// a list of names (authorList), with a venue in parentheses or after a
// comma before or after them; nothing is taken otherwise: a sentence
// about the paper is not a byline. The item's tag before the title
// ("**[RND]** <[Title](url)> by ...") is no byline either.
func (p *markdownParser) byline(re *rawEntry, block ast.Node, title, tag string) {
	if blockBytes(block) > maxBylineBlock {
		return
	}
	lowerTitle := strings.ToLower(title)
	authorsSeen := false
	pieces := p.pieces(block)
	for k, piece := range pieces {
		if tag != "" && strings.EqualFold(piece, tag) {
			continue // the tag before the title ("[UCB] <[Title](url)>"), which no byline is
		}
		if i := strings.Index(strings.ToLower(piece), lowerTitle); i >= 0 && len(piece) >= i+len(title) && len(lowerTitle) == len(title) && strings.ToLower(piece[i:i+len(title)]) == lowerTitle {
			// A plain title and its byline in one piece: "Title (A. Author, ICLR 2024)",
			// "Title (KN): Dai et al." (the method's short name between), after a
			// tag or not ("2023/07] Title").
			if piece = strings.TrimLeft(piece[i+len(title):], " ,;:\"”'’"); piece == "" {
				continue // the title and what stood before it, a tag
			}
			if j := strings.IndexByte(piece, ')'); strings.HasPrefix(piece, "(") && j > 0 && j <= 16 && !strings.ContainsAny(piece[:j], ", ") {
				if rest := strings.TrimLeft(piece[j+1:], " ,;:"); rest != "" {
					piece = rest
				}
			}
		}
		if key, value, ok := strings.Cut(piece, ": "); ok && fieldNames[fieldKey(key)] {
			setFieldValue(re, key, value, false) // "Authors: A. Author, B. Author", "Venue: ICLR 2024"
			authorsSeen = authorsSeen || re.authorNames != nil
			continue
		}
		if venue, year, ok := citedVenue(piece); ok && re.venue == "" {
			// A reference's "Journal of Things, 3(2), 45–67" or IEEE's
			// "in Proceedings of ..., 2024, pp. 1–10", after its title;
			// its issue and pages alone ("(45):1−30, 2023") give the year.
			re.venue, re.dateText = venue, cmp.Or(re.dateText, year)
			continue
		}
		switch {
		case strings.Contains(lowerTitle, strings.ToLower(piece)):
			continue // the title, or a part of it cut at its own ". "
		case stamped(piece):
			continue // "21/06/2016, DL, VAE": when the list took it, and its tags
		case venueLike(piece) && !namesThenVenue(piece):
			p.tagOnce(re, unbracket(piece))
			continue
		case authorsSeen:
			if re.venue == "" && venueName(piece) {
				re.venue = piece // "Title | Authors | ECCV | [PDF](url)"
			}
			continue
		}
		authorsSeen = true          // only the first other piece may be the byline
		piece = unwrapParens(piece) // "(C. Fan et al., ICLR 2024)"
		piece, venue := leadingVenue(piece)
		piece = cutBy(piece) // "by A. Author, B. Author"
		names, after := trailingVenue(piece)
		if venue == "" {
			venue = after
		}
		list, more, ok := authorList(names)
		if !ok && (venue != "" || k+1 < len(pieces) && venueLike(pieces[k+1])) {
			// "Vaswani, Shazeer, Parmar (2017)", "(Kingma & Ba, 2015)",
			// "He, Zhang, Ren, Sun. CVPR 2016.": surnames alone, as a
			// citation gives them before its year.
			list, more, ok = surnameList(names)
		}
		if !ok && strings.Contains(names, "(") {
			// "Shuyan Zhou (CMU) et al.": the affiliations go.
			list, more, ok = authorList(dropParens(names))
		}
		if !ok && oneName(names) && namedVenue(venue) {
			// "Carl Lee, NeurIPS 2023", "Dana Moe (ICLR 2022)": one
			// author, joined to a venue that names itself.
			list, ok = []string{names}, true
		}
		if ok {
			re.setAuthors(list, more)
			p.tagOnce(re, venue)
		} else if oneName(names) && p.emphasized(block, names) {
			// "**Title** \ *Ann Smith* \ ICCV 2023": a name alone in
			// italics under the title, which a sentence's words are not.
			re.setAuthors([]string{names}, false)
			p.tagOnce(re, venue)
		}
	}
}

// oneName reports whether s reads as one person's name: two to four
// words that read as a name's (nameWord).
func oneName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !nameWord(w) {
			return false
		}
	}
	return true
}

// emphasized reports whether a block has an emphasis whose whole text
// is s.
func (p *markdownParser) emphasized(block ast.Node, s string) bool {
	for c := block.FirstChild(); c != nil; c = c.NextSibling() {
		if em, ok := c.(*ast.Emphasis); ok && collapseSpace(inlineText(em, p.src)) == s {
			return true
		}
	}
	return false
}

// tagOnce keeps a byline's venue or year (setTag), unless the entry has
// one already.
func (p *markdownParser) tagOnce(re *rawEntry, tag string) {
	if tag != "" && re.venue == "" && re.dateText == "" {
		p.setTag(re, tag)
	}
}

// leadingVenue splits a venue or year in parentheses off the start of a
// byline's piece ("(2015), G. Hinton et al."), or returns the piece and "".
func leadingVenue(piece string) (rest, venue string) {
	if strings.HasPrefix(piece, "(") {
		if i := strings.IndexByte(piece, ')'); i > 0 && venueLike(piece[:i+1]) {
			return strings.TrimLeft(piece[i+1:], " ,;"), piece[1:i]
		}
	}
	return piece, ""
}

// unwrapParens takes off the parentheses around a whole piece, when they
// are its only ones.
func unwrapParens(piece string) string {
	if len(piece) > 2 && piece[0] == '(' && piece[len(piece)-1] == ')' &&
		strings.Count(piece, "(") == 1 && strings.Count(piece, ")") == 1 {
		return strings.TrimSpace(piece[1 : len(piece)-1])
	}
	return piece
}

// unbracket takes off the brackets or parentheses that wrap a whole
// piece ("(ICML'24)", "[NeurIPS 2023]") and those a cut left unmatched
// ("(ICML 2023" of "(ICML 2023. Oral)"), and no others: "Nature (2021)"
// keeps its own.
func unbracket(piece string) string {
	for len(piece) > 1 {
		first, last := piece[0], piece[len(piece)-1]
		switch {
		case (first == '(' && last == ')' || first == '[' && last == ']') && !strings.ContainsAny(piece[1:len(piece)-1], "()[]"):
			piece = piece[1 : len(piece)-1]
		case first == '(' && !strings.Contains(piece, ")"), first == '[' && !strings.Contains(piece, "]"):
			piece = piece[1:]
		case last == ')' && !strings.Contains(piece, "("), last == ']' && !strings.Contains(piece, "["):
			piece = piece[:len(piece)-1]
		default:
			return strings.TrimSpace(piece)
		}
	}
	return strings.TrimSpace(piece)
}

// cutBy takes a leading "by" off a piece.
func cutBy(piece string) string {
	for _, by := range []string{"by ", "By "} {
		if rest, ok := strings.CutPrefix(piece, by); ok {
			return strings.TrimSpace(rest)
		}
	}
	return piece
}

// stamped reports whether a piece opens with a date written with slashes
// ("21/06/2016, DL, VAE"), as lists stamp when they took a paper in.
func stamped(piece string) bool {
	first, _, _ := strings.Cut(piece, ",")
	return strings.Count(first, "/") == 2 && hasYear(first) && len(strings.Fields(first)) == 1
}

// trailingVenue splits a venue and year off the end of a byline's names,
// in parentheses or after a comma ("A. Author, B. Author (ICLR 2024)",
// "C. Fan et al., ICLR 2024"), or returns the piece and "".
func trailingVenue(piece string) (names, venue string) {
	if i := strings.LastIndex(piece, " ("); i > 0 && strings.HasSuffix(piece, ")") && venueLike(piece[i+1:]) {
		return piece[:i], strings.Trim(piece[i+1:], "()")
	}
	if i := strings.LastIndexByte(piece, ','); i > 0 && venueLike(strings.TrimSpace(piece[i+1:])) {
		return piece[:i], strings.Trim(strings.TrimSpace(piece[i+1:]), "()[]")
	}
	if i := strings.LastIndexByte(piece, ' '); i > 0 && len(piece)-i == 5 && hasYear(piece[i+1:]) {
		if names := piece[:i]; strings.HasSuffix(names, "al.") || twoSurnames(names) {
			return names, piece[i+1:] // "He et al. 2016", "Kingma and Ba 2015"
		}
	}
	return piece, ""
}

// twoSurnames reports whether s is two surnames joined as a citation
// joins them before its year ("Kingma and Ba", "Kingma & Ba"), which no
// venue's name is.
func twoSurnames(s string) bool {
	for _, and := range []string{" and ", " & "} {
		if strings.Count(s, and) == 1 {
			names, _, ok := surnameList(s)
			return ok && len(names) == 2
		}
	}
	return false
}

// maxBylineBlock is the most text an item's first block may hold for a
// byline to be looked for in it: a title, a thousand authors and the
// venue fit; a block of megabytes, which only a broken or hostile listing
// has, would be cut into millions of pieces for nothing.
const maxBylineBlock = 32 << 10

// blockBytes is how many bytes of the source a block's lines span.
func blockBytes(block ast.Node) int {
	n := 0
	lines := block.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		n += seg.Stop - seg.Start
	}
	return n
}

// pieces cuts a block's plain text into the pieces a byline is made of,
// trimmed of the punctuation around them.
func (p *markdownParser) pieces(block ast.Node) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		for _, s := range splitPieces(cur.String()) {
			// Marks and brackets around a piece go ("[➤", "•"); a
			// name's full stop, as "et al." ends with, may go too.
			if s = strings.TrimFunc(collapseSpace(s), notPieceEnd); s != "" {
				out = append(out, s)
			}
		}
		cur.Reset()
	}
	for c := block.FirstChild(); c != nil; c = c.NextSibling() {
		switch n := c.(type) {
		case *ast.Link, *ast.AutoLink:
			flush()
			continue
		case *ast.Emphasis:
			flush()
			cur.WriteString(inlineText(n, p.src))
			flush()
			continue
		case *ast.RawHTML:
			if isBreak(n, p.src) {
				flush()
			}
			continue
		case *ast.Text:
			cur.Write(unescapeText(n.Segment.Value(p.src)))
			if n.SoftLineBreak() || n.HardLineBreak() {
				if t := strings.TrimSpace(cur.String()); strings.HasSuffix(t, ",") || strings.HasSuffix(t, " and") {
					cur.WriteByte(' ') // "Ann Smith," over "Bob Jones": one byline on two lines
					continue
				}
				flush() // a byline on a line of its own
			}
			continue
		}
		cur.WriteString(inlineText(c, p.src))
	}
	flush()
	return out
}

// splitPieces cuts text at sentence ends and at the separators lists put
// between a title, its authors and its venue. A full stop after a single
// letter is an initial's ("J. Smith", "J.-P. Dupont"), not a sentence's end.
func splitPieces(s string) []string {
	s = separators.Replace(s)
	var out []string
	start := 0
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == ' ' && !afterInitial(s[:i]) && !etAlYear(s[:i], s[i+2:]) {
			out = append(out, s[start:i])
			start = i + 2
		}
	}
	out = append(out, s[start:])
	var pieces []string
	for _, o := range out {
		pieces = append(pieces, strings.Split(o, "\x00")...)
	}
	return pieces
}

// etAlYear reports whether a full stop between before and after is the
// one of "et al." before a year ("He et al. 2016", "Hinton, G. et al.
// (2015)"), which ends no piece.
func etAlYear(before, after string) bool {
	after = strings.TrimPrefix(after, "(")
	return (strings.HasSuffix(before, " al") || strings.HasSuffix(before, "et.al")) && len(after) >= 4 && hasYear(after[:4])
}

// notPieceEnd reports whether r may be trimmed from the ends of a piece:
// all but letters, digits, parentheses and apostrophes ("NeurIPS'23").
func notPieceEnd(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '(' && r != ')' && r != '\'' && r != '’'
}

var separators = strings.NewReplacer(" - ", "\x00", " – ", "\x00", " — ", "\x00", " | ", "\x00", " · ", "\x00", " • ", "\x00")

// afterInitial reports whether s ends with a single letter standing alone,
// as an initial does before its full stop ("J", "J.-P").
func afterInitial(s string) bool {
	r, size := utf8.DecodeLastRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:len(s)-size])
	// A separator cut out of the piece (0) opens a piece as a space does.
	return len(s) == size || before == ' ' || before == '-' || before == '.' || before == 0
}

// venueLike reports whether a piece of a byline names a venue and year
// ("NeurIPS 2023", "(ICML'24)", "arXiv 2024") or a year alone: a few
// words, one of them a year, and no date written with slashes.
func venueLike(s string) bool {
	s = strings.Trim(s, "()[]")
	return len(strings.Fields(s)) <= 4 && (hasYear(s) || shortYear(s)) && !strings.Contains(s, "/")
}

// namesThenVenue reports whether a short piece is names before a venue
// or year ("A. Smith, ICML 2022", "(Kingma & Ba, 2015)"), not a venue
// alone.
func namesThenVenue(piece string) bool {
	names, venue := trailingVenue(unwrapParens(piece))
	if venue == "" || names == "" {
		return false
	}
	_, _, ok := authorList(names)
	if !ok {
		_, _, ok = surnameList(names)
	}
	return ok || oneName(names) && namedVenue(venue)
}

// namedVenue reports whether a venue names itself beside its year, in an
// acronym or a preprint server's name ("NeurIPS 2023", "ICLR'22"), not by
// a year alone.
func namedVenue(venue string) bool {
	for _, w := range strings.FieldsFunc(venue, func(r rune) bool { return r == ' ' || r == '\'' || r == '’' || r == ',' }) {
		if venueName(w) {
			return true
		}
	}
	return false
}

// surnameList reads a piece as two or more surnames alone ("Vaswani,
// Shazeer, Parmar", "Kingma & Ba"), as citations name authors before
// their year. Alone, such a piece may as well be a list of topics, so it
// is read only where a venue or year follows it; a word in capitals
// alone ("CNN") is an acronym, and a word with a suffix of abstract nouns
// ("Robotics, Manipulation") a topic, no surname.
func surnameList(s string) (names []string, more, ok bool) {
	names, more = splitAuthors(s)
	if len(names) < 2 {
		return nil, false, false
	}
	for _, name := range names {
		if strings.ContainsRune(name, ' ') || !nameWord(name) || !strings.ContainsFunc(name, unicode.IsLower) || topicWord(name) {
			return nil, false, false
		}
	}
	return names, more, true
}

// topicWord reports whether a capitalised word ends as the nouns of
// fields and topics do ("Robotics", "Segmentation", "Sparsity") and
// surnames seldom do.
func topicWord(w string) bool {
	w = strings.ToLower(w)
	for _, suffix := range []string{"tion", "sion", "ics", "ity", "ness", "ment", "ogy", "ism"} {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// venueName reports whether a piece after a byline's authors names a
// venue without a year: one or two words in capitals, as acronyms are
// written ("ECCV", "IEEE TPAMI", "NeurIPS"), or a preprint server's name;
// a link's label ("GitHub", "PDF") is none.
func venueName(s string) bool {
	switch strings.ToLower(s) {
	case "arxiv", "biorxiv", "medrxiv":
		return true // "arXiv", "Arxiv"
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 2 || fieldName(s) {
		return false
	}
	for _, w := range words {
		if !acronym(w) || len(w) > 12 || fieldName(w) {
			return false
		}
	}
	return true
}

// citedVenue reads the venue a reference names after its title, in
// words (venueWords), without the volume, issue and pages after it, and
// with the year among them: "Journal of Things, 3(2), 45–67" and "in
// Proceedings of the 41st ... Conference, 2024, pp. 1–10".
func citedVenue(piece string) (venue, year string, ok bool) {
	s := strings.TrimSpace(piece)
	if rest, ok := strings.CutPrefix(s, "in "); ok {
		s = rest // IEEE writes it in lower case
	} else if rest, ok := cutPrefixFold(s, "published in "); ok {
		s = rest // "Published in <venue>, 2024", as academicpages writes it
	}
	parts := strings.Split(dropIn(s), ", ")
	for len(parts) > 0 {
		last := strings.Trim(parts[len(parts)-1], " .")
		if len(last) == 4 && isoLike(last) == last && year == "" {
			year = last
		} else if !pagesLike(last) || len(parts) == 1 && year == "" {
			break
		}
		parts = parts[:len(parts)-1]
	}
	venue = strings.Join(parts, ", ")
	if venue == "" {
		return "", year, year != "" // "(45):1−30, 2023", as JMLR writes the issue and pages
	}
	return venue, year, venueKind(venue)
}

// pagesLike reports whether a part of a reference gives its volume,
// issue or pages: "3(2)", "45–67", "pp. 1–10", "vol. 3", "no. 2", "pp".
func pagesLike(s string) bool {
	for _, p := range []string{"pp.", "pp", "vol.", "no.", "p."} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			s = strings.TrimSpace(rest)
			break
		}
	}
	return !strings.ContainsFunc(s, func(r rune) bool {
		return !(r >= '0' && r <= '9' || strings.ContainsRune("-–−():", r))
	})
}

// venueWords reports whether the text after a citation's title names its
// venue: a short name (venueName) or one with a year (venueLike), or a
// capitalised phrase of up to 16 words that names a kind of venue
// ("International Conference on Machine Learning (ICML)", "Journal of
// Machine Learning Research", "In Proceedings of ...", "arXiv preprint").
func venueWords(s string) bool {
	return venueName(s) || venueLike(s) || venueKind(s)
}

// venueKind reports whether s is a capitalised phrase of up to 16 words
// that names a kind of venue ("Journal of ...", "Proceedings of ...",
// "Advances in Neural Information Processing Systems").
func venueKind(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 16 || strings.Contains(s, ". ") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) && !strings.HasPrefix(s, "arXiv") {
		return false
	}
	for _, w := range words {
		switch strings.ToLower(strings.Trim(w, "(),:")) {
		case "conference", "journal", "proceedings", "workshop", "symposium", "transactions",
			"letters", "review", "preprint", "meeting", "congress", "annals", "magazine", "advances":
			return true
		}
	}
	return false
}

// acronym reports whether w is a venue's short name: letters, digits and
// hyphens, two capitals or more, as "ICML", "NeurIPS" and "ACL-IJCNLP"
// are.
func acronym(w string) bool {
	upper := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLetter(r), unicode.IsDigit(r), r == '-':
		default:
			return false
		}
	}
	return upper >= 2 && len(w) <= 16
}

// authorList reads a piece of a byline as authors' names: two or more
// names ("A B, C D and E F"), or one before "et al." or with an initial
// ("A. Author"), each of one to five words that read as a name's
// (nameWord), with no word of a sentence's.
func authorList(s string) (names []string, more, ok bool) {
	names, more = splitAuthors(s)
	if len(names) == 0 || len(names) == 1 && !more && !hasInitial(names[0]) {
		return nil, false, false
	}
	for _, name := range names {
		words := strings.Fields(name)
		if len(words) > 5 || len(words) < 2 && len(names) > 1 {
			return nil, false, false
		}
		capital := false
		for _, w := range words {
			switch {
			case nameParticles[w]:
			case len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z':
				// An initial without its full stop ("Agogino A"), which
				// nameWord takes for the article.
			case nameWord(w):
				capital = true
			default:
				return nil, false, false
			}
		}
		if !capital {
			return nil, false, false
		}
	}
	return names, more, true
}

// hasInitial reports whether a name of two words or more holds an
// initial ("A. Author", "Jane Q. Public").
func hasInitial(name string) bool {
	words := strings.Fields(name)
	for _, w := range words {
		if r, size := utf8.DecodeRuneInString(w); len(words) > 1 && unicode.IsUpper(r) && w[size:] == "." {
			return true
		}
	}
	return false
}

// nameWord reports whether w reads as a word of a person's name: a
// capital, then letters, with hyphens, apostrophes or dots ("Jia",
// "Jean-Pierre", "O'Neil", "J.", "M.-A.", "ÖzgÜr"), and not a word names
// seldom are (a title's function words).
func nameWord(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) {
		return false
	}
	ascii := true
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
			return false
		}
		ascii = ascii && r < utf8.RuneSelf
	}
	var lower [16]byte // the words of notNames, in lower case without allocating
	if !ascii || len(w) > len(lower) {
		return !notNames[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	return !notNames[string(lower[:len(w)])]
}

// nameParticles are the lower-case words inside names ("Ludwig van
// Beethoven", "Ana de Souza").
var nameParticles = wordSet("van von der den de del della di da dos du la le bin ibn al el y zu")

// notNames are capitalised words that open sentences and titles, or name
// a field's topics, and not people: with them a piece is prose ("We
// Propose", "The Code") or a list of topics ("Deep Learning, Graph
// Models").
var notNames = wordSet(`a an the this that these we our code paper project page official see
in on of for with via to from by is are and or
learning model models network networks neural deep machine data dataset datasets graph graphs
language vision benchmark survey unlearning optimization training inference attack attacks
privacy federated generative diffusion reinforcement transformer transformers
oral spotlight poster presentation highlight award best honorable mention review under accepted
submitted preprint report technical workshop track talk tutorial new updated`)

func wordSet(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}
