package extract

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/linkgraph/linkgraph/internal/testgen"
)

var (
	benchOnce    sync.Once
	benchListing []byte
)

// benchData is a generated listing of about 100 MB, made once per process.
func benchData(b *testing.B) []byte {
	benchOnce.Do(func() {
		var buf bytes.Buffer
		if err := testgen.Write(&buf, testgen.Options{Entries: 65000, Seed: 1}); err != nil {
			b.Fatal(err)
		}
		benchListing = buf.Bytes()
	})
	return benchListing
}

// BenchmarkExtractJSONL reads a ~100 MB listing and writes every entry as
// JSON, keeping none, as `linkgraph extract --format jsonl` does.
func BenchmarkExtractJSONL(b *testing.B) {
	data := benchData(b)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		var out []byte
		err := New(Options{Transient: true}).Read(context.Background(), "bench.txt", bytes.NewReader(data), func(e *Entry) error {
			out = e.AppendJSON(out[:0])
			_, err := io.Discard.Write(out)
			return err
		}, func(error) {})
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadJSONL reads back the listing's entries as extract --format
// jsonl wrote them (about 115 MB), as the paper-level commands read such
// a file.
func BenchmarkReadJSONL(b *testing.B) {
	var jsonl []byte
	err := New(Options{}).Read(context.Background(), "bench.txt", bytes.NewReader(benchData(b)), func(e *Entry) error {
		jsonl = append(e.AppendJSON(jsonl), '\n')
		return nil
	}, func(error) {})
	if err != nil {
		b.Fatal(err)
	}
	benchRead(b, FormatJSONL, jsonl)
}

// benchRead times reading data in format, keeping no entry.
func benchRead(b *testing.B, format Format, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		n := 0
		err := New(Options{Format: format}).Read(context.Background(), "bench", bytes.NewReader(data), func(*Entry) error {
			n++
			return nil
		}, func(error) {})
		if err != nil || n == 0 {
			b.Fatal(err, n)
		}
	}
}

// BenchmarkReadPwCJSON reads the listing's entries written as Papers with
// Code's papers-with-abstracts dump, one JSON array (about 100 MB), as a
// user reads the dump.
func BenchmarkReadPwCJSON(b *testing.B) {
	var dump []byte
	dump = append(dump, '[')
	err := New(Options{}).Read(context.Background(), "bench.txt", bytes.NewReader(benchData(b)), func(e *Entry) error {
		if len(dump) > 1 {
			dump = append(dump, ",\n"...)
		}
		row := map[string]any{"paper_url": "https://paperswithcode.com/paper/" + e.ID, "title": e.Title,
			"abstract": e.Abstract, "authors": []string{"A. Author", "B. Author"}, "date": e.Date, "proceeding": nil}
		if len(e.Links) > 0 {
			row["repo_url"] = e.Links[0].URL
		}
		j, err := json.Marshal(row)
		dump = append(dump, j...)
		return err
	}, func(error) {})
	if err != nil {
		b.Fatal(err)
	}
	benchRead(b, FormatPwCJSON, append(dump, ']'))
}

// BenchmarkScanLinks finds and normalises the links in the same listing.
func BenchmarkScanLinks(b *testing.B) {
	data := string(benchData(b))
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		n := 0
		for _, s := range ScanLinks(data) {
			if _, ok := Normalize(s.Raw); ok {
				n++
			}
		}
		if n == 0 {
			b.Fatal("no links found")
		}
	}
}

// pwcRows writes a Papers with Code style dump of about size bytes: runs
// of one to three rows per paper.
func pwcRows(w io.Writer, size int64) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.WriteString("[\n")
	var written int64
	for i := 0; written < size; i++ {
		for r := 0; r <= i%3; r++ {
			if i > 0 || r > 0 {
				bw.WriteString(",\n")
			}
			n, err := fmt.Fprintf(bw, `{"paper_title": "Paper number %d about unlearning", "paper_arxiv_id": "23%02d.%05d", "paper_url_abs": "https://arxiv.org/abs/23%02d.%05d", "paper_url_pdf": "https://arxiv.org/pdf/23%02d.%05d.pdf", "repo_url": "https://github.com/owner-%d/repo-%d-%d", "is_official": %t, "mentioned_in_paper": true, "mentioned_in_github": false, "framework": "pytorch"}`,
				i, 1+i%12, i%100000, 1+i%12, i%100000, 1+i%12, i%100000, i%2000, i, r, r == 0)
			if err != nil {
				return err
			}
			written += int64(n)
		}
	}
	bw.WriteString("\n]\n")
	return bw.Flush()
}

// BenchmarkPwCJSONStream reads a generated 1 GB Papers with Code dump
// through a pipe, never held whole, and reports the peak heap: it must
// stay bounded however large the dump (issue 5).
func BenchmarkPwCJSONStream(b *testing.B) {
	size := 1 << 30
	if testing.Short() {
		size = 64 << 20 // CI runs each benchmark once, to see that none is broken
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		pr, pw := io.Pipe()
		go func() { pw.CloseWithError(pwcRows(pw, int64(size))) }()
		var peak uint64
		var ms runtime.MemStats
		entries := 0
		err := New(Options{Format: FormatPwCJSON}).Read(context.Background(), "dump.json", pr, func(e *Entry) error {
			entries++
			if entries%50000 == 0 {
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse)
			}
			return nil
		}, func(error) {})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
		b.ReportMetric(float64(entries), "entries")
	}
}

// BenchmarkExtractLinksOnly reads the same listing as orgs and check do:
// links, keys and ids, no abstracts, no JSON, papers merged as read.
func BenchmarkExtractLinksOnly(b *testing.B) {
	data := benchData(b)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		x := New(Options{LinksOnly: true})
		err := x.Read(context.Background(), "bench.txt", bytes.NewReader(data), nil, func(error) {})
		links := 0
		for _, p := range x.Papers() {
			links += len(p.Links)
		}
		if err != nil || links == 0 {
			b.Fatal(err, links)
		}
	}
}

// BenchmarkAppendString escapes the listing's text as JSON, the cost of
// every abstract in `extract --format jsonl` (lines joined, as abstracts
// are).
func BenchmarkAppendString(b *testing.B) {
	data := strings.ReplaceAll(string(benchData(b)[:16<<20]), "\n", " ")
	b.SetBytes(int64(len(data)))
	var out []byte
	b.ResetTimer()
	for b.Loop() {
		out = appendString(out[:0], data)
	}
}

// BenchmarkIndexCue searches the listing's text for code-status cues.
func BenchmarkIndexCue(b *testing.B) {
	data := string(benchData(b)[:16<<20])
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		n := 0
		for s := data; ; n++ {
			i := indexCue(s)
			if i < 0 {
				break
			}
			s = s[i+1:]
		}
		if n == 0 {
			b.Fatal("no cues")
		}
	}
}

// BenchmarkTitleKey makes the paper keys of the listing's titles, which
// Merge and links-only reads make for every entry.
func BenchmarkTitleKey(b *testing.B) {
	benchPerTitle(b, benchTitles(b), appendTitleKey)
}

// BenchmarkSlugOfKey makes the ids of the listing's titles from their
// keys, as build does for every entry.
func BenchmarkSlugOfKey(b *testing.B) {
	var keys []string
	for _, t := range benchTitles(b) {
		keys = append(keys, titleKeyOf(t))
	}
	benchPerTitle(b, keys, appendSlugOfKey)
}

// benchTitles returns the title-like lines of the benchmark listing's
// first 4 MiB.
func benchTitles(b *testing.B) []string {
	var titles []string
	for _, line := range strings.Split(string(benchData(b)[:4<<20]), "\n") {
		if len(line) > 20 && len(line) < 120 && !strings.Contains(line, "authors") {
			titles = append(titles, line)
		}
	}
	return titles
}

// benchPerTitle times fn over each of in, reporting the time per string.
func benchPerTitle(b *testing.B, in []string, fn func([]byte, string) []byte) {
	buf := make([]byte, 0, 256)
	b.ResetTimer()
	for b.Loop() {
		for _, s := range in {
			buf = fn(buf[:0], s)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(in)), "ns/title")
}

// BenchmarkReadMarkdown reads awesome-lists: the LLM-unlearning corpus
// list (fields and links, 180 KB), and a generated list of the forms list
// items take in other lists (bylines, tags before titles, venues after
// commas), 2,000 items.
func BenchmarkReadMarkdown(b *testing.B) {
	corpus, err := os.ReadFile("../../testdata/corpus/chrisliu298__awesome-llm-unlearning.md")
	if err != nil {
		b.Fatal(err)
	}
	var forms strings.Builder
	forms.WriteString("# Papers\n\n## 2024\n\n")
	for i := range 500 {
		fmt.Fprintf(&forms, "- **Paper Title Number %d**. Jinghan Jia, Jiancheng Liu, Sijia Liu. NeurIPS 2023. [[paper](https://arxiv.org/abs/2304.%05d)] [[code](https://github.com/o%d/r%d)]\n", i, i, i%50, i)
		fmt.Fprintf(&forms, "- 【202408】Another Title Number %d ([PDF](https://arxiv.org/abs/2408.%05d))\n", i, i)
		fmt.Fprintf(&forms, "- [Linked Title %d](https://arxiv.org/abs/2302.%05d) - Meghdad Kurmanji, Peter Triantafillou (ICLR 2024)\n", i, i)
		fmt.Fprintf(&forms, "- Plain Title Number %d, *ICLR 2024*, [paper](https://arxiv.org/abs/2303.%05d), [code](https://github.com/p%d/q)\n", i, i, i)
	}
	for _, in := range []struct {
		name string
		data []byte
	}{{"corpus", corpus}, {"forms", []byte(forms.String())}} {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.data)))
			for b.Loop() {
				n := 0
				err := New(Options{Format: FormatMarkdown}).Read(context.Background(), "list.md", bytes.NewReader(in.data), func(*Entry) error { n++; return nil }, func(error) {})
				if err != nil || n == 0 {
					b.Fatalf("%d entries, %v", n, err)
				}
			}
		})
	}
}

// BenchmarkReadFormats reads 5,000 papers in each of the formats read
// whole or a record at a time beside the Daily Papers page: an arXiv
// API feed (Atom), a RIS library, a CSV spreadsheet, Semantic Scholar's
// JSON answer, an Org reading list, a reStructuredText list and a LaTeX
// bibliography.
func BenchmarkReadFormats(b *testing.B) {
	const n = 5000
	var atom, ris, csv, api, org, rst, bbl, refs, prose strings.Builder
	atom.WriteString("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
	csv.WriteString("title,authors,year,venue,code,arxiv_id\n")
	api.WriteString("{\"total\": 5000, \"data\": [\n")
	org.WriteString("#+TITLE: Reading list\n* Papers\n")
	rst.WriteString("Reading list\n============\n\nPapers\n------\n\n")
	bbl.WriteString("\\begin{thebibliography}{5000}\n\n")
	refs.WriteString("References\n")
	for i := range n {
		fmt.Fprintf(&atom, "<entry><id>http://arxiv.org/abs/2401.%05dv1</id><published>2024-01-05T18:00:00Z</published><title>Paper Title Number %d on Sparse Things</title>"+
			"<summary>We study sparse things, number %d. Code: https://github.com/o%d/r%d</summary><author><name>Ann Smith</name></author><author><name>Bob Jones</name></author>"+
			"<link href=\"http://arxiv.org/abs/2401.%05dv1\" rel=\"alternate\"/></entry>\n", i, i, i, i%50, i, i)
		fmt.Fprintf(&ris, "TY  - JOUR\nTI  - Paper Title Number %d on Sparse Things\nAU  - Smith, Ann\nAU  - Jones, Bob\nPY  - 2024\nT2  - Journal of Things\nUR  - https://arxiv.org/abs/2401.%05d\nN1  - Code: https://github.com/o%d/r%d\nER  - \n\n", i, i, i%50, i)
		fmt.Fprintf(&csv, "Paper Title Number %d on Sparse Things,\"Ann Smith, Bob Jones\",2024,ICML 2024,https://github.com/o%d/r%d,2401.%05d\n", i, i%50, i, i)
		sep := ","
		if i == n-1 {
			sep = ""
		}
		fmt.Fprintf(&api, "{\"paperId\": \"p%d\", \"externalIds\": {\"ArXiv\": \"2401.%05d\"}, \"title\": \"Paper Title Number %d on Sparse Things\", \"abstract\": \"Code: https://github.com/o%d/r%d\", \"year\": 2024, \"authors\": [{\"name\": \"Ann Smith\"}, {\"name\": \"Bob Jones\"}]}%s\n", i, i, i, i%50, i, sep)
		fmt.Fprintf(&org, "- [[https://arxiv.org/abs/2401.%05d][Paper Title Number %d on Sparse Things]] [[https://github.com/o%d/r%d][code]]\n", i, i, i%50, i)
		fmt.Fprintf(&rst, "* `Paper Title Number %d on Sparse Things <https://arxiv.org/abs/2401.%05d>`_ (ICML 2024) `code <https://github.com/o%d/r%d>`__\n", i, i, i%50, i)
		// A reference list copied from a PDF, unnumbered, names first,
		// in turn in plainnat's and Springer's styles; and prose.
		if i%2 == 0 {
			fmt.Fprintf(&refs, "Ann Smith, Bob Jones, and Carl Lee. Paper title number %d on sparse\nthings. In ICML, 2024. URL https://github.com/o%d/r%d.\n", i, i%50, i)
		} else {
			fmt.Fprintf(&refs, "Smith, A., Jones, B.: Paper title number %d on sparse things. In: ICML,\npp. 1–10 (2024). https://github.com/o%d/r%d\n", i, i%50, i)
		}
		fmt.Fprintf(&prose, "We release the code of experiment %d. It runs on one GPU and\nreproduces every table. Deep Networks train in an hour. See\nhttps://github.com/o%d/r%d for the scripts.\n\n", i, i%50, i)
		fmt.Fprintf(&bbl, "\\bibitem[Smith et~al.(2024)]{s%d}\nAnn Smith and Bob M{\\\"u}ller.\n\\newblock Paper title number %d on sparse things.\n\\newblock In \\emph{ICML}, 2024.\n\\newblock \\url{https://github.com/o%d/r%d}.\n\n", i, i, i%50, i)
	}
	atom.WriteString("</feed>\n")
	api.WriteString("]}\n")
	for _, in := range []struct {
		name   string
		format Format
		data   string
	}{{"atom", FormatFeed, atom.String()}, {"ris", FormatRIS, ris.String()}, {"csv", FormatCSV, csv.String()},
		{"api-json", FormatAPIJSON, api.String()}, {"org", FormatOrg, org.String()},
		{"rst", FormatRST, rst.String()}, {"latex", FormatLaTeX, bbl.String() + "\\end{thebibliography}\n"},
		{"text-refs", FormatText, refs.String()}, {"text-prose", FormatText, prose.String()}} {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.data)))
			for b.Loop() {
				got := 0
				err := New(Options{Format: in.format}).Read(context.Background(), "list", strings.NewReader(in.data), func(*Entry) error { got++; return nil }, func(error) {})
				if err != nil || got != n {
					b.Fatalf("%d entries, %v", got, err)
				}
			}
		})
	}
}
