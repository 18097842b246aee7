package graph

import (
	"os"
	"path/filepath"
	"slices"
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
		start := i
		ascii := true
		for i < n {
			c := text[i]
			if c < utf8.RuneSelf {
				if !asciiWord[c] {
					break
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
