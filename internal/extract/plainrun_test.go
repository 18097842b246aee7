package extract

import (
	"strings"
	"testing"
)

// wantPlainRun is what plainRun and plainWords return: the bytes before
// the first that needs escaping in JSON (or all of s), in whole words of
// eight.
func wantPlainRun(s string) int {
	n := len(s)
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x80 || c == '"' || c == '\\' {
			n = i
			break
		}
	}
	return n &^ 7
}

// wantASCIIRun is what asciiRun and asciiWords return: the bytes before
// the first control character or byte of 0x80 or more (or all of s), in
// whole words of eight.
func wantASCIIRun(s string) int {
	n := len(s)
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x80 {
			n = i
			break
		}
	}
	return n &^ 7
}

func checkPlainRun(t *testing.T, s string) {
	t.Helper()
	ascii := wantASCIIRun(s)
	if got := asciiRun(s); got != ascii {
		t.Fatalf("asciiRun(%q) = %d, want %d", s, got, ascii)
	}
	if got := asciiWords(s); got != ascii {
		t.Fatalf("asciiWords(%q) = %d, want %d", s, got, ascii)
	}
	if got, want := asciiText([]byte(s)), !strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r >= 0x80 }); got != want {
		t.Fatalf("asciiText(%q) = %v, want %v", s, got, want)
	}
	want := wantPlainRun(s)
	if got := plainRun(s); got != want {
		t.Fatalf("plainRun(%q) = %d, want %d", s, got, want)
	}
	if got := plainWords(s); got != want {
		t.Fatalf("plainWords(%q) = %d, want %d", s, got, want)
	}
}

// Each byte that needs escaping, or ends ASCII text, and some that do
// not, at every offset of strings of many lengths, across the edges of
// blocks and words.
func TestPlainRun(t *testing.T) {
	for _, c := range []byte{0, 0x1f, 0x20, '"', '\\', 0x7f, 0x80, 0xc3, 0xff, 'a', '\n'} {
		for n := 0; n <= 50; n++ {
			for at := 0; at < n; at++ {
				b := []byte(strings.Repeat("x", n))
				b[at] = c
				checkPlainRun(t, string(b))
			}
		}
	}
	checkPlainRun(t, strings.Repeat("plain text, ", 1000))
}

func FuzzPlainRun(f *testing.F) {
	f.Add("A plain abstract, with \"quotes\" and a back\\slash: é.")
	f.Add(strings.Repeat("0123456789abcdef", 3) + "\x00")
	f.Fuzz(checkPlainRun)
}
