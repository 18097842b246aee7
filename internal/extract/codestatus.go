package extract

import (
	"encoding/binary"
	"math/bits"
	"strings"
)

// CodeStatus says whether an entry's code can be found.
type CodeStatus string

// The code statuses, from best to worst.
const (
	CodeLinked   CodeStatus = "linked"   // at least one code link
	CodeClaimed  CodeStatus = "claimed"  // the text says the code is out, but gives no link
	CodePromised CodeStatus = "promised" // the text says the code will be released
	CodeNone     CodeStatus = "none"     // nothing said
)

// codeStatus decides an entry's status from its links and its text.
func codeStatus(links []Link, text string) CodeStatus {
	for _, l := range links {
		if l.Kind == KindCode {
			return CodeLinked
		}
	}
	status := CodeNone
	forEachCueSentence(text, func(sentence string) bool {
		switch sentenceStatus(sentence) {
		case CodeClaimed:
			status = CodeClaimed
			return false
		case CodePromised:
			status = CodePromised
		}
		return true
	})
	return status
}

// noteStatus is the code status a table's code column gives in words
// instead of a link: "Coming soon" and "TBA" promise the code; "-",
// "N/A" or "private" say nothing.
func noteStatus(note string) CodeStatus {
	n := strings.ToLower(strings.Trim(note, " .!*_"))
	if n == "tba" || n == "tbd" {
		return CodePromised
	}
	for _, p := range []string{"soon", "to be released", "will be released", "upcoming"} {
		if strings.Contains(n, p) {
			return CodePromised
		}
	}
	return CodeNone
}

// cues are fragments, found in the original text with ASCII letters in
// either case, that every phrase the sentence rules below look for holds
// (TestCuesCoverTheRules): a sentence without one cannot be a claim or a
// promise, so lower-casing and sentence splitting stay off the hot path,
// as most abstracts hold none. Each cue is found by four runs of four
// bytes inside it, one after the other, from at: one of them starts at an
// offset that is a multiple of four, so a pass that tests the runs at
// those offsets alone, against a small table, finds every cue, and seldom
// has to look closer. The runs are chosen among those prose seldom holds.
var cues = []struct {
	text string
	at   int
}{
	{"availab", 0},     // available
	{"release", 0},     // release, released
	{"-source", 0},     // open-source
	{" source", 0},     // open source
	{"nsource", 0},     // opensource
	{"publica", 0},     // publication
	{"will be", 0},     // will be
	{"will op", 0},     // will open
	{"will ma", 0},     // will make
	{"will pu", 0},     // will publish
	{"acceptance", 1},  // "ccep", "cept", "epta", "ptan": upon acceptance
	{"accessible", 3},  // "essi", "ssib", "sibl", "ible"
	{" hosted", 0},     // is hosted
	{"ng soon", 0},     // coming soon
	{"soon be", 0},     // soon be
	{"we make", 0},     // we make
	{"provide our", 2}, // "ovid", "vide", "ide ", "de o"
	{"we share", 1},    // "e sh", " sha", "shar", "hare"
	{"be found", 0},    // can be found
}

// cueRuns is how many runs of four bytes each cue is found by.
const cueRuns = 4

// cueReach is how far before a run of four bytes found in the text a cue
// holding it may start.
var cueReach = func() int {
	reach := 0
	for _, c := range cues {
		reach = max(reach, c.at+cueRuns-1)
	}
	return reach
}()

// cueQuads is the set of the cues' runs, hashed to one of 65,536 bits.
var cueQuads = func() *[1 << 10]uint64 {
	var set [1 << 10]uint64
	for _, c := range cues {
		for at := c.at; at < c.at+cueRuns; at++ {
			h := quadHash(binary.LittleEndian.Uint32([]byte(c.text[at : at+4])))
			set[h>>6] |= 1 << (h & 63)
		}
	}
	return &set
}()

// quadHash hashes four bytes (little-endian) to 16 bits.
func quadHash(q uint32) uint32 { return q * 0x9e3779b1 >> 16 }

// foldCase maps the ASCII capitals in each byte of w to lower case, and may
// change other bytes too: it is for finding lower-case cues, which hold
// letters, digits, spaces and hyphens only, whose bytes it keeps.
func foldCase(w uint64) uint64 { return w | 0x2020202020202020 }

// isCueQuad reports whether the low four bytes of w, case folded, may be
// one of the cues' runs.
func isCueQuad(w uint64) bool {
	h := quadHash(uint32(w))
	return cueQuads[h>>6]&(1<<(h&63)) != 0
}

// indexCue returns where the first cue in text starts, or -1. It tests the
// runs of four bytes at offsets 0 and 4 of each eight bytes, in one eight-
// byte word, and looks closer only around a run that may be a cue's.
func indexCue(text string) int {
	i := 0
	for ; i+8 <= len(text); i += 8 {
		w := foldCase(binary.LittleEndian.Uint64([]byte(text[i : i+8])))
		if isCueQuad(w) || isCueQuad(w>>32) {
			// A cue whose run is here starts from cueReach before i to
			// i+4. One that starts earlier has a run tested before, where
			// the same look would have found it.
			if at := cueAround(text, i-cueReach, i+5); at >= 0 {
				return at
			}
		}
	}
	return cueAround(text, i-cueReach, len(text))
}

// cueAround returns the first position in text[from:to] where a cue starts
// (ASCII letters in either case), or -1.
func cueAround(text string, from, to int) int {
	for i := max(from, 0); i < to && i < len(text); i++ {
		for m := cueStarts[text[i]|0x20]; m != 0; m &= m - 1 {
			if hasPrefixFold(text[i:], cues[bits.TrailingZeros32(m)].text) {
				return i
			}
		}
	}
	return -1
}

// cueStarts holds, for each byte, the set of cues (bit i for cues[i]) that
// start with it.
var cueStarts = func() (t [256]uint32) {
	for i, c := range cues {
		t[c.text[0]] |= 1 << i
	}
	return t
}()

// hasPrefixFold reports whether s starts with the lower-case cue, ASCII
// letters in s taken in either case.
func hasPrefixFold(s, cue string) bool {
	if len(s) < len(cue) {
		return false
	}
	for i := range len(cue) {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != cue[i] {
			return false
		}
	}
	return true
}

// forEachCueSentence calls fn with each lower-cased sentence of text that
// holds a cue, until fn returns false.
func forEachCueSentence(text string, fn func(string) bool) {
	done := -1
	for done < len(text)-1 {
		i := indexCue(text[done+1:])
		if i < 0 {
			return
		}
		start, end := sentenceBounds(text, done+1+i)
		if !fn(strings.ToLower(text[start:end])) {
			return
		}
		done = end
	}
}

// sentenceBounds finds the sentence around text[at]: it ends at ". ", "? ",
// "! " or the end of the text.
func sentenceBounds(text string, at int) (int, int) {
	start := 0
	for i := at; i > 0; i-- {
		if text[i] == ' ' && isSentenceEnd(text[i-1]) {
			start = i + 1
			break
		}
	}
	end := len(text)
	for i := at; i+1 < len(text); i++ {
		if isSentenceEnd(text[i]) && (text[i+1] == ' ' || text[i+1] == '\n') {
			end = i + 1
			break
		}
	}
	return start, end
}

func isSentenceEnd(c byte) bool { return c == '.' || c == '?' || c == '!' }

// codeNouns name an implementation; availability words say it is out.
// Promises and release verbs come in two strengths: a strong one says on
// its own that something is or will be out; a weak one ("will be", "we
// make the") is common in prose and counts only beside a word that says
// what is released, or that it is.
var (
	codeNouns = []string{"code", "implementation", "software", "library", "toolkit",
		"toolbox", "package", "repository", "framework", "benchmark", "dataset", "models", "weights"}
	availability = []string{"available", "released", "open-sourced", "open sourced",
		"opensourced", "accessible", "can be found", "is hosted", "are hosted"}
	promises = []string{"will release", "will publish", "to be released", "coming soon",
		"upon acceptance", "upon publication", "after acceptance", "after publication",
		"be made available", "plan to release"}
	// weakPromises are promises when a releaseWord follows: "will be made
	// public", not "is available and will be maintained".
	weakPromises = []string{"will be", "will open", "will make", "soon be"}
	releaseWords = []string{"release", "available", "public", "open", "share", "accessib", "online", "github"}
	// releasePromises say the authors will release something, which with
	// "we will" is a promise even when no code noun says what.
	releasePromises = []string{"will release", "will open-source", "will open source", "will opensource"}
	releaseVerbs    = []string{"we release", "we open-source", "we open source", "we opensource",
		"we publicly release", "we also release", "we further release", "we also open-source",
		"we have released", "we have open-sourced", "is released", "are released", "has been released",
		"have been released", "has been open-sourced", "have been open-sourced"}
	// weakReleaseVerbs are claims beside a word for code itself: "we make
	// the following contributions" is not one.
	weakReleaseVerbs = []string{"we make our", "we make the", "we provide our", "we share our"}
	ownCode          = []string{"code", "implementation", "software", "library", "toolkit", "toolbox",
		"package", "repository"}
)

// sentenceStatus classifies one lower-cased sentence.
func sentenceStatus(s string) CodeStatus {
	code := containsAny(s, codeNouns)
	promise := containsAny(s, promises) || followedByAny(s, weakPromises, releaseWords)
	if promise && (code || strings.Contains(s, "we will") && containsAny(s, releasePromises)) {
		return CodePromised
	}
	if promise {
		return CodeNone
	}
	if containsAny(s, releaseVerbs) || containsAny(s, weakReleaseVerbs) && containsAny(s, ownCode) {
		return CodeClaimed
	}
	if code && containsAny(s, availability) && !describesOthers(s) {
		return CodeClaimed
	}
	return CodeNone
}

// describesOthers catches sentences about other people's open software
// ("open-source LLMs are widely available") rather than the paper's own.
func describesOthers(s string) bool {
	own := containsAny(s, []string{"our ", "the code", "the implementation", "the source",
		"code is", "codes are", "code and", "implementations are", "implementation is", "source code"})
	return !own
}

// followedByAny reports whether one of first occurs in s with one of then
// after it.
func followedByAny(s string, first, then []string) bool {
	for _, f := range first {
		if i := strings.Index(s, f); i >= 0 && containsAny(s[i+len(f):], then) {
			return true
		}
	}
	return false
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
