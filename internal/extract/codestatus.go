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
// abstracts contain none of them. Each is found by a four-byte anchor
// inside it (at anchor) that prose seldom holds, so that one pass over the
// text, testing each run of four bytes against a small table, finds all of
// them and seldom has to look closer.
var cues = []struct {
	text   string
	anchor int
}{
	{"vailab", 0},    // "vail"
	{"lease", 0},     // "leas"
	{"urce", 0},      // "urce"
	{"ccessib", 0},   // "cces"
	{"be found", 1},  // "e fo"
	{"ublic", 0},     // "ubli"
	{"ming soon", 3}, // "g so"
}

// cueQuads is the set of the cues' anchors, hashed to one of 65,536 bits.
var cueQuads = func() *[1 << 10]uint64 {
	var set [1 << 10]uint64
	for _, c := range cues {
		h := quadHash(binary.LittleEndian.Uint32([]byte(c.text[c.anchor:])))
		set[h>>6] |= 1 << (h & 63)
	}
	return &set
}()

// quadHash hashes four bytes (little-endian) to 16 bits.
func quadHash(q uint32) uint32 { return q * 0x9e3779b1 >> 16 }

// isCueQuad reports whether the low four bytes of w may be a cue's anchor.
func isCueQuad(w uint64) bool {
	h := quadHash(uint32(w))
	return cueQuads[h>>6]&(1<<(h&63)) != 0
}

// indexCue returns the position of the first cue in text whose anchor is
// first, or -1. It tests the five runs of four bytes that start in each
// eight-byte word at once and looks closer only when one may be an anchor.
func indexCue(text string) int {
	i := 0
	for ; i+8 <= len(text); i += 5 {
		w := binary.LittleEndian.Uint64([]byte(text[i : i+8]))
		if isCueQuad(w) || isCueQuad(w>>8) || isCueQuad(w>>16) || isCueQuad(w>>24) || isCueQuad(w>>32) {
			if at := cueAround(text, i, i+5); at >= 0 {
				return at
			}
		}
	}
	return cueAround(text, i, len(text))
}

// cueAround returns the start of the first cue whose anchor begins in
// text[from:to], or -1.
func cueAround(text string, from, to int) int {
	for i := from; i < to && i+4 <= len(text); i++ {
		if !isCueQuad(uint64(binary.LittleEndian.Uint32([]byte(text[i : i+4])))) {
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
