package main

import "testing"

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
