package extract

import (
	"encoding/binary"
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

// cues are fragments, found case-sensitively in the original text, that
// start every claim or promise the sentence rules below can recognise. They
// keep the lower-casing and sentence splitting off the hot path: most
// abstracts contain none of them. Each is found by a two-byte anchor inside
// it (at anchor), one that prose seldom holds, so that one pass over the
// text, testing each pair of bytes against a small table, finds all of them.
var cues = []struct {
	text   string
	anchor int
}{
	{"vailab", 4}, // "ab"
	{"lease", 1},  // "ea"
	{"urce", 1},   // "rc"
	{"ccessib", 0},
	{"be found", 0},
	{"ublic", 0},
	{"ming soon", 6}, // "oo"
}

// cuePairs is the set of the cues' anchors, one bit per pair of bytes.
var cuePairs = func() *[1 << 10]uint64 {
	var set [1 << 10]uint64
	for _, c := range cues {
		p := uint16(c.text[c.anchor]) | uint16(c.text[c.anchor+1])<<8
		set[p>>6] |= 1 << (p & 63)
	}
	return &set
}()

func isCuePair(p uint64) bool {
	p &= 0xffff
	return cuePairs[p>>6]&(1<<(p&63)) != 0
}

// indexCue returns the position of the first cue in text whose anchor is
// first, or -1. It tests the seven pairs of each eight-byte word at once
// and looks closer only when one is an anchor.
func indexCue(text string) int {
	i := 0
	for ; i+8 <= len(text); i += 7 {
		w := binary.LittleEndian.Uint64([]byte(text[i : i+8]))
		if isCuePair(w) || isCuePair(w>>8) || isCuePair(w>>16) || isCuePair(w>>24) ||
			isCuePair(w>>32) || isCuePair(w>>40) || isCuePair(w>>48) {
			if at := cueAround(text, i, i+7); at >= 0 {
				return at
			}
		}
	}
	return cueAround(text, i, len(text))
}

// cueAround returns the start of the first cue whose anchor begins in
// text[from:to], or -1.
func cueAround(text string, from, to int) int {
	for i := from; i < to && i+1 < len(text); i++ {
		if !isCuePair(uint64(text[i]) | uint64(text[i+1])<<8) {
			continue
		}
		for _, c := range cues {
			start := i - c.anchor
			if start >= 0 && strings.HasPrefix(text[start:], c.text) {
				return start
			}
		}
	}
	return -1
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
var (
	codeNouns = []string{"code", "implementation", "software", "library", "toolkit",
		"toolbox", "package", "repository", "framework", "benchmark", "dataset", "models", "weights"}
	availability = []string{"available", "released", "open-sourced", "open sourced",
		"opensourced", "accessible", "can be found", "is hosted", "are hosted"}
	promises = []string{"will be", "will release", "will open", "will make", "will publish",
		"to be released", "coming soon", "upon acceptance", "upon publication", "after acceptance",
		"after publication", "be made available", "plan to release", "soon be"}
	releaseVerbs = []string{"we release", "we open-source", "we open source", "we opensource",
		"we publicly release", "we make our", "we make the", "we provide our", "we share our",
		"we also release", "we further release", "we also open-source", "we have released",
		"we have open-sourced", "is released", "are released", "has been released", "have been released",
		"has been open-sourced", "have been open-sourced"}
)

// sentenceStatus classifies one lower-cased sentence.
func sentenceStatus(s string) CodeStatus {
	code := containsAny(s, codeNouns)
	promise := containsAny(s, promises)
	if promise && (code || strings.Contains(s, "we will")) {
		return CodePromised
	}
	if promise {
		return CodeNone
	}
	if containsAny(s, releaseVerbs) {
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

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
