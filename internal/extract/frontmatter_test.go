package extract

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

// TestFrontMatter reads notes about one paper by their front matter, with
// the body's first paragraph as the abstract where the front matter has
// none:
// a digest's note (authors as a list, an arXiv id), a Hugo Academic
// publication page (a DOI, publication_short as the venue, links nested
// under "links:", the picture's credit left out), a Zotero note in an
// inline list; a page's front matter names no paper, and the lists in
// the body are read as ever, at their own lines.
func TestFrontMatter(t *testing.T) {
	note := "---\ntitle: \"APEX-Things\"\nauthors:\n  - \"Ann Smith\"\n  - \"Bob Jones\"\ndate: \"2026-01-20\"\n" +
		"arxiv_id: \"2601.14242\"\npdf_url: \"https://arxiv.org/pdf/2601.14242v3\"\ntaxonomy:\n  domain: \"Enterprise\"\n---\n\n# APEX-Things\n\nSome notes.\n"
	zotero := "---\r\ntitle: 'Sparse Things: Learning Fast'\r\nauthor: [Carl Lee, Dana Moe]\r\nyear: 2021\r\n" +
		"abstract: >\r\n  Sparse things\r\n  learn fast.\r\ngithub: lab/sparse\r\n...\r\n"
	page := "---\ntitle: Publications\nlayout: page\npermalink: /publications/\ncanonical_url: https://lab.example.org/pubs/\n---\n\n" +
		"- [A Listed Paper Title](https://arxiv.org/abs/2301.00003)\n"
	data, err := os.ReadFile("testdata/front-hugo.md")
	if err != nil {
		t.Fatal(err)
	}
	hugo := string(data)
	// An Obsidian clipping of an arXiv page, of a listing, and of a post.
	clipPaper := "---\ntitle: \"Clipped Paper Title\"\nsource: \"https://arxiv.org/abs/2401.00007\"\nauthor:\n  - \"[[Ann Smith]]\"\n---\n"
	clipList := "---\ntitle: Daily Papers\nsource: https://huggingface.co/papers\nauthor: Ann Smith\n---\n\n" +
		"- [A Clipped Listing Paper](https://arxiv.org/abs/2401.00008)\n"
	// A digest's note: camel-case keys, the authors in one string.
	digest := "---\ntitle: \"SimThing: Simple Preference Optimization\"\nauthors: \"Ann Smith*, Bob Jones*, Carl Lee (3 人; *Equal)\"\n" +
		"date: 2024-05\nvenue: NeurIPS 2024\npaperUrl: https://arxiv.org/abs/2405.14734\ncodeUrl: https://github.com/some-nlp/SimThing\n" +
		"detail:\n  contribution: |\n    提出 SimThing。\n---\n\n## 一句话评价\n"
	// A Jekyll publication page: a short name beside the headline, the
	// authors cut short, links in a flow of maps, and the body the
	// abstract.
	jekyll := "---\nlayout: publication\ntitle: 'Gradio'\nheadline: 'Gradio: Hassle-free Sharing And Testing Of ML Models'\nauthors: Abid et al.\n" +
		"conference: Arxiv\nyear: 2019\nadditional_links: [{name: Paper, url: 'https://arxiv.org/abs/1906.02569'}, {name: Code, url: 'https://github.com/gradio-app/gradio'}]\n" +
		"tags: [Tools]\n---\nAccessibility is a challenge. Typical models\nare built by specialists.\n\nMore text.\n"
	clipPost := "---\ntitle: A Post About Sparse Things\nauthor: Ann Smith\nsource: https://blog.example.org/sparse\n---\n\nThe post.\n"
	// A list that opens with a rule, up to another rule, is no front matter.
	ruled := "---\n\n## Papers\n\n- [A Paper Between Rules](https://arxiv.org/abs/2401.00009)\n\n---\n"
	var got []string
	for _, f := range []struct{ name, src string }{{"ruled.md", ruled}, {"note.md", note}, {"zotero.md", zotero}, {"page.md", page}, {"hugo.md", hugo},
		{"digest.md", digest}, {"clip-paper.md", clipPaper}, {"jekyll.md", jekyll}, {"clip-list.md", clipList}, {"clip-post.md", clipPost}} {
		for _, e := range readFormat(t, f.name, f.src, FormatMarkdown) {
			got = append(got, fmt.Sprintf("%s:%d %s %q %q %q %q %q %q", f.name, e.Source.Line, e.Title, e.AuthorNames, e.Date, e.DateText, e.Venue, e.Abstract, urls(e)))
		}
	}
	want := []string{
		`ruled.md:5 A Paper Between Rules [] "" "" "" "" ["paper https://arxiv.org/abs/2401.00009"]`,
		`note.md:2 APEX-Things ["Ann Smith" "Bob Jones"] "2026-01-20" "2026-01-20" "" "Some notes." ["paper https://arxiv.org/abs/2601.14242" "paper https://arxiv.org/pdf/2601.14242v3"]`,
		`zotero.md:2 Sparse Things: Learning Fast ["Carl Lee" "Dana Moe"] "" "2021" "" "Sparse things learn fast." ["code https://github.com/lab/sparse"]`,
		`page.md:8 A Listed Paper Title [] "" "" "" "" ["paper https://arxiv.org/abs/2301.00003"]`,
		`hugo.md:2 Fast Things with Slow Models ["admin" "Ann Smith"] "2023-07-01" "2023-07-01" "ICML 2023" "Lorem ipsum dolor." ["paper https://doi.org/10.1145/1234.5678" "paper https://arxiv.org/pdf/2301.00001" "code https://github.com/lab/fast" "other http://example.org/custom"]`,
		`digest.md:2 SimThing: Simple Preference Optimization ["Ann Smith" "Bob Jones" "Carl Lee"] "" "2024-05" "NeurIPS 2024" "" ["paper https://arxiv.org/abs/2405.14734" "code https://github.com/some-nlp/SimThing"]`,
		`clip-paper.md:2 Clipped Paper Title ["Ann Smith"] "" "" "" "" ["paper https://arxiv.org/abs/2401.00007"]`,
		`jekyll.md:3 Gradio: Hassle-free Sharing And Testing Of ML Models ["Abid"] "" "2019" "Arxiv" "Accessibility is a challenge. Typical models are built by specialists." ["paper https://arxiv.org/abs/1906.02569" "code https://github.com/gradio-app/gradio"]`,
		`clip-list.md:7 A Clipped Listing Paper [] "" "" "" "" ["paper https://arxiv.org/abs/2401.00008"]`,
		`clip-post.md:2 A Post About Sparse Things ["Ann Smith"] "" "" "" "The post." ["other https://blog.example.org/sparse"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// FuzzFrontMatter checks that splitting front matter off keeps the
// document's length and its lines, and that what it reads is a paper.
func FuzzFrontMatter(f *testing.F) {
	f.Add("---\ntitle: \"T\"\nauthors:\n  - A B\narxiv_id: 2601.14242\n---\nbody\n")
	f.Add("---\r\ntitle: 'T'\r\nauthor: [A, B]\r\nabstract: |\r\n  x\r\n  y\r\nurl_code: 'https://github.com/a/b'\r\n...\r\n")
	f.Add("---\ntitle: T\nlinks:\n- name: C\n  url: http://e.org\nimage:\n  caption: '[x](https://u.com/p)'\n---\n")
	f.Add("---\n---\n")
	f.Fuzz(func(t *testing.T, src string) {
		re, body := splitFrontMatter([]byte(src))
		if len(body) != len(src) {
			t.Fatalf("body of %d bytes from %d", len(body), len(src))
		}
		for i := range body {
			if (src[i] == '\n') != (body[i] == '\n') {
				t.Fatalf("line break moved at %d", i)
			}
		}
		if re == nil {
			return
		}
		if re.title == "" || !strings.HasPrefix(src, "---") {
			t.Errorf("entry %q from %q", re.title, src)
		}
		if re.line < 2 || re.line > strings.Count(src, "\n")+1 {
			t.Errorf("title at line %d of %q", re.line, src)
		}
	})
}
