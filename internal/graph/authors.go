package graph

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// authorIndex knows who wrote which papers, for the listings that name
// authors.
type authorIndex struct {
	papers map[string][]int // author key -> papers, ascending
	name   map[string]string
	keys   [][]string // paper -> its authors' keys, in its order, each once
}

// indexAuthors makes the author index, once.
func (ix *Index) indexAuthors() {
	ix.authorsOnce.Do(func() {
		ai := &authorIndex{papers: map[string][]int{}, name: map[string]string{}, keys: make([][]string, len(ix.Papers))}
		for p, e := range ix.Papers {
			for _, name := range e.AuthorNames {
				k := authorKey(name)
				if k == "" || slices.Contains(ai.keys[p], k) {
					continue
				}
				ai.keys[p] = append(ai.keys[p], k)
				ai.papers[k] = append(ai.papers[k], p)
				if _, ok := ai.name[k]; !ok {
					ai.name[k] = name
				}
			}
		}
		ix.authors = ai
	})
}

// authorKey is a name's identity: its letters and digits, lower-cased,
// words parted by one space ("Sijia  Liu", "sijia liu." and "SIJIA LIU"
// are one author; "S. Liu" is another). A name of one word, as "Fan et
// al." gives, is no identity: "".
func authorKey(name string) string {
	var b strings.Builder
	space := false
	for _, r := range name {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsSpace(r) || r == '.' || r == '-':
			space = true
		}
	}
	if !strings.Contains(b.String(), " ") {
		return ""
	}
	return b.String()
}

// sharedAuthorStrength is the strength of two papers' having the authors
// with these numbers of papers in common: each author adds 1/ln(1+n), in
// the manner of Adamic and Adar, so that a prolific author ties less; 0.45
// for one author of two papers, at most 0.85.
func sharedAuthorStrength(papersOf []int) float64 {
	sum := 0.0
	for _, n := range papersOf {
		sum += 1 / math.Log(float64(1+n))
	}
	return math.Min(0.85, 0.5*sum)
}

// coauthors calls fn with each paper that shares an author with paper q,
// in paper order, and the keys of the authors they share, in q's order;
// authors with more than maxPapers papers are passed over.
func (ix *Index) coauthors(q, maxPapers int, fn func(p int, shared []string)) {
	ix.indexAuthors()
	ai := ix.authors
	if len(ai.keys[q]) == 0 {
		return
	}
	byPaper := map[int][]string{}
	for _, k := range ai.keys[q] {
		ps := ai.papers[k]
		if maxPapers > 0 && len(ps) > maxPapers {
			continue
		}
		for _, p := range ps {
			if p != q {
				byPaper[p] = append(byPaper[p], k)
			}
		}
	}
	ps := make([]int, 0, len(byPaper))
	for p := range byPaper {
		ps = append(ps, p)
	}
	sort.Ints(ps)
	for _, p := range ps {
		fn(p, byPaper[p])
	}
}

// sharedAuthorReason says which authors two papers share and how much
// that ties them.
func (ix *Index) sharedAuthorReason(shared []string) (float64, string) {
	ai := ix.authors
	counts := make([]int, len(shared))
	names := make([]string, 0, min(len(shared), 3))
	for i, k := range shared {
		counts[i] = len(ai.papers[k])
		if i < 3 {
			names = append(names, ai.name[k])
		}
	}
	detail := "both by " + strings.Join(names, ", ")
	if len(shared) > 3 {
		detail += fmt.Sprintf(" and %d more", len(shared)-3)
	}
	return sharedAuthorStrength(counts), detail
}

// maxRelatedAuthorPapers bounds the authors whose papers related lists as
// sharing them: one of more papers ties each of them by less than 0.11,
// and would bury the query's real neighbours under hundreds of ties.
const maxRelatedAuthorPapers = 100

// authorReasons finds the papers that share an author with q.
func (ix *Index) authorReasons(q int, add func(int, Reason)) {
	ix.coauthors(q, maxRelatedAuthorPapers, func(p int, shared []string) {
		w, detail := ix.sharedAuthorReason(shared)
		add(p, Reason{Kind: KindSharedAuthor, Weight: w, Detail: detail})
	})
}

// authorEdges joins each pair of papers that share an author, but for
// authors of more than opts.MaxAuthorClique papers, whose papers would
// make a knot of edges that says little.
func (ix *Index) authorEdges(gr *Graph, opts Options) {
	for q := range ix.Papers {
		ix.coauthors(q, opts.MaxAuthorClique, func(p int, shared []string) {
			if p > q {
				w, detail := ix.sharedAuthorReason(shared)
				gr.addEdge(ix.pairEdge(q, p, KindSharedAuthor, w, detail))
			}
		})
	}
}
