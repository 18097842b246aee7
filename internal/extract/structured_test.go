package extract

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"strings"
	"testing"
)

// readFile reads a file and returns its entries and problems.
func readFile(t *testing.T, path string, opts Options) ([]*Entry, []error, error) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return readFrom(f, path, opts)
}

// readString reads src, named name, with the format found by its name and
// content, and returns its entries and problems.
func readString(name, src string) ([]*Entry, []error, error) {
	return readFrom(strings.NewReader(src), name, Options{})
}

// readFrom runs an Extractor over r and returns its entries (a links-only
// read's papers) and problems.
func readFrom(r io.Reader, name string, opts Options) ([]*Entry, []error, error) {
	var es []*Entry
	var problems []error
	x := New(opts)
	err := x.Read(context.Background(), name, r, func(e *Entry) error { es = append(es, e); return nil },
		func(err error) { problems = append(problems, err) })
	if opts.LinksOnly {
		es = x.Papers()
	}
	return es, problems, err
}

// TestBibTeXURLEscapes reads URLs written with LaTeX's escapes outside
// \url ("my\_repo"), in the url field and in notes.
func TestBibTeXURLEscapes(t *testing.T) {
	src := `@online{a, title = {A}, url = {https://github.com/a/online\_repo}}
@misc{b, title = {B}, note = {Code: https://github.com/b/my\_code\#readme}}
`
	es, problems, err := readString("u.bib", src)
	if err != nil || len(problems) > 0 || len(es) != 2 {
		t.Fatalf("%d entries, problems %v, err %v", len(es), problems, err)
	}
	if got := urls(es[0]); !reflect.DeepEqual(got, []string{"code https://github.com/a/online_repo"}) {
		t.Errorf("url field: %q", got)
	}
	if got := urls(es[1]); len(got) != 1 || !strings.HasPrefix(got[0], "code https://github.com/b/my_code") {
		t.Errorf("note: %q", got)
	}
}

// TestBibLaTeX reads biblatex's fields: the day in "date" and the
// journal in "journaltitle"; year and month still win over a date.
func TestBibLaTeX(t *testing.T) {
	src := `@article{a, title = {Dated Things}, journaltitle = {Journal of Things}, date = {2024-01-05}}
@article{b, title = {Yearly Things}, year = {2023}, month = jul, date = {2023-07-09}}
`
	var got []string
	for _, e := range readFormat(t, "b.bib", src, FormatBibTeX) {
		got = append(got, fmt.Sprintf("%s %q %q %s %s", e.Title, e.Venue, e.DateText, e.Date, e.When()))
	}
	want := []string{`Dated Things "Journal of Things" "2024-01-05" 2024-01-05 2024-01-05`, `Yearly Things "" "July 2023"  2023-07`}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestBibTeXMacroBomb stops @string macros that double at each level
// ("billion laughs") at a bound, with a problem at the line, and still
// reads the entries around them.
func TestBibTeXMacroBomb(t *testing.T) {
	var src strings.Builder
	src.WriteString("@string{s0 = \"xxxxxxxxxx\"}\n")
	for i := 1; i < 60; i++ {
		fmt.Fprintf(&src, "@string{s%d = s%d # s%d}\n", i, i-1, i-1)
	}
	src.WriteString("@article{k, title = {After the Bomb}, url = {https://github.com/a/b}}\n")
	es, problems, err := readString("bomb.bib", src.String())
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) == 0 || !strings.Contains(problems[0].Error(), "bomb.bib:18: value of s17 longer than 1024 KiB") {
		t.Errorf("problems %v, want the first too long value at line 18", problems)
	}
	if len(es) != 1 || es[0].Title != "After the Bomb" {
		t.Errorf("entries %+v, want the article", es)
	}
}

// TestBibTeXArxivInText reads the arXiv id Google Scholar's export puts
// in the journal field, and DBLP's eprint without archivePrefix.
func TestBibTeXArxivInText(t *testing.T) {
	src := `@article{fan2023salun,
  title={{SalUn}: Empowering Machine Unlearning},
  author={Fan, Chongyu and Liu, Jiancheng},
  journal={arXiv preprint arXiv:2310.12508v2},
  year={2023}
}
@article{dblp,
  title = {Model Sparsity Can Simplify Machine Unlearning},
  journal = {CoRR}, volume = {abs/2304.04934},
  eprinttype = {arXiv}, eprint = {2304.04934}
}
@misc{none,
  title = {Not on arXiv},
  note = {see arXiv: the preprint server, and arXiv:1234.5}
}`
	es := readFormat(t, "s.bib", src, FormatBibTeX)
	if len(es) != 3 {
		t.Fatalf("got %d entries, want 3", len(es))
	}
	for i, want := range []string{"2310.12508", "2304.04934", ""} {
		if es[i].ArxivID != want {
			t.Errorf("%q: arXiv id %q, want %q", es[i].Title, es[i].ArxivID, want)
		}
	}
	if got := urls(es[0]); !reflect.DeepEqual(got, []string{"paper https://arxiv.org/abs/2310.12508"}) {
		t.Errorf("links %q", got)
	}
}

// TestBibTeXLinkFields reads the links of the fields exports and
// hand-kept bibliographies give them in: pdf, code, project, and a
// github field naming "owner/repo"; a github field of words is none.
func TestBibTeXLinkFields(t *testing.T) {
	src := `@inproceedings{a,
  title={Alpha Paper About Things},
  code={https://github.com/doe/alpha},
  pdf={https://proceedings.mlr.press/v202/doe23a/doe23a.pdf},
  project={\url{https://doe.github.io/alpha/}}
}
@misc{b,
  title={Beta},
  github={doe/beta}
}
@misc{c,
  title={Gamma},
  github={see the project page}
}`
	var got [][]string
	for _, e := range readFormat(t, "l.bib", src, FormatBibTeX) {
		got = append(got, urls(e))
	}
	want := [][]string{
		{"code https://github.com/doe/alpha", "paper https://proceedings.mlr.press/v202/doe23a/doe23a.pdf", "project https://doe.github.io/alpha/"},
		{"code https://github.com/doe/beta"},
		nil,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("links:\n got %q\nwant %q", got, want)
	}
}

func TestBibTeX(t *testing.T) {
	es, problems, err := readFile(t, "../../testdata/sample.bib", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 2 {
		t.Fatalf("got %d entries, want 2 (@comment, @preamble and @string are not entries)", len(es))
	}
	if len(problems) != 1 || !strings.Contains(problems[0].Error(), "sample.bib:31:") {
		t.Errorf("problems %v, want one naming the unclosed entry at line 31", problems)
	}
	a := es[0]
	if a.Title != "Model Sparsity Can Simplify Machine Unlearning" || a.Authors != 8 || a.ArxivID != "2304.04934" || a.ID != "2304.04934" ||
		a.Venue != "Advances in Neural Information Processing Systems" || a.DateText != "2023" || a.Source.Line != 9 {
		t.Errorf("first entry: %+v", *a)
	}
	if got, want := urls(a), []string{"paper https://arxiv.org/abs/2304.04934", "code https://github.com/OPTML-Group/Unlearn-Sparse"}; !reflect.DeepEqual(got, want) {
		t.Errorf("links %q, want %q (macro and # concatenation)", got, want)
	}
	b := es[1]
	if b.Title != "Größe Modelle nach Müller: Étude ça" || b.Authors != 2 || b.DateText != "March 2024" || b.Venue != "Journal of Tests" {
		t.Errorf("second entry: %+v", *b)
	}
	if b.Abstract != "We study nested braces and give code at https://github.com/acme/widget." {
		t.Errorf("abstract %q", b.Abstract)
	}
	want := []string{"other https://example.org/paper", "paper https://doi.org/10.1234/jot.2024.1", "code https://gitlab.com/group/sub/project", "code https://github.com/acme/widget"}
	if got := urls(b); !reflect.DeepEqual(got, want) {
		t.Errorf("links %q, want %q", got, want)
	}
}

func TestLatexText(t *testing.T) {
	tests := []struct{ in, want string }{
		{`M{\"u}ller`, "Müller"},
		{`M\"{u}ller`, "Müller"},
		{`Fran{\c c}ois`, "François"},
		{`{\'E}tude`, "Étude"},
		{`Stra{\ss}e`, "Straße"},
		{`Dvo{\v{r}}{\'a}k`, "Dvořák"},
		{`{\L}{\'o}d{\'z}`, "Łódź"},
		{`a \& b`, "a & b"},
		{`\textbf{bold} and \emph{it}`, "bold and it"},
		{`unclosed {brace`, "unclosed brace"},
		{`trailing \`, `trailing \`},
		{`$\alpha$-Divergence and $\ell_1$ with \$5`, "α-Divergence and ℓ_1 with $5"},
	}
	for _, tt := range tests {
		if got := latexText(tt.in); got != tt.want {
			t.Errorf("latexText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHFJSON(t *testing.T) {
	es, problems, err := readFile(t, "../../testdata/hf-daily.json", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 3 || len(problems) != 1 || !strings.Contains(problems[0].Error(), "hf-daily.json:24:") {
		t.Fatalf("got %d entries, problems %v; want 3 and one problem at line 24", len(es), problems)
	}
	a := es[0]
	if a.ID != "2403.06504" || a.Upvotes != 4 || a.Authors != 3 || a.Date != "2024-03-11" || a.Source.Line != 2 || a.CodeStatus != CodeLinked {
		t.Errorf("first: %+v", *a)
	}
	if got, want := urls(a), []string{"paper https://arxiv.org/abs/2403.06504", "code https://github.com/example/fuyou", "project https://example.github.io/fuyou/"}; !reflect.DeepEqual(got, want) {
		t.Errorf("links %q, want %q", got, want)
	}
	b := es[1]
	if b.ID != "2302.06675" || b.Authors != -1 || b.Date != "2023-02-13" {
		t.Errorf("plain paper object: %+v", *b)
	}
	if got := urls(b); !reflect.DeepEqual(got, []string{"paper https://arxiv.org/abs/2302.06675", "code https://github.com/google/automl"}) {
		t.Errorf("links in the summary: %q", got)
	}
}

// A paper's Hugging Face organisation, which the API and a saved page's
// data give on the paper or beside it, is an org link, as a saved page's
// Markdown card gives it; a name in another shape, or no account's, is
// passed over and the paper read all the same.
func TestHFJSONOrganization(t *testing.T) {
	src := `[
{"paper": {"id": "2401.00001", "title": "A", "organization": {"_id": "1", "name": "forgetlab", "fullname": "Forget Lab"}}},
{"paper": {"id": "2401.00002", "title": "B"}, "organization": {"name": "probeteam"}},
{"id": "2401.00003", "title": "C", "organization": "graphlab"},
{"paper": {"id": "2401.00004", "title": "D", "organization": 7}},
{"paper": {"id": "2401.00005", "title": "E", "organization": {"name": "../etc"}}}
]`
	want := [][]string{
		{"paper https://arxiv.org/abs/2401.00001", "org https://huggingface.co/forgetlab"},
		{"paper https://arxiv.org/abs/2401.00002", "org https://huggingface.co/probeteam"},
		{"paper https://arxiv.org/abs/2401.00003", "org https://huggingface.co/graphlab"},
		{"paper https://arxiv.org/abs/2401.00004"},
		{"paper https://arxiv.org/abs/2401.00005"},
	}
	var got [][]string
	for _, e := range readFormat(t, "hf.json", src, FormatHFJSON) {
		got = append(got, urls(e))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("links:\n got %q\nwant %q", got, want)
	}
}

// TestArxivSnapshot reads the arXiv metadata snapshot, recognised by its
// fields: the first version's date, the authors, the journal as venue
// (or the one the comments name), the DOI, and the code linked in the
// abstract or the comments; a bad
// line is reported and skipped.
func TestArxivSnapshot(t *testing.T) {
	src := `{"id":"0704.0001","submitter":"P. N.","authors":"C. Bal\\'azs, E. L. Berger and P. M. Nadolsky","title":"Calculation of prompt diphoton\n  production","comments":"37 pages; code at https://github.com/example/diphox.","journal-ref":"Phys.Rev.D76:013009,2007","doi":"10.1103/PhysRevD.76.013009 10.1000/other","abstract":"  A fully differential calculation.\n","versions":[{"version":"v1","created":"Mon, 2 Apr 2007 19:18:42 GMT"},{"version":"v2","created":"Tue, 24 Jul 2007 20:10:27 GMT"}],"update_date":"2008-11-13","authors_parsed":[["Balázs","C.",""],["Berger","E. L.",""],["Nadolsky","P. M.",""]]}
{"id":"2304.04934","submitter":"J. J.","authors":"Jinghan Jia, Jiancheng Liu","title":"Model Sparsity Can Simplify Machine Unlearning","comments":"Accepted at NeurIPS 2023 (spotlight)","journal-ref":null,"doi":null,"abstract":"We study sparsity. Codes are available at https://github.com/OPTML-Group/Unlearn-Sparse.","versions":[],"authors_parsed":[]}
{"id":"2304.00001","title":7}
`
	if f := DetectFormat("snapshot.json", []byte(src)); f != FormatArxiv {
		t.Fatalf("detected %s, want %s", f, FormatArxiv)
	}
	es, problems, err := readString("snapshot.json", src)
	if err != nil || len(problems) != 1 || !strings.Contains(problems[0].Error(), "snapshot.json:3: skipped") {
		t.Fatalf("err %v, problems %v: want the bad line 3 reported", err, problems)
	}
	if len(es) != 2 {
		t.Fatalf("got %d entries, want 2", len(es))
	}
	a := es[0]
	if a.ID != "0704.0001" || a.Title != "Calculation of prompt diphoton production" || a.Abstract != "A fully differential calculation." ||
		a.Authors != 3 || a.Date != "2007-04-02" || a.Venue != "Phys.Rev.D76:013009,2007" || a.Source.Line != 1 {
		t.Errorf("first: %+v", *a)
	}
	if got, want := urls(a), []string{"paper https://arxiv.org/abs/0704.0001", "code https://github.com/example/diphox", "paper https://doi.org/10.1103/PhysRevD.76.013009"}; !reflect.DeepEqual(got, want) {
		t.Errorf("links %q, want %q", got, want)
	}
	b := es[1]
	if b.Authors != 2 || b.Date != "" || b.CodeStatus != CodeLinked || b.Source.Line != 2 || b.Venue != "NeurIPS 2023" {
		t.Errorf("second: %+v", *b)
	}
}

// TestCSLJSON reads CSL JSON as Zotero exports it: title, abstract,
// authors, the date in its parts, venue, URL and DOI, the arXiv id in the
// number or note and the code the note links; a bad item is reported.
func TestCSLJSON(t *testing.T) {
	src := `[
  {"id":"http://zotero.org/users/1/items/ABC","type":"article","title":"Model Sparsity Can Simplify Machine Unlearning","container-title":"arXiv",
   "abstract":"We study sparsity.","URL":"http://arxiv.org/abs/2304.04934","note":"arXiv:2304.04934 [cs]\nCode: https://github.com/OPTML-Group/Unlearn-Sparse",
   "number":"arXiv:2304.04934","author":[{"family":"Jia","given":"Jinghan"},{"family":"Liu","given":"Jiancheng"}],"issued":{"date-parts":[["2023",4,11]]}},
  {"id":"doe2023","type":"paper-conference","title":"Machine Unlearning via SCRUB","container-title":"NeurIPS","DOI":"10.5555/123",
   "note":"See arXiv:2302.09880.","author":[{"literal":"Jane Doe"}],"issued":{"date-parts":[[2023, 2]]}},
  {"id":"bad","type":"book","title":["not a string"]},
  {"id":"odd","type":"book","title":"Odd Date","issued":{"date-parts":[[2023, 2, 30]]}}
]`
	if f := DetectFormat("library.json", []byte(src)); f != FormatCSLJSON {
		t.Fatalf("detected %s, want %s", f, FormatCSLJSON)
	}
	es, problems, err := readString("library.json", src)
	if err != nil || len(problems) != 1 || !strings.Contains(problems[0].Error(), "library.json:7:") {
		t.Fatalf("err %v, problems %v: want the bad item at line 7", err, problems)
	}
	type entry struct {
		id, title, abstract, date, dateText, venue string
		authors, line                              int
		links                                      []string
	}
	var got []entry
	for _, e := range es {
		got = append(got, entry{e.ID, e.Title, e.Abstract, e.Date, e.DateText, e.Venue, e.Authors, e.Source.Line, urls(e)})
	}
	want := []entry{
		{"2304.04934", "Model Sparsity Can Simplify Machine Unlearning", "We study sparsity.", "2023-04-11", "2023-04-11", "arXiv", 2, 2,
			[]string{"paper https://arxiv.org/abs/2304.04934", "code https://github.com/OPTML-Group/Unlearn-Sparse"}},
		{"2302.09880", "Machine Unlearning via SCRUB", "", "", "2023-02", "NeurIPS", 1, 5,
			[]string{"paper https://doi.org/10.5555/123", "paper https://arxiv.org/abs/2302.09880"}},
		{"odd-date", "Odd Date", "", "", "2023-02-30", "", -1, 8, nil},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %+v\nwant %+v", got, want)
	}
}

// TestPwCAbstracts reads Papers with Code's papers-with-abstracts dump,
// recognised by its fields, and joins its papers to the links dump's.
func TestPwCAbstracts(t *testing.T) {
	abstracts := `[
{"paper_url": "https://paperswithcode.com/paper/model-sparsity", "arxiv_id": "2304.04934", "title": "Model Sparsity Can Simplify Machine Unlearning",
 "abstract": "We study sparsity.", "url_abs": "https://arxiv.org/abs/2304.04934v4", "url_pdf": "https://arxiv.org/pdf/2304.04934v4.pdf",
 "proceeding": "NeurIPS 2023", "authors": ["Jinghan Jia", "Jiancheng Liu"], "tasks": ["Machine Unlearning"], "date": "2023-04-11", "methods": []},
{"paper_url": "https://paperswithcode.com/paper/no-arxiv", "arxiv_id": null, "title": "No arXiv", "abstract": "", "url_abs": "https://openreview.net/forum?id=y",
 "proceeding": null, "authors": [], "date": ""}
]`
	links := `[{"paper_title": "Model Sparsity", "paper_arxiv_id": "2304.04934", "repo_url": "https://github.com/OPTML-Group/Unlearn-Sparse", "is_official": true}]`
	if f := DetectFormat("-", []byte(abstracts)); f != FormatPwCJSON {
		t.Errorf("detected %s, want %s", f, FormatPwCJSON)
	}
	es := readFormat(t, "abstracts.json", abstracts, FormatAuto)
	if len(es) != 2 {
		t.Fatalf("got %d entries, want 2", len(es))
	}
	a := es[0]
	if a.ID != "2304.04934" || a.Title != "Model Sparsity Can Simplify Machine Unlearning" || a.Abstract != "We study sparsity." ||
		a.Authors != 2 || a.Date != "2023-04-11" || a.Venue != "NeurIPS 2023" || a.Source.Line != 2 {
		t.Errorf("first: %+v", *a)
	}
	if got := urls(a); !reflect.DeepEqual(got, []string{"paper https://arxiv.org/abs/2304.04934v4"}) {
		t.Errorf("links %q", got)
	}
	if b := es[1]; b.Title != "No arXiv" || b.ArxivID != "" || b.Source.Line != 5 {
		t.Errorf("second: %+v", *b)
	}
	merged := Merge(append(es, readFormat(t, "links.json", links, FormatAuto)...))
	if len(merged) != 2 || merged[0].Abstract != "We study sparsity." || len(merged[0].Links) != 2 || merged[0].CodeStatus != CodeLinked {
		t.Errorf("not joined to the links dump: %+v", *merged[0])
	}
}

func TestPwCJSON(t *testing.T) {
	src := `[
{"paper_title": "Model Sparsity", "paper_arxiv_id": "2304.04934", "paper_url_abs": "https://arxiv.org/abs/2304.04934v3", "repo_url": "https://github.com/OPTML-Group/Unlearn-Sparse", "is_official": true, "framework": "pytorch"},
{"paper_title": "Model Sparsity", "paper_arxiv_id": "2304.04934", "paper_url_abs": "https://arxiv.org/abs/2304.04934v3", "repo_url": "https://github.com/someone/fork", "is_official": false},
{"paper_title": "Other", "paper_arxiv_id": null, "paper_url_abs": "https://openreview.net/forum?id=x", "repo_url": "https://github.com/a/b"},
{"paper_title": 7},
{"paper_title": "Model Sparsity", "paper_arxiv_id": "2304.04934", "repo_url": "https://github.com/late/row"}
]`
	es, problems, err := readString("links.json", src)
	if err != nil || len(problems) != 1 || !strings.Contains(problems[0].Error(), "links.json:5:") {
		t.Fatalf("err %v, problems %v: want one problem, the bad row at line 5", err, problems)
	}
	if len(es) != 3 {
		t.Fatalf("got %d entries, want 3 (runs of rows)", len(es))
	}
	a := es[0]
	if a.ID != "2304.04934" || len(a.Links) != 3 || a.Source.Line != 2 {
		t.Fatalf("first: %+v", *a)
	}
	if a.Links[1].Official == nil || !*a.Links[1].Official || a.Links[2].Official == nil || *a.Links[2].Official {
		t.Errorf("is_official not kept: %+v", a.Links)
	}
	if !strings.Contains(string(a.AppendJSON(nil)), `"is_official":true`) {
		t.Error("is_official missing from JSON")
	}
	merged := Merge(es)
	if len(merged) != 2 || len(merged[0].Links) != 4 {
		t.Errorf("Merge did not join the late row: %d entries", len(merged))
	}
}

func TestStructuredBadInput(t *testing.T) {
	tests := []struct {
		name, src string
		format    Format
		want      string
	}{
		{"json object, not array", `{"paper_title": "x"`, FormatPwCJSON, "want a JSON array"},
		{"truncated array", `[{"paper": {"title": "A"}}, {"paper": `, FormatHFJSON, "bad JSON"},
		{"not json", `[nope`, FormatHFJSON, "bad JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := New(Options{Format: tt.format}).Read(context.Background(), "x.json", strings.NewReader(tt.src),
				func(*Entry) error { return nil }, func(error) {})
			var ie *InputError
			if !errors.As(err, &ie) || !strings.Contains(err.Error(), tt.want) || ie.Line < 1 {
				t.Errorf("err = %v, want an InputError with a line, saying %q", err, tt.want)
			}
		})
	}
}

func FuzzBibTeX(f *testing.F) {
	if seed, err := os.ReadFile("../../testdata/sample.bib"); err == nil {
		f.Add(string(seed))
	}
	f.Add(`@string{a = "x" # b}@misc{k, title = a # {y}, url={\url{https://github.com/a/b}}}`)
	f.Add(`@article{k, title = {\"}, author = {\c}`)
	f.Add(`@misc{k, title={T}, github={a/b}, pdf={https://x.org/p.pdf}, project={\url{https://a.github.io/}}}`)
	f.Fuzz(func(t *testing.T, src string) {
		New(Options{Format: FormatBibTeX}).Read(context.Background(), "f.bib", strings.NewReader(src), func(e *Entry) error {
			for _, l := range e.Links {
				checkLink(t, l)
			}
			return nil
		}, func(error) {})
	})
}

func FuzzJSONDumps(f *testing.F) {
	if seed, err := os.ReadFile("../../testdata/hf-daily.json"); err == nil {
		f.Add(string(seed))
	}
	f.Add(`[{"paper_title": "T", "paper_arxiv_id": "2401.00001", "repo_url": "https://github.com/a/b", "is_official": true}]`)
	f.Add(`{"id":"2401.00001","title":"T","authors":"A and B","abstract":"https://github.com/a/b","comments":"www.x.org","doi":"10.1/x","versions":[{"created":"Mon, 1 Jan 2024 00:00:00 GMT"}],"authors_parsed":[["A"]]}` + "\n{}")
	f.Add(`[{"type":"article","title":"T","URL":"https://github.com/a/b","DOI":"10.1/x","number":"arXiv:2401.00001","note":"www.x.org","author":[{"family":"A"}],"issued":{"date-parts":[[2024,"1",2]]}}]`)
	f.Add(`[{"arxiv_id": "2401.00001", "title": "T", "abstract": "A https://github.com/a/b", "url_abs": "https://arxiv.org/abs/2401.00001", "authors": ["A"], "date": "2024-01-01", "proceeding": "X"}]`)
	f.Fuzz(func(t *testing.T, src string) {
		for _, format := range []Format{FormatHFJSON, FormatPwCJSON, FormatArxiv, FormatCSLJSON, FormatJSONL} {
			New(Options{Format: format}).Read(context.Background(), "f.json", strings.NewReader(src), func(e *Entry) error {
				for _, l := range e.Links {
					if l.URL != "" {
						checkLink(t, l)
					}
				}
				return nil
			}, func(error) {})
		}
	})
}

// TestCSLDate writes CSL's date parts as text and, with the day, as an ISO
// date; parts that are missing, empty or not numbers give none.
func TestCSLDate(t *testing.T) {
	for in, want := range map[string]string{
		`[2024, 3, 11]`:     "2024-03-11 2024-03-11",
		`["2024", "3"]`:     "2024-03 ",
		`[2024]`:            "2024 ",
		`[2023, 2, 30]`:     "2023-02-30 ",
		`[]`:                " ",
		`[null]`:            " ",
		`["spring", 2024]`:  " ",
		`[2024, 3, 11, 12]`: "2024-03-11 2024-03-11",
		`[10000]`:           " ",
	} {
		var parts []json.RawMessage
		if err := json.Unmarshal([]byte(in), &parts); err != nil {
			t.Fatal(err)
		}
		text, iso := cslDate(parts)
		if got := text + " " + iso; got != want {
			t.Errorf("cslDate(%s) = %q, want %q", in, got, want)
		}
	}
}
