package extract

import (
	"reflect"
	"strings"
	"testing"
)

// TestRST reads a reStructuredText list with each of the shapes papers
// take in one: hyperlinks inline and by named and anonymous targets
// (before and after their references), a numbered item, a definition
// list, grid and simple tables with and without a header, a cell over two
// lines (simple tables' with text over its column's edge), a list-table
// with its header row, bold titles after authors, and a citation;
// sections by their adornments. The badge, the directives, the
// literal block and the footnote give nothing.
func TestRST(t *testing.T) {
	got := lineTitles(t, "reading-list.rst")
	want := []string{
		`16 Machine Unlearning: A Survey "Surveys" [] ["paper https://arxiv.org/abs/2209.02299"]`,
		`17 Model Sparsity Can Simplify Machine Unlearning "Surveys" [] ["paper https://arxiv.org/abs/2304.04934" "code https://github.com/OPTML-Group/Unlearn-Sparse"]`,
		`18 SalUn "Surveys" [] ["paper https://arxiv.org/abs/2310.12508" "code https://github.com/OPTML-Group/Unlearn-Saliency"]`,
		`26 Towards Unbounded Machine Unlearning "Methods" ["Kurmanji"] ["paper https://arxiv.org/abs/2302.09880" "code https://github.com/meghdadk/SCRUB"]`,
		`34 Defined Paper Title About Forgetting "Methods" ["Jane Doe" "John Roe"] ["code https://github.com/a/defined"]`,
		`43 A Gridded Paper Title Over Two Lines "Tables" [] ["paper https://arxiv.org/abs/2401.00003" "code https://github.com/a/grid"]`,
		`46 Another Gridded Paper "Tables" [] ["code https://github.com/a/grid2"]`,
		`50 A Headless Gridded Paper "Tables" [] ["paper https://arxiv.org/abs/2401.00005" "code https://github.com/a/grid3"]`,
		`61 A Listed Table Paper "Tables" [] ["paper https://arxiv.org/abs/2401.00004" "code https://github.com/a/listed"]`,
		`67 A Simple Table Paper "Tables" [] ["paper https://arxiv.org/abs/2401.00020" "code https://github.com/a/simple1"]`,
		`69 Another Simple Table Paper Title "Tables" [] ["code https://github.com/a/simple2"]`,
		`71 Third Simple Table Paper Title "Tables" [] ["code https://github.com/a/simple3"]`,
		`75 A Headless Simple Paper "Tables" [] ["paper https://arxiv.org/abs/2401.00021" "code https://github.com/a/simple4"]`,
		`83 A Bold Publication Title "Publications" ["J. Doe" "R. Roe"] ["paper https://arxiv.org/abs/2205.00001" "code https://github.com/lab/bold"]`,
		`88 A Cited Paper On Unlearning "References" ["J. Smith"] ["code https://github.com/a/cited"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
}

// TestRSTInline writes reStructuredText's inline markup as Markdown's:
// anonymous references, "b__" as "`Anon`__", take the anonymous targets
// in order, and one past the last is text.
func TestRSTInline(t *testing.T) {
	checkRSTMarkdown(t, []string{
		"`Text <https://a.example/x>`_ and `<https://b.example/>`__ and `text`_ and word_ here",
		"``literal`_`` and :cite:`Smith2020` and :doc:`Title <path/to>` and `role after`:ref: and `plain`",
		"|badge| a |subst|_ and [1]_ and [#]_ and [Smith2020]_ and snake_case_name and a_ b__ c",
		"`Unknown`_ and unknown_ and `Anon`__ and `Anon two`__ and `alias <other_>`_",
		"#. numbered",
		"(2) numbered",
		".. _text: https://t.example/",
		".. _word: https://w.example/(1)",
		".. _other: https://o.example/",
		".. __: https://anon.example/1",
		"__ https://anon.example/2",
		".. _a: https://a-target.example/",
	}, []string{
		"[Text](https://a.example/x) and <https://b.example/> and [text](https://t.example/) and [word](https://w.example/%281%29) here",
		"`literal`_` and Smith2020 and Title and role after and plain",
		" a  and  and  and  and snake_case_name and [a](https://a-target.example/) [b](https://anon.example/1) c",
		"Unknown and unknown and [Anon](https://anon.example/2) and Anon two and [alias](https://o.example/)",
		"1. numbered",
		"2. numbered",
		"", "", "", "", "", "",
	})
}

// TestRSTBlocks writes sections whose first adornment is used more than
// once as sections (not a document's title), interpreted text over two
// lines as a link on the line it opens (over three, with the rest of the
// line that closes it), and substitutions as the badge
// (linked by its :target:) or the text they stand for.
func TestRSTBlocks(t *testing.T) {
	checkRSTMarkdown(t, []string{
		"Features",
		"========",
		"- the `No U-Turn",
		"  Sampler <https://jmlr.org/h14>`__, allow models |v| |badge|",
		"- `A Title Over",
		"  three lines of",
		"  text <https://a.example/t>`_, and `code <https://github.com/a/b>`_",
		"Install",
		"=======",
		"Sub",
		"---",
		".. |badge| image:: https://img.example/b.svg",
		"   :alt: build",
		"   :target: https://ci.example/x",
		".. |v| replace:: version 2",
	}, []string{
		"## Features",
		"",
		"- the [No U-Turn Sampler](https://jmlr.org/h14)",
		"  , allow models version 2 [![badge](https://img.example/b.svg)](https://ci.example/x)",
		"- [A Title Over three lines of text](https://a.example/t), and [code](https://github.com/a/b)",
		"",
		"",
		"## Install",
		"",
		"### Sub",
		"",
		"", "", "", "",
	})
}

// checkRSTMarkdown checks the Markdown rstMarkdown writes of the lines
// src, a line for each.
func checkRSTMarkdown(t *testing.T, src, want []string) {
	t.Helper()
	if got := string(rstMarkdown([]byte(strings.Join(src, "\n")))); got != strings.Join(want, "\n") {
		t.Errorf("rstMarkdown:\n got %q\nwant %q", got, strings.Join(want, "\n"))
	}
}

// FuzzRST reads any text as reStructuredText: its Markdown has as many
// lines, and reading it makes no panic and well-made entries at lines of
// the text.
func FuzzRST(f *testing.F) {
	f.Add(readTestdata(f, "reading-list.rst"))
	f.Add("T\n=\n`a <b>`_ `c`__ d_ |e| [f]_ :g:`h` ``i\n+--+\n| x\n+==+\n.. list-table::\n   :header-rows: x\n   * - y\n.. [z] w\n:k: v\nt::\n\n  q")
	f.Fuzz(func(t *testing.T, src string) { fuzzLineForLine(t, rstMarkdown, FormatRST, "f.rst", src) })
}
