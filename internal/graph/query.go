package graph

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/linkgraph/linkgraph/internal/extract"
)

// ErrNoMatch and ErrAmbiguous are what Find returns for a query that names
// no paper or several.
var (
	ErrNoMatch   = errors.New("no paper matches")
	ErrAmbiguous = errors.New("several papers match")
)

// AmbiguousError lists the papers an ambiguous query matched.
type AmbiguousError struct {
	Query      string
	Candidates []*extract.Entry // the first matches, at most ten
	Total      int              // how many papers matched
}

func (e *AmbiguousError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q matches %d papers; say which:", e.Query, e.Total)
	for _, c := range e.Candidates {
		fmt.Fprintf(&b, "\n  %s  %s", c.ID, c.Title)
	}
	if more := e.Total - len(e.Candidates); more > 0 {
		fmt.Fprintf(&b, "\n  (and %d more)", more)
	}
	return b.String()
}

func (e *AmbiguousError) Unwrap() error { return ErrAmbiguous }

// maxCandidates bounds how many candidates an AmbiguousError lists.
const maxCandidates = 10

// Find resolves a query to one paper: an id, a repository URL (the paper
// that links it), any other link a paper has (its arXiv page, any
// version, or its PDF; its OpenReview page), or a part of a title, in any
// case and punctuation ("whos harry potter approximate" finds "Who’s Harry
// Potter? Approximate ..."). An exact id or title wins over partial
// matches.
func (ix *Index) Find(query string) (int, error) {
	q := strings.TrimSpace(query)
	if q == "" {
		return 0, fmt.Errorf("%w: empty query", ErrNoMatch)
	}
	for i, e := range ix.Papers {
		if e.ID == q {
			return i, nil
		}
	}
	if l, ok := extract.Normalize(q); ok && l.Kind == extract.KindCode {
		if r := ix.repos[l.RepoKey()]; r != nil {
			return ix.pick(q, r.Papers)
		}
		return 0, fmt.Errorf("%w %q: no paper links that repository", ErrNoMatch, q)
	} else if ok {
		if ps := ix.linking(l); len(ps) > 0 {
			return ix.pick(q, ps)
		}
		return 0, fmt.Errorf("%w %q: no paper links that address", ErrNoMatch, q)
	}
	var exact, partial []int
	add := func(i int, equal, contains bool) {
		switch {
		case equal:
			exact = append(exact, i)
		case contains:
			partial = append(partial, i)
		}
	}
	if key := appendTitleFold(nil, q); len(key) > 0 {
		var buf []byte
		for i, e := range ix.Papers {
			buf = appendTitleFold(buf[:0], e.Title)
			add(i, bytes.Equal(buf, key), bytes.Contains(buf, key))
		}
	} else { // a query of punctuation alone, matched as it is
		lower := strings.ToLower(q)
		for i, e := range ix.Papers {
			t := strings.ToLower(e.Title)
			add(i, t == lower, strings.Contains(t, lower))
		}
	}
	if len(exact) > 0 {
		return ix.pick(q, exact)
	}
	if len(partial) > 0 {
		return ix.pick(q, partial)
	}
	return ix.findWords(q)
}

// findWords resolves a query no title holds as it is by its words: the
// papers whose titles have every word of it, in any order, each whole or
// as the start of a title's word ("sparsity unlearning model" finds
// "Model Sparsity Can Simplify Machine Unlearning"). When none has, the
// error names the titles that share the most of its words of four letters
// or more, whole words first, then by their first five letters ("sparse"
// and "sparsity"), so that a query mistyped or half-remembered still
// leads somewhere.
func (ix *Index) findWords(q string) (int, error) {
	words := strings.Fields(string(appendTitleFold(nil, q)))
	if len(words) == 0 {
		return ix.pick(q, nil)
	}
	var all []int
	type near struct{ paper, score int }
	var nearest []near
	var buf []byte
	for i, e := range ix.Papers {
		buf = appendTitleFold(buf[:0], e.Title)
		title := strings.Fields(string(buf))
		found, score := 0, 0 // words found at a title word's start; the nearness score
		for _, w := range words {
			prefix := slices.ContainsFunc(title, func(t string) bool { return strings.HasPrefix(t, w) })
			if prefix {
				found++
			}
			if utf8.RuneCountInString(w) >= 4 && slices.ContainsFunc(title, func(t string) bool { return sameStem(t, w) }) {
				score++ // "quantum" and "quantization"
				if prefix {
					score++ // "quantum" itself counts more
				}
			}
		}
		if found == len(words) {
			all = append(all, i)
		}
		if score > 0 {
			nearest = append(nearest, near{i, score})
		}
	}
	if len(all) > 0 {
		return ix.pick(q, all)
	}
	slices.SortStableFunc(nearest, func(a, b near) int { return b.score - a.score })
	nm := &NoMatchError{Query: q}
	for _, n := range nearest[:min(len(nearest), maxSuggestions)] {
		nm.Suggestions = append(nm.Suggestions, ix.Papers[n.paper])
	}
	return 0, nm
}

// sameStem reports whether two folded words start alike: the same first
// five bytes, or, for words shorter than that, the same word.
func sameStem(a, b string) bool {
	n := min(len(a), len(b), 5)
	return a[:n] == b[:n] && (n == 5 || len(a) == len(b))
}

// maxSuggestions bounds how many titles a NoMatchError names.
const maxSuggestions = 5

// NoMatchError is a query that names no paper, with the titles nearest it.
type NoMatchError struct {
	Query       string
	Suggestions []*extract.Entry // the titles that share most of its words; may be none
}

func (e *NoMatchError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%v %q", ErrNoMatch, e.Query)
	if len(e.Suggestions) > 0 {
		b.WriteString("; the nearest titles:")
	}
	for _, c := range e.Suggestions {
		fmt.Fprintf(&b, "\n  %s  %s", c.ID, c.Title)
	}
	return b.String()
}

func (e *NoMatchError) Unwrap() error { return ErrNoMatch }

// linking returns the papers that have link l: by arXiv id for an arXiv
// link, else by canonical URL and path.
func (ix *Index) linking(l extract.Link) []int {
	id := extract.ArxivID(l)
	var out []int
	for i, e := range ix.Papers {
		if id != "" && e.ArxivID == id {
			out = append(out, i)
			continue
		}
		for _, m := range e.Links {
			if id != "" && extract.ArxivID(m) == id || id == "" && strings.EqualFold(m.URL, l.URL) && m.Path == l.Path {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

func (ix *Index) pick(q string, matches []int) (int, error) {
	switch len(matches) {
	case 0:
		return 0, fmt.Errorf("%w %q", ErrNoMatch, q)
	case 1:
		return matches[0], nil
	}
	amb := &AmbiguousError{Query: q, Total: len(matches)}
	for _, m := range matches {
		if len(amb.Candidates) == maxCandidates {
			break
		}
		amb.Candidates = append(amb.Candidates, ix.Papers[m])
	}
	return 0, amb
}

// appendTitleFold appends the form of title s a query is matched in:
// letters and digits in lower case, apostrophes dropped ("who’s" is
// "whos"), each run of spaces and punctuation one space, none at the
// ends; other symbols are kept, and '#', so that "C++" and "C#" are not
// "c".
func appendTitleFold(buf []byte, s string) []byte {
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		if c < utf8.RuneSelf {
			i++
			switch f := asciiFold[c]; f {
			case foldDrop:
				continue
			case foldSpace:
				space = true
				continue
			default:
				c = f
			}
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			i += size
			switch {
			case r == '’' || r == '‘':
				continue
			case unicode.IsSpace(r) || unicode.IsPunct(r):
				space = true
				continue
			}
		}
		if space && len(buf) > 0 {
			buf = append(buf, ' ')
		}
		space = false
		if r == 0 {
			buf = append(buf, c)
		} else {
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	return buf
}

const (
	foldDrop  = 0    // an apostrophe
	foldSpace = 0xff // space, a control character or punctuation
)

// asciiFold is what appendTitleFold makes of each ASCII byte: foldDrop,
// foldSpace, or the byte itself, lower-cased.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c == '\'':
			t[c] = foldDrop
		case c <= ' ' || c == 0x7f || unicode.IsPunct(rune(c)) && c != '#':
			t[c] = foldSpace
		default:
			t[c] = byte(unicode.ToLower(rune(c)))
		}
	}
	return t
}()
