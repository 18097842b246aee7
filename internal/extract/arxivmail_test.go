package extract

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

// TestArxivMailing reads arXiv's mailing of new submissions, saved as
// text and found by its content: each record's title and authors over
// their indented lines, its date (a replacement's too), arXiv id, venue
// (its journal reference, or the one its comments name), abstract in
// paragraphs, and links (its page, its DOI, and the code its comments and
// abstract give, but not its licence's). A record without a title is
// reported at its line, and the others are read.
func TestArxivMailing(t *testing.T) {
	es, problems, err := readFile(t, "testdata/arxiv-mailing.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range es {
		got = append(got, fmt.Sprintf("%d %s %q %s %s %q %q %q", e.Source.Line, e.Title, e.AuthorNames, e.Date, e.ArxivID, e.Venue, e.Abstract, urls(e)))
	}
	want := []string{
		`9 Sparse Unlearning for Large Language Models ["Ada Example" "Grace Hopper" "Alan Turing"] 2024-01-02 2401.01234 "ICML 2024" "We remove what a model learnt from forgotten data by pruning the weights that hold it, and show that sparse models forget faster.\n\nA second paragraph names our <script>alert(1)</script> baseline." ["paper https://arxiv.org/abs/2401.01234" "code https://github.com/ada-lab/sparse-unlearning"]`,
		`26 Robust Priors for Inverse Problems with a Long Title That Wraps Onto a Second Line ["Grace Hopper" "Ada Example"] 2024-01-02 2401.01300 "Journal of Machine Learning Research 25 (2024) 1-30" "We study priors that stay robust when the forward model is wrong; see https://gitlab.com/hopper/robust-priors for the code." ["paper https://arxiv.org/abs/2401.01300" "paper https://doi.org/10.5555/jmlr.2024.001" "code https://gitlab.com/hopper/robust-priors"]`,
		`53 Dense Things Remember More ["Carl Lee"] 2024-01-02 2312.09876 "NeurIPS 2023" "" ["paper https://arxiv.org/abs/2312.09876"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
	if len(problems) != 1 || !strings.Contains(problems[0].Error(), "arxiv-mailing.txt:41: skipped: a paper without a title") {
		t.Errorf("problems %v, want the record without a title at line 41", problems)
	}
}

// TestArxivMailingFound tells arXiv's mailing from other text by its
// records, with Windows line ends too, and not by a line of "\\" alone.
func TestArxivMailingFound(t *testing.T) {
	for _, tc := range []struct {
		head string
		want Format
	}{
		{"\\\\\narXiv:2401.01234\nDate: Tue, 2 Jan 2024 10:00:00 GMT   (1kb)\n", FormatArxivMail},
		{"Submissions to:\r\n\\\\\r\narXiv:2401.01234 (*cross-listing*)\r\n\r\nTitle: T\r\n", FormatArxivMail},
		{"\\\\\nPaper: hep-th/9901001\nFrom: A <a@b.c>\n", FormatArxivMail},
		{"\\\\\narXiv:2401.01234 is a paper\nDate: x\n", FormatText},
		{"\\\\\nNot an id\nTitle: T\n", FormatText},
	} {
		if got := DetectFormat("mail.txt", []byte(tc.head)); got != tc.want {
			t.Errorf("%q: %s, want %s", tc.head, got, tc.want)
		}
	}
}

func FuzzArxivMail(f *testing.F) {
	data, err := os.ReadFile("testdata/arxiv-mailing.txt")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(data))
	f.Add("\\\\\narXiv:2401.00001\nTitle: T\n  more\nAuthors: ,\nDOI: 10.\nDate: (\n\\\\\n\n\\\\ (")
	f.Fuzz(func(t *testing.T, src string) { fuzzRead(t, FormatArxivMail, "f.txt", src) })
}
