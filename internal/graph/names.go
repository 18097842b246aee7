package graph

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// methodName is a name a paper gives its own method, and how it was found.
type methodName struct {
	name string
	from string // "title" or "abstract"
}

// methodNames finds the names a paper gives its method: the prefix of its
// title before a colon ("ZO2: Scalable ...") when it is a name of at most
// three words, and acronyms or names its abstract defines in its own voice
// ("we propose ... Inference Machines (CIRIM)", "our method discovers ...
// Lion (EvoLved Sign Momentum)").
func methodNames(title, abstract string) []methodName {
	var out []methodName
	seen := map[string]bool{}
	add := func(name, from string) {
		if acceptableName(name) && !seen[name] {
			seen[name] = true
			out = append(out, methodName{name, from})
		}
	}
	if prefix, _, ok := strings.Cut(title, ":"); ok {
		prefix = strings.TrimSpace(prefix)
		if words := strings.Fields(prefix); len(words) >= 1 && len(words) <= 3 && hasNameShape(prefix) && !slices.ContainsFunc(words, isFunctionWord) {
			add(prefix, "title")
		}
	}
	// Definitions need parentheses, which most sentences lack.
	forEachSentenceWith(abstract, '(', func(sentence string) {
		if !ownVoice(sentence) {
			return
		}
		for _, d := range definitions(sentence) {
			add(d, "abstract")
		}
	})
	return out
}

// isFunctionWord reports whether w joins a phrase rather than naming:
// "Unlearning in LLMs: ..." is a topic, not a method.
func isFunctionWord(w string) bool {
	_, ok := functionWords[w]
	return ok
}

var functionWords = wordSet(`a an and as at by for from in into is of on or the to via vs with without`)

// hasNameShape reports whether a title prefix reads as a method's name: it
// has a capital inside a word or a digit ("ZO2", "LOOPer", "GaLore"), or it
// is one word.
func hasNameShape(s string) bool {
	words := strings.Fields(s)
	if len(words) == 1 {
		return true
	}
	for _, w := range words {
		prev := ' '
		for i, r := range w {
			// A capital after a hyphen is title case ("Few-Shot"), not a name.
			if i > 0 && unicode.IsUpper(r) && prev != '-' || unicode.IsDigit(r) {
				return true
			}
			prev = r
		}
	}
	return false
}

// definitions finds "Long Form (SHORT)" and "Name (Long Form)" in a
// sentence, where the short form's letters can be read, in order, from the
// long form starting at a word or a capital.
func definitions(s string) []string {
	var out []string
	for i := 0; i < len(s); i++ {
		if s[i] != '(' {
			continue
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			break
		}
		inside := cleanLatex(strings.TrimSpace(s[i+1 : i+j]))
		before := strings.TrimRight(s[:i], " ")
		if short := inside; isShortForm(short) {
			words := strings.Fields(before)
			if n := longFormWords(short, words); n > 0 {
				out = append(out, short)
			}
		} else if words := strings.Fields(inside); len(words) >= 2 {
			if k := strings.LastIndexAny(before, " ,;"); k >= 0 || before != "" {
				short := strings.TrimSpace(before[k+1:])
				short = strings.Trim(short, "\"'“”")
				if isShortForm(short) && longFormWords(short, words) > 0 {
					out = append(out, short)
				}
			}
		}
		i += j
	}
	return out
}

// cleanLatex drops LaTeX commands and braces: "Evo\textbf{Lved}" -> "EvoLved".
func cleanLatex(s string) string {
	if !strings.ContainsAny(s, `\{}`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\':
			for i+1 < len(s) && (s[i+1] >= 'a' && s[i+1] <= 'z' || s[i+1] >= 'A' && s[i+1] <= 'Z') {
				i++
			}
		case c == '{' || c == '}':
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// isShortForm reports whether s can be a method's short name: one token of
// 2 to 20 characters, starting with a letter, with a capital after its
// first letter or a digit ("CIRIM", "ZO2", "M-FAC") or a capitalised word.
func isShortForm(s string) bool {
	if len(s) < 2 || len(s) > 20 || strings.ContainsAny(s, " \t") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// longFormWords reports how many of the words before "(" form the long
// form of short, or 0 when its letters cannot be matched: each letter of
// short is found in order, the first at the start of a word or at a
// capital letter inside one. A variant of Schwartz and Hearst's algorithm.
func longFormWords(short string, words []string) int {
	letters := []rune(strings.ToLower(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, short)))
	if len(letters) == 0 || len(words) == 0 {
		return 0
	}
	maxWords := min(len(words), len(letters)+5)
	for n := 1; n <= maxWords; n++ {
		long := words[len(words)-n:]
		if matchesLong(letters, long) {
			return n
		}
	}
	return 0
}

// matchesLong tries to read letters from the words of long in order, with
// the first letter at the start of long's first word, and every word of
// long contributing at least... none necessarily but the first.
func matchesLong(letters []rune, long []string) bool {
	text := []rune(strings.Join(long, " "))
	// The first letter must start the first word or be a capital in it.
	first := -1
	for i, r := range text {
		if r == ' ' {
			break
		}
		if unicode.ToLower(r) == letters[0] && (i == 0 || unicode.IsUpper(r)) {
			first = i
			break
		}
	}
	if first < 0 {
		return false
	}
	pos := first + 1
	for _, l := range letters[1:] {
		found := false
		for pos < len(text) {
			r := text[pos]
			pos++
			if unicode.ToLower(r) == l {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	// Every word after the first must be reached, so "Cascades of X" does
	// not define a one-letter name of its first word.
	lastWordStart := strings.LastIndexByte(string(text), ' ')
	return lastWordStart < 0 || pos > len([]rune(string(text)[:lastWordStart]))
}

// ownVoice reports whether a sentence speaks of the paper's own work.
func ownVoice(s string) bool {
	l := strings.ToLower(s)
	for _, w := range []string{"we ", "our ", "this paper", "this work", "called", "named", "dubbed", "termed", "coined", "here,"} {
		if strings.HasPrefix(l, w) || strings.Contains(l, " "+w) {
			return true
		}
	}
	return false
}

// forEachSentenceWith calls fn with each sentence of text that holds the
// byte c. A sentence ends at a full stop, question or exclamation mark
// followed by a space, a line break or the end of the text. Only the
// sentences around each c are looked at: an abstract without one is
// searched for it, quickly, and not read sentence by sentence.
func forEachSentenceWith(text string, c byte, fn func(string)) {
	from := 0 // where a sentence starts, at or before the next c
	for {
		j := strings.IndexByte(text[from:], c)
		if j < 0 {
			return
		}
		at := from + j
		start := from
		for i := at - 1; i >= from; i-- {
			if sentenceEnds(text, i) {
				start = i + 1
				break
			}
		}
		end := len(text)
		for i := at; i < len(text); i++ {
			if sentenceEnds(text, i) {
				end = i + 1
				break
			}
		}
		fn(text[start:end])
		from = end
	}
}

// sentenceEnds reports whether text[i] ends a sentence.
func sentenceEnds(text string, i int) bool {
	switch text[i] {
	case '.', '?', '!':
		return i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n'
	}
	return false
}

// commonNames are acronyms and words that many papers define or use for
// things that are not one paper's method.
var commonNames = wordSet(`LLM LLMs DNN DNNs CNN CNNs RNN RNNs GNN GNNs NLP GPU GPUs CPU CPUs SGD MLP MLPs RL ML AI
MRI HPO SOTA API APIs ViT ViTs BERT GPT Adam LoRA PEFT MoE RLHF DPO VAE VAEs GAN GANs KL MSE IID OOD QA MU UD DC MS
LP MIP QUBO ADMM PPL PPLs NAS DAG DAGs FLOPs ODE ODEs PDE PDEs ERM NTK TSP MIS ISTA IHT DFO BLO OMD SAM PCA SVM
KKT MDP MDPs POMDP MCMC EM GD PGD IHVP IHVPs CCG MILP NLL ELBO The This Our We In A An Deep Neural Learning
Large Language Model Models Network Networks Data Machine Towards Toward On Learning Optimization Adaptive Efficient
Scalable Robust Fast Simple General Neural Unified SoK Survey Position Review Tutorial Perspective Erratum
Retracted Editorial Commentary Keynote`)

// acceptableName rejects names too short or too common to tell one method.
func acceptableName(name string) bool {
	if utf8.RuneCountInString(name) < 3 {
		return false
	}
	if _, common := commonNames[name]; common {
		return false
	}
	hasUpper := false
	for _, r := range name {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			hasUpper = true
		}
	}
	return hasUpper
}

// nameIndex finds, in a text, the method names of other papers.
type nameIndex struct {
	owners map[string][]int // name -> papers that define it
	first  map[string][]string
	starts [256]bool // the first bytes of first's keys: most words start with none of them
}

// mention is one paper naming another's method.
type mention struct {
	from, to int
	name     string
}

func newNameIndex() *nameIndex {
	return &nameIndex{owners: map[string][]int{}, first: map[string][]string{}}
}

func (ni *nameIndex) add(name string, paper int) {
	if _, ok := ni.owners[name]; !ok {
		first := strings.Fields(name)[0]
		ni.first[first] = append(ni.first[first], name)
		ni.starts[first[0]] = true
	}
	ni.owners[name] = append(ni.owners[name], paper)
}

// find calls fn with each known name standing in text as whole words,
// case-sensitively. A capitalised ordinary-looking name ("Lion", "Root")
// does not count at the start of a sentence, where any word is capitalised.
func (ni *nameIndex) find(text string, fn func(name string)) {
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isNameRune(r) {
			i += size
			continue
		}
		j := i
		for j < len(text) {
			if c := text[j]; c < utf8.RuneSelf { // most text is ASCII
				if !asciiName[c] {
					break
				}
				j++
				continue
			}
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if !isNameRune(r2) {
				break
			}
			j += s2
		}
		word := strings.TrimRight(text[i:j], "-")
		if word == "" || !ni.starts[word[0]] {
			i = j
			continue
		}
		for _, name := range ni.first[word] {
			if strings.HasPrefix(text[i:], name) && wordEnds(text, i+len(name)) {
				if titleCaseWord(name) && sentenceStart(text, i) {
					continue
				}
				fn(name)
			}
		}
		i = j
	}
}

func isNameRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiName[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// asciiName marks the ASCII runes isNameRune takes: letters, digits, '-'
// and '_'.
var asciiName = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
	}
	return t
}()

func wordEnds(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return !isNameRune(r) || r == '-' && (i+1 >= len(text) || !isNameRune(rune(text[i+1])))
}

// titleCaseWord reports whether name is one word capitalised like an
// ordinary word at a sentence's start: "Lion", not "LOOPer" or "ZO2".
func titleCaseWord(name string) bool {
	for i, r := range name {
		if i > 0 && (unicode.IsUpper(r) || unicode.IsDigit(r) || r == ' ') {
			return false
		}
	}
	return true
}

// sentenceStart reports whether text[i] begins a sentence.
func sentenceStart(text string, i int) bool {
	j := i - 1
	for j >= 0 && (text[j] == ' ' || text[j] == '\n' || text[j] == '"' || text[j] == '(') {
		j--
	}
	return j < 0 || text[j] == '.' || text[j] == '?' || text[j] == '!' || text[j] == ':'
}

// sortedNames returns the names in a set, sorted.
func sortedNames(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
