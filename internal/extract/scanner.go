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
	i := 0
	for i < len(text) {
		start, ok, next := nextLinkStart(text, i)
		if !ok {
			if next <= i {
				break
			}
			i = next
			continue
		}
		end := linkEnd(text, start)
		if end > start {
			spans = append(spans, Span{Raw: text[start:end], Start: start})
		}
		if end <= i {
			end = i + 1
		}
		i = end
	}
	return spans
}

// nextLinkStart looks for the next link at or after i. It returns the start
// of a link and true, or false and the position to continue from.
func nextLinkStart(text string, i int) (start int, ok bool, next int) {
	rest := text[i:]
	slash := strings.IndexByte(rest, '/')
	www := indexWWW(rest)
	if slash < 0 && www < 0 {
		return 0, false, len(text)
	}
	if www >= 0 && (slash < 0 || www < slash) {
		at := i + www
		if at == 0 || !isHostByte(text[at-1]) && text[at-1] != '/' && text[at-1] != '@' {
			return at, true, 0
		}
		return 0, false, at + 4
	}
	at := i + slash
	if s, ok := schemeStart(text, at); ok {
		return s, true, 0
	}
	if s, ok := bareHostStart(text, at); ok {
		return s, true, 0
	}
	return 0, false, at + 1
}

// indexWWW finds "www." or "WWW.", whichever comes first.
func indexWWW(s string) int {
	lo := strings.Index(s, "www.")
	up := strings.Index(s, "WWW.")
	if lo < 0 || (up >= 0 && up < lo) {
		return up
	}
	return lo
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
