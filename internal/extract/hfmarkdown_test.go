package extract

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// hfCardEntry is what the tests of saved Hugging Face pages look at.
type hfCardEntry struct {
	title    string
	upvotes  int
	authors  int
	date     string
	abstract string // its start
	links    []string
	line     int
}

func readHFCards(t *testing.T, file string) []hfCardEntry {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var got []hfCardEntry
	for _, e := range readFormat(t, file, string(src), FormatMarkdown) {
		abstract, _, _ := strings.Cut(e.Abstract, ".")
		got = append(got, hfCardEntry{e.Title, e.Upvotes, e.Authors, e.DateText, abstract, urls(e), e.Source.Line})
	}
	return got
}

// A Daily Papers page saved as Markdown by a scraper (firecrawl's form):
// each card's upvotes stand before its heading, its abstract is the text
// of a link to the paper and may name the code, and the organisation, the
// author count (a link the avatars break up) and the date follow. Before,
// no code link was found, "3 authors]" was a paper of its own, and the
// next card's upvotes link was the last card's.
func TestHFSavedMarkdown(t *testing.T) {
	want := []hfCardEntry{
		{"Forget Graphs: Certified Edge Unlearning for Message Passing Networks", 42, -1, "May 29",
			"We study removing edges from trained graph neural networks without retraining",
			[]string{"paper https://huggingface.co/papers/2606.01234", "org https://huggingface.co/forgetlab", "code https://github.com/forgetlab/forget-graphs"}, 28},
		{"Sparse Probes for Unlearning Verification in Language Models", 0, 3, "Feb 27, 2025",
			"Verifying that a model has forgotten data is hard",
			[]string{"paper https://huggingface.co/papers/2502.20581", "code https://github.com/probeteam/sparse-probes"}, 40},
		{"Probe Zoo: A Benchmark for Knowledge Probes", 7, 10, "Aug 30",
			"We release a benchmark of knowledge probes built on Forget Graphs and Sparse Probes for Unlearning Verification",
			[]string{"paper https://huggingface.co/papers/2605.08583", "project https://probezoo.github.io", "code https://github.com/probeteam/probe-zoo"}, 57},
	}
	if got := readHFCards(t, "testdata/hf-saved.md"); !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %+v\nwant %+v", got, want)
	}
}

// The same page as another converter writes it: links as references,
// broken over lines, so that an abstract is a paragraph of its own, and a
// card's author count and date run on into the next card's upvotes, or
// (with no upvotes, a line "-") turn into a heading.
func TestHFSavedMarkdownReferences(t *testing.T) {
	want := []hfCardEntry{
		{"Echo Chunks: Streaming Speech Recognition with Overlapping Windows", 0, 3, "May 30",
			"Streaming speech recognition trades accuracy for latency when it cuts audio into windows",
			[]string{"paper https://huggingface.co/papers/2606.11111", "code https://github.com/echolab/echo-chunks"}, 21},
		{"Long Context Transcripts at Scale", 65, -1, "Mar 8, 2024",
			"We present a corpus of long transcripts with punctuation and casing, aligned at the sentence level, and baselines built on transducer models",
			[]string{"paper https://huggingface.co/papers/2403.05530", "code https://github.com/echolab/aligner", "org https://huggingface.co/echolab"}, 39},
		{"Aligners Compared", 0, 1, "Nov 14, 2025",
			"We compare five sentence aligners for long transcripts on three corpora and find that a simple dynamic programme over sentence embeddings is within a point of the best learned aligner at a tenth of the cost",
			[]string{"paper https://huggingface.co/papers/2511.22222", "code https://gitlab.com/aligners/compare"}, 55},
	}
	if got := readHFCards(t, "testdata/hf-saved-refs.md"); !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %+v\nwant %+v", got, want)
	}
}

// The trending page's newer cards, as one more converter writes them:
// the abstract a plain paragraph, the organisation and "Published on" a
// date in one line, the upvote button after the card, its link cut by a
// blank line ("[Upvote" over "117](https://...)"), then the GitHub and
// arXiv links; the next card's thumbnail and "Submitted by" its
// submitter, whose page is no organisation of this card's; and a title
// link that a line break split, which ends the heading ("### [Title over"
// then "two lines](url)").
func TestHFSavedMarkdownTrending(t *testing.T) {
	want := []hfCardEntry{
		{"Graph Forgetting at Scale: Unlearning Edges in Billion-Node Networks", 117, -1, "Oct 4, 2026",
			"We present a system that removes edges from billion-node graph neural networks in minutes, with certified bounds on what remains of them, and release it as open source",
			[]string{"paper https://huggingface.co/papers/2610.01111", "org https://huggingface.co/graphlab", "code https://github.com/graphlab/graph-forgetting", "paper https://arxiv.org/abs/2610.01111"}, 21},
		{"Agents that Trade: A Multi-Agent Framework for Markets", 149, 4, "Dec 28, 2024",
			"A multi-agent framework of language models simulates a trading firm, and improves cumulative returns and the Sharpe ratio over baselines",
			[]string{"paper https://huggingface.co/papers/2412.22222", "code https://github.com/marketlab/trading-agents", "paper https://arxiv.org/abs/2412.22222"}, 42},
	}
	if got := readHFCards(t, "testdata/hf-saved-trending.md"); !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %+v\nwant %+v", got, want)
	}
}

// A saved page's menu is not a list of papers; a list item named like a
// menu entry that links elsewhere still is one.
func TestHFSavedMenu(t *testing.T) {
	src := "* [Log In](https://huggingface.co/login)\n* [ Models](https://huggingface.co/models)\n* [Search](https://arxiv.org/abs/2401.00001)\n"
	var titles []string
	for _, e := range readFormat(t, "menu.md", src, FormatMarkdown) {
		titles = append(titles, e.Title)
	}
	if !reflect.DeepEqual(titles, []string{"Search"}) {
		t.Errorf("entries %q, want only Search", titles)
	}
}

func TestHFAuthorCount(t *testing.T) {
	for text, want := range map[string]int{
		"3 authors":    3,
		"- 10 authors": 10,
		"1 author":     1,
		`\ \ 3 authors](https://huggingface.co/papers/2502.20581)`: 3,
		"3 authors ][34] · May 30 [ 65 ][35]":                      3,
		"authors":                                                  -1,
		"many authors":                                             -1,
		"We thank the 3 authorities":                               -1,
	} {
		n, ok := hfAuthorCount(text)
		if !ok {
			n = -1
		}
		if n != want {
			t.Errorf("hfAuthorCount(%q) = %d, want %d", text, n, want)
		}
	}
}

func TestHFDate(t *testing.T) {
	for text, want := range map[string]string{
		"May 29":                              "May 29",
		"· Feb 27, 2025":                      "Feb 27, 2025",
		"3 authors ][34] · May 30 [ 65 ][35]": "May 30",
		"Mar 8, 2024 6":                       "Mar 8, 2024",
		"Maybe later":                         "",
		"March of progress 12":                "",
	} {
		d, _ := hfDate(text)
		if d.text != want {
			t.Errorf("hfDate(%q) = %q, want %q", text, d.text, want)
		}
	}
}

func TestDropLineBreaks(t *testing.T) {
	for in, want := range map[string]string{
		`Engage\  with Past Research`: "Engage   with Past Research",
		"tracing\\\nknowledge":        "tracing \nknowledge",
		`a \(b\) c\`:                  `a \(b\) c `,
		"plain":                       "plain",
	} {
		if got := dropLineBreaks(in); got != want {
			t.Errorf("dropLineBreaks(%q) = %q, want %q", in, got, want)
		}
	}
}
