package extract

import (
	"bytes"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

// TestOrg reads an Org-mode reading list: a headline linking its paper
// over its code, a TODO headline with a priority and tags over its
// properties (org-roam's ROAM_REFS, the authors), list items and a table
// with Org's links, each at its line; the comments, the settings and a
// source block give nothing.
func TestOrg(t *testing.T) {
	got := lineTitles(t, "reading-list.org")
	want := []string{
		`6 Model Sparsity Can Simplify Machine Unlearning "Unlearning" [] ["paper https://arxiv.org/abs/2304.04934" "code https://github.com/OPTML-Group/Unlearn-Sparse"]`,
		`8 Salient Things "Unlearning" ["Chongyu Fan" "Jiancheng Liu"] ["paper https://arxiv.org/abs/2310.12508"]`,
		`14 A Listed Org Paper Title "Unlearning / Salient Things" [] ["paper https://arxiv.org/abs/2401.00001" "code https://github.com/a/b"]`,
		`19 A Tabled Org Paper Title "Tables" [] ["paper https://arxiv.org/abs/2401.00002" "code https://github.com/a/c"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// FuzzOrg reads any text as Org: its Markdown has as many lines, and
// reading it makes no panic and well-made entries at lines of the text.
func FuzzOrg(f *testing.F) {
	f.Add(readTestdata(f, "reading-list.org"))
	f.Add("* [[x][y]]\n:URL: [[https://a.b][c]]\n|-+-|\n#+BEGIN_X\n[[\n** DONE [#B] T :a:")
	f.Fuzz(func(t *testing.T, src string) { fuzzLineForLine(t, orgMarkdown, FormatOrg, "f.org", src) })
}

// readTestdata reads a file of testdata.
func readTestdata(tb testing.TB, name string) string {
	tb.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	return string(data)
}

// lineTitles reads a file of testdata by its extension, and gives each
// entry's line, title, section, authors and links.
func lineTitles(t *testing.T, name string) []string {
	t.Helper()
	var got []string
	for _, e := range readFormat(t, name, readTestdata(t, name), FormatAuto) {
		got = append(got, fmt.Sprintf("%d %s %q %q %q", e.Source.Line, e.Title, e.Section, e.AuthorNames, urls(e)))
	}
	return got
}

// fuzzLineForLine checks a reader that writes its format as Markdown, a
// line for each line: the Markdown of src has as many lines, and reading
// src makes no panic and well-made entries at its lines.
func fuzzLineForLine(t *testing.T, markdown func([]byte) []byte, format Format, name, src string) {
	if md := markdown([]byte(src)); bytes.Count(md, []byte("\n")) != strings.Count(src, "\n") {
		t.Fatalf("%d lines of Markdown from %d of %s", bytes.Count(md, []byte("\n")), strings.Count(src, "\n"), format)
	}
	fuzzRead(t, format, name, src)
}
