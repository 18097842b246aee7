package extract

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

func readFormat(t *testing.T, name, text string, f Format) []*Entry {
	t.Helper()
	var es []*Entry
	err := New(Options{Format: f}).Read(context.Background(), name, strings.NewReader(text),
		func(e *Entry) error { es = append(es, e); return nil }, func(err error) { t.Errorf("problem: %v", err) })
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return es
}

func urls(e *Entry) []string {
	var out []string
	for _, l := range e.Links {
		out = append(out, string(l.Kind)+" "+l.URL)
	}
	return out
}

func TestMarkdownBullets(t *testing.T) {
	src := `# Awesome List

## Contents

- [Papers](#papers)
  - [2024](#2024)

## Papers

### 2024

- [Model Sparsity Can Simplify Machine Unlearning](https://arxiv.org/abs/2304.04934)
  - Author(s): Jinghan Jia, Jiancheng Liu, Sijia Liu
  - Date: 2023-04
  - Venue: NeurIPS 2023
  - Code: [![GitHub](https://img.shields.io/badge/GitHub-181717?style=flat&logo=github)](https://github.com/OPTML-Group/Unlearn-Sparse.git)
- [A Project Page Labelled as Code](https://arxiv.org/abs/2401.00001v3)
  - Author(s): A. Person
  - Date: 2024-01-05
  - Code: [![GitHub](https://img.shields.io/badge/GitHub-181717)](https://someone.github.io/project/)
- [No Code](https://openreview.net/forum?id=abc)
  - Code: -
- **Not an entry:** just bold text
`
	es := readFormat(t, "list.md", src, FormatAuto)
	if len(es) != 3 {
		for _, e := range es {
			t.Logf("%q", e.Title)
		}
		t.Fatalf("got %d entries, want 3", len(es))
	}
	e := es[0]
	if e.Title != "Model Sparsity Can Simplify Machine Unlearning" || e.Authors != 3 || e.DateText != "2023-04" || e.Date != "" ||
		e.Venue != "NeurIPS 2023" || e.Section != "Papers / 2024" || e.ArxivID != "2304.04934" || e.Source.Line != 12 {
		t.Errorf("first entry: %+v", *e)
	}
	if got, want := urls(e), []string{"paper https://arxiv.org/abs/2304.04934", "code https://github.com/OPTML-Group/Unlearn-Sparse"}; !reflect.DeepEqual(got, want) {
		t.Errorf("links %q, want %q (no badge image)", got, want)
	}
	if e.CodeStatus != CodeLinked {
		t.Errorf("code status %q", e.CodeStatus)
	}
	if got := urls(es[1]); !reflect.DeepEqual(got, []string{"paper https://arxiv.org/abs/2401.00001v3", "project https://someone.github.io/project/"}) {
		t.Errorf("github.io labelled as code: %q", got)
	}
	if es[1].Date != "2024-01-05" || es[1].ArxivID != "2401.00001" || es[1].CodeStatus != CodeNone {
		t.Errorf("second entry: %+v", *es[1])
	}
	if len(es[2].Links) != 1 {
		t.Errorf("Code: - gave links %q", urls(es[2]))
	}
}

// TestMarkdownItemFormats reads the other ways awesome-lists write an
// entry: the title in bold or italics before its links, a plain or quoted
// title before a link to the paper, links labelled "Paper" and "Code"
// around the title, bare URLs (as GitHub links them), and a table whose
// title cell is not a link. A link labelled "Code" alone, and a field
// line ("Paper: [arXiv](url)") outside a paper, are no paper.
func TestMarkdownItemFormats(t *testing.T) {
	src := `# Awesome Thing

## 2024

- **Model Sparsity Can Simplify Machine Unlearning** (NeurIPS 2023) [[paper](https://arxiv.org/abs/2304.04934)] [[code](https://github.com/OPTML-Group/Unlearn-Sparse)]
- __SalUn: Empowering Machine Unlearning:__ [code](https://github.com/OPTML-Group/Unlearn-Saliency)
1. *Deep Regression Unlearning*, Tarun et al., ICML 2023. [[Code]](https://github.com/ayu987/deep-regression-unlearning)
- Towards Unbounded Machine Unlearning. M. Kurmanji et al. NeurIPS 2023. [paper](https://arxiv.org/abs/2302.09880) [code](https://github.com/meghdadk/SCRUB)
- Certified Data Removal (ICML 2020) [pdf](https://arxiv.org/abs/1911.03030)
- <mark>[Highlighted Paper](https://arxiv.org/abs/2401.00002)</mark>
- [[Paper]](https://arxiv.org/abs/2301.00001) [[Code]](https://github.com/a/one) Label Links First (ICML 2023)
- [Paper](https://arxiv.org/abs/2301.00002) | [Code](https://github.com/a/two) | Labels Between Pipes
- "A Quoted Title", Venue 2023. [[arXiv](https://arxiv.org/abs/2301.00003)]
- [Code](https://github.com/a/lonely)
- **Code First** [[code](https://github.com/a/cf)] [[paper](https://arxiv.org/abs/2301.00009)]
- Deep Learning (2015), Y. LeCun et al. [[pdf]](https://example.edu/nature14539.pdf)
- [Bare URLs Too](https://arxiv.org/abs/2301.00011) Code: https://github.com/a/bare.
  - Project: www.example.org/bare
- Paper: [arXiv](https://arxiv.org/abs/2301.00010)
- **Code:** [GitHub](https://github.com/a/field)
- See also https://github.com/someone/awesome-other
- **Inclusion criteria:** papers about forgetting.
- [Back to top](#awesome-thing)

| Title | Venue | Code |
|---|---|---|
| Challenging Forgets | NeurIPS 2024 | [GitHub](https://github.com/OPTML-Group/Unlearn-WorstCase) |
| A paper without any link | ICLR 2024 | - |
| **Bold Over Authors**<br>A. Author, B. Author | ICLR 2024 | [GitHub](https://github.com/a/bold) |
| Plain Over Authors<br/>C. Author | ICLR 2024 | [GitHub](https://github.com/a/plain) |
`
	es := readFormat(t, "aw.md", src, FormatMarkdown)
	type entry struct {
		title string
		line  int
		links []string
	}
	want := []entry{
		{"Model Sparsity Can Simplify Machine Unlearning", 5, []string{"paper https://arxiv.org/abs/2304.04934", "code https://github.com/OPTML-Group/Unlearn-Sparse"}},
		{"SalUn: Empowering Machine Unlearning", 6, []string{"code https://github.com/OPTML-Group/Unlearn-Saliency"}},
		{"Deep Regression Unlearning", 7, []string{"code https://github.com/ayu987/deep-regression-unlearning"}},
		{"Towards Unbounded Machine Unlearning", 8, []string{"paper https://arxiv.org/abs/2302.09880", "code https://github.com/meghdadk/SCRUB"}},
		{"Certified Data Removal", 9, []string{"paper https://arxiv.org/abs/1911.03030"}},
		{"Highlighted Paper", 10, []string{"paper https://arxiv.org/abs/2401.00002"}},
		{"Label Links First", 11, []string{"paper https://arxiv.org/abs/2301.00001", "code https://github.com/a/one"}},
		{"Labels Between Pipes", 12, []string{"paper https://arxiv.org/abs/2301.00002", "code https://github.com/a/two"}},
		{"A Quoted Title", 13, []string{"paper https://arxiv.org/abs/2301.00003"}},
		{"Code First", 15, []string{"code https://github.com/a/cf", "paper https://arxiv.org/abs/2301.00009"}},
		{"Deep Learning", 16, []string{"other https://example.edu/nature14539.pdf"}},
		{"Bare URLs Too", 17, []string{"paper https://arxiv.org/abs/2301.00011", "code https://github.com/a/bare", "other https://www.example.org/bare"}},
		{"Challenging Forgets", 27, []string{"code https://github.com/OPTML-Group/Unlearn-WorstCase"}},
		// A row of a table of titles is a paper, linked or not.
		{"A paper without any link", 28, nil},
		// A title over its authors, parted by a line break.
		{"Bold Over Authors", 29, []string{"code https://github.com/a/bold"}},
		{"Plain Over Authors", 30, []string{"code https://github.com/a/plain"}},
	}
	var got []entry
	for _, e := range es {
		got = append(got, entry{e.Title, e.Source.Line, urls(e)})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %+v\nwant %+v", got, want)
	}
	if len(es) > 0 && (es[0].ArxivID != "2304.04934" || es[0].Section != "2024") {
		t.Errorf("first entry: arXiv id %q, section %q", es[0].ArxivID, es[0].Section)
	}
	// The arXiv link names the paper even after the code's.
	for _, e := range es {
		if e.Title == "Code First" && (e.ArxivID != "2301.00009" || e.ID != "2301.00009") {
			t.Errorf("Code First: arXiv id %q, id %q, want 2301.00009", e.ArxivID, e.ID)
		}
	}
}

// TestMarkdownTaggedItems reads list items whose title link follows a
// tag: a venue or year becomes the entry's venue or date, marks and other
// tags are dropped, and a tag before a label link ("[Code]") is no title.
func TestMarkdownTaggedItems(t *testing.T) {
	src := `## Papers

- **[ICML 2021]** [Amnesiac Machine Learning](https://arxiv.org/abs/2010.10981) - [code](https://github.com/lmgraves/AmnesiacML)
- 2023 | [Unrolling SGD](https://arxiv.org/abs/2109.13398) | [code](https://github.com/cleverhans-lab/unrolling-sgd)
- [CVPR 2022] [Plain Bracket Tag](https://arxiv.org/abs/2201.00001)
- 【ICML 2023】[Corner Bracket Tag](https://arxiv.org/abs/2201.00002)
- (NeurIPS'23) [Short Year](https://arxiv.org/abs/2301.00001)
- 🔥 [Hot Paper](https://arxiv.org/abs/2301.00002)
- ⭐ **[New]** [New Tag](https://arxiv.org/abs/2301.00003)
- [ICML 2021] [Code](https://github.com/a/label-only)
- A Five Word Long Prefix [Named Link](https://arxiv.org/abs/2301.00004)
- 12\. [Numbered](https://arxiv.org/abs/2301.00005)
- [Escaped \| Title\_x &amp; &#35;1](https://arxiv.org/abs/2301.00006)
- ⭐ **Bold After A Mark** - Eldan & Russinovich, *arXiv 2023*. [[Paper](https://arxiv.org/abs/2301.00007)]
- **SalUn**: [Method Name Before The Title](https://arxiv.org/abs/2301.00008)
- Authors: [John Doe](https://johndoe.example.org)
- <a href="https://arxiv.org/abs/2301.00009">Inline <b>HTML</b> Title</a> <a href="https://github.com/h/h">code</a>
`
	type entry struct{ title, venue, date, first string }
	want := []entry{
		{"Amnesiac Machine Learning", "ICML 2021", "", "https://arxiv.org/abs/2010.10981"},
		{"Unrolling SGD", "", "2023", "https://arxiv.org/abs/2109.13398"},
		{"Plain Bracket Tag", "CVPR 2022", "", "https://arxiv.org/abs/2201.00001"},
		{"Corner Bracket Tag", "ICML 2023", "", "https://arxiv.org/abs/2201.00002"},
		{"Short Year", "NeurIPS'23", "", "https://arxiv.org/abs/2301.00001"},
		{"Hot Paper", "", "", "https://arxiv.org/abs/2301.00002"},
		{"New Tag", "", "", "https://arxiv.org/abs/2301.00003"},
		// Not a tag: the text before the paper's link is its title.
		{"A Five Word Long Prefix", "", "", "https://arxiv.org/abs/2301.00004"},
		{"Numbered", "", "", "https://arxiv.org/abs/2301.00005"},
		// Escapes and character references read as what they stand for.
		{"Escaped | Title_x & #1", "", "", "https://arxiv.org/abs/2301.00006"},
		// Its byline's venue; "Eldan & Russinovich", surnames alone, are
		// not taken for names.
		{"Bold After A Mark", "arXiv 2023", "", "https://arxiv.org/abs/2301.00007"},
		{"Method Name Before The Title", "", "", "https://arxiv.org/abs/2301.00008"},
		// A field line is not a paper titled by its link.
		{"Inline HTML Title", "", "", "https://arxiv.org/abs/2301.00009"},
	}
	var got []entry
	for _, e := range readFormat(t, "tags.md", src, FormatMarkdown) {
		got = append(got, entry{e.Title, e.Venue, e.DateText, e.Links[0].URL})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestMarkdownBylines reads the authors and venue written after a title
// as text, in the forms lists use, and leaves prose after a title alone.
func TestMarkdownBylines(t *testing.T) {
	src := `## Papers

- **Model Sparsity Can Simplify Machine Unlearning**. Jinghan Jia, Jiancheng Liu, Sijia Liu. NeurIPS 2023. [[paper](https://arxiv.org/abs/2304.04934)] [[code](https://github.com/OPTML-Group/Unlearn-Sparse)]
- **SalUn: Empowering Machine Unlearning** <br> *Chongyu Fan, Jiancheng Liu and Sijia Liu* <br> ICLR 2024 [[paper](https://arxiv.org/abs/2310.12508)]
- [Towards Unbounded Machine Unlearning](https://arxiv.org/abs/2302.09880) - Meghdad Kurmanji, Peter Triantafillou. [code](https://github.com/meghdadk/SCRUB)
- [Certified Data Removal](https://arxiv.org/abs/1911.03030) (ICML 2020) - Guo et al. [code](https://github.com/facebookresearch/certified-removal)
- [Machine Unlearning of Features](https://arxiv.org/abs/2108.11577) - Alexander Warnecke, Lukas Pirch, Christian Wressnegger, Nicolas Papernot, Konrad Rieck
- [Ludwig's Paper](https://arxiv.org/abs/2401.00004) - Ludwig van Beethoven, Ana de Souza, J.-P. O'Neil
- **Initials First**. A. Author, B. Author. ICML 2023. [paper](https://arxiv.org/abs/2401.00005)
- **Line Broken Title**
  Grace Hopper, Alan Turing
  [paper](https://arxiv.org/abs/2401.00006)
- **Venue After Names**, C. Fan et al., ICLR 2024 [code](https://github.com/a/venue)
- **One Author**. A. Author. 2022. [paper](https://arxiv.org/abs/2401.00007)
- **Venue In Parentheses** - Eve Black, Frank Green (ICLR 2024) [[paper](https://arxiv.org/abs/2401.00008)]
- [A Library](https://github.com/a/library) - Pytorch Implementation
- **A Survey of Things**. This survey covers many things, methods and results. [[paper](https://arxiv.org/abs/2401.00001)]
- [A Toolkit](https://github.com/a/toolkit) - Official Implementation, PyTorch and JAX
- [Topics](https://arxiv.org/abs/2401.00002) - Deep Learning, Graph Models
- [With Field](https://arxiv.org/abs/2401.00003) - Wrong Person, Other Person
  - Authors: Right Person, Second Person
- [Written By](https://arxiv.org/abs/2401.00009) by Meghdad Kurmanji, Jamie Hayes and Eleni Triantafillou (NeurIPS 2023)
- Amnesiac Machine Learning (Graves et al., AAAI 2021) [[paper]](https://arxiv.org/abs/2010.10981)
- [By The Way](https://arxiv.org/abs/2401.00010) by the team at Some Lab
- [Marked Names](https://arxiv.org/abs/2401.00011) - Jinghan Jia†, Jiancheng Liu*, Sijia Liu¹. ICML 2023.
- [Labelled](https://arxiv.org/abs/2401.00012) <br> Authors: A. Smith, B. Jones <br> Venue: ICLR 2024
- Knowledge Neurons in Pretrained Transformers (KN): Dai et al. [[paper]](https://arxiv.org/abs/2104.08696)
- "Quoted Title of a Paper on Things", A. Smith, ICML 2022, [paper](https://arxiv.org/abs/2201.00001)
`
	type entry struct {
		title   string
		names   []string
		authors int
		venue   string
	}
	want := []entry{
		{"Model Sparsity Can Simplify Machine Unlearning", []string{"Jinghan Jia", "Jiancheng Liu", "Sijia Liu"}, 3, "NeurIPS 2023"},
		{"SalUn: Empowering Machine Unlearning", []string{"Chongyu Fan", "Jiancheng Liu", "Sijia Liu"}, 3, "ICLR 2024"},
		{"Towards Unbounded Machine Unlearning", []string{"Meghdad Kurmanji", "Peter Triantafillou"}, 2, ""},
		{"Certified Data Removal", []string{"Guo"}, -1, "ICML 2020"},
		{"Machine Unlearning of Features", []string{"Alexander Warnecke", "Lukas Pirch", "Christian Wressnegger", "Nicolas Papernot", "Konrad Rieck"}, 5, ""},
		{"Ludwig's Paper", []string{"Ludwig van Beethoven", "Ana de Souza", "J.-P. O'Neil"}, 3, ""},
		{"Initials First", []string{"A. Author", "B. Author"}, 2, "ICML 2023"},
		{"Line Broken Title", []string{"Grace Hopper", "Alan Turing"}, 2, ""},
		{"Venue After Names", []string{"C. Fan"}, -1, "ICLR 2024"},
		{"One Author", []string{"A. Author"}, 1, ""},
		{"Venue In Parentheses", []string{"Eve Black", "Frank Green"}, 2, "ICLR 2024"},
		{"A Library", nil, -1, ""}, // one name needs an initial or "et al."
		{"A Survey of Things", nil, -1, ""},
		{"A Toolkit", nil, -1, ""},
		{"Topics", nil, -1, ""},
		{"With Field", []string{"Right Person", "Second Person"}, 2, ""},
		{"Written By", []string{"Meghdad Kurmanji", "Jamie Hayes", "Eleni Triantafillou"}, 3, "NeurIPS 2023"},
		{"Amnesiac Machine Learning", []string{"Graves"}, -1, "AAAI 2021"},
		{"By The Way", nil, -1, ""},
		{"Marked Names", []string{"Jinghan Jia", "Jiancheng Liu", "Sijia Liu"}, 3, "ICML 2023"},
		{"Labelled", []string{"A. Smith", "B. Jones"}, 2, "ICLR 2024"},
		{"Knowledge Neurons in Pretrained Transformers", []string{"Dai"}, -1, ""},   // the short name between
		{"Quoted Title of a Paper on Things", []string{"A. Smith"}, 1, "ICML 2022"}, // a short byline and venue, not a venue alone
	}
	var got []entry
	for _, e := range readFormat(t, "bylines.md", src, FormatMarkdown) {
		got = append(got, entry{e.Title, e.AuthorNames, e.Authors, e.Venue})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %+v\nwant %+v", got, want)
	}
}

// TestMarkdownCitedBylines reads the bylines of reference lists, which
// name authors by surname, with a year, and before or after the title's
// link: "- Kingma & Ba, 2015", "(He et al. 2016)", "(Kingma and Ba
// 2015)", "Hinton, G. et al. (2015). [Title](url)". Surnames alone with no year after them, or
// topics before one, are no authors.
func TestMarkdownCitedBylines(t *testing.T) {
	src := `## References

- [Decoupled Weight Decay Regularization](https://arxiv.org/abs/1711.05101) - Loshchilov & Hutter, 2019
- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) — Vaswani, Shazeer, Parmar (2017)
- [Deep Residual Learning](https://arxiv.org/abs/1512.03385) (He et al. 2016) [code](https://github.com/KaimingHe/deep-residual-networks)
- [Deep Residual Learning Again](https://arxiv.org/abs/1512.03386) — He, Zhang, Ren, Sun. CVPR 2016.
- [BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805) - J. Devlin et al., NAACL 2019
- [Layer Normalization](https://arxiv.org/abs/1607.06450) - Ba, Kiros & Hinton.
- [Topic List](https://arxiv.org/abs/2401.00001) - Robotics, Manipulation (2016)
- [Oral Paper Title Here](https://arxiv.org/abs/2401.00002) (ICML 2023. Oral)
- Hinton, G. et al. (2015). [Distilling the Knowledge in a Neural Network](https://arxiv.org/abs/1503.02531).
- Clarke & Fisher (2020). [Executable Cancer Models](https://doi.org/10.1038/s41568-020-0258-x)
- Diederik P. Kingma and Jimmy Ba (2015). [Adam: A Method for Stochastic Optimization](https://arxiv.org/abs/1412.6980)
- **LoRA.** Hu, E., Shen, Y., et al. (2021). [LoRA: Low-Rank Adaptation of Large Language Models](https://arxiv.org/abs/2106.09685). ICLR.
- Survey: [A Survey of Large Language Models](https://arxiv.org/abs/2303.18223)
- An alternative view: When does SGD escape local minima? In *ICML 2018*. [[pdf](http://proceedings.mlr.press/v80/kleinberg18a/kleinberg18a.pdf)]
- [Adam Again](https://arxiv.org/abs/1412.6981) (Kingma and Ba 2015)
- [Adam Once More](https://arxiv.org/abs/1412.6982) (Kingma & Ba 2015)
- Amnesiac Machine Learning (Graves et al., 2021) [[paper]](https://arxiv.org/abs/2010.10981)
- Decoupled Weight Decay (Loshchilov & Hutter, 2019) [[paper]](https://arxiv.org/abs/1711.05102)
`
	type entry struct {
		title       string
		names       []string
		authors     int
		venue, year string
	}
	want := []entry{
		{"Decoupled Weight Decay Regularization", []string{"Loshchilov", "Hutter"}, 2, "", "2019"},
		{"Attention Is All You Need", []string{"Vaswani", "Shazeer", "Parmar"}, 3, "", "2017"},
		{"Deep Residual Learning", []string{"He"}, -1, "", "2016"},
		{"Deep Residual Learning Again", []string{"He", "Zhang", "Ren", "Sun"}, 4, "CVPR 2016", ""},
		{"BERT: Pre-training of Deep Bidirectional Transformers", []string{"J. Devlin"}, -1, "NAACL 2019", ""},
		{"Layer Normalization", nil, -1, "", ""},
		{"Topic List", nil, -1, "Robotics, Manipulation (2016)", ""},
		{"Oral Paper Title Here", nil, -1, "ICML 2023", ""},
		{"Distilling the Knowledge in a Neural Network", []string{"G. Hinton"}, -1, "", "2015"},
		{"Executable Cancer Models", []string{"Clarke", "Fisher"}, 2, "", "2020"},
		{"Adam: A Method for Stochastic Optimization", []string{"Diederik P. Kingma", "Jimmy Ba"}, 2, "", "2015"},
		{"LoRA: Low-Rank Adaptation of Large Language Models", []string{"E. Hu", "Y. Shen"}, -1, "ICLR", "2021"},
		{"A Survey of Large Language Models", nil, -1, "", ""}, // a label before the link is no byline
		{"An alternative view: When does SGD escape local minima?", nil, -1, "ICML 2018", ""},
		// A citation after the title, with no comma before its year or
		// within a plain title's item, gives authors and a year, no venue.
		{"Adam Again", []string{"Kingma", "Ba"}, 2, "", "2015"},
		{"Adam Once More", []string{"Kingma", "Ba"}, 2, "", "2015"},
		{"Amnesiac Machine Learning", []string{"Graves"}, -1, "", "2021"},
		{"Decoupled Weight Decay", []string{"Loshchilov", "Hutter"}, 2, "", "2019"},
	}
	var got []entry
	for _, e := range readFormat(t, "references.md", src, FormatMarkdown) {
		got = append(got, entry{e.Title, e.AuthorNames, e.Authors, e.Venue, e.DateText})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %+v\nwant %+v", got, want)
	}
}

// TestStarBadges reads a GitHub star badge as a link to the repository it
// counts, in Markdown (an image or an <img>) and in HTML: lists that show
// a paper's code by its star count alone name the code only so. A badge
// of anything else is no link.
func TestStarBadges(t *testing.T) {
	md := `## Papers

| Date | Title | Code |
|---|---|---|
| 2023-05 | [Tree of Thoughts: Deliberate Problem Solving](https://arxiv.org/abs/2305.10601) | ![GitHub Repo stars](https://img.shields.io/github/stars/princeton-nlp/tree-of-thought-llm?style=social) |

- [Reflexion: Language Agents with Verbal Reinforcement](https://arxiv.org/abs/2303.11366) [![Star](https://img.shields.io/github/stars/noahshinn/reflexion.svg)](https://github.com/noahshinn/reflexion)
- **ReAct: Synergizing Reasoning and Acting** ![Star](https://img.shields.io/github/stars/ysymyth/ReAct.svg?style=social)
- [Toolformer: Language Models Teach Themselves](https://arxiv.org/abs/2302.04761) <img src="https://img.shields.io/github/stars/lucidrains/toolformer-pytorch">
- [A Paper With A Date Badge](https://arxiv.org/abs/2302.00001) ![](https://img.shields.io/badge/arXiv-2023.02-red)
`
	html := `<html><body><h2>Papers</h2><ul>
<li><a href="https://arxiv.org/abs/2305.10601">Tree of Thoughts: Deliberate Problem Solving</a> <img src="https://img.shields.io/github/stars/princeton-nlp/tree-of-thought-llm?style=social"></li>
<li><a href="https://arxiv.org/abs/2302.00001">A Paper With A Date Badge</a> <img src="https://img.shields.io/badge/arXiv-2023.02-red"></li>
</ul></body></html>`
	tests := []struct {
		name, src string
		format    Format
		want      []string
	}{
		{"badges.md", md, FormatMarkdown, []string{
			"Tree of Thoughts: Deliberate Problem Solving [paper https://arxiv.org/abs/2305.10601 code https://github.com/princeton-nlp/tree-of-thought-llm]",
			"Reflexion: Language Agents with Verbal Reinforcement [paper https://arxiv.org/abs/2303.11366 code https://github.com/noahshinn/reflexion]",
			"ReAct: Synergizing Reasoning and Acting [code https://github.com/ysymyth/ReAct]",
			"Toolformer: Language Models Teach Themselves [paper https://arxiv.org/abs/2302.04761 code https://github.com/lucidrains/toolformer-pytorch]",
			"A Paper With A Date Badge [paper https://arxiv.org/abs/2302.00001]",
		}},
		{"badges.html", html, FormatHTML, []string{
			"Tree of Thoughts: Deliberate Problem Solving [paper https://arxiv.org/abs/2305.10601 code https://github.com/princeton-nlp/tree-of-thought-llm]",
			"A Paper With A Date Badge [paper https://arxiv.org/abs/2302.00001]",
		}},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range readFormat(t, tt.name, tt.src, tt.format) {
			got = append(got, fmt.Sprintf("%s %v", e.Title, urls(e)))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// TestMarkdownPlainTitleTags reads a venue or year tag before a plain
// title, in emphasis, code or brackets, and a venue after a comma, apart
// from the title; and ends a plain title at a <br>.
func TestMarkdownPlainTitleTags(t *testing.T) {
	src := `## Papers

- **[NeurIPS 2023]** Paper Title One. [[paper](https://arxiv.org/abs/2301.00001)] [[code](https://github.com/a/one)]
- 【ICML 2023】Paper Title Two [[paper](https://arxiv.org/abs/2301.00002)]
- Paper Title Three, *ICLR 2024*, [paper](https://arxiv.org/abs/2301.00003), [code](https://github.com/a/three)
- ` + "`ICLR'24`" + ` Paper Title Six [[paper](https://openreview.net/forum?id=abc)]
- [2022] Paper Title Seven [[pdf](https://arxiv.org/abs/2301.00007)]
- Paper Title Eight <br> Alice Smith, Bob Jones <br> [paper](https://arxiv.org/abs/2301.00008)
- **SalUn** Keeps Its Name [[paper](https://arxiv.org/abs/2301.00009)]
- **[New]** [[code](https://github.com/a/new)]
- Attention, Please: A Title With A Comma [[paper](https://arxiv.org/abs/2301.00010)]
- 【202408】On Effects of Steering Latent Representation ([PDF](https://arxiv.org/pdf/2408.06223))
- (*ICLR'24*) Talk like a Graph: Encoding Graphs [[paper](https://openreview.net/forum?id=IuXR1CCrSi)]
`
	type entry struct{ title, venue, date string }
	want := []entry{
		{"Paper Title One", "NeurIPS 2023", ""},
		{"Paper Title Two", "ICML 2023", ""},
		{"Paper Title Three", "ICLR 2024", ""},
		{"Paper Title Six", "ICLR'24", ""},
		{"Paper Title Seven", "", "2022"},
		{"Paper Title Eight", "", ""},
		// Emphasis that is no tag is still the title.
		{"SalUn", "", ""},
		// A tag before nothing that reads as a title: the tag is the title, as before.
		{"[New]", "", ""},
		{"Attention, Please: A Title With A Comma", "", ""},
		// A month as lists tag it, YYYYMM.
		{"On Effects of Steering Latent Representation", "", "202408"},
		// A tag in emphasis inside parentheses.
		{"Talk like a Graph: Encoding Graphs", "ICLR'24", ""},
	}
	var got []entry
	for _, e := range readFormat(t, "tags.md", src, FormatMarkdown) {
		got = append(got, entry{e.Title, e.Venue, e.DateText})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestMarkdownListHeadingsAndNumbers: a heading inside a list item ("-
// ### 2010") is the section of the papers nested under it, and the number
// a list puts before a title is not the title's.
func TestMarkdownListHeadingsAndNumbers(t *testing.T) {
	src := `## Papers List

- ### 2010
  - **01.Noise-contrastive Estimation** : [**Paper**](https://proceedings.mlr.press/v9/gutmann10a/gutmann10a.pdf) || [**Code**](https://github.com/someone/nce)
- ### 2014
  - [2. Generative Adversarial Networks](https://arxiv.org/abs/1406.2661)
  - **3D Gaussian Splatting Keeps Its Digit** [[paper](https://arxiv.org/abs/2308.04079)]
  - [1.58-bit Models Keep Theirs](https://arxiv.org/abs/2402.17764)
`
	type entry struct{ title, section, when string }
	want := []entry{
		{"Noise-contrastive Estimation", "Papers List / 2010", "2010"},
		{"Generative Adversarial Networks", "Papers List / 2014", "2014"},
		{"3D Gaussian Splatting Keeps Its Digit", "Papers List / 2014", "2014"},
		{"1.58-bit Models Keep Theirs", "Papers List / 2014", "2014"},
	}
	var got []entry
	for _, e := range readFormat(t, "years.md", src, FormatMarkdown) {
		got = append(got, entry{e.Title, e.Section, e.When()})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestMarkdownHeadingFieldLists reads a heading over a list of fields
// that has names of the list's own among the known ones, takes a year in
// parentheses off the heading, leaves an affiliation out of the names,
// and unquotes a table's quoted title; a glossary under a heading is no
// paper.
func TestMarkdownHeadingFieldLists(t *testing.T) {
	src := `## Foundations

#### Attention Is All You Need (2017)
- **Authors**: Vaswani et al. (Google)
- **Venue**: NIPS 2017
- **Impact**: Introduced the Transformer architecture
- **Link**: [arXiv:1706.03762](https://arxiv.org/abs/1706.03762)

#### Glossary
- **Attention**: a weighting, see [the post](https://example.org/attention)
- **Transformer**: a model
- **Venue**: where a paper appears

| Number | Title | Link |
| --- | --- | --- |
| 1409.0473 | "Neural Machine Translation by Jointly Learning to Align and Translate" | https://arxiv.org/abs/1409.0473 |
`
	type entry struct {
		title, venue, date string
		names              []string
		authors            int
	}
	want := []entry{
		{"Attention Is All You Need", "NIPS 2017", "2017", []string{"Vaswani"}, -1},
		{"Neural Machine Translation by Jointly Learning to Align and Translate", "", "", nil, -1},
	}
	var got []entry
	for _, e := range readFormat(t, "fields.md", src, FormatMarkdown) {
		got = append(got, entry{e.Title, e.Venue, e.DateText, e.AuthorNames, e.Authors})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %+v\nwant %+v", got, want)
	}
}

// TestMarkdownMoreListForms: a byline after a line of when-added stamps
// and tags, a year in parentheses before the names, marks around a
// piece, and a table titled by its model column when the paper column
// holds a label (seen in public reading lists).
func TestMarkdownMoreListForms(t *testing.T) {
	src := "## Papers\n" +
		"* <a href=\"http://arxiv.org/abs/1505.05770\">Variational Inference with Normalizing Flows</a>  \n" +
		"```21/06/2016, DL, VAE, inference```  \n" +
		"```Danilo Jimenez Rezende, Shakir Mohamed, ICML 2015```\n" +
		"- **Distilling the Knowledge in a Neural Network** \\(2015\\), G. Hinton et al. \\[➤ [summary](https://example.org/distilling)\\]\n" +
		"- **Civil Comments** [CoRR 2019] Nuanced metrics for measuring unintended bias ([code](https://github.com/conversationai/bias))\n" +
		"- **SalUn** [ICLR 2024] SalUn: Empowering Machine Unlearning ([paper](https://arxiv.org/abs/2310.12508))\n" +
		"\n## Classifiers\n\n" +
		"|Model description|Code|Paper\n|---|---|---|\n" +
		"|Convolutional Neural Networks for Sentence Classification|<a href=\"https://github.com/yoonkim/CNN_sentence\">code</a>|<a href=\"http://arxiv.org/abs/1408.5882\">paper</a>|\n"
	type entry struct {
		title       string
		names       []string
		venue, date string
		links       int
	}
	want := []entry{
		{"Variational Inference with Normalizing Flows", []string{"Danilo Jimenez Rezende", "Shakir Mohamed"}, "ICML 2015", "", 1},
		{"Distilling the Knowledge in a Neural Network", []string{"G. Hinton"}, "", "2015", 1},
		// A name, its venue, then its title: the title when it opens
		// with the name; else the name stays the title.
		{"Civil Comments", nil, "CoRR 2019", "", 1},
		{"SalUn: Empowering Machine Unlearning", nil, "ICLR 2024", "", 1},
		{"Convolutional Neural Networks for Sentence Classification", nil, "", "", 2},
	}
	var got []entry
	for _, e := range readFormat(t, "more.md", src, FormatMarkdown) {
		got = append(got, entry{e.Title, e.AuthorNames, e.Venue, e.DateText, len(e.Links)})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %+v\nwant %+v", got, want)
	}
}

// TestMarkdownQuotedLines reads papers quoted under a list item, a line
// each, with the month tag before each title (seen in a public list).
func TestMarkdownQuotedLines(t *testing.T) {
	src := `## Other Lists

- [Prompt-Learning]
  > (2020-12) **Making Pre-trained Language Models Better Few-shot Learners** [paper](https://arxiv.org/pdf/2012.15723.pdf) <br>
  > (2021-07) **Pre-train, Prompt, and Predict** [paper](https://arxiv.org/abs/2107.13586)
- [Instruction-Tuning]
  > Only a remark, with [a link](https://example.org/remark).
`
	type entry struct {
		title, date string
		line        int
	}
	want := []entry{
		{"Making Pre-trained Language Models Better Few-shot Learners", "2020-12", 4},
		{"Pre-train, Prompt, and Predict", "2021-07", 5},
	}
	var got []entry
	for _, e := range readFormat(t, "quoted.md", src, FormatMarkdown) {
		got = append(got, entry{e.Title, e.DateText, e.Source.Line})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %+v\nwant %+v", got, want)
	}
}

// A byline is not looked for in a block of more than maxBylineBlock
// bytes, which would cost much for nothing.
func TestMarkdownHugeByline(t *testing.T) {
	names := strings.Repeat("Jane Doe, ", maxBylineBlock/10+1)
	src := "- **Title**. " + names + "John Roe. [paper](https://arxiv.org/abs/2401.00001)\n"
	es := readFormat(t, "huge.md", src, FormatMarkdown)
	if len(es) != 1 {
		t.Fatalf("got %d entries, want 1", len(es))
	}
	if es[0].Authors != -1 || es[0].AuthorNames != nil {
		t.Errorf("a huge byline gave %d authors", es[0].Authors)
	}
	short := "- **Title**. Jane Doe, John Roe. [paper](https://arxiv.org/abs/2401.00001)\n"
	if es := readFormat(t, "short.md", short, FormatMarkdown); es[0].Authors != 2 {
		t.Errorf("a short byline gave %d authors", es[0].Authors)
	}
}

// TestMarkdownTableColumns takes a table's title from its title column
// before its paper column, and from its name or method column when the
// paper column holds only labelled links; a row with neither is none.
func TestMarkdownTableColumns(t *testing.T) {
	src := `| Year | Paper | Title | Code |
|---|---|---|---|
| 2023 | [arXiv](https://arxiv.org/abs/2304.04934) | Model Sparsity | [GitHub](https://github.com/OPTML-Group/Unlearn-Sparse) |

| Method | Paper | Code |
|---|---|---|
| SalUn | [PDF](https://arxiv.org/abs/2310.12508) | [Code](https://github.com/OPTML-Group/Unlearn-Saliency) |

| Paper | Code |
|---|---|
| [arXiv](https://arxiv.org/abs/2302.09880) | [Code](https://github.com/meghdadk/SCRUB) |

| Name | Size |
|---|---|
| [MNIST](https://yann.lecun.com/exdb/mnist/) | 60000 |
| [SCRUB](https://github.com/meghdadk/SCRUB) | 1 |
`
	type entry struct {
		title, arxiv string
		line         int
	}
	var got []entry
	for _, e := range readFormat(t, "t.md", src, FormatMarkdown) {
		got = append(got, entry{e.Title, e.ArxivID, e.Source.Line})
	}
	// A table of names lists a paper where a row links a paper or code:
	// not a dataset's page.
	want := []entry{{"Model Sparsity", "2304.04934", 3}, {"SalUn", "2310.12508", 7}, {"SCRUB", "", 16}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries %+v, want %+v", got, want)
	}
}

// TestMarkdownHeadingEntries reads papers given as headings over a list
// of their fields or over paragraphs linking them, and leaves section
// headings over lists of papers, or over prose, as sections.
func TestMarkdownHeadingEntries(t *testing.T) {
	src := `# Notes

## Pruning

### Model Sparsity Can Simplify Machine Unlearning

- Paper: [arXiv](https://arxiv.org/abs/2304.04934)
- **Code:** https://github.com/OPTML-Group/Unlearn-Sparse
- Authors: Jinghan Jia, Jiancheng Liu
- Venue: NeurIPS 2023

### [SalUn](https://arxiv.org/abs/2310.12508)

- Code: [GitHub](https://github.com/OPTML-Group/Unlearn-Saliency)

## Surveys

- [A Survey of Machine Unlearning](https://arxiv.org/abs/2209.02299)
- [Another Survey](https://arxiv.org/abs/2305.06360)

## Tools

- Install: pip install tool
- Docs: https://tool.example.org

## Notes

### [Towards Unbounded Machine Unlearning](https://arxiv.org/abs/2302.09880)
*Kurmanji et al.*, NeurIPS 2023. [Code](https://github.com/meghdadk/SCRUB)

### Certified Data Removal
Guo et al. 2020

[[Paper]](https://arxiv.org/abs/1911.03030) | [[Code]](https://github.com/facebookresearch/certified-removal)

### Paper Over Its Fields
**Authors:** Eve Black, Frank Green
**Venue:** ICML 2023
[[paper](https://arxiv.org/abs/2301.00010)] [[code](https://github.com/a/ten)]

### Background
This part collects background reading; see [our blog](https://example.org/blog).

### Installation
Code: [GitHub](https://github.com/a/tool) and more.

### [Our Lab](https://example.org/lab)
A lab page over prose, [with a link](https://example.org/x).
`
	es := readFormat(t, "notes.md", src, FormatMarkdown)
	type entry struct {
		title, section, venue string
		line, authors         int
		links                 []string
	}
	want := []entry{
		{"Model Sparsity Can Simplify Machine Unlearning", "Pruning", "NeurIPS 2023", 5, 2,
			[]string{"paper https://arxiv.org/abs/2304.04934", "code https://github.com/OPTML-Group/Unlearn-Sparse"}},
		{"SalUn", "Pruning", "", 12, -1, []string{"paper https://arxiv.org/abs/2310.12508", "code https://github.com/OPTML-Group/Unlearn-Saliency"}},
		{"A Survey of Machine Unlearning", "Surveys", "", 18, -1, []string{"paper https://arxiv.org/abs/2209.02299"}},
		{"Another Survey", "Surveys", "", 19, -1, []string{"paper https://arxiv.org/abs/2305.06360"}},
		// Headings over paragraphs: one linking the paper, one over
		// labelled links; not a section's introduction, a paragraph with
		// words besides labels, or a heading linking a page over prose.
		{"Towards Unbounded Machine Unlearning", "Notes", "", 28, -1, []string{"paper https://arxiv.org/abs/2302.09880", "code https://github.com/meghdadk/SCRUB"}},
		{"Certified Data Removal", "Notes", "", 31, -1, []string{"paper https://arxiv.org/abs/1911.03030", "code https://github.com/facebookresearch/certified-removal"}},
		// A paragraph of fields and labelled links under it: the fields
		// are the paper's.
		{"Paper Over Its Fields", "Notes", "ICML 2023", 36, 2, []string{"paper https://arxiv.org/abs/2301.00010", "code https://github.com/a/ten"}},
	}
	var got []entry
	for _, e := range es {
		got = append(got, entry{e.Title, e.Section, e.Venue, e.Source.Line, e.Authors, urls(e)})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %+v\nwant %+v", got, want)
	}
}

func TestMarkdownTable(t *testing.T) {
	src := `## Model-Agnostic Approaches

| **Paper Title** | **Year** | **Author** | **Venue** | **Model** | **Code** | **Type** |
| --------------- | :----: | ---- | :----: | :----: | :----: | :----: |
| [ERASURE: Reproducible Unlearning](https://www.ijcai.org/proceedings/2025/1255) | 2025 | D'Angelo et al. | _IJCAI_ | ERASURE | [[Code]](https://github.com/aiim-research/ERASURE/tree/main) | Framework |
| [No Code Here](https://arxiv.org/abs/2407.20516) | 2024 | A and B | _arXiv_ | - | - | Survey |
| Not linked | 2024 | C | - | - | - | - |

| Dataset | #Items |
| --- | --- |
| [MNIST](https://deepai.org/dataset/mnist) | 70K |
`
	// A row of a papers table is a paper even when nothing in it is
	// linked; a row of another table is not.
	es := readFormat(t, "t.md", src, FormatMarkdown)
	if len(es) != 3 || es[2].Title != "Not linked" || len(es[2].Links) != 0 || es[2].Source.Line != 7 || es[2].DateText != "2024" {
		t.Fatalf("got %d entries, want 3, the last unlinked: %+v", len(es), es)
	}
	e := es[0]
	if e.DateText != "2025" || e.Venue != "IJCAI" || e.Section != "Model-Agnostic Approaches" || e.Source.Line != 5 {
		t.Errorf("first row: %+v", *e)
	}
	if got := urls(e); !reflect.DeepEqual(got, []string{"paper https://www.ijcai.org/proceedings/2025/1255", "code https://github.com/aiim-research/ERASURE"}) {
		t.Errorf("links %q", got)
	}
	if es[1].Authors != 2 {
		t.Errorf("authors of 'A and B' = %d", es[1].Authors)
	}
}

// TestMarkdownHeadlessTable reads a table whose header names no column:
// its title column is the one whose cells read as titles, and its rows
// are papers where they link something; a table of other things (names,
// numbers) under an empty header gives nothing.
func TestMarkdownHeadlessTable(t *testing.T) {
	src := `|  |  |  |
|---|---|---|
| 2024 | A Headless Table Paper Title | https://github.com/a/one |
| 2023 | Another Headless Paper Here | [code](https://github.com/a/two) |
| 2022 | A Third Headless Paper, Unlinked | - |

|  |  |
|---|---|
| MNIST | https://github.com/a/mnist |
| cifar | 60K |
`
	var got []string
	for _, e := range readFormat(t, "t.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %s %q", e.Source.Line, e.Title, e.DateText, urls(e)))
	}
	want := []string{
		`3 A Headless Table Paper Title  ["code https://github.com/a/one"]`,
		`4 Another Headless Paper Here  ["code https://github.com/a/two"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestMarkdownTitleOverLinks reads a plain title over a nested list of
// the paper's labelled links and fields as the paper; a section's name
// over a list of papers, a field's name or a sentence over links, is not.
func TestMarkdownTitleOverLinks(t *testing.T) {
	src := `- Model Sparsity Can Simplify Machine Unlearning
  - [paper](https://arxiv.org/abs/2304.04934)
  - Code: [GitHub](https://github.com/OPTML-Group/Unlearn-Sparse)
  - Authors: Jinghan Jia, Sijia Liu
- **Challenging Forgets**
  * [[PDF]](https://arxiv.org/abs/2406.06594) | [[Code]](https://github.com/OPTML-Group/Unlearn-WorstCase)
- Surveys
  - [A Survey of Machine Unlearning](https://arxiv.org/abs/2209.02299)
- Code:
  - [GitHub](https://github.com/a/code)
- We release everything we made.
  - [code](https://github.com/a/sentence)
`
	var got []string
	for _, e := range readFormat(t, "l.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q %q", e.Source.Line, e.Title, urls(e), e.AuthorNames))
	}
	want := []string{
		`1 Model Sparsity Can Simplify Machine Unlearning ["paper https://arxiv.org/abs/2304.04934" "code https://github.com/OPTML-Group/Unlearn-Sparse"] ["Jinghan Jia" "Sijia Liu"]`,
		`5 Challenging Forgets ["paper https://arxiv.org/abs/2406.06594" "code https://github.com/OPTML-Group/Unlearn-WorstCase"] []`,
		`8 A Survey of Machine Unlearning ["paper https://arxiv.org/abs/2209.02299"] []`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestMarkdownPlainTitleBeforeCode reads a plain or quoted title before a
// link labelled as its code alone, a year tag before the title, and a
// venue in parentheses after it; a short or lower-case phrase before a
// code link is no paper.
func TestMarkdownPlainTitleBeforeCode(t *testing.T) {
	src := `- Title With Code Only [[Code]](https://github.com/a/only)
- "Quoted Title Here" - Jia et al. [[Code](https://github.com/a/q)]
- 2023 · Year First Title · [arXiv](https://arxiv.org/abs/2301.00002)
- Official implementation [[Code]](https://github.com/a/impl)
- see the [code](https://github.com/a/see) for details
- **Bold Title** (ICML 2023) [[paper](https://arxiv.org/abs/2301.00003)] [[code](https://github.com/a/bold)]
- Plain Title (NeurIPS'23, oral) [paper](https://arxiv.org/abs/2301.00004)
`
	var got []string
	for _, e := range readFormat(t, "l.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q %q", e.Source.Line, e.Title, e.Venue, urls(e)))
	}
	want := []string{
		`1 Title With Code Only "" ["code https://github.com/a/only"]`,
		`2 Quoted Title Here "" ["code https://github.com/a/q"]`,
		`3 Year First Title "" ["paper https://arxiv.org/abs/2301.00002"]`,
		`6 Bold Title "ICML 2023" ["paper https://arxiv.org/abs/2301.00003" "code https://github.com/a/bold"]`,
		`7 Plain Title "NeurIPS'23, oral" ["paper https://arxiv.org/abs/2301.00004"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestMarkdownTitleBeforeBareCode reads a title in title case before a
// repository's bare address, labelled or not, with its venue; a sentence
// that leads to the address, a label (with a colon, or in words about
// code), or a title in sentence case (which reads as a sentence) is no
// paper.
func TestMarkdownTitleBeforeBareCode(t *testing.T) {
	src := `- A Bare Paper Title Here. Code: https://github.com/a/one
- Learning to Unlearn with Gradient Projection https://github.com/a/two
- Another Bare Paper Title, NeurIPS 2023. https://github.com/a/three
- Install the package from https://github.com/a/four
- The Official Repository Is Here: https://github.com/a/five
- Model sparsity can simplify machine unlearning https://github.com/a/six
- See https://github.com/a/seven
- Official PyTorch Implementation https://github.com/a/eight
- Code and Data for the Paper https://github.com/a/nine
`
	var got []string
	for _, e := range readFormat(t, "l.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q %q", e.Source.Line, e.Title, e.Venue, urls(e)))
	}
	want := []string{
		`1 A Bare Paper Title Here "" ["code https://github.com/a/one"]`,
		`2 Learning to Unlearn with Gradient Projection "" ["code https://github.com/a/two"]`,
		`3 Another Bare Paper Title "NeurIPS 2023" ["code https://github.com/a/three"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestTableCodeNote reads a code column that says in words where the code
// is: "Coming soon" promises it, a dash says nothing, and the promise
// outlasts a merge with an entry that says nothing.
func TestTableCodeNote(t *testing.T) {
	src := `| Title | Code |
|---|---|
| First Paper | Coming soon |
| Second Paper | TBA |
| Third Paper | - |
| Fourth Paper | N/A |
| Fifth Paper | [GitHub](https://github.com/a/five) |

- [First Paper](https://arxiv.org/abs/2301.00001)
`
	es := readFormat(t, "t.md", src, FormatMarkdown)
	var got []string
	for _, e := range es {
		got = append(got, e.Title+": "+string(e.CodeStatus))
	}
	want := []string{"First Paper: promised", "Second Paper: promised", "Third Paper: none", "Fourth Paper: none",
		"Fifth Paper: linked", "First Paper: none"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("statuses %q, want %q", got, want)
	}
	if merged := Merge(es); merged[0].Title != "First Paper" || merged[0].CodeStatus != CodePromised {
		t.Errorf("merged: %s %s, want First Paper promised", merged[0].Title, merged[0].CodeStatus)
	}
}

// TestDatasetTable reads a table with no title column, as lists give
// datasets and tools: a row is a paper where a cell opens with a link to
// the paper under its title, or its first cell with a link to code under
// a title; a name alone is none.
func TestDatasetTable(t *testing.T) {
	src := `| Dataset | Items | Description |
| --- | --- | --- |
| [Canvas](https://github.com/a/canvas) | 24K | [Canvas: A Stylized Image Dataset for Unlearning](https://arxiv.org/abs/2402.11846) |
| [MUSE: Six-Way Evaluation for Language Models](https://github.com/b/muse) | 4k | |
| [Synthetic PII](https://github.com/c/pii) | 2k | |
| [MNIST Handwritten Digits Database](https://deepai.org/dataset/mnist) | 70K | Classification |
| Plain words | 1 | [paper](https://arxiv.org/abs/2401.00001) |
`
	var got []string
	for _, e := range readFormat(t, "d.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q", e.Source.Line, e.Title, urls(e)))
	}
	want := []string{
		`3 Canvas: A Stylized Image Dataset for Unlearning ["paper https://arxiv.org/abs/2402.11846" "code https://github.com/a/canvas"]`,
		`4 MUSE: Six-Way Evaluation for Language Models ["code https://github.com/b/muse"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestLinkParagraphs reads papers given a paragraph or a line each
// outside any list, opening with their title's link; a sentence that
// opens with a link, a link to neither paper nor code, and the
// paragraphs a heading's paper takes are none.
func TestLinkParagraphs(t *testing.T) {
	src := `## Benchmarks

[Open Unlearning - An extensible framework for unlearning benchmarks](https://github.com/a/open)

[Unlearning Comparator - A visual analytics system](https://github.com/b/comp) [[Paper]](https://arxiv.org/abs/2508.12730) [[Demo]](https://b.github.io/comp/)
[Second Line Tool Title](https://github.com/b/second): what it does

[This GitHub repository](https://github.com/c/repo) holds the code of our survey.

[Some Useful Tool Repository](https://github.com/c/tool)
is a tool we wrote.

[Contributing Guidelines For This List](CONTRIBUTING.md)

[A Homepage Paper Title](https://arxiv.org/abs/2301.00021)<br>Ann Smith, Bob Jones<br>ICML 2023 [code](https://github.com/e/one)
[Wrapped Paper Title Here](https://arxiv.org/abs/2301.00023)
by Ann Smith and Bob Jones. [[code]](https://github.com/e/two)

### [Heading Paper Title](https://arxiv.org/abs/2301.00001)

[Its Code Repository Here](https://github.com/d/code)
`
	var got []string
	for _, e := range readFormat(t, "p.md", src, FormatMarkdown) {
		line := fmt.Sprintf("%d %s %q", e.Source.Line, e.Title, urls(e))
		if e.AuthorNames != nil {
			line += fmt.Sprintf(" %v %s", e.AuthorNames, e.Venue)
		}
		got = append(got, line)
	}
	want := []string{
		`3 Open Unlearning - An extensible framework for unlearning benchmarks ["code https://github.com/a/open"]`,
		`5 Unlearning Comparator - A visual analytics system ["code https://github.com/b/comp" "paper https://arxiv.org/abs/2508.12730" "project https://b.github.io/comp/"]`,
		`6 Second Line Tool Title ["code https://github.com/b/second"]`,
		`15 A Homepage Paper Title ["paper https://arxiv.org/abs/2301.00021" "code https://github.com/e/one"] [Ann Smith Bob Jones] ICML 2023`,
		`16 Wrapped Paper Title Here ["paper https://arxiv.org/abs/2301.00023" "code https://github.com/e/two"] [Ann Smith Bob Jones] `,
		`19 Heading Paper Title ["paper https://arxiv.org/abs/2301.00001" "code https://github.com/d/code"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestMoreListShapes reads shapes seen in other public lists: methods
// named in bold over their labelled links, a paragraph each; a table
// whose paper column holds a label and whose first column names the
// papers; fields after a title, set off by pipes; authors after a colon;
// a quoted title after a method's name; titles quoted or in <b> before
// labelled links, or in bold over their authors and links, a paragraph
// each; a table's quoted title with its journal after it, and a cell's
// title before its labelled link. A bold word before a code link alone, a table of dates with
// labelled links, and a bold phrase over prose are none.
func TestMoreListShapes(t *testing.T) {
	src := `## Methods

**DNANet:** [[code]](https://github.com/a/dna) | [[paper]](https://arxiv.org/pdf/2106.00487)

**MSHNet**: [[code]](https://github.com/a/msh) | [[paper]](https://arxiv.org/abs/2403.19366)

**Update:** [[code]](https://github.com/a/update)

**Note:** the [[paper]](https://arxiv.org/abs/2403.00001) has a bug.

| **Benchmarks** | **Webcite Link** | **Paper** |
|:---:|:---:|:---:|
| OpenP5 | [[Link]](https://github.com/b/OpenP5) | [[Paper]](https://arxiv.org/abs/2306.11134) |

| Date | Paper |
|---|---|
| 2023-05 | [[Paper]](https://arxiv.org/abs/2305.00001) |

- Learning to Fuse Things and Stuff | 1812 | [[paper]](https://arxiv.org/pdf/1812.01192.pdf)
- Panoster: End-to-end Panoptic Segmentation · arXiv'20 · [[paper]](https://arxiv.org/pdf/2010.15157)
- Knowledge Neurons (KN): Dai et al. [[Code]](https://github.com/c/kn) [[Paper]](https://arxiv.org/abs/2104.08696)
- **DouZero**: Zha et al., "DouZero: Mastering DouDizhu with Self-Play", ICML 2021. [[paper]](https://arxiv.org/abs/2106.06135)

"Rethinking Pre-training and Self-training" [[Paper]](https://arxiv.org/pdf/2006.06882v2.pdf) [[Code]](https://github.com/d/st)

<b>Single Image 3D Interpreter Network (2016)</b> [[Paper]](http://3dinterpreter.csail.mit.edu/) [[Code]](https://github.com/d/3dinn)

**When LLMs Read Tables Carelessly**  
<span class="authors">**Ann Smith**, Bob Jones</span>  
<span class="venue">Preprint 2026</span> [[paper]](https://arxiv.org/abs/2604.00001)

**Important Words In Bold**
A paragraph that goes on about [a link](https://example.org/x).

| Model | Year | Paper | Code |
|---|---|---|---|
| **BENDR** | 2021 | “BENDR: Using Transformers for EEG Data” (Frontiers in Human Neuroscience) | https://github.com/e/bendr |

| No. | Paper | Venue | Code |
|---|---|---|---|
| 1 | Sparse Cells Unlearn Faster [[pdf]](https://arxiv.org/abs/2401.00121) | ICML 2024 | [PyTorch](https://github.com/f/cells) |
`
	var got []string
	for _, e := range readFormat(t, "s.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q", e.Source.Line, e.Title, urls(e)))
	}
	want := []string{
		`3 DNANet ["code https://github.com/a/dna" "paper https://arxiv.org/pdf/2106.00487"]`,
		`5 MSHNet ["code https://github.com/a/msh" "paper https://arxiv.org/abs/2403.19366"]`,
		`13 OpenP5 ["paper https://arxiv.org/abs/2306.11134" "code https://github.com/b/OpenP5"]`,
		`19 Learning to Fuse Things and Stuff ["paper https://arxiv.org/pdf/1812.01192.pdf"]`,
		`20 Panoster: End-to-end Panoptic Segmentation ["paper https://arxiv.org/pdf/2010.15157"]`,
		`21 Knowledge Neurons ["code https://github.com/c/kn" "paper https://arxiv.org/abs/2104.08696"]`,
		`22 DouZero: Mastering DouDizhu with Self-Play ["paper https://arxiv.org/abs/2106.06135"]`,
		`24 Rethinking Pre-training and Self-training ["paper https://arxiv.org/pdf/2006.06882v2.pdf" "code https://github.com/d/st"]`,
		`26 Single Image 3D Interpreter Network ["other http://3dinterpreter.csail.mit.edu" "code https://github.com/d/3dinn"]`,
		`28 When LLMs Read Tables Carelessly ["paper https://arxiv.org/abs/2604.00001"]`,
		`37 BENDR: Using Transformers for EEG Data ["code https://github.com/e/bendr"]`,
		`41 Sparse Cells Unlearn Faster ["paper https://arxiv.org/abs/2401.00121" "code https://github.com/f/cells"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestBoldTitleBylines reads papers given a paragraph each, a title in
// bold followed by its authors and venue and then labelled links, as
// lists of multimodal-model papers write them. Words after a bold name
// that are not a byline, or a byline with no labelled link after it, lead
// none.
func TestBoldTitleBylines(t *testing.T) {
	src := `## Papers

**Sparse Things Unlearn Faster**. *Ann Smith, Bob Jones*. ICML 2024. [[paper](https://arxiv.org/abs/2401.00111)] [[code](https://github.com/lab/sparse)]

**Dense Things Remember More.** C. Lee and D. Moe. arXiv 2024. [[pdf](https://arxiv.org/pdf/2401.00112)]

**Note:** this list is kept by us [[code](https://github.com/lab/list)]

**Important Things** we found [[paper](https://arxiv.org/abs/2401.00113)]

**Bylines Without Links Here**. *Ann Smith*. ICML 2024.
`
	var got []string
	for _, e := range readFormat(t, "b.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q %q %q", e.Source.Line, e.Title, e.AuthorNames, e.Venue, urls(e)))
	}
	want := []string{
		`3 Sparse Things Unlearn Faster ["Ann Smith" "Bob Jones"] "ICML 2024" ["paper https://arxiv.org/abs/2401.00111" "code https://github.com/lab/sparse"]`,
		`5 Dense Things Remember More ["C. Lee" "D. Moe"] "arXiv 2024" ["paper https://arxiv.org/pdf/2401.00112"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestTitleOverParagraphs reads a paper whose title stands alone, in bold,
// in a <details> block's <summary> or plain (as a page's <div
// class="title"> becomes), over paragraphs of its authors, venue and
// labelled links, as a heading's paper is read; a year's heading over
// such papers is their section, not a paper. A bold phrase over prose, a
// title over no link to the paper or its code, and a plain line over a
// code link with no authors are none.
func TestTitleOverParagraphs(t *testing.T) {
	src := `## Unlearning

<details>
<summary><b>Sparse Things Unlearn Faster</b> (ICML 2024)</summary>

[Paper](https://arxiv.org/abs/2401.00111) | [Code](https://github.com/lab/sparse)

</details>

**Dense Things Remember More** (NeurIPS 2023)

Ann Smith, Bob Jones

[Paper](https://arxiv.org/abs/2401.00112) | [Code](https://github.com/lab/dense)

**An Important Note On This List**

We keep this list up to date. See [our site](https://example.org).

**A Title Over Its Slides**

[Slides](https://example.org/slides.pdf)

## 2023

Plain Things On Their Own Line

Authors: Carl Lee, Dana Moe

ICML 2023

[[Paper]](https://arxiv.org/abs/2301.00113) [[Code]](https://github.com/lab/plain)

A line of prose over a code link

[[Code]](https://github.com/lab/prose)
`
	var got []string
	for _, e := range readFormat(t, "o.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q %q %s %q", e.Source.Line, e.Title, e.AuthorNames, e.Venue, e.Section, urls(e)))
	}
	want := []string{
		`3 Sparse Things Unlearn Faster [] "ICML 2024" Unlearning ["paper https://arxiv.org/abs/2401.00111" "code https://github.com/lab/sparse"]`,
		`10 Dense Things Remember More ["Ann Smith" "Bob Jones"] "NeurIPS 2023" Unlearning ["paper https://arxiv.org/abs/2401.00112" "code https://github.com/lab/dense"]`,
		`26 Plain Things On Their Own Line ["Carl Lee" "Dana Moe"] "ICML 2023" 2023 ["paper https://arxiv.org/abs/2301.00113" "code https://github.com/lab/plain"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestCitedTitles reads citations that give the authors before the
// title, in quotation marks or in bold, in list items and in paragraphs;
// a run of words that are not names before a quoted phrase is no byline.
func TestCitedTitles(t *testing.T) {
	src := `- T. Kaneko, H. Kameoka, and N. Hojo. "**CycleGAN-VC2: Improved Voice Conversion.**" *ICASSP, 2019*. [[Paper]](https://arxiv.org/abs/1904.04631) [[github]](https://github.com/a/vc2)
- T. Kaneko and H. Kameoka. "Parallel-Data-Free Voice Conversion Using Adversarial Networks." EUSIPCO 2018. [[Paper]](https://arxiv.org/abs/1711.11293)
- Kaneko et al. **StarGAN-VC: Non-parallel many-to-many voice conversion**. SLT 2018. [[Paper]](https://arxiv.org/abs/1806.02169)
- See the "Frequently Asked Questions" page [[Paper]](https://arxiv.org/abs/1806.00001)
- A. Bee and C. Dee. “**Curly Quoted Bold Title.**” X 2020. [[Paper]](https://arxiv.org/abs/2001.00001)

:heavy_check_mark: - H. Kameoka and T. Kaneko. "**ACVAE-VC: Non-parallel Voice Conversion.**" *arXiv, 2018.* [[Paper]](https://arxiv.org/abs/1808.05092)

## 1. Instance-aware Semantic Segmentation via Multi-task Network Cascades
[[Github]](https://github.com/b/mnc)
`
	var got []string
	for _, e := range readFormat(t, "c.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q %q %d", e.Source.Line, e.Title, e.AuthorNames, e.Venue, len(e.Links)))
	}
	want := []string{
		`1 CycleGAN-VC2: Improved Voice Conversion ["T. Kaneko" "H. Kameoka" "N. Hojo"] "ICASSP, 2019" 2`,
		`2 Parallel-Data-Free Voice Conversion Using Adversarial Networks ["T. Kaneko" "H. Kameoka"] "EUSIPCO 2018" 1`,
		`3 StarGAN-VC: Non-parallel many-to-many voice conversion ["Kaneko"] "SLT 2018" 1`,
		"4 See the \"Frequently Asked Questions\" page [] \"\" 1",
		`5 Curly Quoted Bold Title ["A. Bee" "C. Dee"] "X 2020" 1`,
		`7 ACVAE-VC: Non-parallel Voice Conversion ["H. Kameoka" "T. Kaneko"] "arXiv, 2018" 1`,
		`9 Instance-aware Semantic Segmentation via Multi-task Network Cascades [] "" 1`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestCitedTitleBound reads a citation's names and title from the first
// maxCitedPrefix bytes only: a line of prose is not searched again at each
// of its inlines (which made a 600 KB line take seconds).
func TestCitedTitleBound(t *testing.T) {
	names := strings.Repeat("A. Bee, ", maxCitedPrefix/8)
	for _, tt := range []struct {
		names string
		cited bool // whether the quoted title is the entry's
	}{
		{"A. Bee and C. Dee. ", true},
		{names, false},
	} {
		src := "- " + tt.names + `"Title Words Here." X 2019. [[Paper]](https://arxiv.org/abs/2401.00001)` + "\n"
		es := readFormat(t, "b.md", src, FormatMarkdown)
		if len(es) != 1 {
			t.Fatalf("%d entries, want 1", len(es))
		}
		if got := es[0].Title == "Title Words Here"; got != tt.cited {
			t.Errorf("names of %d bytes: title %.40q, cited %v, want %v", len(tt.names), es[0].Title, got, tt.cited)
		}
	}
}

// TestHeadingOverOtherLabels reads a heading over links labelled with
// the words projects put on them besides paper and code ("pypi", "demo",
// "colab"), as the paper they belong to.
func TestHeadingOverOtherLabels(t *testing.T) {
	src := `### OpenCLIP (LAION AI)

[[github]](https://github.com/a/open_clip) | [[pypi]](https://pypi.org/project/open-clip-torch/) | [[Colab]](https://colab.research.google.com/x)

[[paper]](https://arxiv.org/abs/2212.07143): Mehdi Cherti, Romain Beaumont
`
	var got []string
	for _, e := range readFormat(t, "h.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %d", e.Source.Line, e.Title, len(e.Links)))
	}
	if want := []string{"1 OpenCLIP (LAION AI) 4"}; !reflect.DeepEqual(got, want) {
		t.Errorf("entries %q, want %q", got, want)
	}
}

// TestChineseTables reads a table headed in Chinese ("| 论文 | 作者 | 年份
// | 会议 | 代码 |") as one headed in English, with names parted by
// Chinese commas, and "[[论文]]" and "[[代码]]" as labels.
func TestChineseTables(t *testing.T) {
	src := `| 论文 | 作者 | 年份 | 会议 | 代码 |
|---|---|---|---|---|
| Plain Chinese Table Title Here | 张三、李四，王五 | 2024 | CVPR 2024 | [代码](https://github.com/zh/plain) |

- 【CVPR 2023】Bracketed Chinese Tag Title [[论文]](https://example.org/p.pdf) [[代码]](https://github.com/zh/tag)
`
	var got []string
	for _, e := range readFormat(t, "zh.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q %q %q", e.Source.Line, e.Title, e.AuthorNames, e.Venue, urls(e)))
	}
	want := []string{
		`3 Plain Chinese Table Title Here ["张三" "李四" "王五"] "CVPR 2024" ["code https://github.com/zh/plain"]`,
		`5 Bracketed Chinese Tag Title [] "CVPR 2023" ["other https://example.org/p.pdf" "code https://github.com/zh/tag"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestHeadingWithItsLinks reads a heading that names its paper with
// links after the title ("### Title [[arXiv](url)]"), with a venue tag
// before it; a heading whose links name no paper is a section.
func TestHeadingWithItsLinks(t *testing.T) {
	src := `## Papers

### Expert Identification of Visual Primitives Used by CNNs [[arXiv](https://arxiv.org/abs/1803.04858)]

Jimmy Wu, Diondra Peck

### [CVPR 2023] Heading Tagged Paper Title [[paper]](https://arxiv.org/abs/2303.00009) [[code]](https://github.com/h/tagged)

### Related Resources [[list]](https://github.com/x/awesome)

### Short [[paper]](https://arxiv.org/abs/2303.00010)
`
	var got []string
	for _, e := range readFormat(t, "h.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q %q", e.Source.Line, e.Title, e.Venue, urls(e)))
	}
	want := []string{
		`3 Expert Identification of Visual Primitives Used by CNNs "" ["paper https://arxiv.org/abs/1803.04858"]`,
		`7 Heading Tagged Paper Title "CVPR 2023" ["paper https://arxiv.org/abs/2303.00009" "code https://github.com/h/tagged"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestBadgeBeforeTitle reads a title after a badge image, in a table cell
// ("![Star](badge) <br> [**Title**](url)") or a list item.
func TestBadgeBeforeTitle(t *testing.T) {
	src := `| Title | Venue | Code |
|:--|:--|:--|
| ![Star](https://img.shields.io/github/stars/a/wood.svg?style=social) <br> [**Woodpecker: Hallucination Correction**](https://arxiv.org/pdf/2310.16045.pdf) <br> | arXiv | [Github](https://github.com/a/wood) |

- ![new](https://img.shields.io/badge/new-red) [Badged List Item Title](https://arxiv.org/abs/2401.00061)
`
	var got []string
	for _, e := range readFormat(t, "b.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q", e.Source.Line, e.Title, urls(e)))
	}
	want := []string{
		`3 Woodpecker: Hallucination Correction ["paper https://arxiv.org/pdf/2310.16045.pdf" "code https://github.com/a/wood"]`,
		`5 Badged List Item Title ["paper https://arxiv.org/abs/2401.00061"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestBoldTitleParagraphs reads the paragraphs Awesome-Diffusion-Models
// writes a paper in: a bold title, the authors in italics (one name
// alone too) and the venue with links on lines of their own; the
// authors' line leads no paper, though it reads as a title. An italic
// tag ("*Oral Presentation*") is no name.
func TestBoldTitleParagraphs(t *testing.T) {
	src := "### Image Generation\n\n" +
		"**Scalable Diffusion Models with Transformers** \\\n*William Peebles, Saining Xie* \\\n" +
		"ICCV 2023. [[Paper](https://arxiv.org/abs/2212.09748)] [[Github](https://github.com/a/dit)] \\\n19 Dec 2022\n\n" +
		"**Another Diffusion Paper Title Here** \\\n*Ann Smith* \\\narXiv 2023. [[Paper](https://arxiv.org/abs/2301.00071)]\n\n" +
		"**A Third Diffusion Paper Title** \\\n*Oral Presentation* \\\nCVPR 2023. [[Paper](https://arxiv.org/abs/2301.00072)]\n"
	var got []string
	for _, e := range readFormat(t, "d.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q %q %d", e.Source.Line, e.Title, e.AuthorNames, e.Venue, len(e.Links)))
	}
	want := []string{
		`3 Scalable Diffusion Models with Transformers ["William Peebles" "Saining Xie"] "ICCV 2023" 2`,
		`8 Another Diffusion Paper Title Here ["Ann Smith"] "arXiv 2023" 1`,
		`12 A Third Diffusion Paper Title [] "CVPR 2023" 1`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestFieldsWithoutHeading reads lists of one paper's fields with no
// heading over them, as lists that fold each paper under a <details>
// summary write them: the Paper field's link titles the paper, or the
// summary does when the link is a label; a Paper field over nested
// papers gives each, with the other fields; a list of other things'
// fields gives none.
func TestFieldsWithoutHeading(t *testing.T) {
	src := `### Structure-based

<details>
<summary>FoldOne</summary>

- **Paper:** [Highly accurate structure prediction with FoldOne](https://www.nature.com/articles/s41586-021-00001-2) (Nature, 2021)
- **Code:** https://github.com/fold/one
- **Docs:** [Read more →](docs/FoldOne/) *to be written*
- **Approach:** DL
- **Description:** Folds proteins from their sequence.
- **For IDR**
</details>

<details>
<summary>FoldFamily</summary>

- **Paper:**
  - [FoldTwo: making folding accessible to all](https://www.nature.com/articles/s41592-022-00002-1) (Nature Methods, 2022)
  - FoldThree: [Easy and accurate folding using FoldThree](https://www.biorxiv.org/content/10.1101/2024.01.01.000003v1) (bioRxiv, 2024)
- **Code:** https://github.com/fold/family
</details>

<details>
<summary>FoldLabel &amp; Co</summary>

- **Paper:** [arXiv](https://arxiv.org/abs/2401.00081)
- **Code:** N/A
</details>

- **Paper:** [A reading list on folding](https://example.org/reading)
- **Data:** [Fold sets](https://example.org/data)
`
	var got []string
	for _, e := range readFormat(t, "f.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q %s %q %q", e.Source.Line, e.Title, e.Venue, e.CodeStatus, urls(e), e.Abstract))
	}
	want := []string{
		`6 Highly accurate structure prediction with FoldOne "Nature, 2021" linked ["paper https://www.nature.com/articles/s41586-021-00001-2" "code https://github.com/fold/one"] "Folds proteins from their sequence."`,
		`18 FoldTwo: making folding accessible to all "Nature Methods, 2022" linked ["paper https://www.nature.com/articles/s41592-022-00002-1" "code https://github.com/fold/family"] ""`,
		`19 Easy and accurate folding using FoldThree "bioRxiv, 2024" linked ["paper https://www.biorxiv.org/content/10.1101/2024.01.01.000003v1" "code https://github.com/fold/family"] ""`,
		`26 FoldLabel & Co "" none ["paper https://arxiv.org/abs/2401.00081"] ""`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestChineseFields reads a heading over a list of fields named in
// Chinese, as daily digests write them: 作者 gives the authors ("等" is
// "et al."), 链接 the links, and 机构 and 来源 are fields, not titles.
func TestChineseFields(t *testing.T) {
	src := `## 🤖 Embodied AI

### 1. SmolThing: A Vision-Language-Action Model for Affordable Robotics
- **作者**: Ann Smith, Bob Jones, Carl Lee 等
- **机构**: Some University
- **链接**: [arXiv](https://arxiv.org/abs/2506.01844) | [PDF](https://arxiv.org/pdf/2506.01844)
- **来源**: 🔥 HF Trending，⬆️ 165

### 2. Sparse Attention for Faster Video Diffusion
- **作者**: 张三、李四
- **链接**: [arXiv](https://arxiv.org/abs/2505.13389) | [代码](https://github.com/a/fastvideo)
- **会议**: ICLR 2026
`
	var got []string
	for _, e := range readFormat(t, "zh.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q %v %q %q", e.Source.Line, e.Title, e.AuthorNames, e.Authors, e.Venue, urls(e)))
	}
	want := []string{
		`3 SmolThing: A Vision-Language-Action Model for Affordable Robotics ["Ann Smith" "Bob Jones" "Carl Lee"] -1 "" ["paper https://arxiv.org/abs/2506.01844" "paper https://arxiv.org/pdf/2506.01844"]`,
		`9 Sparse Attention for Faster Video Diffusion ["张三" "李四"] 2 "ICLR 2026" ["paper https://arxiv.org/abs/2505.13389" "code https://github.com/a/fastvideo"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestMarkedFields reads the nested fields GUI-Agents-Paper-List gives
// each paper: names after an emoji ("📅 Date"), a date in words, the
// publisher as the venue, the TL;DR as the abstract, and a line of names
// with no field's name as the authors.
func TestMarkedFields(t *testing.T) {
	src := `# Papers with Keyword: Grounding

- [ScienceDesk: Evaluating Agents in Scientific Workflows](https://arxiv.org/abs/2505.19897)
    - Ann Smith, Bob Jones, Carl Lee
    - 🏛️ Institutions: HKU, Shanghai AI Lab
    - 📅 Date: May 26, 2025
    - 📑 Publisher: ICLR 2025
    - 💻 Env: [Desktop]
    - 📖 TLDR: This paper introduces *ScienceDesk*, an environment.
- [Grounding Without Names](https://arxiv.org/abs/2505.19898)
    - grounding, agents, vision
`
	var got []string
	for _, e := range readFormat(t, "g.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q %q %q %q", e.Source.Line, e.Title, e.AuthorNames, e.Date, e.Venue, e.Abstract))
	}
	want := []string{
		`3 ScienceDesk: Evaluating Agents in Scientific Workflows ["Ann Smith" "Bob Jones" "Carl Lee"] "2025-05-26" "ICLR 2025" "This paper introduces ScienceDesk, an environment."`,
		`10 Grounding Without Names [] "" "" ""`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestPipedItems reads items that give a paper's fields between pipes,
// as awesome-automl-papers writes them: the year, the title, the authors,
// and a venue without a year, which is kept when it reads as one (an
// acronym, a preprint server, a phrase naming a conference); a link's
// label is no venue.
func TestPipedItems(t *testing.T) {
	src := `### Neural Architecture Search
+ #### Reinforcement Learning
  - 2018 | AMC: AutoML for Model Compression on Mobile Devices | Yihui He, et al. | ECCV | [` + "`PDF`" + `](https://arxiv.org/pdf/1802.03494.pdf)
  - 2017 | Neural Architecture Search with Reinforcement Learning | Barret Zoph, Quoc V. Le | IEEE TPAMI | [PDF](https://arxiv.org/pdf/1611.01578.pdf)
  - 2019 | Evolutionary Neural AutoML for Deep Learning | Jason Liang, et al. | arXiv | [PDF](https://arxiv.org/abs/1902.06827)
  - 2016 | Taking the Human Out of the Loop | Bobak Shahriari, et al. | GitHub | [PDF](https://arxiv.org/abs/1602.00001)
  - 2015 | Sequential Model-free Hyperparameter Tuning | Martin Wistuba, et al. | Data mining conference | [PDF](https://arxiv.org/abs/1502.00001)
`
	var got []string
	for _, e := range readFormat(t, "p.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q %s %q", e.Source.Line, e.Title, e.AuthorNames, e.DateText, e.Venue))
	}
	want := []string{
		`3 AMC: AutoML for Model Compression on Mobile Devices ["Yihui He"] 2018 "ECCV"`,
		`4 Neural Architecture Search with Reinforcement Learning ["Barret Zoph" "Quoc V. Le"] 2017 "IEEE TPAMI"`,
		`5 Evolutionary Neural AutoML for Deep Learning ["Jason Liang"] 2019 "arXiv"`,
		`6 Taking the Human Out of the Loop ["Bobak Shahriari"] 2016 ""`,
		`7 Sequential Model-free Hyperparameter Tuning ["Martin Wistuba"] 2015 "Data mining conference"`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestPublicationColumn reads a table's Publication column, as
// Awesome-LLM heads it, as the venue, without the badge under it.
func TestPublicationColumn(t *testing.T) {
	src := `|  Date  | keywords | Paper | Publication |
| :-----: | :------: | :---- | :---------: |
| 2017-06 | Transformers | [Attention Is All You Need](https://arxiv.org/pdf/1706.03762.pdf) | NeurIPS<br>  ![Dynamic JSON Badge](https://img.shields.io/badge/dynamic/json?label=citation) |
| 2018-06 | GPT 1.0 | [Improving Language Understanding by Generative Pre-Training](https://example.org/gpt.pdf) | ![Dynamic JSON Badge](https://img.shields.io/badge/x) |
`
	var got []string
	for _, e := range readFormat(t, "t.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %s %q", e.Source.Line, e.Title, e.DateText, e.Venue))
	}
	want := []string{
		`3 Attention Is All You Need 2017-06 "NeurIPS"`,
		`4 Improving Language Understanding by Generative Pre-Training 2018-06 ""`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestTwoWordTitles reads a title of two words before a code link alone
// ("Segment Anything [[Code]](url)"), but not what lists write before
// their code ("Official Implementation"), nor one word or lower case.
func TestTwoWordTitles(t *testing.T) {
	src := `- Segment Anything [[Code]](https://github.com/facebookresearch/segment-anything)
- Official Implementation [[Code]](https://github.com/a/impl)
- PyTorch Code [[GitHub]](https://github.com/a/torch)
- see also [[Code]](https://github.com/a/see)
- Mamba [[Code]](https://github.com/state-spaces/mamba)
`
	var got []string
	for _, e := range readFormat(t, "two.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s", e.Source.Line, e.Title))
	}
	if want := []string{"1 Segment Anything"}; !reflect.DeepEqual(got, want) {
		t.Errorf("entries %q, want %q", got, want)
	}
}

// TestAngledItems reads items as RL-Exploration-Paper-Lists writes
// them: a tag, the title's link in angle brackets, then "by" the
// authors, surname first as BibTeX writes them or with initials without
// full stops, and the year.
func TestAngledItems(t *testing.T) {
	src := `* [UCB] <[Finite-time analysis of the multiarmed bandit problem](https://link.springer.com/content/pdf/10.1023/A.pdf)> by Peter Auer, Nicolo Cesa-Bianchi, and Paul Fischer, 2002.

* **[RND]** <[Exploration by random network distillation](https://arxiv.org/pdf/1810.12894.pdf)> by Burda, Yuri and Edwards, Harrison and Storkey, Amos, 2018.

* <[CLEANing the reward: counterfactual actions](http://example.edu/holmesparker.pdf)> by HolmesParker C, Taylor M E, Agogino A, et al. AAMAS, 2014.
`
	var got []string
	for _, e := range readFormat(t, "a.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q %d %s", e.Source.Line, e.Title, e.AuthorNames, e.Authors, e.DateText))
	}
	want := []string{
		`1 Finite-time analysis of the multiarmed bandit problem ["Peter Auer" "Nicolo Cesa-Bianchi" "Paul Fischer"] 3 2002`,
		`3 Exploration by random network distillation ["Yuri Burda" "Harrison Edwards" "Amos Storkey"] 3 2018`,
		`5 CLEANing the reward: counterfactual actions ["HolmesParker C" "Taylor M E" "Agogino A"] -1 `,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestVenueLinkedItems reads items whose paper link is labelled with its
// venue, as 3D-Shape-Analysis-Paper-List writes them: the title follows
// the link, the venue is the link's text (its year parted from it), and
// the code links after the title keep no bracket in it; a link to the
// paper labelled "Arxiv" too. A link whose text holds a year but reads as
// a title stays the title.
func TestVenueLinkedItems(t *testing.T) {
	src := `- [[ICCV2021](https://arxiv.org/abs/2108.07478v1)] Instance Segmentation in 3D Scenes using Superpoint Trees [[github](https://github.com/a/sst)]
- [[Arxiv](https://arxiv.org/abs/2108.00620v1)] Investigating Attention in 3D Point Cloud Detection [[pytorch](https://github.com/a/att)]
- [[CVPR 2020](https://arxiv.org/pdf/1912.04799.pdf)] Learning Depth-Guided Convolutions [[pytorch](https://github.com/a/d4)] :fire:
- [Vision Transformers in 2022: A Survey](https://arxiv.org/abs/2201.00001)
`
	var got []string
	for _, e := range readFormat(t, "v.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q %q", e.Source.Line, e.Title, e.Venue, urls(e)))
	}
	want := []string{
		`1 Instance Segmentation in 3D Scenes using Superpoint Trees "ICCV 2021" ["paper https://arxiv.org/abs/2108.07478v1" "code https://github.com/a/sst"]`,
		`2 Investigating Attention in 3D Point Cloud Detection "" ["paper https://arxiv.org/abs/2108.00620v1" "code https://github.com/a/att"]`,
		`3 Learning Depth-Guided Convolutions "CVPR 2020" ["paper https://arxiv.org/pdf/1912.04799.pdf" "code https://github.com/a/d4"]`,
		`4 Vision Transformers in 2022: A Survey "" ["paper https://arxiv.org/abs/2201.00001"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestFieldParagraphs reads a heading over a paragraph of one paper's
// fields, each name in bold, as Deep-Learning-Paper-List writes them: the
// Paper field's link titles the paper, or the heading does when the link
// is a label; the other fields give the code, the date and the summary. A
// paragraph with an empty Paper field, as a template leaves, is no paper;
// nor is one whose first line is prose. The table's 收录 column is the
// venue.
func TestFieldParagraphs(t *testing.T) {
	src := "### 经典模型\n\n|paper|源码|收录|简介|\n|:-:|:-:|:-:|:-:|\n" +
		"|[ViLT: Vision-and-Language Transformer](http://proceedings.mlr.press/v139/kim21k.html)|[code](https://github.com/dandelin/vilt)|ICML 2021|**ViLT**; 视觉|\n\n" +
		"#### **LLaVA**\n**Paper:** [Visual Instruction Tuning](https://arxiv.org/abs/2304.08485)  \n" +
		"**Github:** https://github.com/haotian-liu/LLaVA  \n**Record:** ICML 2023  \n**Submission time:** 2023.04  \n**Brief Introduction:** 基于 BLIP-2  \n\n" +
		"#### **Named By Its Heading Here**\n**Paper**: [arXiv](https://arxiv.org/abs/2304.10592)  \n**Code**: [GitHub](https://github.com/a/named)  \n**Stars**: 120\n\n" +
		"#### ****\n**Paper:** []()  \n**Github:**   \n\n" +
		"We used **Paper:** [this one](https://arxiv.org/abs/2304.00001)  \n**Code:** [here](https://github.com/a/b)\n"
	var got []string
	for _, e := range readFormat(t, "f.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q %s %q %q", e.Source.Line, e.Title, e.Venue, e.DateText, e.Abstract, urls(e)))
	}
	want := []string{
		`5 ViLT: Vision-and-Language Transformer "ICML 2021"  "ViLT; 视觉" ["paper https://proceedings.mlr.press/v139/kim21k.html" "code https://github.com/dandelin/vilt"]`,
		`8 Visual Instruction Tuning "ICML 2023" 2023.04 "基于 BLIP-2" ["paper https://arxiv.org/abs/2304.08485" "code https://github.com/haotian-liu/LLaVA"]`,
		`15 Named By Its Heading Here ""  "" ["paper https://arxiv.org/abs/2304.10592" "code https://github.com/a/named"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestDigestTable reads the tables daily arXiv digests write: a Publish
// Date column, authors cut with "et.al.", links to the paper on several
// sites, and "null" where no code is.
func TestDigestTable(t *testing.T) {
	src := `| Publish Date | Title | Authors | PDF | alphaXiv | Code |
|:---------|:-----------------------|:---------|:------|:------|:------|
|2026-09-17|SplashSplat: Reconstructing Splashing Liquids|Peiyu Liu et.al.|[2609.20818](https://arxiv.org/abs/2609.20818)|[alphaXiv](https://www.alphaxiv.org/abs/2609.20818)|null|
|2026-09-16|On-Demand Attention: Language Models Know When to Recall|Haibo Feng et.al.|[2609.20734](https://arxiv.org/abs/2609.20734)|[alphaXiv](https://www.alphaxiv.org/abs/2609.20734)|**[link](https://github.com/a/ondemand)**|
`
	var got []string
	for _, e := range readFormat(t, "d.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %s %q %d %s %s", e.Source.Line, e.Title, e.Date, e.AuthorNames, e.Authors, e.ArxivID, e.CodeStatus))
	}
	want := []string{
		`3 SplashSplat: Reconstructing Splashing Liquids 2026-09-17 ["Peiyu Liu"] -1 2609.20818 none`,
		`4 On-Demand Attention: Language Models Know When to Recall 2026-09-16 ["Haibo Feng"] -1 2609.20734 linked`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestItalicBylines reads items as LLM-Agent-Paper-List writes them: a
// date tag, a plain title, its byline in italics (with affiliations in
// parentheses), then its links; the title ends where the byline starts.
func TestItalicBylines(t *testing.T) {
	src := `- [2023/05] EmbodiedGPT: Vision-Language Pre-Training via Embodied Chain of Thought *Yao Mu et al. Arxiv* [[paper](https://arxiv.org/pdf/2305.15021.pdf)] [[code](https://github.com/a/egpt)]
- [2023/07] **WebArena: A Realistic Web Environment for Building Autonomous Agents.** *Shuyan Zhou (CMU) et al. arXiv.* [[paper](https://arxiv.org/abs/2307.13854)]
- [2023/07] **RoCo: Dialectic Multi-Robot Collaboration.** *Zhao Mandi, Shreeya Jain, Shuran Song (Columbia University) et al. arXiv.* [[paper](https://arxiv.org/abs/2307.04738)]
- [2023/06] Learning *to* Rank Things With Emphasis [[paper](https://arxiv.org/abs/2306.00001)]
`
	var got []string
	for _, e := range readFormat(t, "i.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q %s %q", e.Source.Line, e.Title, e.AuthorNames, e.DateText, e.Venue))
	}
	want := []string{
		`1 EmbodiedGPT: Vision-Language Pre-Training via Embodied Chain of Thought ["Yao Mu"] 2023/05 "Arxiv"`,
		`2 WebArena: A Realistic Web Environment for Building Autonomous Agents ["Shuyan Zhou"] 2023/07 "arXiv"`,
		`3 RoCo: Dialectic Multi-Robot Collaboration ["Zhao Mandi" "Shreeya Jain" "Shuran Song"] 2023/07 "arXiv"`,
		`4 Learning to Rank Things With Emphasis [] 2023/06 ""`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestWorkColumn reads a table whose titles stand in a Work column and
// whose links stand in a Links column of labels, as Awesome-LLM-Reasoning-
// Data heads it; its "Why it matters" column is the paper's summary.
func TestWorkColumn(t *testing.T) {
	src := `| Work | Year | Venue | Links | Why it matters |
|---|---:|---|---|---|
| DeepMath-103K | 2025 | arXiv | [Paper](https://arxiv.org/abs/2504.11456) · [Card](../cards/deepmath.md) | Math release for verifier pinning. |
| Training verifiers to solve math word problems | 2021 | arXiv | [Paper](https://arxiv.org/abs/2110.14168) · [Code](https://github.com/openai/grade-school-math) | It anchors math reasoning data. |
`
	var got []string
	for _, e := range readFormat(t, "w.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %s %q %q %q", e.Source.Line, e.Title, e.DateText, e.Venue, e.Abstract, urls(e)))
	}
	want := []string{
		`3 DeepMath-103K 2025 "arXiv" "Math release for verifier pinning." ["paper https://arxiv.org/abs/2504.11456"]`,
		`4 Training verifiers to solve math word problems 2021 "arXiv" "It anchors math reasoning data." ["paper https://arxiv.org/abs/2110.14168" "code https://github.com/openai/grade-school-math"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestTaskListItems reads a reading list kept as a task list: the box
// before the title, ticked or not, is no part of it.
func TestTaskListItems(t *testing.T) {
	src := `- [x] Attention Is All You Need [[paper]](https://arxiv.org/abs/1706.03762)
- [ ] Denoising Diffusion Probabilistic Models [[paper]](https://arxiv.org/abs/2006.11239) [[code]](https://github.com/h/diffusion)
`
	var got []string
	for _, e := range readFormat(t, "t.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s", e.Source.Line, e.Title))
	}
	if want := []string{"1 Attention Is All You Need", "2 Denoising Diffusion Probabilistic Models"}; !reflect.DeepEqual(got, want) {
		t.Errorf("entries %q, want %q", got, want)
	}
}

func TestRealLists(t *testing.T) {
	tests := []struct {
		file          string
		entries, code int
	}{
		// The list counts itself: 616 papers, 18 surveys, 3 frameworks, 2 blog posts.
		{"../../testdata/corpus/chrisliu298__awesome-llm-unlearning.md", 639, 126},
		// 231 papers in the tables of approaches (one title is wrapped
		// in <mark>, line 219), 3 in the tables of datasets (those whose
		// rows link their paper or name it in a title), 4 tools under
		// Benchmarks, a paragraph each, and the list's own survey, cited
		// in ACL's style at line 37 ("Names. 2025. A Survey of Machine
		// Unlearning. ACM Trans. ... https://doi.org/...").
		{"../../testdata/corpus/tamlhp__awesome-machine-unlearning.md", 239, 93},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			es := readFormat(t, tt.file, string(data), FormatAuto)
			code := 0
			for _, e := range es {
				for _, l := range e.Links {
					if l.Host == "img.shields.io" || strings.HasPrefix(l.URL, "#") || strings.HasSuffix(l.URL, ".git") {
						t.Errorf("%q: bad link %q", e.Title, l.URL)
					}
					if l.Kind == KindCode {
						code++
					}
				}
			}
			if len(es) != tt.entries || code != tt.code {
				t.Errorf("got %d entries and %d code links, want %d and %d", len(es), code, tt.entries, tt.code)
			}
		})
	}
}

func TestDetectFormat(t *testing.T) {
	tests := []struct {
		name, head string
		want       Format
	}{
		{"x.md", "anything", FormatMarkdown},
		{"x.jsonl", "", FormatJSONL},
		{"x.bib", "", FormatBibTeX},
		{"-", `{"id":"a","title":"T"}`, FormatJSONL},
		{"-", `[{"paper": {"id": "2401.00001"}}]`, FormatHFJSON},
		{"-", `[{"paper_title": "T", "paper_arxiv_id": "1", "repo_url": "https://github.com/a/b"}]`, FormatPwCJSON},
		{"-", "@article{x, title={T}}", FormatBibTeX},
		{"-", "Title\n\nAbstract.\n\n  • 4 authors\n·\nMar 11, 2024 4\n", FormatDaily},
		{"-", "# My list\n\n- [A](https://arxiv.org/abs/1)\n", FormatMarkdown},
		{"-", "| Paper | Code |\n|---|---|\n", FormatMarkdown},
		{"-", "A Title\n\nAn abstract that ends like a sentence.\n", FormatDaily},
		{"-", "https://github.com/a/b\nhttps://github.com/c/d\n", FormatText},
		{"-", "[![badge](x)](y)", FormatText},
		{"page.htm", "anything", FormatHTML},
		{"-", "<!DOCTYPE html>\n<html>", FormatHTML},
		{"-", "\ufeff  <!doctype HTML><html>", FormatHTML},
		{"-", "<!-- saved from url=(0029)https://huggingface.co/papers -->\r\n<html lang=\"en\">", FormatHTML},
		{"-", "<!-- a comment never closed <html>", FormatText},
		{"-", "<p>A paragraph</p> https://github.com/a/b", FormatText},
		{"export.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", FormatFeed},
		{"-", "\ufeff<?xml version='1.0'?>\n<!-- a feed -->\n<rss version=\"2.0\">", FormatFeed},
		{"-", "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">", FormatFeed},
		{"cs.LG.rss", "", FormatFeed},
		{"-", "<?xml version=\"1.0\"?><svg/>", FormatFeed}, // which the feed reader reports as no feed
		{"-", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!DOCTYPE dblp SYSTEM \"dblp.dtd\">\n<dblp>", FormatFeed},
		{"-", "<?xml version=\"1.0\" encoding=\"US-ASCII\"?>\n<dblpperson name=\"Ann Smith\">", FormatFeed},
		{"-", "<result>\n<query id=\"1\">q</query>\n<hits total=\"0\">", FormatFeed},
		{"-", "<result>an answer</result>", FormatText},
		{"savedrecs.txt", "PT\tAU\tAF\tTI\tSO\tPY\nJ\tA\tA\tT\tS\t2024\n", FormatCSV}, // Web of Science's
		{"-", "PT\tno title column\n", FormatText},
		{"savedrecs.txt", "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Lee, C\n", FormatRIS},      // Web of Science's plain text
		{"-", "<xml><records><record><titles><title>T</title></titles></record></records></xml>", FormatFeed}, // EndNote's
		{"page.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", FormatHTML},
		{"-", "{\"total\": 2, \"offset\": 0, \"data\": [{\"paperId\": \"x\"", FormatAPIJSON},
		{"-", "{\"status\":\"ok\",\"message\":{\"items\":[", FormatAPIJSON},
		{"-", "[{\"paperId\": \"x\", \"title\": \"T\"}]", FormatAPIJSON},
		{"-", "[{\"paper\": {\"id\": \"2401.00001\"}}]", FormatHFJSON},
		{"-", "{\"id\":\"a\",\"title\":\"T\",\"links\":[]}", FormatJSONL},
		{"-", "{\n  \"name\": \"my-package\",\n", FormatAPIJSON},
		{"-", "{\"id\":\"a\",\"title\":\"T\"}\n{\"id\":\"b\",", FormatJSONL},
		{"refs.ris", "", FormatRIS},
		{"-", "\nTY  - JOUR\nTI  - T\n", FormatRIS},
		{"refs.bbl", "anything", FormatLaTeX},
		{"cv.tex", "", FormatLaTeX},
		{"-", "\\begin{thebibliography}{9}\n\\bibitem{a} A. Smith. Title.\n", FormatLaTeX},
		{"-", "% a comment\n\\documentclass{article}\n", FormatLaTeX},
		{"-", "% $ biblatex auxiliary file $\n% $ biblatex bbl format version 3.2 $\n", FormatLaTeX},
		{"-", "Some text with \\emph{markup} inside.\n", FormatText},
		{"list.rst", "anything", FormatRST},
		{"-", "Papers\n======\n\n* `A Paper <https://arxiv.org/abs/1>`_\n", FormatRST},
		{"-", "A list\n\n.. _code: https://github.com/a/b\n", FormatRST},
		{"-", "Title\n=====\n\n.. image:: badge.svg\n", FormatRST},
		{"-", "# A list\n\n- [A](https://arxiv.org/abs/1) ... and more: `code`\n", FormatMarkdown},
	}
	for _, tt := range tests {
		if got := DetectFormat(tt.name, []byte(tt.head)); got != tt.want {
			t.Errorf("DetectFormat(%q, %q) = %q, want %q", tt.name, tt.head, got, tt.want)
		}
	}
}

// TestKnownXML tells the XML the feed reader reads (feeds, dblp's,
// Zotero's RDF, EndNote's, also in UTF-16) from other XML, which a
// directory's walk passes over.
func TestKnownXML(t *testing.T) {
	utf16 := func(s string) string {
		b := []byte{0xff, 0xfe}
		for _, r := range s {
			b = append(b, byte(r), 0)
		}
		return string(b)
	}
	tests := []struct {
		head string
		want bool
	}{
		{"<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", true},
		{"\ufeff <?xml version='1.0'?>\n<!-- a feed -->\n<rss version=\"2.0\">", true},
		{"<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">", true},
		{"<?xml version=\"1.0\"?>\n<!DOCTYPE dblp SYSTEM \"dblp.dtd\">\n<dblp>", true},
		{"<result>\n<query id=\"1\">q</query>\n<hits total=\"0\">", true},
		{"<?xml version=\"1.0\" encoding=\"UTF-8\" ?><xml><records><record>", true},
		{utf16("<?xml version=\"1.0\" encoding=\"UTF-16\"?><xml><records><record>"), true},
		{"<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">", false},
		{"<?xml version=\"1.0\"?><svg/>", false},
		{"<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html>", false},
		{utf16("<?xml version=\"1.0\"?><project>"), false},
		{"<result>an answer</result>", false},
		{"<?xml version=\"1.0\"", false},
		{"", false},
		{"\xff\xfe<", false},
	}
	for _, tt := range tests {
		if got := KnownXML([]byte(tt.head)); got != tt.want {
			t.Errorf("KnownXML(%q) = %v, want %v", tt.head, got, tt.want)
		}
	}
}

// TestTextCitations reads a reference list copied as plain text: each
// reference a paper titled by what follows its authors, with the authors,
// the arXiv id it names and the year after its title; a paragraph of prose
// with a link is not.
func TestTextCitations(t *testing.T) {
	src := `References

[1] A. Smith and B. Jones. Sparse things learn faster. In ICML, 2023. Code: https://github.com/ann/sparse

2. J.-P. Dupont, C. Dee, et al. Dense things remember more. arXiv:2401.00042, 2024. https://github.com/dee/dense

(3) E. Eff, F. Gee, and H. Aitch. "Quoted reference title here." NeurIPS 2022. https://github.com/eff/quoted

See our code at https://github.com/x/y. It is free to use.

Smith, A., & Jones, B. (2024a). Sparse things unlearn faster. https://github.com/ann/apa
`
	var got []string
	for _, e := range readFormat(t, "refs.txt", src, FormatText) {
		got = append(got, fmt.Sprintf("%d %s %q %d %q %d %s", e.Source.Line, e.Title, e.AuthorNames, e.Authors, e.ArxivID, len(e.Links), e.DateText))
	}
	want := []string{
		`3 Sparse things learn faster ["A. Smith" "B. Jones"] 2 "" 1 2023`,
		`5 Dense things remember more ["J.-P. Dupont" "C. Dee"] -1 "2401.00042" 2 2024`,
		`7 Quoted reference title here ["E. Eff" "F. Gee" "H. Aitch"] 3 "" 1 2022`,
		`9 See our code at https://github.com/x/y. It is free to use. [] -1 "" 1 `,
		`11 Sparse things unlearn faster ["A. Smith" "B. Jones"] 2 "" 1 2024`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestReferenceStyleNames reads the names, title and year of references
// in the styles no full stop after a surname ends the names of, one name
// or many, "et al." and ABNT's names in capitals among them, Harvard's
// year in parentheses with no full stop, and the first name Chicago and
// MLA turn round ("Smith, Ann, and Bob Jones"); and leaves APA's, the
// other styles' and prose as they were read.
func TestReferenceStyleNames(t *testing.T) {
	tests := []struct{ ref, want string }{
		{"Smith, A., Jones, B.: Forgetting everything at once. In: ICML, pp. 1–10 (2023).", `Forgetting everything at once ["A. Smith" "B. Jones"] 2023`},
		{"Smith, A. B., van der Berg, C.: Title one here. LNCS 123 (2021)", `Title one here ["A. B. Smith" "C. van der Berg"] 2021`},
		{"Smith, A. & Jones, B. Forgetting everything at once. Nature 1, 2 (2023).", `Forgetting everything at once ["A. Smith" "B. Jones"] 2023`},
		{"Smith, A., Jones, B. et al. Forgetting everything at once. Nature 1, 2 (2023).", `Forgetting everything at once ["A. Smith" "B. Jones"]+ 2023`},
		{"Smith, A. Forgetting everything at once. Nature 1, 2 (2023).", `Forgetting everything at once ["A. Smith"] 2023`},
		{"SMITH, A.; JONES-LEE, B. Forgetting everything at once. In: ICML, 2023.", `Forgetting everything at once ["A. Smith" "B. Jones-Lee"] 2023`},
		{"Smith A, Jones BC. Forgetting everything at once. Nat Mach Intell. 2023;5:1-10.", `Forgetting everything at once ["A. Smith" "B. C. Jones"] 2023`},
		{"Smith A, Jones B, et al. Forgetting everything at once. Lancet. 2022;1:2.", `Forgetting everything at once ["A. Smith" "B. Jones"]+ 2022`},
		{"A. Smith, B. Jones, Forgetting everything at once, J. Mach. Learn. Res. 12 (2023) 1–10.", `Forgetting everything at once ["A. Smith" "B. Jones"] 2023`},
		{"A. Smith, B. Jones and C. Lee, Forgetting everything at once, Neurocomputing 5 (2020) 1.", `Forgetting everything at once ["A. Smith" "B. Jones" "C. Lee"] 2020`},
		{"Smith, A. and Jones, B. (2023) Forgetting everything at once. Journal of ML, 5.", `Forgetting everything at once ["A. Smith" "B. Jones"] 2023`},
		{`Smith, Ann, and Bob Jones. "Forgetting Everything at Once." Journal of ML, vol. 5, 2023, pp. 1–10.`, `Forgetting Everything at Once ["Ann Smith" "Bob Jones"] 2023`},
		{"Smith, Ann, and Bob Jones. Forgetting Everything at Once. Cambridge: MIT Press, 2023.", `Forgetting Everything at Once ["Ann Smith" "Bob Jones"] 2023`},
		// As before: APA, IEEE's full stops, ACL's.
		{"Smith, A., & Jones, B. (2024a). Sparse things unlearn faster. ICML.", `Sparse things unlearn faster ["A. Smith" "B. Jones"] 2024`},
		{"A. Smith and B. Jones. Sparse things learn faster. In ICML, 2023.", `Sparse things learn faster ["A. Smith" "B. Jones"] 2023`},
		{"Ann Smith and Bob Jones. 2023. Sparse things learn faster. In ACL.", `Sparse things learn faster ["Ann Smith" "Bob Jones"] 2023`},
		// None: prose, a lone Vancouver name, an appendix.
		{"Zhang, Y. and Li, X. proposed this method in 2021.", ` [] `},
		{"Appendix A. Code for the experiments is online.", ` [] `},
		{"Smith A. Forgetting everything at once. Lancet. 2022.", ` [] `},
	}
	for _, tt := range tests {
		if got := citation(textCitation(tt.ref)); got != tt.want {
			t.Errorf("textCitation(%q)\n got %s\nwant %s", tt.ref, got, tt.want)
		}
	}
}

// TestFirstYear finds the year a reference names after its title, and
// not a page, an arXiv identifier or a number in an address.
func TestFirstYear(t *testing.T) {
	tests := map[string]string{
		"In ICML, 2023.":                            "2023",
		"In: ICML, pp. 2012–2020 (2023).":           "2023",
		"Nat Mach Intell. 2023;5:1-10.":             "2023",
		"Pattern Recognit. 150 (2025) 110.":         "2025",
		"arXiv:2104.01234, 2021.":                   "2021",
		"arXiv preprint 2104.01234":                 "",
		"https://doi.org/10.1109/CVPR.2016.90":      "",
		"Proc. 1999-2001 workshop":                  "",
		"Venue 12 (1), 1-10":                        "",
		"Just Accepted (July 2025). https://x.org/": "2025",
	}
	for in, want := range tests {
		if got := firstYear(in); got != want {
			t.Errorf("firstYear(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTextReferenceList reads a reference list copied from a PDF: one
// reference a numbered line and those it wraps onto, with no blank line
// between them, an address and a word cut by a line break joined again
// (the word with its hyphen, which may be a compound's), a reference
// with neither a link nor an id (a paper all the same, for a .bib made of
// the list), and a reference that names its paper by its arXiv id alone.
func TestTextReferenceList(t *testing.T) {
	src := `References
[1] Ann Smith and Bob Jones. A wrapped address paper. In ICML, 2023. https://github.com/some-
lab/wrapped-repo.
[2] Carl Lee. Another wrapped paper, cut at its hyphen-
ated word. In NeurIPS, 2022. https://github.com/lab/
another-repo
[3] Dana Moe and Eve Roe. A reference with no link. In ICLR, 2021.
[4] Meghdad Kurmanji and Eleni Triantafillou. Towards unbounded machine
unlearning. NeurIPS 2023. arXiv:2302.09880.
`
	if f := DetectFormat("refs.txt", []byte(src)); f != FormatText {
		t.Errorf("DetectFormat = %q, want text", f)
	}
	var got []string
	for _, e := range readFormat(t, "refs.txt", src, FormatAuto) {
		got = append(got, fmt.Sprintf("%d %s %q %q", e.Source.Line, e.Title, e.AuthorNames, urls(e)))
	}
	want := []string{
		`2 A wrapped address paper ["Ann Smith" "Bob Jones"] ["code https://github.com/some-lab/wrapped-repo"]`,
		`4 Another wrapped paper, cut at its hyphen-ated word ["Carl Lee"] ["code https://github.com/lab/another-repo"]`,
		`7 A reference with no link ["Dana Moe" "Eve Roe"] []`,
		`8 Towards unbounded machine unlearning ["Meghdad Kurmanji" "Eleni Triantafillou"] ["paper https://arxiv.org/abs/2302.09880"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
	// A "References" heading titles no paragraph under it.
	if es := readFormat(t, "refs.txt", "References\n\nSee the code at https://github.com/a/b for details.\n", FormatText); len(es) != 1 || es[0].Title == "References" {
		t.Errorf("a paragraph under References: %d entries, %+v", len(es), es)
	}
}

// TestTextReferenceStyles reads reference lists copied from PDFs in the
// other styles, told from their content: APA's, unnumbered, a reference
// opening with a surname and an initial, its year on the line or after a
// reference's end (not after a line of authors that goes on); ACL's,
// names then the year as a sentence of its own, under a heading with no
// blank line; numbered "1.", "2." in turn; and the styles whose names
// no full stop closes after a surname: Springer's ("Jia, J., Liu, S.:
// Title."), Nature's ("Fan, C. & Liu, S. Title."), Vancouver's ("Jia J,
// Liu S. Title.") and Elsevier's ("J. Jia, and S. Liu, Title, Venue"),
// dated by the year after their venue; and plainnat's, unnumbered, names
// in full first, after a line that ends a reference (not after "In
// Proc." over a venue), an address cut after "https:" joined again.
func TestTextReferenceStyles(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"apa", "References\n" +
			"Fan, C., Liu, J., & Liu, S. (2024). SalUn: Empowering machine unlearning via\n" +
			"gradient-based weight saliency. In ICLR. https://github.com/a/salun\n" +
			"Jia, J., Liu, J., Ram, P., Yao, Y., Liu, G., Liu, Y., Sharma, P., and\n" +
			"Liu, S. (2023). Model sparsity can simplify machine unlearning. https://github.com/a/sparse\n",
			[]string{"2 SalUn: Empowering machine unlearning via gradient-based weight saliency 3 2024", "4 Model sparsity can simplify machine unlearning 8 2023"}},
		{"acl", "References\n" +
			"Jinghan Jia, Jiancheng Liu, and Sijia Liu. 2023. Model sparsity can simplify machine\n" +
			"unlearning. In NeurIPS. https://github.com/a/sparse\n" +
			"Meghdad Kurmanji, Peter Triantafillou, Jamie Hayes, and Eleni Triantafillou. 2023.\n" +
			"Towards unbounded machine unlearning. In NeurIPS. arXiv:2302.09880.\n",
			[]string{"2 Model sparsity can simplify machine unlearning 3 2023", "4 Towards unbounded machine unlearning 4 2023"}},
		{"springer-nature-vancouver-elsevier", "References\n" +
			"1. Jia, J., Liu, S.: Model sparsity can simplify machine unlearning. In: NeurIPS,\n" +
			"pp. 1–12 (2023). https://github.com/a/sparse\n" +
			"2. Fan, C. & Liu, S. SalUn: empowering machine unlearning. Nat. Mach. Intell. 6, 1–9 (2024).\n" +
			"https://github.com/a/salun\n" +
			"3. Jia J, Liu J, Liu S. Soul: second-order unlearning for LLMs. J Mach Learn Res. 2024;25:1-20. https://github.com/a/soul\n" +
			"4. J. Jia, Y. Zhang, and S. Liu, WAGLE: strategic weight attribution, Pattern Recognit. 150 (2025) 110. https://github.com/a/wagle\n",
			[]string{"2 Model sparsity can simplify machine unlearning 2 2023", "4 SalUn: empowering machine unlearning 2 2024",
				"6 Soul: second-order unlearning for LLMs 3 2024", "7 WAGLE: strategic weight attribution 3 2025"}},
		{"plainnat", "References\n" +
			"Jinghan Jia, Jiancheng Liu, Parikshit Ram, Yuguang Yao, Gaowen Liu, Yang Liu, Pranay Sharma,\n" +
			"and Sijia Liu. Model sparsity can simplify machine unlearning. In Thirty-seventh Conference\n" +
			"on Neural Information Processing Systems, 2023. URL https://github.com/OPTML-Group/Unlearn-Sparse.\n" +
			"Chongyu Fan, Jiancheng Liu, and Sijia Liu. Salun: Empowering machine unlearning. In Proc.\n" +
			"European Conference on Computer Vision, pages 1–10, 2024. URL https:\n" +
			"//github.com/OPTML-Group/Unlearn-Saliency.\n" +
			"Meghdad Kurmanji and Eleni Triantafillou. Towards unbounded machine unlearning. Advances in\n" +
			"Neural Information Processing Systems, 36, 2024.\n",
			[]string{"2 Model sparsity can simplify machine unlearning 8 2023", "5 Salun: Empowering machine unlearning 3 2024",
				"8 Towards unbounded machine unlearning 2 2024"}},
		{"unnumbered-springer-vancouver", "References\n" +
			"Smith, A., Jones, B.: Forgetting everything at once. In: ICML, pp. 1-10 (2023).\n" +
			"https://github.com/a/one\n" +
			"Lee, C.: Another title on forgetting. In: NeurIPS, pp. 5-9 (2022). https://github.com/a/two\n" +
			"Jia J, Liu S. Soul: second-order unlearning for LLMs. J Mach Learn Res.\n" +
			"2024;25:1-20. https://github.com/a/soul\n" +
			"Kim D, Park E. Dense things remember more. Lancet. 2022;1:2. https://github.com/a/dense\n",
			[]string{"2 Forgetting everything at once 2 2023", "4 Another title on forgetting 1 2022",
				"5 Soul: second-order unlearning for LLMs 2 2024", "7 Dense things remember more 2 2022"}},
		{"numbered", "1. Ann Smith and Bob Jones. A numbered paper title. In ICML, 2023. https://github.com/a/one\n" +
			"2. Carl Lee. Another numbered paper. In NeurIPS, 2022. https://github.com/a/two\n",
			[]string{"1 A numbered paper title 2 2023", "2 Another numbered paper 1 2022"}},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range readFormat(t, "refs.txt", tt.src, FormatAuto) {
			got = append(got, fmt.Sprintf("%d %s %d %s", e.Source.Line, e.Title, e.Authors, e.DateText))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// TestMarkdownReferenceLines reads a README's references, one a line of
// a paragraph, as plain text: numbered ("[2] Carl Lee. Title.", where
// one author is enough), or in ACL's style; their code links are theirs.
func TestMarkdownReferenceLines(t *testing.T) {
	src := `## References

[1] Ann Smith and Bob Jones. A wrapped address paper. In ICML, 2023. https://github.com/a/one
[2] Carl Lee. Another paper title. In NeurIPS, 2022. [code](https://github.com/a/two)

Dana Moe, Eve Roe, and Finn Poe. 2024. A paper cited in ACL's style. In ACL. https://github.com/a/three
`
	var got []string
	for _, e := range readFormat(t, "r.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q", e.Source.Line, e.Title, urls(e)))
	}
	want := []string{
		`3 A wrapped address paper ["code https://github.com/a/one"]`,
		`4 Another paper title ["code https://github.com/a/two"]`,
		`6 A paper cited in ACL's style ["code https://github.com/a/three"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestReferenceItems reads list items that are references in plain
// text before their links, in the style of IEEE ("A. Smith and B. Jones.
// Title. In ICML, 2023.") and of APA ("Smith, A., & Jones, B. (2024).
// Title. *ICML*.", the title in quotation marks or not), each with its
// title, authors, venue and year; a title in capitals before its authors'
// names is still the title.
func TestReferenceItems(t *testing.T) {
	src := `# References

1. A. Smith and B. Jones. Sparse things learn faster. In ICML, 2023. https://arxiv.org/abs/2401.00111
2. Smith, A., & Jones, B. (2024). Sparse things unlearn faster. *ICML*. https://arxiv.org/abs/2401.00112
3. Lee, C. (2023a). Dense things remember more. https://github.com/lab/dense
4. Sparse Things Unlearn Faster. Ann Smith, Bob Jones. ICML 2024. [[paper]](https://arxiv.org/abs/2401.00113)
5. Lee, C., Moe, D. (2022). "Quoted things. Count twice." *ICML*. https://arxiv.org/abs/2201.00114
`
	var got []string
	for _, e := range readFormat(t, "r.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q %q %s", e.Source.Line, e.Title, e.AuthorNames, e.Venue, e.DateText))
	}
	want := []string{
		`3 Sparse things learn faster ["A. Smith" "B. Jones"] "ICML, 2023" 2023`,
		`4 Sparse things unlearn faster ["A. Smith" "B. Jones"] "ICML" 2024`,
		`5 Dense things remember more ["C. Lee"] "" 2023`,
		`6 Sparse Things Unlearn Faster ["Ann Smith" "Bob Jones"] "ICML 2024" 2024`,
		`7 Quoted things. Count twice ["C. Lee" "D. Moe"] "ICML" 2022`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestCitationParagraphs reads a paper written as a paragraph that cites
// it, its title a link, over a paragraph of its labelled links, in which
// a label that links nothing ("Cite") may stand; its "Authors:" field
// names one author or several, before the year. A paragraph that cites
// two papers, a line each, is still two papers, and a citation whose
// title links only a page of the site's, with nothing under it, is none.
func TestCitationParagraphs(t *testing.T) {
	src := `## Publications

Authors: Ann Smith, Bob Jones
(2024). [Sparse Things Unlearn Faster](https://ann.example.org/pub/sparse/). International Conference on Machine Learning.

[PDF](https://arxiv.org/pdf/2401.00111) Cite [Code](https://github.com/lab/sparse)

Authors: Carl Lee (2023). [Dense Things Remember More](https://ann.example.org/pub/dense/). *Journal of Dense Things*.

Cite [arXiv](https://arxiv.org/abs/2301.00222)

A. Smith, B. Jones (2022). [Small Things Count](https://arxiv.org/abs/2201.00333)
C. Lee, D. Moe (2021). [Large Things Last](https://arxiv.org/abs/2101.00444)

Eve Roe, Dan Poe (2020). [A Talk Without Links](https://ann.example.org/pub/talk/). Workshop on Talks.

- Authors: Eve Roe, Dan Poe
  (2019). [Listed Things Stay](https://ann.example.org/pub/listed/). [Code](https://github.com/lab/listed)
`
	var got []string
	for _, e := range readFormat(t, "c.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q %s %q %q", e.Source.Line, e.Title, e.AuthorNames, e.DateText, e.Venue, urls(e)))
	}
	want := []string{
		`3 Sparse Things Unlearn Faster ["Ann Smith" "Bob Jones"] 2024 "International Conference on Machine Learning" ["other https://ann.example.org/pub/sparse/" "paper https://arxiv.org/pdf/2401.00111" "code https://github.com/lab/sparse"]`,
		`8 Dense Things Remember More ["Carl Lee"] 2023 "Journal of Dense Things" ["other https://ann.example.org/pub/dense/" "paper https://arxiv.org/abs/2301.00222"]`,
		`12 Small Things Count ["A. Smith" "B. Jones"] 2022 "" ["paper https://arxiv.org/abs/2201.00333"]`,
		`13 Large Things Last ["C. Lee" "D. Moe"] 2021 "" ["paper https://arxiv.org/abs/2101.00444"]`,
		`17 Listed Things Stay ["Eve Roe" "Dan Poe"] 2019 "" ["other https://ann.example.org/pub/listed/" "code https://github.com/lab/listed"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestTableCellPapers reads a table cell that lists several papers, a
// line each (parted by <br>), as several papers, each with its year and
// venue in parentheses and the links of its lines; a line that links
// code after a paper is that paper's, and a cell of one paper is read as
// before.
func TestTableCellPapers(t *testing.T) {
	src := `## Surveys

| Subfield | Representative papers | Risk |
|---|---|---|
| [Post-training](notes.md#post) | [A Survey of Sparse Things](https://arxiv.org/abs/2504.12328) (2025, arXiv)<br><sub>data: sources</sub><br>[A Survey on Dense Things for Large Models](https://aclanthology.org/Q18-1041/) (2018, TACL) · [Card](cards/dense.md) | taxonomy hides objects |
| [Code](notes.md#code) | [Small Things Count in Large Models](https://arxiv.org/abs/2401.00001)<br>[Official implementation of the method](https://github.com/lab/small) | none |
`
	var got []string
	for _, e := range readFormat(t, "t.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %s %q %s %q", e.Source.Line, e.Title, e.DateText, e.Venue, e.Section, urls(e)))
	}
	want := []string{
		`5 A Survey of Sparse Things 2025 "arXiv" Surveys ["paper https://arxiv.org/abs/2504.12328"]`,
		`5 A Survey on Dense Things for Large Models 2018 "TACL" Surveys ["paper https://aclanthology.org/Q18-1041/"]`,
		`6 Small Things Count in Large Models  "" Surveys ["paper https://arxiv.org/abs/2401.00001" "code https://github.com/lab/small"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestDigestHeadings reads a digest that titles each paper with a heading,
// of the first level too, over paragraphs of its fields ("**Authors**:",
// "**Link**: [PDF](url)", "**Abstract**:"), as generated daily digests
// write them; a list's own title over its introduction is no paper.
func TestDigestHeadings(t *testing.T) {
	src := `# Sparse Unlearning for Large Language Models

**Authors**: Ada Example, Grace Hopper  

**Link**: [PDF](https://arxiv.org/pdf/2401.01234)  

**Abstract**: We prune the weights that hold what a model learnt. Code: https://github.com/ada-lab/sparse-unlearning.

---
# Robust Priors for Inverse Problems

**Authors**: Grace Hopper

**Link**: [PDF](https://arxiv.org/pdf/2401.01300)

---
## Dense Things Remember More

**Authors**: Carl Lee

[Code](https://github.com/lab/dense)
`
	var got []string
	for _, e := range readFormat(t, "d.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q %q %q", e.Source.Line, e.Title, e.AuthorNames, e.Abstract, urls(e)))
	}
	want := []string{
		`1 Sparse Unlearning for Large Language Models ["Ada Example" "Grace Hopper"] "We prune the weights that hold what a model learnt. Code: https://github.com/ada-lab/sparse-unlearning." ["paper https://arxiv.org/pdf/2401.01234" "code https://github.com/ada-lab/sparse-unlearning"]`,
		`10 Robust Priors for Inverse Problems ["Grace Hopper"] "" ["paper https://arxiv.org/pdf/2401.01300"]`,
		`17 Dense Things Remember More ["Carl Lee"] "" ["code https://github.com/lab/dense"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
	list := "# Awesome Sparse Things\n\nA list of papers on sparse things.\n\n[Contributing](https://github.com/lab/awesome/blob/main/CONTRIBUTING.md)\n\n- [Sparse Unlearning for Large Language Models](https://arxiv.org/abs/2401.01234)\n"
	if es := readFormat(t, "l.md", list, FormatMarkdown); len(es) != 1 || es[0].Title != "Sparse Unlearning for Large Language Models" {
		t.Errorf("a list's title: entries %+v, want the listed paper alone", es)
	}
}

// TestOneAuthorByVenue reads one author joined to a venue that names
// itself ("Carl Lee, NeurIPS 2023", "Dana Moe (ICLR 2022)") as the byline
// and the venue; words before a year alone ("Open Source. 2020.") or a
// name alone in its own sentence ("Eve Roe. ICML 2024.") are no author.
func TestOneAuthorByVenue(t *testing.T) {
	src := `- [Dense Things Remember More](https://arxiv.org/abs/2401.00002). Carl Lee, NeurIPS 2023.
- [Small Things Count](https://arxiv.org/abs/2401.00003) - Dana Moe (ICLR 2022)
- [Quick Things Are Quick](https://arxiv.org/abs/2401.00005). Open Source, 2020.
- **Sparse Things Unlearn Faster**. Eve Roe. ICML 2024. [[paper](https://arxiv.org/abs/2401.00001)]
`
	var got []string
	for _, e := range readFormat(t, "o.md", src, FormatMarkdown) {
		venue := "" // what the others' venues are is not this test's
		if len(e.AuthorNames) > 0 {
			venue = e.Venue
		}
		got = append(got, fmt.Sprintf("%s %q %q", e.Title, e.AuthorNames, venue))
	}
	want := []string{
		`Dense Things Remember More ["Carl Lee"] "NeurIPS 2023"`,
		`Small Things Count ["Dana Moe"] "ICLR 2022"`,
		`Quick Things Are Quick [] ""`,
		`Sparse Things Unlearn Faster [] ""`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

func TestTextFormat(t *testing.T) {
	es := readFormat(t, "notes", "Some prose without links.\n\nSee https://github.com/a/b for code\nand more text.\n\nhttps://github.com/c/d\n", FormatText)
	if len(es) != 2 || es[0].Title != "See https://github.com/a/b for code" || es[0].Abstract != "and more text." || es[1].Source.Line != 6 {
		t.Fatalf("entries: %+v", es)
	}
	// A title line over the paragraph with the links; and a first line
	// longer than a title keeps every link.
	long := "We release " + strings.Repeat("code, ", 60) + "at https://github.com/a/late"
	es = readFormat(t, "notes", "A Paper Title\n\nCode: https://github.com/a/b\nand more\n\n"+long+"\n", FormatText)
	if len(es) != 2 || es[0].Title != "A Paper Title" || es[0].Source.Line != 1 || es[0].Abstract != "Code: https://github.com/a/b and more" {
		t.Fatalf("titled entry: %+v", es)
	}
	if got := urls(es[1]); !reflect.DeepEqual(got, []string{"code https://github.com/a/late"}) || es[1].Source.Line != 6 {
		t.Errorf("long first line: links %q at line %d", got, es[1].Source.Line)
	}
	// A list of addresses, one a line, is an entry an address, titled by
	// it as written; under a title, they are the titled paper's.
	es = readFormat(t, "urls.txt", "https://github.com/a/b\n- github.com/c/d.\n  https://gitlab.com/e/f/-/tree/main/g\n\nPaper\n\nhttps://github.com/h/i\nhttps://github.com/j/k\n", FormatText)
	var got []string
	for _, e := range es {
		got = append(got, fmt.Sprintf("%d %s %q", e.Source.Line, e.Title, urls(e)))
	}
	want := []string{
		`1 https://github.com/a/b ["code https://github.com/a/b"]`,
		`2 github.com/c/d ["code https://github.com/c/d"]`,
		`3 https://gitlab.com/e/f/-/tree/main/g ["code https://gitlab.com/e/f"]`,
		`5 Paper ["code https://github.com/h/i" "code https://github.com/j/k"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("address list:\n got %q\nwant %q", got, want)
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	data, err := os.ReadFile("../../testdata/daily-papers.txt")
	if err != nil {
		t.Fatal(err)
	}
	first := readFormat(t, "daily-papers.txt", string(data), FormatAuto)
	var jsonl strings.Builder
	for _, e := range first {
		jsonl.Write(e.AppendJSON(nil))
		jsonl.WriteByte('\n')
	}
	second := readFormat(t, "out.jsonl", jsonl.String(), FormatAuto)
	if len(second) != len(first) {
		t.Fatalf("read back %d entries of %d", len(second), len(first))
	}
	for i := range first {
		a, b := first[i].AppendJSON(nil), second[i].AppendJSON(nil)
		if string(a) != string(b) {
			t.Fatalf("entry %d changed:\n%s\n%s", i, a, b)
		}
	}
}

func TestMerge(t *testing.T) {
	a := &Entry{ID: "a", Title: "Model Sparsity: Can Simplify", ArxivID: "2304.04934", Authors: -1, Source: Source{"x.md", 3}}
	b := &Entry{ID: "b", Title: "model sparsity — can simplify", Abstract: "An abstract.", Authors: 8, Source: Source{"y.txt", 9},
		Links: []Link{{URL: "https://github.com/o/r", Kind: KindCode}}}
	c := &Entry{ID: "c", Title: "Other", ArxivID: "2304.04934", Source: Source{"z.bib", 1}}
	d := &Entry{ID: "d", Title: "Unrelated", Authors: -1}
	got := Merge([]*Entry{a, b, c, d})
	if len(got) != 2 || got[0] != a || got[1] != d {
		t.Fatalf("Merge kept %d entries", len(got))
	}
	if a.Abstract != "An abstract." || a.Authors != 8 || len(a.Links) != 1 || a.CodeStatus != CodeLinked || len(a.Sources) != 3 {
		t.Errorf("merged: %+v", *a)
	}
}

func FuzzMarkdown(f *testing.F) {
	f.Add("## S\n\n- [T](https://arxiv.org/abs/2401.00001)\n  - Code: [x](https://github.com/a/b)\n")
	f.Add("| Title | Code |\n|---|---|\n| [T](u) | [[c]](https://github.com/a/b) |\n")
	f.Add("- [[nested](a)](b)\n- [![img](https://img.shields.io/x)](https://github.com/a/b)\n")
	// A table with no title column, and papers in paragraphs.
	f.Add("| Dataset | D |\n|---|---|\n| [A B C](https://github.com/a/b) | [T U V](https://arxiv.org/abs/2401.00001) |\n")
	f.Add("**N:** [[code]](https://github.com/a/b) | [[paper]](https://arxiv.org/abs/2401.00001)\n\n| **B** | **Paper** |\n|---|---|\n| N | [[Paper]](https://arxiv.org/abs/2401.00002) |\n\n- T | 1 | [[paper]](https://arxiv.org/abs/2401.00003)\n")
	f.Add("\"Q R S\" [[Paper]](https://arxiv.org/abs/2401.00001)\n\n<b>B C D</b> [[Code]](https://github.com/a/b)\n\n**T U V**  \n<span>**A**, B</span>  \nX 2026 [[paper]](https://arxiv.org/abs/2401.00002)\n")
	f.Add("- A. B and C. D. \"**T U V.**\" *X, 2019*. [[Paper]](https://arxiv.org/abs/2401.00001)\n\n:e: - A et al. **T U V**. [[Paper]](https://arxiv.org/abs/2401.00002)\n\n## 1. T\n[[Github]](https://github.com/a/b)\n")
	f.Add("## B\n\n[A B - C](https://github.com/a/b) [[Paper]](https://arxiv.org/abs/2401.00001)\n[D E F](https://github.com/a/c): x<br>[G H I](https://github.com/a/d)\n")
	// Front matter, naming a paper or not.
	f.Add("---\ntitle: T U\nauthors: [A]\nurl_code: https://github.com/a/b\n---\n- [T](https://arxiv.org/abs/2401.00001)\n")
	f.Add("---\ntitle: T\nurl: https://huggingface.co/papers\n---\n- [T](https://arxiv.org/abs/2401.00001)\n")
	// What tame cuts: deep indentation, emphasis floods, reference runs.
	f.Add(strings.Repeat(" ", 70) + "- [T](https://arxiv.org/abs/2401.00001)\n" + strings.Repeat(">", 20) + " q\n")
	f.Add("- [T](https://arxiv.org/abs/2401.00001) " + strings.Repeat("*a_", 400) + "\n")
	f.Add(strings.Repeat("[r]: https://github.com/a/b\n", maxRefRun+2) + "- [T][r]\n")
	// Saved Hugging Face pages (hfCard).
	for _, name := range []string{"testdata/hf-saved.md", "testdata/hf-saved-refs.md", "testdata/hf-saved-trending.md"} {
		src, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(src))
	}
	f.Fuzz(func(t *testing.T, src string) { fuzzRead(t, FormatMarkdown, "f.md", src) })
}

// TestTame defuses what makes goldmark slow on a hostile listing:
// deep indentation and quotes are cut, a block with too many emphasis
// markers has them escaped, and long runs of link reference definitions
// are parted by blank lines, with lines mapped back; ordinary text is
// left as it is.
func TestTame(t *testing.T) {
	deep := strings.Repeat(" ", 100) + "- item\n"
	quotes := strings.Repeat(">", 40) + " quote\n"
	tabs := strings.Repeat("\t", 20) + "x\n"
	ordinary := "# List\n\n- **a** _b_\n    - b\n\n[r]: https://x.org\n"
	got, lineOf := tame([]byte(ordinary + deep + quotes + tabs))
	want := ordinary + strings.Repeat(" ", maxIndent) + "- item\n" +
		strings.Repeat(">", maxQuoteMarker) + " quote\n" + strings.Repeat("\t", maxIndent/4) + "x\n"
	if string(got) != want || lineOf != nil {
		t.Errorf("tame:\n got %q (lines %v)\nwant %q", got, lineOf, want)
	}

	// Emphasis: the block over the limit is escaped from its start, the
	// next block is not.
	heavy := "- " + strings.Repeat("*a_", maxBlockDelims/4) + "\n  " + strings.Repeat("*a_", maxBlockDelims/4+1) + "\n"
	got, _ = tame([]byte(heavy + "- **light**\n"))
	wantHeavy := "- " + strings.Repeat(`\*a\_`, maxBlockDelims/4) + "\n  " + strings.Repeat(`\*a\_`, maxBlockDelims/4+1) + "\n- **light**\n"
	if string(got) != wantHeavy {
		t.Errorf("emphasis: got %.120q...", got)
	}

	// Reference definitions: a blank line before each maxRefRun-th, and
	// lines mapped back to the listing's.
	var refs strings.Builder
	for i := range 2*maxRefRun + 1 {
		fmt.Fprintf(&refs, "[r%d]: https://github.com/a/r%d\n", i, i)
	}
	refs.WriteString("- [T][r1]\n")
	got, lineOf = tame([]byte(refs.String()))
	if n := strings.Count(string(got), "\n\n"); n != 2 || len(lineOf) != 2*maxRefRun+4 {
		t.Fatalf("references: %d blank lines, %d mapped lines", n, len(lineOf))
	}
	es := readFormat(t, "refs.md", refs.String(), FormatMarkdown)
	if len(es) != 1 || es[0].Source.Line != 2*maxRefRun+2 || urls(es[0])[0] != "code https://github.com/a/r1" {
		t.Errorf("entry after the references: %+v", es)
	}

	// An entry nested past the cap is still read, in Markdown and HTML.
	var md, page strings.Builder
	for i := range 3000 {
		md.WriteString(strings.Repeat("  ", i) + "- x\n")
		page.WriteString("<ul><li>")
	}
	md.WriteString(strings.Repeat("  ", 3000) + "- [Deep](https://arxiv.org/abs/2301.00001)\n")
	page.WriteString(`<a href="https://arxiv.org/abs/2301.00001">Deep</a>`)
	for name, es := range map[string][]*Entry{
		"markdown": readFormat(t, "deep.md", md.String(), FormatMarkdown),
		"html":     readFormat(t, "deep.html", page.String(), FormatHTML),
	} {
		if len(es) != 1 || es[0].Title != "Deep" {
			t.Errorf("%s: entries %+v, want the deep one", name, es)
		}
	}
}

// TestHandWrittenReferences reads references written by hand, with no
// venue or year to tell them by: "Names. Title. <url>", the title the
// last sentence before the link, a year ending it cut off ("Title,
// 2023."); and a title set in italics after names alone ("C. Lee,
// *Title*, ...", as LaTeX's \emph sets it), with its repository's bare
// address; a venue in italics after a plain title is not the title. Two
// words in italics, and names led by a sentence's words, are no such
// reference.
func TestHandWrittenReferences(t *testing.T) {
	items := `- A. Smith and B. Jones. Forgetting Everything at Once. <https://github.com/smith/forget>
- D. Kim. Sparse Machine Unlearning, 2023. <https://github.com/kim/sparse>
- C. Lee, *Unlearning by Distillation*, code at [GitHub](https://github.com/lee/unl).
- E. Park. *Rewinding Large Models*. https://github.com/park/rewind
- F. Ode. Some title in sentence case. *NeurIPS Workshop Proceedings*. https://github.com/ode/venue
- G. Hu. *Rewinding Models*. https://github.com/hu/two
- Thanks to A. Smith and B. Jones. Our Tool Is Here. https://github.com/smith/tool
`
	latex := `\begin{thebibliography}{9}
\bibitem{a} A.~Smith and B.~Jones. Forgetting Everything at Once. \url{https://github.com/smith/forget}
\bibitem{c} C.~Lee, \emph{Unlearning by Distillation}, code at \href{https://github.com/lee/unl}{GitHub}.
\bibitem{d} D. Kim. Sparse Machine Unlearning (2023). \url{https://github.com/kim/sparse}
\end{thebibliography}
`
	var got []string
	for _, e := range append(readFormat(t, "r.md", items, FormatMarkdown), readFormat(t, "r.tex", latex, FormatLaTeX)...) {
		got = append(got, fmt.Sprintf("%d %s %q %s %q", e.Source.Line, e.Title, e.AuthorNames, e.DateText, urls(e)))
	}
	want := []string{
		`1 Forgetting Everything at Once ["A. Smith" "B. Jones"]  ["code https://github.com/smith/forget"]`,
		`2 Sparse Machine Unlearning ["D. Kim"] 2023 ["code https://github.com/kim/sparse"]`,
		`3 Unlearning by Distillation ["C. Lee"]  ["code https://github.com/lee/unl"]`,
		`4 Rewinding Large Models ["E. Park"]  ["code https://github.com/park/rewind"]`,
		`5 Some title in sentence case ["F. Ode"]  ["code https://github.com/ode/venue"]`,
		`2 Forgetting Everything at Once ["A. Smith" "B. Jones"]  ["code https://github.com/smith/forget"]`,
		`3 Unlearning by Distillation ["C. Lee"]  ["code https://github.com/lee/unl"]`,
		`4 Sparse Machine Unlearning ["D. Kim"] 2023 ["code https://github.com/kim/sparse"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestMarkdownReferenceStyles reads list items that are references in
// the styles whose names no full stop after a surname closes, with their
// authors and year, as a byline gives them for the other styles.
func TestMarkdownReferenceStyles(t *testing.T) {
	src := `## Papers

- Smith, A., Jones, B.: Forgetting everything at once. In: ICML, pp. 1–10 (2023). [code](https://github.com/smith/lncs)
- Fan, C. & Liu, S. SalUn: empowering machine unlearning. Nat. Mach. Intell. 6 (2024). https://github.com/a/salun
- Jia J, Liu J, Liu S. Soul: second-order unlearning for LLMs. J Mach Learn Res. 2024;25:1-20. [GitHub](https://github.com/a/soul)
- J. Jia, Y. Zhang, and S. Liu, WAGLE: strategic weight attribution, Pattern Recognit. 150 (2025). <https://github.com/a/wagle>
`
	var got []string
	for _, e := range readFormat(t, "r.md", src, FormatMarkdown) {
		got = append(got, fmt.Sprintf("%d %s %q %s", e.Source.Line, e.Title, e.AuthorNames, e.DateText))
	}
	want := []string{
		`3 Forgetting everything at once ["A. Smith" "B. Jones"] 2023`,
		`4 SalUn: empowering machine unlearning ["C. Fan" "S. Liu"] 2024`,
		`5 Soul: second-order unlearning for LLMs ["J. Jia" "J. Liu" "S. Liu"] 2024`,
		`6 WAGLE: strategic weight attribution ["J. Jia" "Y. Zhang" "S. Liu"] 2025`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}
