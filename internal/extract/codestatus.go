package extract

import "strings"

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
// abstracts contain none of them. Each begins with a rare letter, since a
// substring search runs at the pace of its first byte's matches.
var cues = []string{"vailab", "lease", "urce", "ccessib", "be found", "ublic", "ming soon"}

// forEachCueSentence calls fn with each lower-cased sentence of text that
// holds a cue, until fn returns false.
func forEachCueSentence(text string, fn func(string) bool) {
	done := -1
	for {
		at := -1
		for _, c := range cues {
			if i := strings.Index(text[done+1:], c); i >= 0 && (at < 0 || done+1+i < at) {
				at = done + 1 + i
			}
		}
		if at < 0 {
			return
		}
		start, end := sentenceBounds(text, at)
		if !fn(strings.ToLower(text[start:end])) {
			return
		}
		done = end
		if done >= len(text)-1 {
			return
		}
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
