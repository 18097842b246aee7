package extract

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

// TestFeeds reads papers from feeds: arXiv's API (Atom: the id, the
// published day, the authors, the journal reference, the comment's code
// link and the DOI), arXiv's RSS (the abstract without its header, the
// authors in one dc:creator), and a bioRxiv-style RSS 1.0 feed (HTML in
// the title and the description, whose link to the code is kept, the
// authors surname first, the DOI in dc:identifier). The feeds' own
// titles are no papers.
func TestFeeds(t *testing.T) {
	rss := `<?xml version='1.0' encoding='UTF-8'?>
<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">
  <channel>
    <title>cs.LG updates on arXiv.org</title>
    <link>http://rss.arxiv.org/rss/cs.LG</link>
    <item>
      <title>Sparse Things Unlearn Faster</title>
      <link>https://arxiv.org/abs/2401.00111</link>
      <description>arXiv:2401.00111v1 Announce Type: new 
Abstract: We study sparse things. Code: https://github.com/lab/sparse</description>
      <guid isPermaLink="false">oai:arXiv.org:2401.00111v1</guid>
      <pubDate>Fri, 05 Jan 2024 00:00:00 -0500</pubDate>
      <dc:creator>Ann Smith, Bob Jones</dc:creator>
    </item>
  </channel>
</rss>
`
	var got []string
	for _, f := range []struct{ name, src string }{
		{"testdata/arxiv-api.xml", ""}, {"rss.xml", rss}, {"testdata/journal-rss.xml", ""},
	} {
		src := f.src
		if src == "" {
			data, err := os.ReadFile(f.name)
			if err != nil {
				t.Fatal(err)
			}
			src = string(data)
		}
		for _, e := range readFormat(t, f.name, src, FormatAuto) {
			got = append(got, fmt.Sprintf("%d %s %q %s %q %s %q %q", e.Source.Line, e.Title, e.AuthorNames, e.Date, e.Venue, e.ArxivID, e.Abstract, urls(e)))
		}
	}
	want := []string{
		`8 Sparse Things Unlearn Faster ["Ann Smith" "Bob Jones"] 2024-01-05 "Proc. ICML 2024" 2401.00111 "We study sparse things. We release code at https://github.com/lab/sparse-unlearn." ["paper https://arxiv.org/abs/2401.00111v2" "paper https://arxiv.org/pdf/2401.00111v2" "code https://github.com/lab/sparse" "code https://github.com/lab/sparse-unlearn"]`,
		`29 Dense Things & Their Memories ["Carl Lee"] 2024-01-04 "" 2401.00112 "Dense things remember." ["paper https://arxiv.org/abs/2401.00112v1" "paper https://doi.org/10.1000/xyz.123"]`,
		`6 Sparse Things Unlearn Faster ["Ann Smith" "Bob Jones"] 2024-01-05 "" 2401.00111 "We study sparse things. Code: https://github.com/lab/sparse" ["paper https://arxiv.org/abs/2401.00111" "code https://github.com/lab/sparse"]`,
		`8 Folding Things with Sparse Models ["A. Smith" "B. C. Jones" "J.-P. Dupont"] 2024-01-08 "bioRxiv"  "We fold things fast. Code is at GitHub." ["paper https://biorxiv.org/cgi/content/short/2024.01.05.574001v1?rss=1" "code https://github.com/foldlab/sparse-fold" "paper https://doi.org/10.1101/2024.01.05.574001"]`,
		`18 Untitled & Unbroken Second Item ["C. Lee"] 2024-01-09 ""  "" ["paper https://biorxiv.org/cgi/content/short/2024.01.05.574002v1?rss=1"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestDblpXML reads dblp's XML: a person's publications (each record in
// an <r>, its key giving its page on dblp, the person's own record no
// paper) and the search API's answer (each <hit>'s fields under <info>),
// with the authors without the numbers that tell namesakes apart, the
// titles without dblp's full stop and with their markup as text ("<i>k</i>"),
// the venue and the year. XML of any
// other kind is reported, not read as text.
func TestDblpXML(t *testing.T) {
	var got []string
	for _, name := range []string{"testdata/dblp-person.xml", "testdata/dblp-search.xml"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range readFormat(t, name, string(data), FormatAuto) {
			got = append(got, fmt.Sprintf("%d %s %q %d %s %q %s %q", e.Source.Line, e.Title, e.AuthorNames, e.Authors, e.DateText, e.Venue, e.ArxivID, urls(e)))
		}
	}
	want := []string{
		`6 Sparse Things Unlearn Faster ["Ann Smith" "Bob Jones"] 2 2024 "ICML"  ["paper https://dblp.org/rec/conf/icml/SmithJ24" "paper https://proceedings.mlr.press/v235/smith24a.html"]`,
		`16 Dense Things Remember More ["Ann Smith"] 1 2023 "CoRR" 2301.00002 ["paper https://dblp.org/rec/journals/corr/abs-2301-00002" "paper https://doi.org/10.48550/arXiv.2301.00002"]`,
		`26 On the k-Means Problem in L2 Spaces ["Ann Smith" "Jürgen Müller"] 2 2022 "SODA"  ["paper https://dblp.org/rec/conf/soda/SmithM22" "paper https://doi.org/10.1137/1.9781611977073.1"]`,
		`6 Sparse Things Unlearn Faster ["Ann Smith" "Bob Jones"] 2 2024 "ICML" 2401.00111 ["paper https://doi.org/10.48550/ARXIV.2401.00111" "paper https://proceedings.mlr.press/v235/smith24a.html" "paper https://dblp.org/rec/conf/icml/SmithJ24"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}

	other := "<?xml version=\"1.0\"?>\n<config><title>Not a Paper</title></config>\n"
	err := New(Options{}).Read(context.Background(), "config.xml", strings.NewReader(other), func(e *Entry) error {
		t.Errorf("entry %q from XML that is no listing", e.Title)
		return nil
	}, func(error) {})
	if err == nil || err.Error() != "config.xml:1: XML of <config>, which is no RSS or Atom feed, nor dblp's, Zotero's or EndNote's XML" {
		t.Errorf("error %v", err)
	}
}

// TestFeedXHTML reads an Atom entry whose title and content are XHTML:
// their text runs on through the markup, paragraphs apart, and a link in
// the content is the paper's.
func TestFeedXHTML(t *testing.T) {
	src := `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<entry>
<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Sparse <em>Things</em> Unlearn</div></title>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>We study things.</p><p>Code: <a href="https://github.com/lab/things">here</a>.</p></div></content>
<author><name>Ann Smith</name></author>
</entry>
</feed>
`
	var got []string
	for _, e := range readFormat(t, "xhtml.xml", src, FormatAuto) {
		got = append(got, fmt.Sprintf("%d %s %q %q %q", e.Source.Line, e.Title, e.AuthorNames, e.Abstract, urls(e)))
	}
	want := []string{`3 Sparse Things Unlearn ["Ann Smith"] "We study things. Code: here." ["code https://github.com/lab/things"]`}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestBrokenFeed reports where a feed breaks off, and keeps the papers
// before the break.
func TestBrokenFeed(t *testing.T) {
	src := "<?xml version=\"1.0\"?>\n<feed>\n<entry><title>A Paper Before the Break</title><id>http://arxiv.org/abs/2401.00113v1</id></entry>\n" +
		"<entry><title>Broken</title>\n<id a=\"1\" a=\"2\" <</entry>\n"
	var titles []string
	var errs []string
	err := New(Options{}).Read(context.Background(), "broken.xml", strings.NewReader(src), func(e *Entry) error {
		titles = append(titles, e.Title)
		return nil
	}, func(err error) { errs = append(errs, err.Error()) })
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(titles, []string{"A Paper Before the Break"}) {
		t.Errorf("titles %q", titles)
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0], "broken.xml:5: ") {
		t.Errorf("errors %q, want one at broken.xml:5", errs)
	}
}

// FuzzFeed reads any bytes as a feed: no panic, and every entry well made.
func FuzzFeed(f *testing.F) {
	for _, name := range []string{"testdata/arxiv-api.xml", "testdata/journal-rss.xml", "testdata/dblp-person.xml", "testdata/dblp-search.xml", "testdata/zotero.rdf", "testdata/endnote.xml"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	f.Add("<rss><channel><item><title>T</title><description>&lt;a href=\"https://github.com/a/b\"&gt;x&lt;/a&gt;</description><dc:creator>A, B., C, D.</dc:creator></item></channel></rss>")
	f.Add("<feed><entry><title>T</title><entry><title>U</title></entry><published>Mon, 2 Jan 2006 15:04:05 MST</published></entry></feed>")
	f.Fuzz(func(t *testing.T, src string) { fuzzRead(t, FormatFeed, "f.xml", src) })
}

// TestCommentVenue reads the venue an arXiv comment names, as its short
// name and year, and nothing from comments that name none.
func TestCommentVenue(t *testing.T) {
	for comment, want := range map[string]string{
		"Accepted at ICML 2024":                                         "ICML 2024",
		"12 pages, 5 figures; NeurIPS 2023 (spotlight)":                 "NeurIPS 2023",
		"To appear in CVPR 2024. Code: https://github.com/a/b":          "CVPR 2024",
		"Accepted by IEEE TPAMI 2024":                                   "IEEE TPAMI 2024",
		"ACL 2024 Findings, 9 pages":                                    "ACL 2024",
		"Published in Transactions on Machine Learning Research":        "",
		"ICML 2024 Workshop on Efficient Systems for Foundation Models": "",
		"13 pages, 2024 update":                                         "",
		"Code: https://github.com/a/b":                                  "",
		"Accepted as a poster at ICLR 2024":                             "ICLR 2024",
		"Camera-ready version for EMNLP 2023 main":                      "EMNLP 2023",
		"We thank the reviewers at CVPR for comments":                   "",
		"In Proc. of the 2024 Conference":                               "",
		"":                                                              "",
	} {
		if got := commentVenue(comment); got != want {
			t.Errorf("commentVenue(%q) = %q, want %q", comment, got, want)
		}
	}
}

// FuzzCommentVenue: any comment, no panic, and a venue found is a short
// name and a year.
func FuzzCommentVenue(f *testing.F) {
	for _, s := range []string{"Accepted at ICML 2024", "12 pages; NeurIPS 2023 (spotlight)", "Accepted as a poster at ICLR 2024", "at at at X 2024"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, comment string) {
		v := commentVenue(comment)
		if v == "" {
			return
		}
		words := strings.Fields(v)
		if len(words) < 2 || len(words) > 3 || !hasYear(words[len(words)-1]) {
			t.Fatalf("commentVenue(%q) = %q", comment, v)
		}
	})
}

// TestFeedContentEncoded reads a journal's RSS 1.0 item whose abstract is
// in content:encoded, as Nature's feeds give it: its text and code link,
// without the paragraph of where and when it was published.
func TestFeedContentEncoded(t *testing.T) {
	src := `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/">
<channel rdf:about="https://journal.example.org/rss"><title>A Journal</title></channel>
<item rdf:about="https://journal.example.org/articles/a1">
<title><![CDATA[Sparse things unlearn faster]]></title>
<link>https://journal.example.org/articles/a1</link>
<content:encoded><![CDATA[<p>A Journal, Published online: 05 January 2024; <a href="https://journal.example.org/articles/a1">doi:10.1000/a1</a></p>We show sparse things unlearn faster. Code: <a href="https://github.com/lab/sparse">GitHub</a>.]]></content:encoded>
<dc:creator>Ann Smith</dc:creator>
<dc:date>2024-01-05</dc:date>
</item>
</rdf:RDF>
`
	var got []string
	for _, e := range readFormat(t, "journal.rss", src, FormatAuto) {
		got = append(got, fmt.Sprintf("%d %s %q %q %q", e.Source.Line, e.Title, e.AuthorNames, e.Abstract, urls(e)))
	}
	want := []string{`4 Sparse things unlearn faster ["Ann Smith"] "We show sparse things unlearn faster. Code: GitHub." ["other https://journal.example.org/articles/a1" "code https://github.com/lab/sparse"]`}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestZoteroRDF reads Zotero's RDF export: each record of a work under
// the root (bib:Article, a preprint's rdf:Description) with its
// title, its authors, surname and given name, its journal, date, abstract,
// address and DOI (a title that reads "<script>" as text keeps it);
// attachments and the journals records share are no papers.
func TestZoteroRDF(t *testing.T) {
	data, err := os.ReadFile("testdata/zotero.rdf")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range readFormat(t, "zotero.rdf", string(data), FormatAuto) {
		got = append(got, fmt.Sprintf("%d %s %q %q %s %q %q", e.Source.Line, e.Title, e.AuthorNames, e.Venue, e.DateText, e.Abstract, urls(e)))
	}
	want := []string{
		`11 Sparse Things Unlearn Faster ["Ann Smith" "Bob Jones"] "" 2024-01-05 "We study sparse things. Code: https://github.com/lab/sparse" ["paper https://arxiv.org/abs/2401.00111" "code https://github.com/lab/sparse"]`,
		`45 Dense Things & <script> Remember More ["Carl Lee" "OpenLab"] "Journal of Dense Things" 2023-05 "" ["paper https://doi.org/10.1000/dense.7"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestEndNoteXML reads EndNote's XML (as EndNote, Mendeley and Papers
// export a library), found by its content: each record with its title
// over the styles EndNote splits it into, its authors (surname first; the
// editors are none), its journal's full name over the short one, or its
// proceedings', its date or year, abstract, DOI, addresses (not a PDF
// inside the library) and the links in its notes. A record without a
// title is reported at its line, and the others are kept.
func TestEndNoteXML(t *testing.T) {
	es, problems, err := readFile(t, "testdata/endnote.xml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range es {
		got = append(got, fmt.Sprintf("%d %s %q %q %s %q %q", e.Source.Line, e.Title, e.AuthorNames, e.Venue, e.DateText, e.Abstract, urls(e)))
	}
	want := []string{
		`1 Sparse Unlearning for Large Language Models ["Ada Example" "Grace B. Hopper"] "International Conference on Machine Learning" 2024 "We prune the weights that hold what a model learnt from forgotten data." ["paper https://arxiv.org/abs/2401.01234" "paper https://doi.org/10.5555/3692070.3692100" "code https://github.com/ada-lab/sparse-unlearning"]`,
		`2 Robust Priors for <script> Inverse Problems ["Grace Hopper"] "Journal of Machine Learning Research" 2023-03-15 "" ["code https://gitlab.com/hopper/robust-priors"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
	if len(problems) != 1 || !strings.Contains(problems[0].Error(), "endnote.xml:3: skipped: a record without a title") {
		t.Errorf("problems %v, want the record without a title at line 3", problems)
	}
}
