package extract

import (
	"reflect"
	"strings"
	"testing"
)

// TestAuthorNames reads the authors' names every format that gives them
// writes, as "First Last", and their number when all are named: "et al."
// and BibTeX's "and others" leave it unknown.
func TestAuthorNames(t *testing.T) {
	tests := []struct {
		name, src string
		format    Format
		names     []string
		authors   int
	}{
		{"bibtex", `@article{k, title={T}, author={Liu, Sijia and Jinghan Jia and {Barack Obama} and van der Berg, Jr., Anna}}`, FormatBibTeX,
			[]string{"Sijia Liu", "Jinghan Jia", "Barack Obama", "Anna van der Berg Jr."}, 4},
		{"bibtex others", `@article{k, title={T}, author={M{\"u}ller, J{\"o}rg AND others}}`, FormatBibTeX,
			[]string{"Jörg Müller"}, -1},
		{"markdown field", "- [T](https://arxiv.org/abs/2301.00001)\n  - Author(s): Jinghan Jia, Sijia  Liu & Yihua Zhang\n", FormatMarkdown,
			[]string{"Jinghan Jia", "Sijia Liu", "Yihua Zhang"}, 3},
		{"markdown field apa", "- [T](https://arxiv.org/abs/2301.00001)\n  - Authors: Hinton, G., Vinyals, O., & Dean, J. R.\n", FormatMarkdown,
			[]string{"G. Hinton", "O. Vinyals", "J. R. Dean"}, 3},
		{"markdown field apa et al", "- [T](https://arxiv.org/abs/2301.00001)\n  - Authors: Bai, Y., Kadavath, S., et al.\n", FormatMarkdown,
			[]string{"Y. Bai", "S. Kadavath"}, -1},
		{"markdown table", "| Title | Author |\n|---|---|\n| [T](https://arxiv.org/abs/2301.00001) | D'Angelo et al. |\n", FormatMarkdown,
			[]string{"D'Angelo"}, -1},
		{"hf json", `[{"paper": {"id": "2301.00001", "title": "T", "authors": [{"name": "Sijia Liu"}, {"name": " "}, {"name": "Jinghan  Jia"}]}}]`, FormatHFJSON,
			[]string{"Sijia Liu", "Jinghan Jia"}, 3},
		{"csl json", `[{"title": "T", "author": [{"given": "Sijia", "family": "Liu"}, {"literal": "OPTML Group"}, 7]}]`, FormatCSLJSON,
			[]string{"Sijia Liu", "OPTML Group"}, 3},
		{"arxiv parsed", `{"id": "2301.00001", "title": "T", "authors": "S. Liu and J. Jia", "authors_parsed": [["Liu", "Sijia", ""], ["Jia", "Jinghan", "Jr"]]}`, FormatArxiv,
			[]string{"Sijia Liu", "Jinghan Jia Jr"}, 2},
		{"arxiv string", `{"id": "2301.00001", "title": "T", "authors": "Sijia Liu, Jinghan Jia and Yihua Zhang"}`, FormatArxiv,
			[]string{"Sijia Liu", "Jinghan Jia", "Yihua Zhang"}, 3},
		{"pwc", `[{"title": "T", "arxiv_id": "2301.00001", "authors": ["Sijia Liu", "Jinghan Jia"]}]`, FormatPwCJSON,
			[]string{"Sijia Liu", "Jinghan Jia"}, 2},
		{"daily papers", "Title Of A Paper\n\nAn abstract.\n\n  • 5 authors\n·\nNov 30, 2021\n", FormatDaily, nil, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es, problems, err := readFrom(strings.NewReader(tt.src), "x", Options{Format: tt.format})
			if err != nil || len(problems) > 0 || len(es) != 1 {
				t.Fatalf("%d entries, problems %v, err %v", len(es), problems, err)
			}
			if e := es[0]; !reflect.DeepEqual(e.AuthorNames, tt.names) || e.Authors != tt.authors {
				t.Errorf("names %q, authors %d; want %q, %d", e.AuthorNames, e.Authors, tt.names, tt.authors)
			}
		})
	}
}

// TestAuthorNamesRoundTrip writes the names as JSON and reads them back;
// a merge keeps the fuller list.
func TestAuthorNamesRoundTrip(t *testing.T) {
	e := &Entry{ID: "x", Title: "T", Authors: 2, AuthorNames: []string{"Sijia Liu", `A "Quoted" Name`}, CodeStatus: CodeNone}
	var back Entry
	if err := back.UnmarshalJSON(e.AppendJSON(nil)); err != nil || !reflect.DeepEqual(back.AuthorNames, e.AuthorNames) {
		t.Fatalf("read back %q (err %v) from %s", back.AuthorNames, err, e.AppendJSON(nil))
	}
	short := &Entry{ID: "x", Title: "T", Authors: -1, AuthorNames: []string{"Liu"}, CodeStatus: CodeNone}
	merged := Merge([]*Entry{short, e})
	if len(merged) != 1 || !reflect.DeepEqual(merged[0].AuthorNames, e.AuthorNames) {
		t.Errorf("merged names %q, want %q", merged[0].AuthorNames, e.AuthorNames)
	}
}
