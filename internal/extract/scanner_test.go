package extract

import (
	"reflect"
	"testing"
)

func TestScanLinks(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"sentence end", "Code is available at https://github.com/OPTML-Group/Unlearn-Sparse.", []string{"https://github.com/OPTML-Group/Unlearn-Sparse."}},
		{"two links", "See https://a.org/x and http://b.org/y, too.", []string{"https://a.org/x", "http://b.org/y,"}},
		{"scheme-less github", "code: github.com/a/b.", []string{"github.com/a/b."}},
		{"www", "visit www.example.com today", []string{"www.example.com"}},
		{"upper www", "visit WWW.EXAMPLE.COM/x today", []string{"WWW.EXAMPLE.COM/x"}},
		{"latex tilde", "available~https://anonymous.4open.science/r/BIB/README.md{here.}", []string{"https://anonymous.4open.science/r/BIB/README.md{here.}"}},
		{"glued to word", "Codehttps://github.com/a/b", []string{"https://github.com/a/b"}},
		{"parens", "(https://github.com/a/b)", []string{"https://github.com/a/b)"}},
		{"markdown link", "[our code](https://github.com/a/b)", []string{"https://github.com/a/b)"}},
		{"markdown url text", "[https://github.com/a/b](https://github.com/a/b)", []string{"https://github.com/a/b", "https://github.com/a/b)"}},
		{"double quotes", `"https://github.com/a/b"`, []string{"https://github.com/a/b"}},
		{"curly quotes", "“https://github.com/a/b”", []string{"https://github.com/a/b"}},
		{"angle brackets", "<https://github.com/a/b>", []string{"https://github.com/a/b"}},
		{"pipe table", "|https://github.com/a/b|x|", []string{"https://github.com/a/b"}},
		{"backticks", "`https://github.com/a/b`", []string{"https://github.com/a/b"}},
		{"fullwidth stop", "代码：https://github.com/a/b。", []string{"https://github.com/a/b"}},
		{"no links", "We study and/or compare 1/2 of the methods.", nil},
		{"not a known bare host", "see example.com/x", nil},
		{"bare host inside a path", "https://x.org/github.com/a", []string{"https://x.org/github.com/a"}},
		{"email is not a link", "mail me@github.com/a", nil},
		{"ftp is not a link", "ftp://github.com/a/b", nil},
		{"www inside a word", "awww.example.com", nil},
		{"https in caps", "HTTPS://GITHUB.COM/A/B", []string{"HTTPS://GITHUB.COM/A/B"}},
		{"empty", "", nil},
		{"dangling scheme", "https://", []string{"https://"}},
		{"line breaks", "a https://a.org/x\nhttps://b.org/y", []string{"https://a.org/x", "https://b.org/y"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range ScanLinks(tt.text) {
				got = append(got, s.Raw)
				if tt.text[s.Start:s.Start+len(s.Raw)] != s.Raw {
					t.Errorf("span %q does not stand at offset %d", s.Raw, s.Start)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ScanLinks(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
