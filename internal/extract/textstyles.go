package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// refStyle is how a reference's authors end, in the styles authorsEnd
// cannot read, since no full stop follows a surname there.
type refStyle int

const (
	noStyle refStyle = iota
	// Surnames before initials, the last initial's full stop ending the
	// names: Nature's "Smith, A. & Jones, B. Title.", ABNT's "SMITH, A.;
	// JONES, B. Title.", or a colon: Springer's LNCS "Smith, A., Jones,
	// B.: Title."
	invertedStyle
	// Vancouver's, initials after surnames with no full stops: "Smith A,
	// Jones BC. Title."
	vancouverStyle
	// Elsevier's, initials first and names, then the title, between
	// commas: "A. Smith, B. Jones, Title, J. Mach. Learn. Res. 12 (2023)".
	commaStyle
)

// styledAuthorsEnd reads where a reference's authors end in one of the
// refStyles: the byte that closes them (a full stop, colon, comma, or
// the parenthesis after Harvard's year), which the title follows after a
// space. It asks for two names or more ("Smith, A." alone will do, its
// shape says it is a name), and for the title to start with a capital or
// a digit. An APA reference, whose names a year in parentheses and a full
// stop follow ("Smith, A. (2024). Title."), is left to authorsEnd and
// cutYearParen.
func styledAuthorsEnd(s string) (end int, style refStyle) {
	if !strings.Contains(s[:min(len(s), 80)], ",") {
		return -1, noStyle // every style's names hold a comma, and soon: "Smith, A.", "Smith A, Jones B"
	}
	var buf [64]refToken // on the stack: most references' names fit
	toks := refTokens(buf[:0], s)
	if end, ok := invertedEnd(s, toks); ok {
		return end, invertedStyle
	}
	if end, ok := vancouverEnd(s, toks); ok {
		return end, vancouverStyle
	}
	if end, ok := commaEnd(s, toks); ok {
		return end, commaStyle
	}
	return -1, noStyle
}

// refToken is a word of a reference and where it starts.
type refToken struct {
	word string
	at   int
}

// maxStyledTokens bounds the words a reference's names are looked for in.
const maxStyledTokens = 200

// refTokens appends the words of s to toks, up to maxStyledTokens, and
// up to the one after the first that a full stop ends and is no initial
// ("Jones." in "A. Smith and B. Jones. Title."): no name goes on past it.
func refTokens(toks []refToken, s string) []refToken {
	last := false
	for i := 0; i < len(s) && len(toks) < maxStyledTokens; {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if j > i {
			w := s[i:j]
			toks = append(toks, refToken{w, i})
			if last {
				break
			}
			last = strings.HasSuffix(w, ".") && !dottedInitials(w)
		}
		i = j
	}
	return toks
}

// surnameToken reports whether w (its punctuation cut off) reads as a
// surname's word: a capital and letters, hyphens or apostrophes, in
// capitals too ("SMITH", as ABNT writes it), of two letters or more; or a
// particle ("van", "de").
func surnameToken(w string) bool {
	if nameParticles[w] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if utf8.RuneCountInString(w) < 2 || !unicode.IsUpper(r) || notNames[strings.ToLower(w)] {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// dottedInitials reports whether w is initials with full stops: "A.",
// "A.B.", "J.-P.".
func dottedInitials(w string) bool {
	return strings.HasSuffix(w, ".") && isInitials(strings.TrimSuffix(w, "."))
}

// bareInitials reports whether w is Vancouver's initials: one to three
// capitals and nothing else ("A", "JP").
func bareInitials(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// titleStart reports whether the word after a reference's names may open
// its title: a capital, a digit or a quotation mark first.
func titleStart(toks []refToken, i int) bool {
	if i >= len(toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[i].word)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“'
}

// invertedEnd reads names written surname first, then initials with full
// stops, joined by commas, semicolons, "&" or "and".
func invertedEnd(s string, toks []refToken) (int, bool) {
	names, i := 0, 0
	for i < len(toks) {
		// The surname: words up to one that ends in a comma.
		j := i
		for j < len(toks) && j-i < 4 && !strings.HasSuffix(toks[j].word, ",") && surnameToken(toks[j].word) {
			j++
		}
		if j >= len(toks) || j-i >= 4 || !surnameToken(strings.TrimSuffix(toks[j].word, ",")) {
			return -1, false
		}
		// The initials.
		k := j + 1
		for k < len(toks) && dottedInitials(strings.TrimRight(toks[k].word, ",;:")) {
			k++
			last := toks[k-1].word
			if !strings.HasSuffix(last, ".") {
				break // "A.," "A.;" "A.:" end the name
			}
		}
		if k == j+1 {
			return -1, false
		}
		names++
		last := toks[k-1]
		i = k
		if strings.HasSuffix(last.word, ":") { // Springer's "B.:"
			return finishNames(s, toks, i, names, 1, last.at+len(last.word)-1)
		}
		if joiner(toks, i) {
			i++
			continue
		}
		if end, ok := etAl(toks, i); ok {
			return finishNames(s, toks, i+2, names+1, 1, end)
		}
		if strings.HasSuffix(last.word, ".") { // "B." with no name after it ends them
			if i < len(toks) && strings.HasPrefix(toks[i].word, "(") {
				if w := toks[i].word; len(w) == 6 && w[5] == ')' && hasYear(w[1:5]) {
					// Harvard's year, no full stop after it: "Jones, B. (2023) Title."
					return finishNames(s, toks, i+1, names, 1, toks[i].at+5)
				}
				return -1, false // APA's "(2023).", which authorsEnd reads
			}
			return finishNames(s, toks, i, names, 1, last.at+len(last.word)-1)
		}
		// "A.," and "A.;" go on to the next name.
	}
	return -1, false
}

// joiner reports whether the word at i joins two names: "&" or "and".
func joiner(toks []refToken, i int) bool {
	return i < len(toks) && (toks[i].word == "&" || toks[i].word == "and")
}

// etAl reports whether "et al." stands at the word at i, and where its
// full stop is.
func etAl(toks []refToken, i int) (int, bool) {
	if i+1 < len(toks) && toks[i].word == "et" && strings.HasPrefix(toks[i+1].word, "al.") {
		return toks[i+1].at + len("al"), true
	}
	return -1, false
}

// vancouverEnd reads names written as Vancouver's style writes them:
// surnames, then initials without full stops, joined by commas, the last
// closed by a full stop ("Smith A, Jones BC." or "..., et al.").
func vancouverEnd(s string, toks []refToken) (int, bool) {
	names := 0
	for i := 0; i < len(toks); {
		if end, ok := etAl(toks, i); ok && names > 0 {
			return finishNames(s, toks, i+2, names+1, 2, end)
		}
		j := i
		for j < len(toks) && j-i < 3 && surnameToken(toks[j].word) {
			j++
		}
		if j == i || j >= len(toks) {
			return -1, false
		}
		w := toks[j].word
		switch {
		case strings.HasSuffix(w, ",") && bareInitials(strings.TrimSuffix(w, ",")):
			names++
			i = j + 1
		case strings.HasSuffix(w, ".") && bareInitials(strings.TrimSuffix(w, ".")):
			return finishNames(s, toks, j+1, names+1, 2, toks[j].at+len(w)-1)
		default:
			return -1, false
		}
	}
	return -1, false
}

// commaEnd reads names written initials first, joined by commas (and a
// last "and"), with a comma after the last, before a title that is no
// name: "A. Smith, B. Jones, Title, Venue".
func commaEnd(s string, toks []refToken) (int, bool) {
	names := 0
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && dottedInitials(toks[j].word) {
			j++
		}
		if j == i {
			return -1, false
		}
		// The surname: words up to one that ends in a comma, or before "and".
		k := j
		for k < len(toks) && k-j < 3 && surnameToken(toks[k].word) && !(k+1 < len(toks) && toks[k+1].word == "and") {
			k++
		}
		if k >= len(toks) || k-j >= 3 {
			return -1, false
		}
		names++
		switch w := toks[k].word; {
		case surnameToken(w) && k+1 < len(toks) && toks[k+1].word == "and":
			i = k + 2 // "A. Smith and B. Jones,"
		case strings.HasSuffix(w, ",") && surnameToken(strings.TrimSuffix(w, ",")):
			i = k + 1
			if i < len(toks) && toks[i].word == "and" {
				i++
			} else if i >= len(toks) || !dottedInitials(toks[i].word) {
				return finishNames(s, toks, i, names, 2, toks[k].at+len(w)-1)
			}
		default:
			return -1, false
		}
	}
	return -1, false
}

// finishNames accepts names that end at byte end of s, before token next,
// when they are least or more and what follows may open a title.
func finishNames(s string, toks []refToken, next, names, least, end int) (int, bool) {
	if names < least || !titleStart(toks, next) || end <= 0 || end >= len(s) {
		return -1, false
	}
	return end, true
}

// vancouverNames writes Vancouver's names ("Smith A, Jones BC") with their
// initials first, as the other styles are read ("A. Smith, B. C. Jones").
func vancouverNames(s string) string {
	parts := strings.Split(s, ",")
	for i, p := range parts {
		p = strings.TrimSpace(p)
		cut := strings.LastIndexByte(p, ' ')
		if cut < 0 || !bareInitials(p[cut+1:]) {
			parts[i] = p // "et al."
			continue
		}
		var b strings.Builder
		for _, r := range p[cut+1:] {
			b.WriteRune(r)
			b.WriteString(". ")
		}
		parts[i] = b.String() + p[:cut]
	}
	return strings.Join(parts, ", ")
}

// firstYear is the first year s names as a number of its own ("(2023)",
// "2023;5:1-10", "ICML, 2023."), or "": not a page ("pp. 2012–2020"), nor
// part of an address or identifier ("arXiv:2104.01234", ".../2016.90").
func firstYear(s string) string {
	for s != "" {
		var w string
		w, s, _ = strings.Cut(strings.TrimLeft(s, " "), " ")
		if len(w) < 4 || strings.Contains(w, "/") || strings.Contains(w, "rxiv") || strings.Contains(w, "RXIV") {
			continue // "https://...", "arXiv:2104.01234"
		}
		for i := 0; i+4 <= len(w); i++ {
			if _, ok := yearOf(w[i : i+4]); !ok {
				continue
			}
			before, after := byte(' '), byte(' ')
			if i > 0 {
				before = w[i-1]
			}
			if i+4 < len(w) {
				after = w[i+4]
			}
			rest := w[i+4:]
			switch { // none of these is a year
			case isDigitByte(before) || isDigitByte(after):
			case before == '.' || before == ':' || before == '-' || strings.HasSuffix(w[:i], "–"):
			case after == '-' || strings.HasPrefix(rest, "–"):
			case after == '.' && len(rest) > 1 && isDigitByte(rest[1]):
			default:
				return w[i : i+4]
			}
		}
	}
	return ""
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// capitalsDown writes the words of names set in capitals, of two letters
// or more, as names are written: "SMITH, A.; JONES, B." as "Smith, A.;
// Jones, B.".
func capitalsDown(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		letters := strings.TrimRight(w, ",;:.")
		if utf8.RuneCountInString(letters) < 2 || strings.ToUpper(letters) != letters || strings.ToLower(letters) == letters {
			continue
		}
		parts := strings.Split(letters, "-") // "SMITH-JONES"
		for j, p := range parts {
			r, size := utf8.DecodeRuneInString(p)
			parts[j] = string(r) + strings.ToLower(p[size:])
		}
		words[i] = strings.Join(parts, "-") + w[len(letters):]
	}
	return strings.Join(words, " ")
}

// invertedFirst writes the first of a reference's names as the others
// when Chicago's and MLA's styles turn it round ("Smith, Ann, and Bob
// Jones" splits as "Smith", "Ann", "Bob Jones"): two single words, then
// only names of two words or more.
func invertedFirst(names []string) []string {
	if len(names) < 3 || strings.Contains(names[0], " ") || strings.Contains(names[1], " ") {
		return names
	}
	for _, n := range names[2:] {
		if !strings.Contains(n, " ") {
			return names
		}
	}
	return append([]string{names[1] + " " + names[0]}, names[2:]...)
}
