package extract

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// TestLaTeX reads a bibliography as natbib writes it (its definitions
// before the first item, labels over two lines, \newblock, \url, \href,
// \doi, an arXiv identifier alone, accents, math, a comment; references
// with neither a venue nor names the Markdown reader knows), a CV's
// lists of publications under its sections, and the .bbl biber writes
// for biblatex (names, fields, verbatim fields, a list and a range); an
// item without an address, the preamble and what follows the document
// give nothing.
func TestLaTeX(t *testing.T) {
	got := append(lineTitles(t, "references.bbl"), lineTitles(t, "cv.tex")...)
	got = append(got, lineTitles(t, "biblatex.bbl")...)
	want := []string{
		`8 Model sparsity can simplify machine unlearning "" ["Jinghan Jia" "Jiancheng Liu" "Parikshit Ram" "Yuguang Yao" "Gaowen Liu" "Yang Liu" "Pranay Sharma" "Sijia Liu"] ["code https://github.com/OPTML-Group/Unlearn-Sparse"]`,
		`17 SalUn: Empowering machine unlearning via gradient-based weight saliency in both image classification and generation "" ["Chongyu Fan" "Jiancheng Liu" "Yihua Zhang" "Eric Wong" "Dennis Wei" "Sijia Liu"] ["code https://github.com/OPTML-Group/Unlearn-Saliency"]`,
		`25 The α-divergence of forgetting: a study "" ["Anna Müller" "Léa François"] ["paper https://doi.org/10.5555/jmlr.2022.1"]`,
		`32 A reference with an identifier alone "" ["Bo Kim" "Ann Lee"] ["paper https://arxiv.org/abs/2101.00001"]`,
		`37 Sampler: Entropy based sampling and parallel decoding "" [] ["code https://github.com/sampler-dev/sampler"]`,
		`42 Introduction to Fast Scanning "" [] ["code https://github.com/scanlab/scan"]`,
		`10 A Paper From A CV With Code "Publications / Conference papers" ["A. Smith" "B. Jones"] ["paper https://arxiv.org/abs/2401.00040" "code https://github.com/cvlab/cv-code"]`,
		`13 Another CV Paper, 50% Faster "Publications / Conference papers" ["A. Smith"] ["code https://github.com/cvlab/faster"]`,
		`19 A Described Paper On Forgetting "Publications / Workshop papers" [] ["code https://github.com/cvlab/described"]`,
		`16 Model Sparsity Can Simplify Machine Unlearning "" ["Jinghan Jia" "Sijia Liu"] ["paper https://arxiv.org/abs/2304.04934" "code https://github.com/OPTML-Group/Unlearn-Sparse"]`,
		`43 The α-Divergence of Forgetting "" ["Anna von Müller"] ["paper https://doi.org/10.5555/jmlr.2022.1"]`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
	// The year BibTeX's styles write after the venue ("In Venue, 2023.",
	// natbib's "2024a") dates the reference.
	var dates []string
	for _, e := range readFormat(t, "references.bbl", readTestdata(t, "references.bbl"), FormatAuto)[:3] {
		dates = append(dates, e.DateText)
	}
	if want := []string{"2023", "2024", "2022"}; !reflect.DeepEqual(dates, want) {
		t.Errorf("dates %q, want %q", dates, want)
	}
}

// TestLatexInline writes LaTeX's markup as Markdown's.
func TestLatexInline(t *testing.T) {
	tests := []struct{ in, want string }{
		{`\href{https://github.com/a/b}{[code]} and \url{https://x.org/a%20b}`, `[[code]](https://github.com/a/b) and <https://x.org/a%20b>`},
		{`\doi{10.1/x} \showeprint[arxiv]{2401.00001} \href{https://a.org}{}`, `<https://doi.org/10.1/x> <https://arxiv.org/abs/2401.00001> <https://a.org>`},
		{`\emph{Italic} {\em switched} {\bf bold \emph{both}} \textbf{strong} \textsc{Caps}`, `*Italic* *switched* **bold *both*** **strong** Caps`},
		{`M{\"u}ller, Fran{\c c}ois, \v{S}ime\v{c}ek, \L{}\'od\'z, Stra\ss e`, `Müller, François, Šimeček, Łódź, Straße`},
		{"$\\alpha$-divergence, $\\ell_1$ 1--30 \\& more---yes ``quoted''", `α-divergence, ℓ_1 1–30 & more—yes "quoted"`},
		{`2024{\natexlab{a}}, 23\penalty0 (4) \newblock next \cite{x} \label{y}`, `2024a, 23 (4) next`},
		{`\bibinfo{title}{An ACM Title} \unknown{kept} \unknown trailing \`, `An ACM Title kept trailing \`},
		{`unclosed {brace and \href{https://a.org/x}{text`, `unclosed brace and <https://a.org/x> text`},
	}
	for _, tt := range tests {
		if got := latexInline(tt.in); got != tt.want {
			t.Errorf("latexInline(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// FuzzLaTeX reads any text as LaTeX: its Markdown has as many lines, and
// reading it makes no panic and well-made entries at lines of the text.
func FuzzLaTeX(f *testing.F) {
	for _, name := range []string{"references.bbl", "cv.tex", "biblatex.bbl"} {
		f.Add(readTestdata(f, name))
	}
	f.Add("\\bibitem[a{]{k\n\\href{\\url{x}}{\\'{\\c}}$\\\\%\n\\item[\\section{]}\n{{{{\\em\n\\begin{document}\\end{x}y")
	f.Add("\\entry{k}{t}\n\\name{a}{%\nfamily={x\ngiven={y},\n\\verb{url}\n\\verb u\n\\field{title}{T\n\\endentry")
	f.Fuzz(func(t *testing.T, src string) {
		if bib := biblatexBibTeX([]byte(src)); bytes.Count(bib, []byte("\n")) != strings.Count(src, "\n") {
			t.Fatalf("%d lines of BibTeX from %d of biblatex", bytes.Count(bib, []byte("\n")), strings.Count(src, "\n"))
		}
		fuzzLineForLine(t, latexMarkdown, FormatLaTeX, "f.tex", src)
	})
}

// BenchmarkLatexText renders BibTeX's fields as text, as the BibTeX
// reader does for each title, author list and abstract.
func BenchmarkLatexText(b *testing.B) {
	fields := []string{
		`Paper Title Number 7 on {S}parse Things with $\alpha$`,
		`M{\"u}ller, Anna and Fran{\c{c}}ois, L{\'e}a and Smith, Bob`,
		`We study \emph{sparse} things, number 7, with \textbf{care}.`,
		`Proceedings of the 41st International Conference on Machine Learning`,
	}
	for b.Loop() {
		for _, f := range fields {
			latexText(f)
		}
	}
}
