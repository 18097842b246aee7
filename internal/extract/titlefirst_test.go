package extract

import (
	"fmt"
	"reflect"
	"testing"
)

// TestPlainCitation reads references that give their title first, with
// names in full or with initials, the names ending the reference or the
// venue after them; a title in capitals, which the authors-first reading
// took for one author's name; and leaves authors-first references,
// ACL's year after the names, names over names and prose as they were.
func TestPlainCitation(t *testing.T) {
	tests := []struct{ ref, want string }{
		{"Sparse things learn faster. Ann Smith and Bob Jones. In ICML, 2023. https://github.com/a/b",
			`Sparse things learn faster ["Ann Smith" "Bob Jones"] 2023`},
		{"Sparse things learn faster. A. Smith, B. Jones, and C. Lee. NeurIPS 2023.",
			`Sparse things learn faster ["A. Smith" "B. Jones" "C. Lee"] 2023`},
		{"Model Sparsity Can Simplify Machine Unlearning. Jinghan Jia, Jiancheng Liu, and Sijia Liu. NeurIPS 2023.",
			`Model Sparsity Can Simplify Machine Unlearning ["Jinghan Jia" "Jiancheng Liu" "Sijia Liu"] 2023`},
		{"Are We Truly Forgetting? A Critical Re-examination. Ann Smith et al. arXiv 2025.",
			`Are We Truly Forgetting? A Critical Re-examination ["Ann Smith"]+ 2025`},
		{"Sparse things learn faster. Ann Smith and Bob Jones.", `Sparse things learn faster ["Ann Smith" "Bob Jones"] `},
		// As before: the authors first.
		{"A. Smith and B. Jones. Sparse things learn faster. In ICML, 2023.", `Sparse things learn faster ["A. Smith" "B. Jones"] 2023`},
		{"Jinghan Jia, Jiancheng Liu, and Sijia Liu. Model sparsity can simplify machine unlearning. In NeurIPS, 2023.",
			`Model sparsity can simplify machine unlearning ["Jinghan Jia" "Jiancheng Liu" "Sijia Liu"] 2023`},
		{"Ann Smith and Bob Jones. 2023. Sparse things learn faster. In ACL.", `Sparse things learn faster ["Ann Smith" "Bob Jones"] 2023`},
		// None.
		{"Ann Smith, Bob Jones, and Carl Lee. Dan Kim and Eve Park.", ` [] `},
		{"We propose a new method. John Smith and Jane Doe showed it works in 2021.", ` [] `},
		{"Two words. Ann Smith and Bob Jones. ICML 2023.", ` [] `},
		{"Deep Learning (2015), Y. LeCun et al.", ` [] `}, // an initial's full stop ends no title
	}
	for _, tt := range tests {
		if got := citation(plainCitation(tt.ref)); got != tt.want {
			t.Errorf("plainCitation(%q)\n got %s\nwant %s", tt.ref, got, tt.want)
		}
	}
}

// citation writes what a reading of a reference gives as the tests want
// it: the title, the names ("+" after them when there are more) and the
// year.
func citation(title string, names []string, more bool, year string) string {
	if more {
		return fmt.Sprintf("%s %q+ %s", title, names, year)
	}
	return fmt.Sprintf("%s %q %s", title, names, year)
}

// TestTextTitleFirst reads reading lists as people type them, titles
// first: a reference a line under a heading, told apart with no blank
// line between them (one with no link a paper all the same),
// or wrapped over lines as a PDF's (a title alone on its line over its
// names; a sentence and a link after a reference still the reference's),
// and a paper a paragraph, its title, then a line of names (marks of
// equal contribution dropped), then its venue and year, under its title
// or a title paragraph; and in Markdown, a bullet that is one such
// reference before a repository's bare address. Titles with their links
// alone, one a line (an arXiv identifier in words too), titles each over
// lines of their links (and perhaps a line of names), or a title in
// capitals alone with its link, are papers; prose with a link on each
// line or over each link, a list in which a title has no link, or a
// sentence before a link, is not split.
func TestTextTitleFirst(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"a reference a line", "Reading list\n\n" +
			"Model Sparsity Can Simplify Machine Unlearning. Jinghan Jia, Jiancheng Liu, and Sijia Liu. NeurIPS 2023. https://github.com/a/sparse\n" +
			"SalUn: Empowering machine unlearning via gradient-based weight saliency. C. Fan, J. Liu, and S. Liu. ICLR 2024. https://github.com/a/salun\n" +
			"Towards unbounded machine unlearning. Meghdad Kurmanji and Eleni Triantafillou. NeurIPS 2023.\n" +
			"Soul: second-order unlearning for LLMs. Jinghan Jia et al. EMNLP 2024. https://github.com/a/soul\n",
			[]string{`3 Model Sparsity Can Simplify Machine Unlearning ["Jinghan Jia" "Jiancheng Liu" "Sijia Liu"] 2023 "NeurIPS 2023" [code https://github.com/a/sparse]`,
				`4 SalUn: Empowering machine unlearning via gradient-based weight saliency ["C. Fan" "J. Liu" "S. Liu"] 2024 "ICLR 2024" [code https://github.com/a/salun]`,
				`5 Towards unbounded machine unlearning ["Meghdad Kurmanji" "Eleni Triantafillou"] 2023 "NeurIPS 2023" []`,
				`6 Soul: second-order unlearning for LLMs ["Jinghan Jia"] 2024 "EMNLP 2024" [code https://github.com/a/soul]`}},
		{"references wrapped over lines", "Publications\n\n" +
			"Model Sparsity Can Simplify Machine Unlearning. Jinghan Jia, Jiancheng Liu,\n" +
			"and Sijia Liu. NeurIPS 2023. https://github.com/a/sparse\n" +
			"SalUn: Empowering Machine Unlearning via Gradient-based Weight Saliency.\n" +
			"Chongyu Fan and Sijia Liu. ICLR 2024. https://github.com/a/salun\n" +
			"Towards Unbounded Machine Unlearning. Meghdad Kurmanji and Eleni\n" +
			"Triantafillou. NeurIPS 2023.\n" +
			"Recorded Talk Given By The Authors. https://github.com/a/scrub\n",
			[]string{`3 Model Sparsity Can Simplify Machine Unlearning ["Jinghan Jia" "Jiancheng Liu" "Sijia Liu"] 2023 "NeurIPS 2023" [code https://github.com/a/sparse]`,
				`5 SalUn: Empowering Machine Unlearning via Gradient-based Weight Saliency ["Chongyu Fan" "Sijia Liu"] 2024 "ICLR 2024" [code https://github.com/a/salun]`,
				`7 Towards Unbounded Machine Unlearning ["Meghdad Kurmanji" "Eleni Triantafillou"] 2023 "NeurIPS 2023" [code https://github.com/a/scrub]`}},
		{"title, names, venue", "Model sparsity can simplify machine unlearning\n" +
			"Jinghan Jia*, Jiancheng Liu*, and Sijia Liu†\n" +
			"NeurIPS 2023. https://github.com/a/sparse\n\n" +
			"SalUn: Empowering machine unlearning via gradient-based weight saliency\n\n" +
			"Chongyu Fan, Jiancheng Liu, and Sijia Liu\n" +
			"ICLR 2024. https://github.com/a/salun\n",
			[]string{`1 Model sparsity can simplify machine unlearning ["Jinghan Jia" "Jiancheng Liu" "Sijia Liu"] 2023 "NeurIPS 2023" [code https://github.com/a/sparse]`,
				`5 SalUn: Empowering machine unlearning via gradient-based weight saliency ["Chongyu Fan" "Jiancheng Liu" "Sijia Liu"] 2024 "ICLR 2024" [code https://github.com/a/salun]`}},
		{"markdown", "# Reading list\n\n" +
			"- SalUn: Empowering machine unlearning via gradient-based weight saliency. C. Fan, J. Liu, and S. Liu. ICLR 2024. https://github.com/a/salun\n" +
			"- Install the tools from https://github.com/a/tools\n",
			[]string{`3 SalUn: Empowering machine unlearning via gradient-based weight saliency ["C. Fan" "J. Liu" "S. Liu"] 2024 "ICLR 2024" [code https://github.com/a/salun]`}},
		{"a title and its links a line", "My reading list\n\n" +
			"Model Sparsity Can Simplify Machine Unlearning - https://github.com/a/sparse\n" +
			"- SalUn: Empowering machine unlearning (https://arxiv.org/abs/2310.12508, https://github.com/a/salun)\n" +
			"Towards Unbounded Machine Unlearning (arXiv:2302.09880)\n",
			[]string{`3 Model Sparsity Can Simplify Machine Unlearning []  "" [code https://github.com/a/sparse]`,
				`4 SalUn: Empowering machine unlearning []  "" [paper https://arxiv.org/abs/2310.12508 code https://github.com/a/salun]`,
				`5 Towards Unbounded Machine Unlearning []  "" [paper https://arxiv.org/abs/2302.09880]`}},
		{"a title and its link alone", "Sparse Things Learn Faster https://github.com/a/b\n\nSee the code at https://github.com/c/d\n",
			[]string{`1 Sparse Things Learn Faster []  "" [code https://github.com/a/b]`,
				`3 See the code at https://github.com/c/d []  "" [code https://github.com/c/d]`}},
		{"numbered titles and their links", "1. Sparse Things Learn Faster - https://github.com/a/b\n" +
			"2. Dense things remember more: https://github.com/c/d\n" +
			"3. Towards unbounded machine unlearning (arXiv:2302.09880)\n",
			[]string{`1 Sparse Things Learn Faster []  "" [code https://github.com/a/b]`,
				`2 Dense things remember more []  "" [code https://github.com/c/d]`,
				`3 Towards unbounded machine unlearning []  "" [paper https://arxiv.org/abs/2302.09880]`}},
		{"titles over their links", "Sparse Things Learn Faster\n" +
			"https://github.com/a/b\n" +
			"Dense things remember more\n" +
			"Ann Smith*, Bob Jones\n" +
			"https://github.com/c/d\n" +
			"https://arxiv.org/abs/2302.09880\n",
			[]string{`1 Sparse Things Learn Faster []  "" [code https://github.com/a/b]`,
				`3 Dense things remember more ["Ann Smith" "Bob Jones"]  "" [code https://github.com/c/d paper https://arxiv.org/abs/2302.09880]`}},
		{"a title with no link", "Sparse Things Learn Faster\n" +
			"Dense Things Remember More\n" +
			"https://github.com/c/d\n" +
			"Third Things Come Last\n" +
			"https://github.com/e/f\n",
			[]string{`1 Sparse Things Learn Faster []  "" [code https://github.com/c/d code https://github.com/e/f]`}},
		{"prose over links", "We release the code:\n" +
			"https://github.com/a/b\n" +
			"and the models:\n" +
			"https://huggingface.co/c/d\n",
			[]string{`1 We release the code: []  "" [code https://github.com/a/b model https://huggingface.co/c/d]`}},
		{"links in prose, one a line", "We release the code at https://github.com/a/b and\n" +
			"Our Models Live At https://huggingface.co/a/b for all.\n",
			[]string{`1 We release the code at https://github.com/a/b and []  "" [code https://github.com/a/b model https://huggingface.co/a/b]`}},
		{"title paragraphs over names and venue", "Model sparsity can simplify machine unlearning\n\n" +
			"Jinghan Jia, Jiancheng Liu, and Sijia Liu\n" +
			"NeurIPS 2023. Code: https://github.com/a/sparse.\n\n" +
			"SalUn: Empowering machine unlearning via gradient-based weight saliency\n\n" +
			"Chongyu Fan and Sijia Liu\n" +
			"ICLR 2024. Code: https://github.com/a/salun.\n",
			[]string{`1 Model sparsity can simplify machine unlearning ["Jinghan Jia" "Jiancheng Liu" "Sijia Liu"] 2023 "NeurIPS 2023" [code https://github.com/a/sparse]`,
				`6 SalUn: Empowering machine unlearning via gradient-based weight saliency ["Chongyu Fan" "Sijia Liu"] 2024 "ICLR 2024" [code https://github.com/a/salun]`}},
		{"title, then prose", "Sparse things learn faster\n" +
			"We show that Sparse Models, Dense Models and Others differ.\n" +
			"Code: https://github.com/a/b\n",
			[]string{`1 Sparse things learn faster []  "" [code https://github.com/a/b]`}},
	}
	for _, tt := range tests {
		var got []string
		name := "list.txt"
		if tt.name == "markdown" {
			name = "list.md"
		}
		for _, e := range readFormat(t, name, tt.src, FormatAuto) {
			got = append(got, fmt.Sprintf("%d %s %q %s %q %s", e.Source.Line, e.Title, e.AuthorNames, e.DateText, e.Venue, urls(e)))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// TestCitedVenueAfter reads the venue after a plain-text reference's
// title, or after the names that follow it: a venue and year, a venue
// after "In", an acronym alone, a kind of venue in words; and none where
// the sentence is no venue's (abbreviations cut it short, or a sentence
// of prose).
func TestCitedVenueAfter(t *testing.T) {
	tests := []struct{ ref, title, want string }{
		{"Sparse things learn faster. Ann Smith and Bob Jones. NeurIPS 2023. https://github.com/a/b", "Sparse things learn faster", "NeurIPS 2023"},
		{"[1] A. Smith and B. Jones. Sparse things learn faster. In ICML, 2023. Code: https://github.com/a/b", "Sparse things learn faster", "ICML, 2023"},
		{"Ann Smith and Bob Jones. 2023. Sparse things learn faster. In ACL. https://github.com/a/b", "Sparse things learn faster", "ACL"},
		{"Ann Smith, Bob Jones. Sparse things learn faster. In Advances in Neural Information Processing Systems, 2023.", "Sparse things learn faster",
			"Advances in Neural Information Processing Systems, 2023"},
		{"Fan, C. & Liu, S. Sparse things learn faster. Nat. Mach. Intell. 6, 1–9 (2024).", "Sparse things learn faster", ""},
		{"Sparse things learn faster. Ann Smith and Bob Jones. We release the code here: https://github.com/a/b", "Sparse things learn faster", ""},
	}
	for _, tt := range tests {
		if got := citedVenueAfter(tt.ref, tt.title); got != tt.want {
			t.Errorf("citedVenueAfter(%q)\n got %q\nwant %q", tt.ref, got, tt.want)
		}
	}
}
