package main

import (
	"strings"
	"testing"
)

func TestTermSafe(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Plain ASCII title: fine!", "Plain ASCII title: fine!"},
		{"Ünïcode is fine — too", "Ünïcode is fine — too"},
		{"esc \x1b[31mred", "esc ?[31mred"},
		{"bell\a and DEL\x7f", "bell? and DEL?"},
		{"C1 \u0085 control", "C1 ? control"},
		{"bidi \u202eevil\u202c", "bidi ?evil?"},
		{"isolate \u2066x\u2069 and mark \u200f", "isolate ?x? and mark ?"},
		{"tab\tand newline\n", "tab?and newline?"},
	} {
		if got := termSafe(c.in); got != c.want {
			t.Errorf("termSafe(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestClip(t *testing.T) {
	for _, c := range []struct {
		in    string
		width int
		want  string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"a longer ascii title", 10, "a longer …"},
		{"ééééééééé", 10, "ééééééééé"}, // 9 runes, 18 bytes
		{"éééééééééééé", 10, "ééééééééé…"},
		{"日本語のタイトルはとても長い", 5, "日本語の…"},
	} {
		if got := clip(c.in, c.width); got != c.want {
			t.Errorf("clip(%q, %d) = %q, want %q", c.in, c.width, got, c.want)
		}
	}
}

// printableASCII agrees with a byte-at-a-time count, whichever byte of a
// word of eight breaks the run, and appendSafeClip with clip and termSafe.
func TestPrintableASCII(t *testing.T) {
	for _, bad := range []byte{0, 0x1f, 0x7f, 0x80, 0xc3, 0xff} {
		for at := range 20 {
			b := []byte(strings.Repeat("~ az AZ 09!", 3)[:20])
			b[at] = bad
			s := string(b)
			want := 0
			for want < len(s) && s[want] >= 0x20 && s[want] < 0x7f {
				want++
			}
			if got := printableASCII(s); got != want {
				t.Fatalf("printableASCII(%q) = %d, want %d", s, got, want)
			}
			for _, width := range []int{5, 19, 20, 21} {
				if got, want := string(appendSafeClip(nil, s, width)), clip(termSafe(s), width); got != want {
					t.Fatalf("appendSafeClip(%q, %d) = %q, want %q", s, width, got, want)
				}
			}
		}
	}
	if n := printableASCII(strings.Repeat(" ~", 20)); n != 40 {
		t.Errorf("printableASCII of 40 printable bytes = %d", n)
	}
}
