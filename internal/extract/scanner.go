package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a URL-like run of text found by ScanLinks: the raw text, trailing
// punctuation included, and its byte offset in the scanned text.
type Span struct {
	Raw   string
	Start int
}

// ScanLinks finds the URL-like runs in text: anything that starts with
// http:// or https:// (in any case), www., or the bare name of a known code
// or paper host followed by a slash ("github.com/owner/repo"). A run ends at
// white space, a quote, an angle or square bracket, a pipe or a backtick.
//
// ScanLinks uses no regular expressions: it jumps from one slash or "www."
// to the next with the standard library's vectorised searches, so prose
// without links costs little more than reading it.
func ScanLinks(text string) []Span {
	var spans []Span
	f := finder{text: text, slash: -1, www: -1}
	for i := 0; i < len(text); {
		start, ok, next := f.nextLinkStart(i)
		if !ok {
			i = next
			continue
		}
		end := linkEnd(text, start)
		if end > start {
			spans = append(spans, Span{Raw: text[start:end], Start: start})
		}
		i = max(end, i+1)
	}
	return spans
}

// finder remembers the next slash and the next "www." so that each search
// runs over any stretch of text once: the scan stays linear however links
// and prose are mixed.
type finder struct {
	text       string
	slash, www int // next known positions at or after the last search; len(text) when none
	slashFrom  int // where the slash search last started
	wwwFrom    int
}

// next returns the first position at or after i of what search finds,
// reusing the last answer while it still lies ahead.
func nextFrom(text string, i int, pos, from *int, search func(string) int) int {
	if *pos >= i && *from <= i {
		return *pos
	}
	*from = i
	if j := search(text[i:]); j >= 0 {
		*pos = i + j
	} else {
		*pos = len(text)
	}
	return *pos
}

// nextLinkStart looks for the next link at or after i. It returns the start
// of a link and true, or false and the position to continue from.
func (f *finder) nextLinkStart(i int) (start int, ok bool, next int) {
	text := f.text
	slash := nextFrom(text, i, &f.slash, &f.slashFrom, func(s string) int { return strings.IndexByte(s, '/') })
	www := nextFrom(text, i, &f.www, &f.wwwFrom, indexWWW)
	if slash == len(text) && www == len(text) {
		return 0, false, len(text)
	}
	if www < slash {
		if www == 0 || !isHostByte(text[www-1]) && text[www-1] != '/' && text[www-1] != '@' {
			return www, true, 0
		}
		return 0, false, www + 4
	}
	if s, ok := schemeStart(text, slash); ok {
		return s, true, 0
	}
	if s, ok := bareHostStart(text, slash); ok {
		return s, true, 0
	}
	return 0, false, slash + 1
}

// schemeStart reports whether the slash at text[at] begins "//" after
// "http:" or "https:" (any case), and where the scheme starts.
func schemeStart(text string, at int) (int, bool) {
	if at < 1 || text[at-1] != ':' || at+1 >= len(text) || text[at+1] != '/' {
		return 0, false
	}
	if at >= 6 && strings.EqualFold(text[at-6:at-1], "https") {
		return at - 6, true
	}
	if at >= 5 && strings.EqualFold(text[at-5:at-1], "http") {
		return at - 5, true
	}
	return 0, false
}

// bareHostStart reports whether the slash at text[at] follows the bare name
// of a host linkgraph knows ("github.com/"), and where that name starts.
func bareHostStart(text string, at int) (int, bool) {
	s := at
	for s > 0 && isHostByte(text[s-1]) {
		s--
	}
	if s == at || (s > 0 && (text[s-1] == '/' || text[s-1] == '@' || text[s-1] == ':')) {
		return 0, false
	}
	host := strings.ToLower(text[s:at])
	host = strings.TrimPrefix(host, "www.")
	if _, ok := bareHosts[host]; !ok {
		return 0, false
	}
	return s, true
}

// bareHosts are the hosts whose names are recognised without a scheme.
var bareHosts = map[string]struct{}{
	"github.com": {}, "gitlab.com": {}, "bitbucket.org": {}, "codeberg.org": {},
	"gitee.com": {}, "huggingface.co": {}, "hf.co": {}, "arxiv.org": {},
	"anonymous.4open.science": {}, "sourceforge.net": {}, "zenodo.org": {},
	"doi.org": {}, "openreview.net": {}, "aclanthology.org": {}, "gist.github.com": {},
}

func isHostByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
}

// linkEnd returns where the link starting at text[start] ends.
func linkEnd(text string, start int) int {
	i := start
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if c <= ' ' || c == 0x7f || asciiStop[c] {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.In(r, unicode.Cf) {
			return i
		}
		i += size
	}
	return i
}

// asciiStop marks the printable ASCII bytes that never occur in a link as
// written in prose: quotes, angle and square brackets, pipes, backticks.
var asciiStop = [utf8.RuneSelf]bool{
	'"': true, '<': true, '>': true, '[': true, ']': true, '|': true, '`': true, '\\': true, '^': true,
}
