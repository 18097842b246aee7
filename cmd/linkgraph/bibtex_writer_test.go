package main

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/linkgraph/linkgraph/internal/extract"
)

// readEntries reads src as a listing of the given format.
func readEntries(t *testing.T, name string, src []byte, format extract.Format) []*extract.Entry {
	t.Helper()
	var es []*extract.Entry
	err := extract.New(extract.Options{Format: format}).Read(context.Background(), name, bytes.NewReader(src),
		func(e *extract.Entry) error { c := *e; es = append(es, &c); return nil }, func(err error) { t.Errorf("%s: %v", name, err) })
	if err != nil {
		t.Fatal(err)
	}
	return es
}

// writeBibTeX writes entries with the bibtex format's writer.
func writeBibTeX(t *testing.T, es []*extract.Entry) []byte {
	t.Helper()
	return writeEntries(t, "bibtex", es)
}

// writeEntries writes entries with a format's writer.
func writeEntries(t *testing.T, format string, es []*extract.Entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	bw := bufio.NewWriter(&buf)
	w := newEntryWriter(format, bw)
	for _, e := range es {
		if err := w.write(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.close(); err != nil {
		t.Fatal(err)
	}
	bw.Flush()
	return buf.Bytes()
}

// TestBibTeXRoundTrips writes the sample and a reference list as BibTeX,
// and as RIS, and reads them back with linkgraph's own readers: every paper again,
// with its title, authors (and "et al." where the names stop short), year,
// arXiv id and code links. A count of authors with no names, as a Daily
// Papers page gives, BibTeX cannot hold.
func TestBibTeXRoundTrips(t *testing.T) {
	sample, err := os.ReadFile("../../testdata/daily-papers.txt")
	if err != nil {
		t.Fatal(err)
	}
	refs := "References\n" +
		"[1] Smith, A., Müller, B.: Sparse things & 50% faster_code #1 with $x^2$ and a\\b {brace}. In: ICML, pp. 1–10 (2023). https://github.com/a/one\n" +
		"[2] J. Jia, Y. Zhang, and S. Liu, WAGLE: strategic weight attribution, Pattern Recognit. 150 (2025). https://github.com/a/wagle arXiv:2401.00001\n" +
		"[3] A. Smith and B. Müller. Sparse things, again. In ICML, 2023. https://github.com/a/two\n" +
		"[4] Smith, A., Jones, B. et al. Sparse things, et al. Nature 1, 2 (2024). https://github.com/a/three\n"
	for _, in := range []struct {
		name   string
		src    []byte
		format extract.Format
	}{{"daily-papers.txt", sample, extract.FormatAuto}, {"refs.txt", []byte(refs), extract.FormatText}} {
		es := readEntries(t, in.name, in.src, in.format)
		for _, out := range []struct {
			format string
			back   extract.Format
			etAl   bool // whether it says "et al."
		}{{"bibtex", extract.FormatBibTeX, true}, {"ris", extract.FormatRIS, false}} {
			text := writeEntries(t, out.format, es)
			back := readEntries(t, "back."+out.format, text, out.back)
			if len(back) != len(es) {
				t.Fatalf("%s as %s: %d entries back of %d:\n%s", in.name, out.format, len(back), len(es), text)
			}
			for i, e := range es {
				b := back[i]
				if b.Title != e.Title || !slices.Equal(b.AuthorNames, e.AuthorNames) || out.etAl && len(e.AuthorNames) > 0 && b.Authors != e.Authors ||
					b.ArxivID != e.ArxivID || year(b) != year(e) || !slices.Equal(codeURLs(b), codeURLs(e)) {
					t.Errorf("%s as %s: entry %d back as\n  %q %q %q %q %q\nwant\n  %q %q %q %q %q", in.name, out.format, i,
						b.Title, b.AuthorNames, b.ArxivID, year(b), codeURLs(b), e.Title, e.AuthorNames, e.ArxivID, year(e), codeURLs(e))
				}
			}
		}
	}
}

func year(e *extract.Entry) string { return e.When()[:min(4, len(e.When()))] }

func codeURLs(e *extract.Entry) []string {
	var out []string
	for _, l := range e.Links {
		if l.Kind == extract.KindCode {
			out = append(out, l.URL)
		}
	}
	return out
}

// TestBibTeXKeys gives each record a key of the first author's surname,
// the year and the title's first word (the word and the year without
// names), told apart by a letter, and escapes what LaTeX would read as
// markup: braces that pair escaped, others left out.
func TestBibTeXKeys(t *testing.T) {
	es := []*extract.Entry{
		{Title: "The Sparse Things", AuthorNames: []string{"Ann Müller", "Bob Jones"}, Date: "2023-05-01"},
		{Title: "Sparse things again", AuthorNames: []string{"Ann Müller"}, Date: "2023"},
		{Title: "Flexora: Flexible Low Rank", Date: "2024-08-02"},
		{Title: "{Braced} & 100% #1_x", Venue: "ICML 2024"},
		{Title: "Named and dated", AuthorNames: []string{"Cy Lee"}, Venue: "NeurIPS", Date: "2022"},
		{Title: "Unpaired } brace {", AuthorNames: []string{"Ann Müller"}},
	}
	bib := string(writeBibTeX(t, es))
	for _, want := range []string{"@misc{muller2023sparse,", "@misc{muller2023sparsea,", "@misc{flexora2024,", "@misc{braced2024,", "  howpublished = {ICML 2024},", "@inproceedings{lee2022named,", "  booktitle = {NeurIPS},",
		"  title = {{\\{Braced\\} \\& 100\\% \\#1\\_x}},", "  title = {{Unpaired  brace }},", "  month = may,", "  author = {Ann Müller and Bob Jones},"} {
		if !strings.Contains(bib, want) {
			t.Errorf("no %q in:\n%s", want, bib)
		}
	}
}

// FuzzBibTeXWriter writes an entry of any text as BibTeX and as RIS and
// reads each record back: one entry, with its code link, whatever the
// text holds.
func FuzzBibTeXWriter(f *testing.F) {
	f.Add("Sparse {things} & 50% #1_x $y^2$ a\\b ~c", "Ann Müller", "https://github.com/a/b")
	f.Add("Unpaired } {", "", "")
	f.Add("@misc{x, title={y}}", "B. Jones, and C. Lee", "https://github.com/a/b/tree/main/src")
	f.Fuzz(func(t *testing.T, title, author, code string) {
		if !utf8.ValidString(title) || !utf8.ValidString(author) || !strings.ContainsFunc(title, unicode.IsLetter) {
			return
		}
		e := &extract.Entry{Title: title, Authors: -1}
		if a := strings.TrimSpace(author); a != "" && strings.ContainsFunc(a, unicode.IsLetter) {
			e.AuthorNames = []string{a}
		}
		if l, ok := extract.Normalize(code); ok && l.Kind == extract.KindCode {
			e.Links = []extract.Link{l}
		}
		for _, out := range []struct {
			format string
			back   extract.Format
		}{{"bibtex", extract.FormatBibTeX}, {"ris", extract.FormatRIS}} {
			text := writeEntries(t, out.format, []*extract.Entry{e})
			var back []*extract.Entry
			extract.New(extract.Options{Format: out.back}).Read(context.Background(), "f."+out.format, bytes.NewReader(text),
				func(e *extract.Entry) error { c := *e; back = append(back, &c); return nil }, func(error) {})
			if len(back) != 1 {
				t.Fatalf("%d entries back from:\n%s", len(back), text)
			}
			if len(back[0].Links) < len(e.Links) {
				t.Errorf("links %v back as %v from:\n%s", e.Links, back[0].Links, text)
			}
		}
	})
}
