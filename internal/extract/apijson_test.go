package extract

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

// TestAPIJSON reads scholarly APIs' answers, each its array of papers
// inside an object: Semantic Scholar (externalIds, authors by name, the
// open-access PDF), OpenAlex (authorships, the abstract's inverted index,
// the location's source as the venue), OpenReview (every field a
// {"value"}, the PDF's path, the forum, the day in milliseconds) and
// Crossref (under message.items, titles in arrays and marked up, date
// parts, JATS in the abstract, its "Abstract" heading dropped); and an array of papers alone, as Papers with Code's API
// names their links (url_pdf); and dblp (under result.hits.hit, each
// paper's fields under "info", authors under "author", a list of them or
// one alone, with the numbers dblp tells namesakes apart by, and a full
// stop after every title).
// TestDropTextMarkup drops the markup of text styles and formulas from a
// title, and nothing else.
func TestDropTextMarkup(t *testing.T) {
	for in, want := range map[string]string{
		"Sparse <i>k</i>-Means in L<sub>2</sub>":                              "Sparse k-Means in L2",
		"<scp>Bert</scp> &amp; <I>Friends</I>":                                "Bert & Friends",
		"Solving <mml:math><mml:mi>x</mml:mi><mml:mo>=</mml:mo></mml:math> 1": "Solving x= 1",
		`<script>alert("x")</script> &amp; more`:                              `<script>alert("x")</script> &amp; more`,
		"A < B and C > D":                                                     "A < B and C > D",
		"Unclosed <i":                                                         "Unclosed <i",
	} {
		if got := dropTextMarkup(in); got != want {
			t.Errorf("dropTextMarkup(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAPIJSON(t *testing.T) {
	var got []string
	for _, name := range []string{"api-semanticscholar.json", "api-openalex.json", "api-openreview.json", "api-openreview-v1.json", "api-crossref.json", "api-dblp.json", "api-biorxiv.json"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range readFormat(t, name, string(data), FormatAuto) {
			got = append(got, fmt.Sprintf("%s:%d %s %q %s %s %q %q %q", name, e.Source.Line, e.Title, e.AuthorNames, e.Date, e.DateText, e.Venue, e.Abstract, urls(e)))
		}
	}
	array := `[{"id": "1", "title": "An Array Paper Title", "authors": ["Ann Smith"], "year": 2022, "url_pdf": "https://example.org/a.pdf", "url": "https://github.com/a/b",
		"externalIds": {"ArXiv": "2201.00009"}, "arxiv_id": "2201.00009"}]`
	for _, e := range readFormat(t, "array.json", array, FormatAuto) {
		got = append(got, fmt.Sprintf("array.json:%d %s %q %s %s %q", e.Source.Line, e.Title, e.AuthorNames, e.DateText, e.ArxivID, urls(e)))
	}
	want := []string{
		`api-semanticscholar.json:2 Sparse Things Unlearn Faster ["Ann Smith" "Bob Jones"]  2024 "ICML" "We study sparse things. Code: https://github.com/lab/sparse" ["paper https://arxiv.org/abs/2401.00111" "paper https://doi.org/10.1000/abc" "paper https://www.semanticscholar.org/paper/649def34f8be52c8b66281af98ae884c09aef38b" "code https://github.com/lab/sparse"]`,
		`api-semanticscholar.json:3 Dense Things Remember More ["Carl Lee"]  2023 "" "" ["paper https://arxiv.org/pdf/2301.00002"]`,
		`api-openalex.json:4 Sparse Things Unlearn Faster ["Ann Smith" "Bob Jones"] 2024-03-11 2024-03-11 "arXiv (Cornell University)" "We study sparse things. Code: https://github.com/lab/sparse" ["paper https://doi.org/10.1000/sparse.2024.1" "paper https://arxiv.org/abs/2403.00111" "paper https://arxiv.org/pdf/2403.00111" "code https://github.com/lab/sparse"]`,
		`api-openalex.json:21 Dense Things Remember More ["Carl Lee"]  2023 "" "" []`,
		`api-openreview.json:2 Sparse Things at Scale ["Ann Smith" "Bob Jones"] 2024-01-05 2024-01-05 "ICLR 2024 poster" "We scale sparse things. Code is at https://github.com/lab/scale." ["paper https://openreview.net/pdf/0123456789abcdef.pdf" "code https://github.com/lab/scale" "paper https://openreview.net/forum?id=AbCdEf123"]`,
		`api-openreview.json:10 Withdrawn Things []   "" "" ["paper https://openreview.net/forum?id=GhIj456"]`,
		`api-openreview-v1.json:1 Sparse Things, Version One ["Ann Smith" "Bob Jones"] 2023-09-25 2023-09-25 "ICLR 2024 Poster" "We sparsify things. Code: https://github.com/lab/v1" ["paper https://openreview.net/pdf/abcdef.pdf" "paper https://openreview.net/forum?id=SyxV1" "code https://github.com/lab/v1"]`,
		`api-crossref.json:2 Dense Things Remember More ["Carl Lee" "Dana Moe"] 2023-05-01 2023-05-01 "Journal of Dense Things" "Dense things remember more." ["paper https://doi.org/10.1000/dense.2023.7" "other https://example.org/dense.pdf"]`,
		`api-dblp.json:2 Sparse Things Unlearn Faster ["Ann Smith" "Bob Jones"]  2024 "ICML" "" ["paper https://doi.org/10.48550/ARXIV.2401.00111" "paper https://dblp.org/rec/conf/icml/SmithJ24" "paper https://proceedings.mlr.press/v235/smith24a.html"]`,
		`api-dblp.json:3 Dense Things Remember More ["Carl Lee"]  2023 "CoRR" "" ["paper https://dblp.org/rec/journals/corr/abs-2301-00002" "paper https://arxiv.org/abs/2301.00002"]`,
		`api-biorxiv.json:2 Folding Things with Sparse Models ["A. Smith" "B. C. Jones" "J.-P. Dupont"] 2024-01-08 2024-01-08 "bioRxiv" "We fold things fast. Code: https://github.com/foldlab/sparse-fold" ["paper https://doi.org/10.1101/2024.01.05.574001" "code https://github.com/foldlab/sparse-fold"]`,
		`api-biorxiv.json:3 Published Things ["C. Lee"] 2024-01-09 2024-01-09 "medRxiv" "Things, published." ["paper https://doi.org/10.1101/2024.01.06.574002"]`,
		`array.json:1 An Array Paper Title ["Ann Smith"] 2022 2201.00009 ["paper https://arxiv.org/abs/2201.00009" "code https://github.com/a/b" "other https://example.org/a.pdf"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestAPIJSONWithoutPapers reports an object that holds no array of
// papers, and names the keys it looks under.
func TestAPIJSONWithoutPapers(t *testing.T) {
	src := "{\n  \"meta\": {\"count\": 0},\n  \"group_by\": []\n}\n"
	err := New(Options{Format: FormatAPIJSON}).Read(context.Background(), "empty.json", strings.NewReader(src), func(*Entry) error { return nil }, func(error) {})
	if err == nil || !strings.HasPrefix(err.Error(), "empty.json:4: no array of papers in the object (want one under data, results") {
		t.Errorf("error %v", err)
	}
}

// FuzzAPIJSON reads any text as an API's answer: no panic, and every
// entry well made.
func FuzzAPIJSON(f *testing.F) {
	for _, name := range []string{"api-semanticscholar.json", "api-openalex.json", "api-openreview.json", "api-crossref.json", "api-dblp.json"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	f.Add(`{"a": {"b": {"c": {"data": [{"title": "T"}]}}}, "data": [{"title": {"value": ["U"]}, "abstract_inverted_index": {"x": [99999999]}}]}`)
	f.Fuzz(func(t *testing.T, src string) { fuzzRead(t, FormatAPIJSON, "f.json", src) })
}
