package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// hfPage is a Hugging Face papers page as a browser saves it, holding the
// papers of testdata/hf-daily.json in its DailyPapers element on line 7,
// with a script and server-rendered markup around it that must not be
// read as papers.
func hfPage(t testing.TB) string {
	t.Helper()
	api, err := os.ReadFile("../../testdata/hf-daily.json")
	if err != nil {
		t.Fatal(err)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, api); err != nil {
		t.Fatal(err)
	}
	props := `{"dailyPapers":` + compact.String() + `,"lastDate":"2024-03-12"}`
	return `<!-- saved from url=(0029)https://huggingface.co/papers -->
<!DOCTYPE html>
<html><head><title>Daily Papers - Hugging Face</title>
<script>window.x = '<a href="https://github.com/evil/script">';</script>
</head><body>
<div class="SVELTE_HYDRATER contents" data-target="MainHeader" data-props="{&quot;user&quot;:null}"></div>
<div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="` + html.EscapeString(props) + `">
<section><article><h3><a href="/papers/2403.06504">Adding NVMe SSDs</a></h3>
<a href="https://github.com/example/fuyou">GitHub</a></article></section>
</div></body></html>
`
}

// TestHTMLPageData reads a saved Hugging Face page as the API's JSON of
// its papers: the same entries, found at the element's line, and the
// same paper without a title reported.
func TestHTMLPageData(t *testing.T) {
	want, _, err := readFile(t, "../../testdata/hf-daily.json", Options{})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "papers.html")
	if err := os.WriteFile(path, []byte(hfPage(t)), 0o644); err != nil {
		t.Fatal(err)
	}
	got, problems, err := readFile(t, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) != 1 || !strings.Contains(problems[0].Error(), "papers.html:7: skipped: a paper without a title") {
		t.Errorf("problems %v, want the paper without a title at line 7", problems)
	}
	if len(got) != len(want) {
		t.Fatalf("%d entries, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i].Source.Line != 7 {
			t.Errorf("%q at line %d, want 7", got[i].Title, got[i].Source.Line)
		}
		got[i].Source = want[i].Source
		if g, w := got[i].AppendJSON(nil), want[i].AppendJSON(nil); !bytes.Equal(g, w) {
			t.Errorf("entry %d:\n got %s\nwant %s", i, g, w)
		}
	}
}

// TestHTMLBadPageData reports page data that is not JSON at its line.
func TestHTMLBadPageData(t *testing.T) {
	src := "<html><body>\n<div data-props=\"{&quot;dailyPapers&quot;:[{&quot;paper&quot;:\"></div>"
	err := New(Options{Format: FormatHTML}).Read(context.Background(), "p.html", strings.NewReader(src),
		func(*Entry) error { return nil }, func(error) {})
	var ie *InputError
	if !errors.As(err, &ie) || ie.Line != 2 || !strings.Contains(err.Error(), "p.html:2: bad JSON in data-props") {
		t.Errorf("got %v, want a bad JSON error at p.html:2", err)
	}
}

// TestHTMLAsMarkdown reads any other page as the Markdown it stands for:
// list items and table rows with links are papers, at their lines in the
// page; relative links resolve against the page's address; what a reader
// does not see (scripts, buttons, the head) and table-of-contents links
// are not papers; entities and Markdown's punctuation in titles stay as
// written.
func TestHTMLAsMarkdown(t *testing.T) {
	src := `<!DOCTYPE html>
<html><head><base href="https://example.org/list/"><script>var s = "<li><a href='https://github.com/evil/x'>X</a></li>";</script></head>
<body>
<nav><ul><li><a href="#papers">Papers</a></li></ul></nav>
<h2 id="papers">Papers *2024*</h2>
<ul>
  <li><a href="https://arxiv.org/abs/2304.04934">Model Sparsity &amp; [Machine] Unlearning</a>
      <a href="https://github.com/OPTML-Group/Unlearn-Sparse">code</a></li>
  <li>
    <a href="papers/salun.pdf">SalUn: Empowering <em>Machine</em> Unlearning</a> <button>Copy <a href="https://github.com/evil/button">x</a></button>
    <ul><li>Code: <a href="https://github.com/OPTML-Group/Unlearn-Saliency">GitHub</a></li></ul>
  </li>
  <li>2023. <a href="mailto:a@b.c">Mail</a> only</li>
  <li>1. <a href="https://arxiv.org/abs/2301.00001">Numbered</a></li>
</ul>
<ul><li><a href="https://arxiv.org/abs/2401.00009"><div class="card"><h3>A Card</h3>
<p>Its blurb.</p></div></a> <a href="https://github.com/a/card">code</a></li></ul>
<table>
<tr><th>Title</th><th>Venue</th><th>Code</th></tr>
<tr><td><a href="https://arxiv.org/abs/2302.09880">Towards | Unbounded</a></td><td>NeurIPS 2023</td>
<td><a href="https://github.com/meghdadk/SCRUB">GitHub</a></td></tr>
</table>
</body></html>
`
	es := readFormat(t, "list.html", src, FormatHTML)
	type entry struct {
		title, section, venue string
		line                  int
		links                 []string
	}
	var got []entry
	for _, e := range es {
		got = append(got, entry{e.Title, e.Section, e.Venue, e.Source.Line, urls(e)})
	}
	want := []entry{
		{"Model Sparsity & [Machine] Unlearning", "Papers *2024*", "", 7, []string{"paper https://arxiv.org/abs/2304.04934", "code https://github.com/OPTML-Group/Unlearn-Sparse"}},
		{"SalUn: Empowering Machine Unlearning", "Papers *2024*", "", 9, []string{"other https://example.org/list/papers/salun.pdf", "code https://github.com/OPTML-Group/Unlearn-Saliency"}},
		{"Numbered", "Papers *2024*", "", 14, []string{"paper https://arxiv.org/abs/2301.00001"}},
		{"A Card", "Papers *2024*", "", 16, []string{"paper https://arxiv.org/abs/2401.00009", "code https://github.com/a/card"}},
		{"Towards | Unbounded", "Papers *2024*", "NeurIPS 2023", 20, []string{"paper https://arxiv.org/abs/2302.09880", "code https://github.com/meghdadk/SCRUB"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %+v\nwant %+v", got, want)
	}
}

// TestPageAddress resolves a page's relative links against its address:
// its <base>, its canonical link, Open Graph's og:url (which sites'
// themes write on every page) or the comment a browser saves it with,
// the first that comes. A page that gives none drops them, unless the
// reader is given an address for such pages (BaseURL), which a page's
// own address overrides.
func TestPageAddress(t *testing.T) {
	body := `<body><ul><li><a href="/pdf/sparse.pdf">Sparse Things Unlearn Faster</a> <a href="https://github.com/lab/sparse">code</a></li></ul></body></html>`
	for _, tc := range []struct{ head, want string }{
		{`<base href="https://a.example.org/x/">`, "https://a.example.org/pdf/sparse.pdf"},
		{`<link rel="Canonical" href="https://b.example.org/pubs/">`, "https://b.example.org/pdf/sparse.pdf"},
		{`<meta property="og:url" content=" https://c.example.org/pubs/ "><link rel="canonical" href="https://z.example.org/">`, "https://c.example.org/pdf/sparse.pdf"},
		{`<meta property="og:title" content="https://x.example.org/"><meta name="description" content="Papers">`, ""},
	} {
		page := "<!DOCTYPE html><html><head>" + tc.head + "</head>" + body
		es := readFormat(t, "p.html", page, FormatHTML)
		if len(es) != 1 {
			t.Fatalf("%s: %d entries, want 1", tc.head, len(es))
		}
		want := []string{"code https://github.com/lab/sparse"}
		if tc.want != "" {
			want = append([]string{"other " + tc.want}, want...)
		}
		if got := urls(es[0]); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: links %q, want %q", tc.head, got, want)
		}
	}
	for head, want := range map[string]string{
		"":                                       "other https://given.example.org/pdf/sparse.pdf",
		`<base href="https://a.example.org/x/">`: "other https://a.example.org/pdf/sparse.pdf",
	} {
		page := "<!DOCTYPE html><html><head>" + head + "</head>" + body
		es, _, err := readFrom(strings.NewReader(page), "p.html", Options{Format: FormatHTML, BaseURL: "https://given.example.org/pubs/"})
		if err != nil || len(es) != 1 || urls(es[0])[0] != want {
			t.Errorf("BaseURL, head %q: entries %+v, %v; want the first link %q", head, es, err, want)
		}
	}
}

// TestHTMLHiddenText leaves out what a page's classes hide on every
// screen ("hidden", "d-none"), links too, but keeps what they hide on
// some screens only ("hidden md:inline") and the text for screen readers
// ("sr-only"), which may be an icon link's only label.
func TestHTMLHiddenText(t *testing.T) {
	page := `<html><body><ul>
<li><a href="https://arxiv.org/abs/2401.00001">Sparse Things Unlearn Faster</a> <span class="authors">Ann Smith<span class="inst hidden">, Secret University</span>, Bob Jones</span>
<div class="d-none"><a href="https://github.com/hidden/repo">code</a></div>
<span class="hidden md:inline">[<a href="https://github.com/lab/sparse">code</a>]</span> <a href="https://github.com/lab/extra"><i class="fa fa-github"></i><span class="sr-only">Code</span></a></li>
</ul></body></html>`
	es := readFormat(t, "h.html", page, FormatHTML)
	if len(es) != 1 {
		t.Fatalf("entries %+v, want 1", es)
	}
	want := []string{"paper https://arxiv.org/abs/2401.00001", "code https://github.com/lab/sparse", "code https://github.com/lab/extra"}
	if got := urls(es[0]); !reflect.DeepEqual(got, want) || !reflect.DeepEqual(es[0].AuthorNames, []string{"Ann Smith", "Bob Jones"}) {
		t.Errorf("links %q, authors %q; want %q and Ann Smith, Bob Jones", got, es[0].AuthorNames, want)
	}
}

// TestHTMLCards reads a link wrapping a title and a blurb, as project
// pages lay out their papers in a grid, as a paper titled by the link's
// first block; a link wrapping one block alone (a logo) is no paper.
func TestHTMLCards(t *testing.T) {
	src := `<html><body><main>
<h2>Projects</h2>
<div class="grid">
<a class="card" href="https://github.com/lab/alpha">
  <h3>Alpha: Fast <b>Unlearning</b> for Diffusion Models</h3>
  <p>We make diffusion models forget concepts in minutes.</p>
</a>
<a class="card" href="https://github.com/lab/beta"><div class="title">Beta: Robust Offline Optimization</div><div class="blurb">A surrogate that generalises.</div></a>
<a href="https://github.com/lab"><div class="logo">The Lab</div></a>
</div>
<ul><li><a href="https://github.com/lab/gamma"><h4>Gamma: Sparse Fine-Tuning</h4><p>Sparse updates, dense results.</p></a></li></ul>
<p>Read <a href="https://github.com/lab/delta"><span>the Delta code</span></a> too.</p>
</main></body></html>`
	got := titledAt(readFormat(t, "projects.html", src, FormatHTML))
	want := []titled{
		{"Alpha: Fast Unlearning for Diffusion Models", 4, []string{"code https://github.com/lab/alpha"}},
		{"Beta: Robust Offline Optimization", 8, []string{"code https://github.com/lab/beta"}},
		{"Gamma: Sparse Fine-Tuning", 11, []string{"code https://github.com/lab/gamma"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %+v\nwant %+v", got, want)
	}
}

// TestHTMLContent reads only a page's content when it marks it (<main>,
// or GitHub's README element): not its menus, header or footer.
func TestHTMLContent(t *testing.T) {
	src := `<html><body>
<header><ul><li><a href="https://github.com/features/copilot">Copilot</a></li><li><a href="https://arxiv.org/abs/1111.11111">Menu Paper</a></li></ul></header>
<div class="repo">
<article class="markdown-body entry-content" itemprop="text"><div class="markdown-heading"><h2 class="heading-element">Papers</h2><a id="user-content-papers" class="anchor" href="#papers"><svg><path d="M0"></path></svg></a></div>
<ul>
<li><a href="https://arxiv.org/abs/2304.04934" rel="nofollow">Model Sparsity</a> <a href="https://github.com/OPTML-Group/Unlearn-Sparse">code</a></li>
</ul>
<article><ul><li><a href="https://arxiv.org/abs/2310.12508">Nested Article Paper</a></li></ul></article>
<ul><li><a href="https://arxiv.org/abs/2302.09880">After The Nested Article</a></li></ul>
</article>
<ul><li><a href="https://arxiv.org/abs/2222.22222">Sidebar Paper</a></li></ul>
</div>
<footer><ul><li><a href="https://arxiv.org/abs/3333.33333">Footer Paper</a></li></ul></footer>
</body></html>`
	var got []string
	for _, e := range readFormat(t, "readme.html", src, FormatHTML) {
		got = append(got, e.Title)
	}
	want := []string{"Model Sparsity", "Nested Article Paper", "After The Nested Article"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("titles %q, want %q", got, want)
	}
}

// TestHTMLPublications reads a lab's publication page: a paragraph with a
// link labelled as a paper or code is a paper, titled by its bold opening
// or its first sentence, with a <br> inside it, and so is one that opens
// with its title's link; a paragraph of prose with an ordinary link is
// not, even when the link opens it, nor a bold word alone.
func TestHTMLPublications(t *testing.T) {
	src := `<html><body><main>
<h2>Publications</h2>
<p>Our lab works on unlearning. See <a href="https://example.org/blog">the blog</a>.</p>
<p><b> Model Sparsity Can Simplify Machine Unlearning </b><br>J. Jia, J. Liu. NeurIPS 2023.
<a href="https://arxiv.org/abs/2304.04934">[pdf]</a> <a href="https://github.com/OPTML-Group/Unlearn-Sparse">[code]</a></p>
<p><strong>SalUn: Empowering Machine Unlearning</strong>, C. Fan et al., ICLR 2024 <a href="https://github.com/OPTML-Group/Unlearn-Saliency">code</a></p>
<p>Plain Title Without Bold. A. Author. 2022. <a href="https://arxiv.org/abs/2201.00001">PDF</a></p>
<p>We are <b></b>hiring: <b>PhD students</b>.</p>
<p><a href="https://arxiv.org/abs/2301.00021">A Linked Paper Title</a><br>A. Author, B. Author<br>ICML 2023 <a href="https://github.com/h/one">[code]</a></p>
<p><a href="https://github.com/h/all">Our Group Code Repository</a> holds all our code.</p>
</main></body></html>`
	got := titledAt(readFormat(t, "pubs.html", src, FormatHTML))
	want := []titled{
		{"Model Sparsity Can Simplify Machine Unlearning", 4, []string{"paper https://arxiv.org/abs/2304.04934", "code https://github.com/OPTML-Group/Unlearn-Sparse"}},
		{"SalUn: Empowering Machine Unlearning", 6, []string{"code https://github.com/OPTML-Group/Unlearn-Saliency"}},
		{"Plain Title Without Bold", 7, []string{"paper https://arxiv.org/abs/2201.00001"}},
		{"A Linked Paper Title", 9, []string{"paper https://arxiv.org/abs/2301.00021", "code https://github.com/h/one"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %+v\nwant %+v", got, want)
	}
}

// TestHTMLBylines reads the authors and venue a page writes after a
// title, on a line of its own (<br>) or after a comma.
func TestHTMLBylines(t *testing.T) {
	src := `<html><body><main>
<h2>Publications</h2>
<p><b>Model Sparsity Can Simplify Machine Unlearning</b><br>J. Jia, J. Liu. NeurIPS 2023.
<a href="https://arxiv.org/abs/2304.04934">[pdf]</a></p>
<p><strong>SalUn: Empowering Machine Unlearning</strong>, C. Fan et al., ICLR 2024 <a href="https://github.com/OPTML-Group/Unlearn-Saliency">code</a></p>
<ul><li><b>Listed Paper</b><br><i>Grace Hopper, Alan Turing</i><br>ICML 2021 <a href="https://arxiv.org/abs/2101.00001">paper</a></li></ul>
</main></body></html>`
	type entry struct {
		names   []string
		authors int
		venue   string
	}
	var got []entry
	for _, e := range readFormat(t, "bylines.html", src, FormatHTML) {
		got = append(got, entry{e.AuthorNames, e.Authors, e.Venue})
	}
	want := []entry{
		{[]string{"J. Jia", "J. Liu"}, 2, "NeurIPS 2023"},
		{[]string{"C. Fan"}, -1, "ICLR 2024"},
		{[]string{"Grace Hopper", "Alan Turing"}, 2, "ICML 2021"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %+v\nwant %+v", got, want)
	}
}

// TestMarkdownHTMLBlocks reads the HTML tables and lists a Markdown list
// holds as an HTML page's, at their lines and under their sections; a
// table of contributors, with no title column, has no papers.
func TestMarkdownHTMLBlocks(t *testing.T) {
	src := `# List

## Tables

<table>
<tr><th>Paper</th><th>Code</th></tr>
<tr>
  <td><a href="https://arxiv.org/abs/2210.08196">Forget Unlearning</a></td>
  <td><a href="https://github.com/ayush-sekhari/forget">GitHub</a></td>
</tr>
</table>

## Lists
<ul>
<li><a href="https://arxiv.org/abs/2010.10981">Amnesiac Machine Learning</a></li>
</ul>

<table><tr><td><a href="https://github.com/someone"><img src="a.png"><br><sub><b>Someone</b></sub></a></td></tr></table>
`
	type entry struct {
		title, section string
		line           int
	}
	var got []entry
	for _, e := range readFormat(t, "list.md", src, FormatMarkdown) {
		got = append(got, entry{e.Title, e.Section, e.Source.Line})
	}
	want := []entry{{"Forget Unlearning", "Tables", 7}, {"Amnesiac Machine Learning", "Lists", 15}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %+v\nwant %+v", got, want)
	}
}

// TestArxivPages reads saved arXiv pages: a listing (a <dl> of ids and
// metadata) and search results, each paper with its title (search hits
// kept, descriptors left out), authors, abstract, the month its id gives,
// the venue its comments name, and the links its comments and abstract
// carry; a page with a <dl> of its own is read as any page.
func TestArxivPages(t *testing.T) {
	type paper struct {
		line    int
		title   string
		authors []string
		date    string
		venue   string
		abs     bool
		links   []string
	}
	tests := []struct {
		file string
		want []paper
	}{
		{"testdata/arxiv-list.html", []paper{
			{8, "Sparse Things Learn Faster Than Dense Things", []string{"Ann Smith", "Bob Jones"}, "2024-01", "ICML 2024", true,
				[]string{"paper https://arxiv.org/abs/2401.00041", "code https://github.com/ann/sparse", "code https://github.com/ann/sparse-extra"}},
			{24, "Dense Things Remember More", []string{"Rick Roe"}, "2024-01", "", false, []string{"paper https://arxiv.org/abs/2401.00042"}},
		}},
		{"testdata/arxiv-search.html", []paper{
			{3, "Searching For Unlearning Methods", []string{"Ann Smith", "Bob Jones"}, "2024-01", "", true,
				[]string{"paper https://arxiv.org/abs/2401.00051", "code https://github.com/s/search"}},
			{26, "A Second Search Result", []string{"Rick Roe"}, "2023-12", "", false, []string{"paper https://arxiv.org/abs/2312.00052"}},
		}},
	}
	for _, tt := range tests {
		src, err := os.ReadFile(tt.file)
		if err != nil {
			t.Fatal(err)
		}
		var got []paper
		for _, e := range readFormat(t, tt.file, string(src), FormatAuto) {
			got = append(got, paper{e.Source.Line, e.Title, e.AuthorNames, e.DateText, e.Venue, e.Abstract != "", urls(e)})
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.file, got, tt.want)
		}
	}

	page := `<html><body><style>.list-title{}</style><dl><dt>Term</dt><dd>Definition</dd></dl>
<ul><li><a href="https://arxiv.org/abs/2401.00001">A Normal Page Paper</a></li></ul></body></html>`
	if got := titledAt(readFormat(t, "p.html", page, FormatHTML)); len(got) != 1 || got[0].title != "A Normal Page Paper" {
		t.Errorf("a page with a <dl>: %+v", got)
	}
}

// TestACLAnthologyPage reads a saved ACL Anthology volume: each paper a
// paragraph of labelled links ("pdf", "bib") before its title's link in
// bold, over its authors, linked to their pages, which are authors and
// not papers.
func TestACLAnthologyPage(t *testing.T) {
	src, err := os.ReadFile("testdata/acl-volume.html")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range readFormat(t, "acl.html", string(src), FormatHTML) {
		kinds := map[Kind]int{}
		for _, l := range e.Links {
			kinds[l.Kind]++
		}
		got = append(got, fmt.Sprintf("%d %s %q %d paper, %d other", e.Source.Line, e.Title, e.AuthorNames, kinds[KindPaper], kinds[KindOther]))
	}
	want := []string{
		`3 Quantized Side Tuning: Fast and Memory-Efficient Tuning of Quantized Large Language Models ["Zhengxin Zhang" "Dapeng Zhao"] 3 paper, 2 other`,
		`7 Unsupervised Multimodal Clustering for Semantics Discovery ["Hanlei Zhang"] 2 paper, 1 other`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestDefinitionListPapers reads a page that lists papers as a
// definition list, each title a <dt> and its authors and links <dd>s (CVF
// open access pages), as one paper with all its links and its authors
// (each a form's script link, "<a href="#">", over lines of its own); a
// glossary's term and definition are no paper.
func TestDefinitionListPapers(t *testing.T) {
	src, err := os.ReadFile("testdata/cvf-open-access.html")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range readFormat(t, "cvf.html", string(src), FormatHTML) {
		got = append(got, fmt.Sprintf("%d %s %d %s %q", e.Source.Line, e.Title, len(e.Links), e.ArxivID, e.AuthorNames))
	}
	want := []string{
		`4 Unified Things for Dense Prediction 4 2401.00091 ["Ann Smith" "Bob Jones"]`,
		`21 Second Open Access Paper Title 2  []`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}

	// With its <dd>s left unclosed, as HTML allows, each term still
	// starts a paragraph of its own.
	for _, page := range []string{string(src), strings.ReplaceAll(string(src), "</dd>", "")} {
		md, _ := pageMarkdown([]byte(page))
		var paras []string
		for _, p := range strings.Split(string(md), "\n\n") {
			if strings.Contains(p, "Open Access Paper Title") || strings.Contains(p, "Unified Things") {
				paras = append(paras, p)
			}
		}
		if len(paras) != 2 {
			t.Errorf("the terms stand in %d paragraphs, want 2:\n%s", len(paras), md)
		}
	}

	glossary := `<html><body><dl><dt>Unlearning</dt><dd>Removing what a model learned, see <a href="https://github.com/a/b">this code</a>.</dd></dl>
<ul><li><a href="https://arxiv.org/abs/2401.00001">A Listed Paper Title</a></li></ul></body></html>`
	if got := titledAt(readFormat(t, "g.html", glossary, FormatHTML)); len(got) != 1 || got[0].title != "A Listed Paper Title" {
		t.Errorf("a glossary and a list: %+v, want the list's paper alone", got)
	}
}

// TestAcademicPage reads a page of publications as academic sites' themes
// (al-folio) write them, each paper an item of divs by class: its title,
// its authors (their pages no links of the paper's), its venue without
// the "In " before it, and its links, a relative one made whole from the
// address the page was saved from; the venue's badge over each is no part
// of the title, and a year's heading is the papers' section.
func TestAcademicPage(t *testing.T) {
	data, err := os.ReadFile("testdata/academic-page.html")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range readFormat(t, "academic-page.html", string(data), FormatAuto) {
		got = append(got, fmt.Sprintf("%d %s %q %q %s %q", e.Source.Line, e.Title, e.AuthorNames, e.Venue, e.Section, urls(e)))
	}
	want := []string{
		`10 Sparse Things Unlearn Faster ["Ann Smith" "Bob Jones"] "International Conference on Machine Learning, 2024" 2024 ["paper https://arxiv.org/abs/2401.00111" "code https://github.com/lab/sparse"]`,
		`23 Dense Things Remember <script> More ["Carl Lee" "Ann Smith" "Dana Moe"] "NeurIPS, 2023" 2024 ["other https://ann.example.org/assets/pdf/dense.pdf"]`,
		`33 Linked Things Are Found ["Eve Roe"] "ICLR, 2022" 2022 ["paper https://openreview.net/forum?id=abc123"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestProceedingsVolume reads a volume of proceedings as PMLR's pages
// give it: each paper a title, a line of authors before the volume's
// name, and a paragraph of labelled links, among them its PDF kept in a
// repository of the publisher's, which is the paper's and no code of
// the publisher's; the volume's heading is the papers' section.
func TestProceedingsVolume(t *testing.T) {
	data, err := os.ReadFile("testdata/proceedings-volume.html")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range readFormat(t, "proceedings-volume.html", string(data), FormatAuto) {
		got = append(got, fmt.Sprintf("%d %s %q %s %q", e.Source.Line, e.Title, e.AuthorNames, e.Section, urls(e)))
	}
	want := []string{
		`7 Sparse Things Unlearn Faster ["Ann Smith" "Bob Jones"] Volume 9: A Conference on Learning Things, 1-5 July 2024 ["paper https://raw.githubusercontent.com/prdata/v9/main/assets/smith24a/smith24a.pdf" "paper https://openreview.net/forum?id=abc123"]`,
		`12 Dense Things Remember More ["Carl Lee"] Volume 9: A Conference on Learning Things, 1-5 July 2024 ["other https://proceedings.example.org/v9/lee24a.html" "paper https://raw.githubusercontent.com/prdata/v9/main/assets/lee24a/lee24a.pdf"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestWowchemyPages reads the publications of academic sites built with
// Hugo's Wowchemy (Academic) theme, in its three views. The citation view
// gives each paper as its authors, year, title linked to the paper's
// page, venue and a paragraph of buttons, among them a "Cite" that links
// nothing. The compact view gives the title over a summary linked to the
// same page, the authors and the buttons; the card view, the authors and
// the date over the title. The name the site highlights
// is one of the authors, not a field of its own, and a post in the same
// view, without authors or buttons, is no paper.
func TestWowchemyPages(t *testing.T) {
	checkPages(t, []pageWant{
		{"wowchemy-publications.html", []string{
			`15 Sparse Unlearning for Large Language Models ["Ada Example" "Grace Hopper" "Alan Turing"] 2024 "2401.01234" "International Conference on Machine Learning (ICML)" "" ["other https://ada.example.org/publication/sparse-unlearning/" "paper https://arxiv.org/pdf/2401.01234" "code https://github.com/ada-lab/sparse-unlearning" "paper https://doi.org/10.5555/3692070.3692100"]`,
			`32 Robust Priors for <script> "Inverse" Problems ["Grace Hopper" "Ada Example"] 2023 "" "Journal of Machine Learning Research" "" ["other https://ada.example.org/publication/robust-priors/" "other https://ada.example.org/publication/robust-priors/robust-priors.pdf" "code https://gitlab.com/ada-lab/robust-priors"]`,
			`47 Notes on Curvature in Deep Networks ["Ada Example"] 2022 "2205.00042" "arXiv preprint arXiv:2205.00042" "" ["other https://ada.example.org/publication/curvature-notes/" "paper https://arxiv.org/abs/2205.00042"]`,
		}},
		{"wowchemy-home.html", []string{
			`42 Sparse Unlearning for Large Language Models ["Ada Example" "Grace Hopper" "Alan Turing"]  "2401.01234" "" "We remove what a model learnt from forgotten data by pruning the weights that hold it." ["other https://ada.example.org/publication/sparse-unlearning/" "paper https://arxiv.org/pdf/2401.01234" "code https://github.com/ada-lab/sparse-unlearning"]`,
			`67 Robust Priors for Inverse Problems ["Grace Hopper" "Ada Example"]  "" "" "" ["other https://ada.example.org/publication/robust-priors/" "code https://gitlab.com/ada-lab/robust-priors"]`,
		}},
		{"wowchemy-cards.html", []string{
			`14 Sparse Unlearning for Large Language Models ["Ada Example" "Grace Hopper"] 2024 "2401.01234" "" "We prune the weights that hold what a model learnt." ["other https://ada.example.org/publication/sparse-unlearning/" "paper https://arxiv.org/pdf/2401.01234" "code https://github.com/ada-lab/sparse-unlearning"]`,
			`32 Robust Priors for Inverse Problems ["Grace Hopper" "Ada Example"] 2023-03 "" "" "" ["other https://ada.example.org/publication/robust-priors/" "code https://gitlab.com/ada-lab/robust-priors"]`,
		}},
	})
}

// TestAcademicPagesSite reads the publications of sites built with
// Jekyll's academicpages theme: a heading, linked or not, or a list item
// in bold, over the lines the theme writes ("Published in <venue>, 2024",
// the summary, "Recommended citation: <APA citation>", "Download Paper"),
// or over fields a site's own layout writes ("Venue: ...", "Date: ...").
// The citation gives the authors when it cites the same title.
func TestAcademicPagesSite(t *testing.T) {
	checkPages(t, []pageWant{
		{"academicpages-archive.html", []string{
			`17 Sparse Unlearning for Large Language Models ["A. Example" "G. Hopper"] 2024 "2401.01234" "International Conference on Machine Learning" "We prune the weights that hold what a model learnt from forgotten data." ["project https://ada-example.github.io/publication/2024-07-01-sparse-unlearning" "paper https://arxiv.org/pdf/2401.01234"]`,
			`28 Robust Priors for <script> Inverse Problems ["G. Hopper" "A. Example"] 2023 "" "Journal of Machine Learning Research" "" ["project https://ada-example.github.io/publication/2023-03-01-robust-priors" "project https://ada-example.github.io/files/robust-priors.pdf"]`,
		}},
		{"academicpages-custom.html", []string{
			`8 Sparse Unlearning for Large Language Models ["A. Example" "G. Hopper"] 2024 "2401.01234" "International Conference on Machine Learning" "We prune the weights that hold what a model learnt from forgotten data." ["project https://bo-example.github.io/publication/2024-sparse" "paper https://arxiv.org/pdf/2401.01234"]`,
			`18 Robust Priors for Inverse Problems ["G. Hopper" "A. Example"] March 2023 "" "Journal of Machine Learning Research" "We study priors that stay robust when the forward model is wrong." ["project https://bo-example.github.io/files/robust.pdf"]`,
		}},
	})
}

// TestBibliographyPages reads the references of a bibliography as citation
// styles write them in HTML, each a <div class="csl-entry">: Zotero's
// "Create Bibliography" in APA, and Pandoc's citeproc in IEEE, whose
// number and text are blocks of their own inside the entry. Each gives
// its venue after its title, without volume and pages, and IEEE's year
// among them; a preprint's number after its title is no part of it, and
// gives its arXiv id.
func TestBibliographyPages(t *testing.T) {
	checkPages(t, []pageWant{
		{"zotero-bibliography.html", []string{
			`9 Sparse things unlearn faster ["A. Smith" "B. Jones"] 2024 "" "Proceedings of the 41st International Conference on Machine Learning" "" ["paper https://doi.org/10.5555/3692070.3692111"]`,
			`11 Dense things remember more ["C. Lee"] 2023 "2301.00222" "arXiv" "" ["paper https://doi.org/10.48550/arXiv.2301.00222"]`,
			`13 Code for small things ["E. Roe" "D. Poe" "F. Moe"] 2022 "" "Journal of Small Things" "" ["code https://github.com/lab/small"]`,
		}},
		{"pandoc-references.html", []string{
			`9 Sparse things unlearn faster ["A. Smith" "B. Jones"] 2024 "" "Proceedings of the 41st international conference on machine learning" "" ["paper https://doi.org/10.5555/3692070.3692111"]`,
			`12 Dense things remember more ["C. Lee"] 2023 "2301.00222" "arXiv" "" ["code https://github.com/lab/dense"]`,
		}},
	})
}

// TestOpenReviewGroup reads a venue's page of OpenReview saved as HTML: a
// list of notes, each titled by a heading inside its item, which stays
// the item's (it had ended the item and lost the rest), with its authors
// (their profiles no links of the paper's), its date of publication (not
// of its last change), its PDF, and its abstract in the details, whose
// code link is the paper's.
func TestOpenReviewGroup(t *testing.T) {
	want := []string{
		`4 Sparse Unlearning for Large Language Models ["Ada Example" "Grace Hopper"] 16 Jan 2024 "" "" "We prune the weights that hold what a model learnt. Code: https://github.com/ada-lab/sparse-unlearning" ["paper https://openreview.net/forum?id=abc123" "paper https://openreview.net/pdf?id=abc123" "code https://github.com/ada-lab/sparse-unlearning"]`,
		`11 Robust Priors for Inverse Problems ["Grace Hopper" "Ada Example"] 16 Jan 2024 "" "" "" ["paper https://openreview.net/forum?id=def456" "paper https://openreview.net/pdf?id=def456"]`,
	}
	checkPages(t, []pageWant{{"openreview-group.html", want}})
}

// TestScholarSearch reads a page of Google Scholar's search results: each
// result's title without its kind ("[CITATION]"), its links (the title's,
// the full text's beside it) but none of Scholar's own, its byline's
// authors (a list cut short with "…" is not all of them), venue, year
// and a preprint's arXiv id, and its snippet; a result without a title
// is no paper.
func TestScholarSearch(t *testing.T) {
	checkPages(t, []pageWant{{"scholar-search.html", []string{
		`3 Sparse unlearning for large language models ["A Example" "G Hopper" "A Turing"] 2024 "2401.01234" "International Conference on Machine Learning" "We remove what a model learnt from forgotten data by pruning the weights that hold it …" ["paper https://arxiv.org/pdf/2401.01234" "paper https://proceedings.mlr.press/v235/example24a.html"]`,
		`4 Robust priors for inverse problems ["G Hopper" "A Example"] 2023 "" "Journal of Machine Learning Research" "We study priors that stay robust when the forward model is wrong …" ["code https://github.com/hopper/robust-priors"]`,
		`5 Dense things remember <script> more ["C Lee" "D Moe" "E Roe"] 2023 "2301.00222" "arXiv preprint arXiv:2301.00222" "" ["paper https://arxiv.org/abs/2301.00222"]`,
	}}})
	data, err := os.ReadFile("testdata/scholar-search.html")
	if err != nil {
		t.Fatal(err)
	}
	if es := readFormat(t, "s.html", string(data), FormatHTML); len(es) != 3 || es[2].Authors != -1 {
		t.Errorf("entries %+v, want 3, the third's count of authors unknown (-1), its list cut short", es)
	}
}

// TestDblpPage reads a person's page of dblp saved as HTML: each entry's
// authors (without dblp's numbers for namesakes, "Grace Hopper 0001"),
// title (without its final stop; one that reads "<script>" keeps it),
// venue, year and electronic editions, but none of dblp's own links; an
// arXiv preprint (CoRR's "abs/2401.09999") gives its id.
func TestDblpPage(t *testing.T) {
	checkPages(t, []pageWant{{"dblp-person.html", []string{
		`4 Sparse Unlearning for Large Language Models ["Ada Example" "Grace Hopper"] 2024 "" "ICML" "" ["paper https://proceedings.mlr.press/v235/example24a.html" "paper https://openreview.net/forum?id=abc123"]`,
		`6 Robust Priors for <script> Inverse Problems ["Grace Hopper" "Ada Example"] 2023 "" "J. Mach. Learn. Res." "" ["paper https://jmlr.org/papers/v24/hopper23a.html"]`,
		`7 Notes on Curvature ["Ada Example"] 2024 "2401.09999" "CoRR" "" ["paper https://arxiv.org/abs/2401.09999"]`,
	}}})
}

// TestJMLRVolume reads a volume of JMLR as its pages give it: a
// definition list of titles, each over its authors in bold on a line of
// their own, one name alone too, and the issue, pages and year, which
// give the year and no venue; and its labelled links.
func TestJMLRVolume(t *testing.T) {
	checkPages(t, []pageWant{{"jmlr-volume.html", []string{
		`4 Robust Priors for Inverse Problems ["Grace Hopper" "Ada Example"] 2023 "" "" "" ["paper https://jmlr.org/papers/v24/hopper23a.html" "paper https://jmlr.org/papers/volume24/hopper23a/hopper23a.pdf" "paper https://jmlr.org/papers/v24/hopper23a.bib" "code https://gitlab.com/hopper/robust-priors"]`,
		`8 Large Things Last ["Carl Lee"] 2023 "" "" "" ["paper https://jmlr.org/papers/v24/lee23a.html" "paper https://jmlr.org/papers/volume24/lee23a/lee23a.pdf" "paper https://jmlr.org/papers/v24/lee23a.bib"]`,
	}}})
}

// TestACMPage reads a page of the ACM Digital Library's search results:
// each paper's title without its kind over it ("research-article"), its
// authors without the institutions the page hides, its venue, date,
// abstract (and the code link in it), its DOI and PDF, but none of the
// library's own links (its people, its tables of contents).
func TestACMPage(t *testing.T) {
	checkPages(t, []pageWant{{"acm-search.html", []string{
		`3 Sparse Unlearning for Large Language Models ["Ada Example" "Grace Hopper"] 2024 "" "KDD '24: Proceedings of the 30th ACM SIGKDD Conference on Knowledge Discovery and Data Mining" "We prune the weights that hold what a model learnt. Code: https://github.com/ada-lab/sparse-unlearning" ["paper https://dl.acm.org/doi/10.1145/3600000.3600001" "paper https://doi.org/10.1145/3600000.3600001" "code https://github.com/ada-lab/sparse-unlearning"]`,
		`4 Robust Priors for <script> Inverse Problems ["Grace Hopper"] 2023-03 "" "Journal of Things" "" ["paper https://dl.acm.org/doi/10.1145/3600000.3600002" "paper https://doi.org/10.1145/3600000.3600002" "paper https://dl.acm.org/doi/pdf/10.1145/3600000.3600002"]`,
	}}})
}

// A pageWant is the entries a page of testdata gives, each as a line:
// its line, title, authors, date, arXiv id, venue, abstract and links.
type pageWant struct {
	file string
	want []string
}

// checkPages reads each page of testdata and compares its entries.
func checkPages(t *testing.T, pages []pageWant) {
	t.Helper()
	for _, page := range pages {
		data, err := os.ReadFile("testdata/" + page.file)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range readFormat(t, page.file, string(data), FormatAuto) {
			got = append(got, fmt.Sprintf("%d %s %q %s %q %q %q %q", e.Source.Line, e.Title, e.AuthorNames, e.DateText, e.ArxivID, e.Venue, e.Abstract, urls(e)))
		}
		if !reflect.DeepEqual(got, page.want) {
			t.Errorf("%s:\n got %q\nwant %q", page.file, got, page.want)
		}
	}
}

// FuzzHTML checks that any page reads without a panic, every entry at a
// line of the page, with a title.
func FuzzHTML(f *testing.F) {
	f.Add([]byte(hfPage(f)))
	for _, name := range []string{"testdata/arxiv-list.html", "testdata/arxiv-search.html", "testdata/acl-volume.html", "testdata/cvf-open-access.html", "testdata/scholar-profile.html", "testdata/academic-page.html", "testdata/proceedings-volume.html", "testdata/wowchemy-publications.html", "testdata/wowchemy-home.html", "testdata/wowchemy-cards.html", "testdata/academicpages-archive.html", "testdata/academicpages-custom.html", "testdata/zotero-bibliography.html", "testdata/pandoc-references.html", "testdata/openreview-group.html", "testdata/scholar-search.html", "testdata/dblp-person.html", "testdata/jmlr-volume.html", "testdata/acm-search.html"} {
		if src, err := os.ReadFile(name); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte("<ul><li><a href=\"https://arxiv.org/abs/1\">T</a><table><tr><td><a href=x>y</a></ul></td>"))
	f.Add([]byte("<h1><a href=/a>x<h2>y</a><li>- 1 <a href=\"https://github.com/a/b\">[c](d)</a>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := 1 + bytes.Count(data, []byte("\n"))
		_ = New(Options{Format: FormatHTML}).Read(context.Background(), "f.html", bytes.NewReader(data), func(e *Entry) error {
			if e.Source.Line < 1 || e.Source.Line > lines {
				t.Errorf("%q at line %d of %d", e.Title, e.Source.Line, lines)
			}
			if strings.TrimSpace(e.Title) == "" {
				t.Errorf("an entry without a title: %+v", e)
			}
			return nil
		}, func(error) {})
	})
}

// titled is an entry's title, line and links, for comparing.
type titled struct {
	title string
	line  int
	links []string
}

func titledAt(es []*Entry) []titled {
	var out []titled
	for _, e := range es {
		out = append(out, titled{e.Title, e.Source.Line, urls(e)})
	}
	return out
}

// TestAuthorElements reads the authors a publication page marks by class
// (<span class="authors">), one name alone too; a table's cells and links
// are not marked.
func TestAuthorElements(t *testing.T) {
	src := `<html><body><h2>Publications</h2>
<p><b>Sparse Things Learn Faster Than Dense Ones</b><br>
<span class="authors">Ann Smith, Bob Jones, and Carl Lee</span><br>
<i>ICML 2023</i> [<a href="https://arxiv.org/abs/2301.00101">pdf</a>] [<a href="https://github.com/lab/sparse">code</a>]</p>
<p><strong>Dense Things Remember More</strong><br>
<span class="pub-author"><span class="me">Dana Moe</span></span><br>
NeurIPS 2022 [<a href="https://arxiv.org/abs/2201.00102">paper</a>]</p>
</body></html>`
	var got []string
	for _, e := range readFormat(t, "lab.html", src, FormatHTML) {
		got = append(got, fmt.Sprintf("%d %s %q %d", e.Source.Line, e.Title, e.AuthorNames, e.Authors))
	}
	want := []string{
		`2 Sparse Things Learn Faster Than Dense Ones ["Ann Smith" "Bob Jones" "Carl Lee"] 3`,
		`5 Dense Things Remember More ["Dana Moe"] 1`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestScholarProfile reads a Google Scholar profile saved as HTML: each
// row's title, its Scholar page made whole (from data-href where, as on
// Scholar's own pages, a script opens it; a "javascript:" href is no
// link), the authors (a list cut short with "..." is not all of them),
// the venue without its pages and the year, which the year cell gives; an
// arXiv preprint's id. A row without a title is reported and skipped; a
// title's markup stays text.
func TestScholarProfile(t *testing.T) {
	data, err := os.ReadFile("testdata/scholar-profile.html")
	if err != nil {
		t.Fatal(err)
	}
	var got, problems []string
	err = New(Options{}).Read(context.Background(), "scholar.html", bytes.NewReader(data), func(e *Entry) error {
		got = append(got, fmt.Sprintf("%d %s %q %d %q %s %s %q", e.Source.Line, e.Title, e.AuthorNames, e.Authors, e.Venue, e.DateText, e.ArxivID, urls(e)))
		return nil
	}, func(err error) { problems = append(problems, err.Error()) })
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`5 Sparse things unlearn faster ["A Smith" "B Jones" "C Lee"] 3 "International Conference on Machine Learning" 2024  ["other https://scholar.google.com/citations?view_op=view_citation&hl=en&user=abc&citation_for_view=abc:u5HHmVD_uO8C"]`,
		`6 Dense things remember more ["A Smith" "D Moe" "E Roe" "F Poe" "G Doe"] -1 "arXiv preprint arXiv:2301.00002" 2023 2301.00002 ["paper https://arxiv.org/abs/2301.00002" "other https://scholar.google.com/citations?view_op=view_citation&hl=en&user=abc&citation_for_view=abc:d1gkVwhDpl0C"]`,
		`8 Folding things with <script> & "quotes" ["A Smith"] 1 "Nature 596 (7873)" 2021  ["other https://scholar.google.com/citations?view_op=view_citation&citation_for_view=abc:Y0pCki6q_DkC"]`,
		`9 Things without a page ["A Smith" "H Koe"] 2 "NeurIPS" 2020  []`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
	if len(problems) != 1 || problems[0] != "scholar.html:7: skipped: a paper without a title" {
		t.Errorf("problems %q", problems)
	}
}
