package graph

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// sentencesWith returns the sentences forEachSentenceWith finds.
func sentencesWith(text string, c byte) []string {
	var out []string
	forEachSentenceWith(text, c, func(s string) { out = append(out, s) })
	return out
}

// sentencesWithReference splits text into every sentence, as the names'
// search did before it looked only around c, and keeps those holding c.
func sentencesWithReference(text string, c byte) []string {
	var out []string
	keep := func(s string) {
		if strings.IndexByte(s, c) >= 0 {
			out = append(out, s)
		}
	}
	start := 0
	for i := 0; i < len(text); i++ {
		if (text[i] == '.' || text[i] == '?' || text[i] == '!') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') {
			keep(text[start : i+1])
			start = i + 1
		}
	}
	if start < len(text) {
		keep(text[start:])
	}
	return out
}

func TestForEachSentenceWith(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"No parentheses. None here!", nil},
		{"(", []string{"("}},
		{"We propose Lion (EvoLved Sign Momentum). It works.", []string{"We propose Lion (EvoLved Sign Momentum)."}},
		{"First. We call it A (B) and (C). Then? Our D (E)", []string{" We call it A (B) and (C).", " Our D (E)"}},
		{"a.(b) c", []string{"a.(b) c"}}, // no space after the stop: one sentence
		{"x. (y).\n(z)! w", []string{" (y).", "\n(z)!"}},
		{"end with (.", []string{"end with (."}},
		{"(a). (b).", []string{"(a).", " (b)."}},
		{". (b)", []string{" (b)"}}, // a stop at the very start ends a sentence
	}
	for _, tt := range tests {
		if got := sentencesWith(tt.text, '('); !slices.Equal(got, tt.want) {
			t.Errorf("sentences of %q with '(': got %q, want %q", tt.text, got, tt.want)
		}
		if got := sentencesWithReference(tt.text, '('); !slices.Equal(got, tt.want) {
			t.Errorf("reference sentences of %q: got %q, want %q", tt.text, got, tt.want)
		}
	}
	files, _ := filepath.Glob("../../testdata/corpus/*.md")
	files = append(files, "../../testdata/daily-papers.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got, want := sentencesWith(string(b), '('), sentencesWithReference(string(b), '(')
		if len(want) == 0 || !slices.Equal(got, want) {
			t.Errorf("%s: %d sentences with '(', want %d", f, len(got), len(want))
		}
	}
}

func FuzzForEachSentenceWith(f *testing.F) {
	for _, s := range []string{"We propose X (Y). Done.", "a.(b", "(.) (!) (?)", ". . (", "x!\n(y)?"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := sentencesWith(text, '('), sentencesWithReference(text, '('); !slices.Equal(got, want) {
			t.Fatalf("sentences of %q: got %q, want %q", text, got, want)
		}
	})
}
