package extract

import (
	"errors"
	"strings"
	"testing"
)

// TestWholeListingLongLines: a listing that is parsed whole reports a line
// over its format's bound at that line, as the line readers do, and keeps
// the entries on either side of it, with their own lines.
func TestWholeListingLongLines(t *testing.T) {
	md := strings.Repeat("x", MaxLineBytes+1)
	html := strings.Repeat("x", MaxHTMLLineBytes+1)
	tests := []struct {
		name, src string
		line      int // of the long line
		lastLine  int // of the last entry
	}{
		{"list.md", "# Papers\n\n- [Good paper one](https://arxiv.org/abs/2301.00003) [code](https://github.com/x/y)\n\n" +
			md + "\n\n- [Good paper two](https://arxiv.org/abs/2301.00004) [code](https://github.com/x/z)\n", 5, 7},
		{"list-crlf.md", "# Papers\r\n\r\n- [Good paper one](https://arxiv.org/abs/2301.00003) [code](https://github.com/x/y)\r\n\r\n" +
			md + "\r\n\r\n- [Good paper two](https://arxiv.org/abs/2301.00004) [code](https://github.com/x/z)\r\n", 5, 7},
		{"refs.bib", "@article{a, title={Good paper one}, url={https://github.com/x/y}}\n" + md +
			"\n@article{b, title={Good paper two}, url={https://github.com/x/z}}", 2, 3},
		{"page.html", "<ul>\n<li><a href=\"https://arxiv.org/abs/2301.00003\">Good paper one</a> <a href=\"https://github.com/x/y\">code</a></li>\n" +
			html + "\n<li><a href=\"https://arxiv.org/abs/2301.00004\">Good paper two</a> <a href=\"https://github.com/x/z\">code</a></li>\n</ul>\n", 3, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			entries, problems, err := readString(tt.name, tt.src)
			if err != nil {
				t.Fatal(err)
			}
			if len(problems) != 1 || !errors.Is(problems[0], ErrLineTooLong) {
				t.Fatalf("problems = %v, want one %v", problems, ErrLineTooLong)
			}
			var ie *InputError
			if !errors.As(problems[0], &ie) || ie.File != tt.name || ie.Line != tt.line {
				t.Errorf("problem %v: want %s line %d", problems[0], tt.name, tt.line)
			}
			var titles []string
			for _, e := range entries {
				titles = append(titles, e.Title)
			}
			if strings.Join(titles, "|") != "Good paper one|Good paper two" {
				t.Fatalf("titles = %q", titles)
			}
			if got := entries[1].Source.Line; got != tt.lastLine {
				t.Errorf("second entry at line %d, want %d", got, tt.lastLine)
			}
		})
	}
}

// TestDropLongLines checks the in-place compaction on its own: line
// endings and short lines are kept byte for byte, long lines emptied.
func TestDropLongLines(t *testing.T) {
	var lines []int
	lr := &lineReader{file: "f", report: func(err error) {
		var ie *InputError
		if errors.As(err, &ie) {
			lines = append(lines, ie.Line)
		}
	}}
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"abc", "abc"},
		{"abcd", ""},
		{"ab\nabcd\r\nabc\n", "ab\n\r\nabc\n"},
		{"abcd\nabcde\na\n\nxyzw", "\n\na\n\n"},
		{"abc\r\n\r\nabc\r", "abc\r\n\r\nabc\r"},
	} {
		lines = nil
		got := string(dropLongLines(lr, []byte(tt.in), 3))
		if got != tt.want {
			t.Errorf("dropLongLines(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	lines = nil
	dropLongLines(lr, []byte("a\nabcd\nb\nabcd"), 3)
	if len(lines) != 2 || lines[0] != 2 || lines[1] != 4 {
		t.Errorf("reported lines %v, want [2 4]", lines)
	}
}
