package extract

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestDeclaredCharset reads files that are not UTF-8 in the character set
// they declare, as an XML declaration, an HTML <meta> or JabRef's first
// line does, with no problem reported; a file that declares one and is
// UTF-8 anyway is read as it is, and one that declares none still has its
// bad bytes reported.
func TestDeclaredCharset(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string
		problems  []string
	}{{
		name: "dblp.xml",
		src: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!DOCTYPE dblp SYSTEM \"dblp.dtd\">\n<dblp>\n" +
			"<article key=\"journals/x/M20\"><author>J\xfcrgen M\xfcller</author><title>Caf\xe9 Networks.</title><journal>X</journal><year>2020</year></article>\n</dblp>\n",
		want: []string{`4 Café Networks ["Jürgen Müller"]`},
	}, {
		name: "page.html",
		src: "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><ul>\n" +
			"<li><a href=\"https://arxiv.org/abs/2401.00111\">\x93Sparse\x94 Things Unlearn Faster</a> by Ren\xe9e Dupont and Bob Jones</li>\n</ul></body></html>\n",
		want: []string{`2 “Sparse” Things Unlearn Faster ["Renée Dupont" "Bob Jones"]`},
	}, {
		name: "sjis.html",
		src: "<html><head><meta charset=\"Shift_JIS\"></head><body><ul>\n" +
			"<li><a href=\"https://arxiv.org/abs/2401.00112\">\x93\xfa\x96\x7b\x8c\xea Sparse Models</a></li>\n</ul></body></html>\n",
		want: []string{`2 日本語 Sparse Models []`},
	}, {
		name: "refs.bib",
		src:  "% Encoding: ISO8859_1\n\n@article{m20,\n  title = {Caf\xe9 Networks},\n  author = {M\xfcller, J\xfcrgen},\n  year = {2020}\n}\n",
		want: []string{`3 Café Networks ["Jürgen Müller"]`},
	}, {
		name: "utf8.xml", // declares Latin-1 and is UTF-8: read as it is
		src:  "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<dblp>\n<article key=\"journals/x/M21\"><author>Jürgen Müller</author><title>Café Networks.</title></article>\n</dblp>\n",
		want: []string{`3 Café Networks ["Jürgen Müller"]`},
	}, {
		name:     "undeclared.html",
		src:      "<html><body><ul>\n<li><a href=\"https://arxiv.org/abs/2401.00113\">Caf\xe9 Networks</a></li>\n</ul></body></html>\n",
		want:     []string{"2 Caf\uFFFD Networks []"},
		problems: []string{"undeclared.html:2: invalid UTF-8 (bad bytes replaced with U+FFFD)"},
	}}
	for _, c := range cases {
		var got, problems []string
		err := New(Options{}).Read(context.Background(), c.name, strings.NewReader(c.src), func(e *Entry) error {
			got = append(got, fmt.Sprintf("%d %s %q", e.Source.Line, e.Title, e.AuthorNames))
			return nil
		}, func(err error) { problems = append(problems, err.Error()) })
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: entries\n got %q\nwant %q", c.name, got, c.want)
		}
		if !reflect.DeepEqual(problems, c.problems) {
			t.Errorf("%s: problems %q, want %q", c.name, problems, c.problems)
		}
	}
}

func TestAttrAfter(t *testing.T) {
	for _, c := range []struct{ s, name, want string }{
		{`<?xml version="1.0" encoding="iso-8859-1"`, "encoding", "iso-8859-1"},
		{`<?xml version='1.0' encoding = 'windows-1252' `, "encoding", "windows-1252"},
		{`<meta http-equiv="content-type" content="text/html; charset=gbk"`, "charset", "gbk"},
		{`<meta charset=euc-jp`, "charset", "euc-jp"},
		{`<meta name="charsets" charset="koi8-r"`, "charset", "koi8-r"},
		{`<meta charset=""`, "charset", ""},
		{`<meta name="charset"`, "charset", ""},
	} {
		if got := attrAfter([]byte(c.s), c.name); got != c.want {
			t.Errorf("attrAfter(%q, %q) = %q, want %q", c.s, c.name, got, c.want)
		}
	}
}

// FuzzDeclaredCharset: any bytes, no panic, and what is decoded is UTF-8
// with the lines where they were.
func FuzzDeclaredCharset(f *testing.F) {
	for _, s := range []string{"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<a>\xe9</a>", "<meta charset=shift_jis>\x93\xfa", "% Encoding: Cp1252\n\x93x\x94", "<meta charset=utf-16>\n\xff\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		out, ok := fromDeclaredCharset(src)
		if !ok {
			return
		}
		if !utf8.Valid(out) {
			t.Fatalf("decoded %q to invalid UTF-8", src)
		}
		if bytes.Count(out, []byte("\n")) != bytes.Count(src, []byte("\n")) {
			t.Fatalf("decoded %q: lines moved", src)
		}
	})
}
