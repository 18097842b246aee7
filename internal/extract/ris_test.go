package extract

import (
	"fmt"
	"os"
	"reflect"
	"testing"
)

// TestRIS reads a reference manager's RIS export: the title, the
// authors surname first, the journal or proceedings, the day or year,
// the abstract over two lines, the DOI, the links and a note's code link;
// a record without a title is skipped, and one the file ends in without
// its ER is read, with one space before its hyphens, as some exports
// write them.
func TestRIS(t *testing.T) {
	data, err := os.ReadFile("testdata/library.ris")
	if err != nil {
		t.Fatal(err)
	}
	src := string(data) + "\nTY  - GEN\nAB  - No title here.\nER  - \n\nTY - RPRT\nTI - A Report Without Its End\nAU - Moe, Dana, Jr.\nPY - 2022\n"
	var got []string
	for _, e := range readFormat(t, "library.ris", src, FormatAuto) {
		got = append(got, fmt.Sprintf("%d %s %q %s %s %q %q %q", e.Source.Line, e.Title, e.AuthorNames, e.Date, e.DateText, e.Venue, e.Abstract, urls(e)))
	}
	want := []string{
		`1 Sparse Things Unlearn Faster ["Ann Smith" "Bob C. Jones"] 2024-03-11 2024-03-11 "Journal of Sparse Things" "We study sparse things and how they unlearn." ["paper https://doi.org/10.1000/sparse.2024.1" "paper https://arxiv.org/abs/2401.00111" "code https://github.com/lab/sparse"]`,
		`15 Dense Things Remember More ["Carl Lee"]  2023 "ICML 2023" "" ["paper https://proceedings.mlr.press/v202/lee23a/lee23a.pdf"]`,
		`27 A Report Without Its End ["Dana Moe Jr."]  2022 "" "" []`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestWoSPlainText reads Web of Science's plain text export, found by its
// content: each record from PT to ER with its title over its indented
// lines, its full names (AF) over the short (AU), one a line, its source,
// year, abstract (with the code link in it) and DOI; a record without a
// title is skipped, as RIS's are.
func TestWoSPlainText(t *testing.T) {
	data, err := os.ReadFile("testdata/wos-savedrecs.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range readFormat(t, "savedrecs.txt", string(data), FormatAuto) {
		got = append(got, fmt.Sprintf("%d %s %q %s %q %q %q", e.Source.Line, e.Title, e.AuthorNames, e.DateText, e.Venue, e.Abstract, urls(e)))
	}
	want := []string{
		`3 Robust priors for inverse problems when the forward model is wrong ["Grace Hopper" "Ada Example"] 2023 "JOURNAL OF MACHINE LEARNING RESEARCH" "We study priors that stay robust when the forward model is wrong. Code is at https://gitlab.com/hopper/robust-priors." ["paper https://doi.org/10.5555/jmlr.2023.45" "code https://gitlab.com/hopper/robust-priors"]`,
		`22 Large things last ["C Lee"] 2021 "PROCEEDINGS OF THE CONFERENCE ON LARGE THINGS" "" []`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// FuzzRIS reads any text as RIS: no panic, and every entry well made.
func FuzzRIS(f *testing.F) {
	data, err := os.ReadFile("testdata/library.ris")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(data))
	f.Add("TY  - X\nTI  - T\n  more\nAU  - ,,\nDA  - 2024/1/2/\nER  -\nTY  - \nTI  - U")
	if wos, err := os.ReadFile("testdata/wos-savedrecs.txt"); err == nil {
		f.Add(string(wos))
	}
	f.Add("FN x\nPT J\nAU ,\n   \nAF a\nTI\n   t\nER\nPT")
	f.Fuzz(func(t *testing.T, src string) { fuzzRead(t, FormatRIS, "f.ris", src) })
}
