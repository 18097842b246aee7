package graph

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/linkgraph/linkgraph/internal/extract"
)

// termWeight is one term of a document's TF-IDF vector.
type termWeight struct {
	term int32
	w    float32
}

// posting is one document in a term's posting list.
type posting struct {
	doc int32
	w   float32
}

// textIndex holds L2-normalised TF-IDF vectors of titles and abstracts and
// an inverted index over them.
type textIndex struct {
	terms    []string            // term id -> term
	vecs     [][]termWeight      // doc -> vector, sorted by term id
	postings map[int32][]posting // term -> documents, heaviest first
}

// maxPostingsPerTerm bounds how many documents a term's posting list keeps
// (the heaviest): a term shared by more documents says little about any
// pair of them, and the bound keeps a query's cost independent of corpus size.
const maxPostingsPerTerm = 2000

// newTextIndex builds the index over texts, one per document.
func newTextIndex(texts []string) *textIndex {
	ix := &textIndex{postings: map[int32][]posting{}}
	ids := map[string]int32{}
	counts := make([]map[int32]int, len(texts))
	df := []int{}
	for d, text := range texts {
		c := map[int32]int{}
		forEachToken(text, func(tok string) {
			id, ok := ids[tok]
			if !ok {
				id = int32(len(ix.terms))
				ids[tok] = id
				ix.terms = append(ix.terms, tok)
				df = append(df, 0)
			}
			if c[id] == 0 {
				df[id]++
			}
			c[id]++
		})
		counts[d] = c
	}
	n := float64(len(texts))
	ix.vecs = make([][]termWeight, len(texts))
	for d, c := range counts {
		vec := make([]termWeight, 0, len(c))
		var norm float64
		for id, tf := range c {
			idf := math.Log(n / float64(df[id]))
			w := (1 + math.Log(float64(tf))) * idf
			if w <= 0 {
				continue
			}
			vec = append(vec, termWeight{id, float32(w)})
			norm += w * w
		}
		norm = math.Sqrt(norm)
		for i := range vec {
			vec[i].w = float32(float64(vec[i].w) / norm)
		}
		slices.SortFunc(vec, func(a, b termWeight) int { return int(a.term - b.term) })
		ix.vecs[d] = vec
		for _, tw := range vec {
			if df[tw.term] >= 2 {
				ix.postings[tw.term] = append(ix.postings[tw.term], posting{int32(d), tw.w})
			}
		}
		counts[d] = nil
	}
	for t, ps := range ix.postings {
		slices.SortFunc(ps, func(a, b posting) int {
			switch {
			case a.w > b.w:
				return -1
			case a.w < b.w:
				return 1
			}
			return int(a.doc - b.doc)
		})
		if len(ps) > maxPostingsPerTerm {
			ix.postings[t] = ps[:maxPostingsPerTerm:maxPostingsPerTerm]
		}
	}
	return ix
}

// cosine is the exact cosine similarity of two documents.
func (ix *textIndex) cosine(a, b int) float64 {
	va, vb := ix.vecs[a], ix.vecs[b]
	var s float64
	for i, j := 0, 0; i < len(va) && j < len(vb); {
		switch {
		case va[i].term < vb[j].term:
			i++
		case va[i].term > vb[j].term:
			j++
		default:
			s += float64(va[i].w) * float64(vb[j].w)
			i++
			j++
		}
	}
	return s
}

// sharedTerms names the terms that contribute most to the similarity of a
// and b, at most n of them.
func (ix *textIndex) sharedTerms(a, b, n int) []string {
	va, vb := ix.vecs[a], ix.vecs[b]
	type contrib struct {
		term string
		w    float64
	}
	var cs []contrib
	for i, j := 0, 0; i < len(va) && j < len(vb); {
		switch {
		case va[i].term < vb[j].term:
			i++
		case va[i].term > vb[j].term:
			j++
		default:
			cs = append(cs, contrib{ix.terms[va[i].term], float64(va[i].w) * float64(vb[j].w)})
			i++
			j++
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].w != cs[j].w {
			return cs[i].w > cs[j].w
		}
		return cs[i].term < cs[j].term
	})
	var out []string
	for _, c := range cs {
		if len(out) == n {
			break
		}
		out = append(out, c.term)
	}
	return out
}

// candidates returns documents that share weighty terms with doc d, with
// their approximate scores: the query uses d's heaviest queryTerms terms.
func (ix *textIndex) candidates(d, queryTerms int, acc map[int32]float64) {
	vec := append([]termWeight(nil), ix.vecs[d]...)
	sort.Slice(vec, func(i, j int) bool {
		if vec[i].w != vec[j].w {
			return vec[i].w > vec[j].w
		}
		return vec[i].term < vec[j].term
	})
	if queryTerms > 0 && len(vec) > queryTerms {
		vec = vec[:queryTerms]
	}
	for _, tw := range vec {
		for _, p := range ix.postings[tw.term] {
			if int(p.doc) != d {
				acc[p.doc] += float64(tw.w) * float64(p.w)
			}
		}
	}
}

// forEachToken calls fn with each indexable word of text: lower-cased,
// light-stemmed, not a stop word, not a number, with links removed.
func forEachToken(text string, fn func(string)) {
	text = withoutLinks(text)
	start := -1
	for i := 0; i <= len(text); {
		var isWord bool
		size := 1
		switch {
		case i == len(text):
		case text[i] < utf8.RuneSelf:
			isWord = asciiWord[text[i]]
		default:
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			isWord = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if isWord && start < 0 {
			start = i
		}
		if !isWord && start >= 0 {
			if tok, ok := indexable(text[start:i]); ok {
				fn(tok)
			}
			start = -1
		}
		i += size
	}
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// withoutLinks blanks out the links in text, so that URLs do not make two
// papers look alike.
func withoutLinks(text string) string {
	spans := extract.ScanLinks(text)
	if len(spans) == 0 {
		return text
	}
	var b strings.Builder
	last := 0
	for _, s := range spans {
		b.WriteString(text[last:s.Start])
		b.WriteByte(' ')
		last = s.Start + len(s.Raw)
	}
	b.WriteString(text[last:])
	return b.String()
}

// indexable turns a word into a term, or reports false for words that say
// nothing about a paper's subject.
func indexable(word string) (string, bool) {
	if len(word) < 3 {
		return "", false
	}
	w := lowerASCII(word)
	if isNumber(w) {
		return "", false
	}
	if _, stop := stopWords[w]; stop {
		return "", false
	}
	w = stem(w)
	if _, stop := stopWords[w]; stop {
		return "", false
	}
	return w, true
}

// lowerASCII lower-cases a word, without allocating when it is lower-case
// already, the common case.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// stem strips plural endings: "networks" -> "network", "studies" -> "study".
func stem(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}
