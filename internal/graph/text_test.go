package graph

import (
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// termsOf returns the terms forEach finds in text, each with its hash.
func termsOf(forEach func(string, func([]byte, uint64)), text string) []string {
	var out []string
	forEach(text, func(term []byte, h uint64) {
		if h != hashTerm(term) {
			out = append(out, "WRONG HASH "+string(term))
		}
		out = append(out, string(term))
	})
	return out
}

func TestForEachTermMatchesReference(t *testing.T) {
	texts := []string{
		"", "ab", "abc", "ABC", "123", "1234 x1y2 2024b", "Studies of Networks, MRI and ÉTUDES",
		"naïve Müller's bias", "Ünicode at the start, ünicode", "word…word — word· x",
		"ties dies studies lies pies bus ass is this its ses", "NETWORKS STUDIES",
		strings.Repeat("a", 63) + " " + strings.Repeat("b", 64) + " " + strings.Repeat("C", 65) + "S",
		strings.Repeat("9", 80) + " " + strings.Repeat("x", 200) + "ies",
		"bad \xff\xfe bytes\xc3 end\xc3", "links https://github.com/a/b. and www.example.com/x here",
		"日本語のテキスト and 中文 words", "ǅemal ﬁnding", "x\u00a0non\u2009breaking",
		"Fine-tuning PRE-TRAINED non-iid self-Ünicode re-x low-rank pre-ﬁnding hyper-parameters-free a-b-c " + strings.Repeat("z", 60) + " multi-" + strings.Repeat("y", 70),
	}
	files, _ := filepath.Glob("../../testdata/*.txt")
	corpus, _ := filepath.Glob("../../testdata/corpus/*.md")
	for _, f := range append(files, corpus...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	if len(texts) < 22 {
		t.Fatalf("found %d texts; the listings in testdata are missing", len(texts))
	}
	for _, text := range texts {
		got, want := termsOf(new(termReader).forEachTerm, text), termsOf(forEachTermReference, text)
		if !slices.Equal(got, want) {
			t.Errorf("terms of %.40q:\n got %q\nwant %q", text, got[:min(len(got), 20)], want[:min(len(want), 20)])
		}
	}
}

func FuzzForEachTerm(f *testing.F) {
	for _, s := range []string{"Studies of Networks", "naïve Müller's", "ab\xffcd", "ties ÉTUDES 2024", strings.Repeat("Z", 70) + "s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, want := termsOf(new(termReader).forEachTerm, text), termsOf(forEachTermReference, text)
		if !slices.Equal(got, want) {
			t.Fatalf("terms of %q: got %q, want %q", text, got, want)
		}
	})
}

// forEachTermReference is forEachTerm as it was before it hashed words as
// it read them: lower-case, then hash, then stem and hash again.
func forEachTermReference(text string, fn func(term []byte, h uint64)) {
	text = withoutLinks(text)
	var buf [64]byte
	n := len(text)
	for i := 0; i < n; {
		// Skip what is not a word.
		for i < n && text[i] < utf8.RuneSelf && !asciiWord[text[i]] {
			i++
		}
		start, part := i, i
		ascii := true
		for i < n {
			c := text[i]
			if c < utf8.RuneSelf {
				if !asciiWord[c] {
					if !joinsNext(text, part, i) {
						break
					}
					part = i + 1
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			ascii = false
			i += size
		}
		if i == start {
			if i < n { // a rune that is neither letter nor digit
				_, size := utf8.DecodeRuneInString(text[i:])
				i += size
			}
			continue
		}
		word := text[start:i]
		if len(word) < 3 {
			continue
		}
		var term []byte
		if ascii && len(word) <= len(buf) {
			term = buf[:len(word)]
			for k := 0; k < len(word); k++ {
				c := word[k]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				term[k] = c
			}
		} else {
			term = []byte(strings.ToLower(word))
		}
		if t, h, ok := indexableTerm(term); ok {
			fn(t, h)
		}
	}
}

func TestSharedTermsMatchesReference(t *testing.T) {
	es := sample(t)
	ix := newTextIndex(len(es), func(i int) (string, string) { return es[i].Title, es[i].Abstract })
	pairs := 0
	for a := range es {
		for b := range es {
			for _, n := range []int{0, 1, 4, 50} {
				got, want := ix.sharedTerms(a, b, n), ix.sharedTermsReference(a, b, n)
				if !slices.Equal(got, want) {
					t.Fatalf("shared terms of %d and %d, n=%d: got %q, want %q", a, b, n, got, want)
				}
				if len(want) > 1 {
					pairs++
				}
			}
		}
	}
	if pairs < 1000 {
		t.Fatalf("only %d pairs share two terms or more; the sample is not read", pairs)
	}
	common := 0
	for _, g := range ix.groups {
		for _, t := range g.terms {
			if ix.common(t) {
				common++
			}
		}
	}
	if common == 0 {
		t.Fatal("no term is common in the sample; the test does not try passing over common words")
	}
}

// sharedTermsReference is sharedTerms as it was before it named only the
// words it could show: every word of a, in a map, then every shared term
// that is not common (unless all are) sorted.
func (ix *textIndex) sharedTermsReference(a, b, n int) []string {
	words := map[uint64]string{}
	title, abstract := ix.text(a)
	note := func(tok string) { words[hashTerm(tok)] = tok }
	forEachToken(title, note)
	forEachToken(abstract, note)
	type contrib struct {
		term   string
		w      float64
		common bool
	}
	var cs []contrib
	da, db := ix.doc(a), ix.doc(b)
	shared(da, db, func(ja, jb int) {
		cs = append(cs, contrib{words[da.terms[ja]], da.weight(ja) * db.weight(jb), ix.common(da.terms[ja])})
	})
	if slices.ContainsFunc(cs, func(c contrib) bool { return !c.common }) {
		cs = slices.DeleteFunc(cs, func(c contrib) bool { return c.common })
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

// The text index keeps each document's terms in groups of groupDocs
// documents, made on every core: over three groups and a part, every
// document's terms, counts, idfs and length are what its own text gives,
// worked out here directly, with no group.
func TestTextIndexGroups(t *testing.T) {
	n := 3*groupDocs + 37
	vocab := strings.Fields("unlearning sparse model models gradient privacy forgetting robust attack attacks language network prior data loss optimization benchmark")
	docs := make([]string, n)
	for i := range docs {
		var b strings.Builder
		for k := range 3 + i%11 {
			b.WriteString(vocab[(i*7+k*k*3+i/groupDocs)%len(vocab)])
			b.WriteByte(' ')
		}
		docs[i] = b.String()
	}
	ix := newTextIndex(n, func(i int) (string, string) { return "", docs[i] })
	counts := make([]map[uint64]int, n)
	df := map[uint64]int{}
	for i, d := range docs {
		counts[i] = map[uint64]int{}
		forEachToken(d, func(tok string) { counts[i][hashTerm(tok)]++ })
		for h := range counts[i] {
			df[h]++
		}
	}
	for i := range n {
		d := ix.doc(i)
		want := slices.Sorted(maps.Keys(counts[i]))
		if !slices.Equal(d.terms, want) {
			t.Fatalf("document %d: terms %v, want %v", i, d.terms, want)
		}
		var sum float64
		for j, h := range d.terms {
			idf := float32(math.Log(float64(n) / float64(df[h])))
			if int(d.counts[j]) != counts[i][h] || d.idf[j] != idf {
				t.Fatalf("document %d, term %d: count %d idf %v, want %d and %v", i, j, d.counts[j], d.idf[j], counts[i][h], idf)
			}
			x := (1 + math.Log(float64(counts[i][h]))) * float64(idf)
			sum += x * x
		}
		if ix.norms[i] != float32(math.Sqrt(sum)) {
			t.Fatalf("document %d: length %v, want %v", i, ix.norms[i], math.Sqrt(sum))
		}
	}
}
