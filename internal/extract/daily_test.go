package extract

import (
	"context"
	"errors"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// readAll runs an Extractor over text and returns its entries (a
// links-only read's papers) and problems.
func readAll(t *testing.T, text string, opts Options) ([]*Entry, []error, error) {
	t.Helper()
	return readFrom(strings.NewReader(text), "test.txt", opts)
}

const chromeHead = "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\nNov 5\n\n"

func TestDailyEntries(t *testing.T) {
	type want struct {
		title, abstract string
		authors, line   int
		dateText, date  string
		upvotes         int
	}
	tests := []struct {
		name string
		text string
		year int
		want []want
	}{
		{
			name: "full entries after chrome",
			text: chromeHead + "Title One\n\nAbstract one.\n\n  • 4 authors\n·\nMar 11, 2024 4\n\nTitle Two\n\nAbstract two.\n\n  • 1 authors\n·\nJul 31 2\n",
			want: []want{
				{"Title One", "Abstract one.", 4, 13, "Mar 11, 2024", "2024-03-11", 4},
				{"Title Two", "Abstract two.", 1, 21, "Jul 31", "", 2},
			},
		},
		{
			name: "year completes dates",
			text: "T\n\nA.\n\n  • 2 authors\n·\nFeb 7\n",
			year: 2025,
			want: []want{{"T", "A.", 2, 1, "Feb 7", "2025-02-07", 0}},
		},
		{
			name: "leap day without a year in a common year",
			text: "T\n\nA.\n\n  • 2 authors\n·\nFeb 29\n",
			year: 2025,
			want: []want{{"T", "A.", 2, 1, "Feb 29", "", 0}},
		},
		{
			name: "missing meta block",
			text: "Title One\n\nAbstract one. It has two sentences.\n\nTitle Two\n\nAbstract two.\n\n  • 3 authors\n·\nOct 6, 2021\n",
			want: []want{
				{"Title One", "Abstract one. It has two sentences.", -1, 1, "", "", 0},
				{"Title Two", "Abstract two.", 3, 5, "Oct 6, 2021", "2021-10-06", 0},
			},
		},
		{
			name: "missing abstract",
			text: "Title One\n\n  • 3 authors\n·\nOct 6, 2021\n\nTitle Two\n\nAbstract two.\n\n  • 2 authors\n·\nOct 7, 2021 9\n",
			want: []want{
				{"Title One", "", 3, 1, "Oct 6, 2021", "2021-10-06", 0},
				{"Title Two", "Abstract two.", 2, 7, "Oct 7, 2021", "2021-10-07", 9},
			},
		},
		{
			name: "missing abstract and meta",
			text: "Title One\n\nTitle Two\n\nAbstract two.\n\n  • 2 authors\n·\nOct 7, 2021\n",
			want: []want{
				{"Title One", "", -1, 1, "", "", 0},
				{"Title Two", "Abstract two.", 2, 3, "Oct 7, 2021", "2021-10-07", 0},
			},
		},
		{
			name: "a short abstract with a link, no full stop",
			text: "Title One\n\nCode: https://github.com/acme/tool\n\nTitle Two\n\nAbstract two.\n",
			want: []want{
				{"Title One", "Code: https://github.com/acme/tool", -1, 1, "", "", 0},
				{"Title Two", "Abstract two.", -1, 5, "", "", 0},
			},
		},
		{
			name: "crlf and bom",
			text: "\ufeffTitle One\r\n\r\nAbstract one.\r\n\r\n  • 4 authors\r\n·\r\nMar 11, 2024 4\r\n",
			want: []want{{"Title One", "Abstract one.", 4, 1, "Mar 11, 2024", "2024-03-11", 4}},
		},
		{
			name: "extra blank lines everywhere",
			text: "\n\n\nTitle One\n\n\n\nAbstract one.\n\n\n  • 4 authors\n\n·\n\nMar 11, 2024 4\n\n\n\nTitle Two\n\n\nAbstract two.\n\n\n",
			want: []want{
				{"Title One", "Abstract one.", 4, 4, "Mar 11, 2024", "2024-03-11", 4},
				{"Title Two", "Abstract two.", -1, 19, "", "", 0},
			},
		},
		{
			name: "no blank line between title and abstract",
			text: "Title One\nAbstract one, wrapped\nover two lines.\n  • 4 authors\n·\nMar 11, 2024\n",
			want: []want{{"Title One", "Abstract one, wrapped over two lines.", 4, 1, "Mar 11, 2024", "2024-03-11", 0}},
		},
		{
			name: "abstract in two paragraphs",
			text: "Title One\n\nFirst paragraph. Of the abstract.\n\nSecond paragraph. Still abstract.\n\n  • 4 authors\n·\nMar 11, 2024\n",
			want: []want{{"Title One", "First paragraph. Of the abstract.\n\nSecond paragraph. Still abstract.", 4, 1, "Mar 11, 2024", "2024-03-11", 0}},
		},
		{
			name: "one author and thousands of upvotes",
			text: "T\n\nA.\n\n• 1 author\n·\nDec 28, 2024 1,024\n",
			want: []want{{"T", "A.", 1, 1, "Dec 28, 2024", "2024-12-28", 1024}},
		},
		{
			name: "white space folded in titles",
			text: "  Spaced \t  Title  \n\nA.\n",
			want: []want{{"Spaced Title", "A.", -1, 1, "", "", 0}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			entries, problems, err := readAll(t, tt.text, Options{Year: tt.year})
			if err != nil || len(problems) > 0 {
				t.Fatalf("Read: err %v, problems %v", err, problems)
			}
			if len(entries) != len(tt.want) {
				for _, e := range entries {
					t.Logf("entry %q / %q", e.Title, e.Abstract)
				}
				t.Fatalf("got %d entries, want %d", len(entries), len(tt.want))
			}
			for i, w := range tt.want {
				e := entries[i]
				got := want{e.Title, e.Abstract, e.Authors, e.Source.Line, e.DateText, e.Date, e.Upvotes}
				if got != w {
					t.Errorf("entry %d:\n got %+v\nwant %+v", i, got, w)
				}
			}
		})
	}
}

func TestDailyProblems(t *testing.T) {
	long := strings.Repeat("x", MaxLineBytes+10)
	tests := []struct {
		name      string
		text      string
		entries   int
		fatal     error
		problem   error
		atLine    int
		wantTitle string
	}{
		{name: "empty", text: "", fatal: ErrNoEntries},
		{name: "only chrome", text: chromeHead, fatal: ErrNoEntries},
		{name: "only blank lines", text: "\n\n\r\n\n", fatal: ErrNoEntries},
		{name: "binary", text: "T\x00\x01\x02\n\nA.\n", fatal: ErrBinary},
		{name: "invalid utf-8 kept with replacement", text: "Good title\n\nA.\n\nBad \xff title\n\nB.\n", entries: 2, problem: ErrInvalidUTF8, atLine: 5, wantTitle: "Bad \uFFFD title"},
		{name: "long line skipped, entries kept", text: "T1\n\nA1.\n\n" + long + "\n\nT2\n\nA2.\n", entries: 2, problem: ErrLineTooLong, atLine: 5, wantTitle: "T2"},
		{name: "long last line without newline", text: "T1\n\nA1.\n\n" + long, entries: 1, problem: ErrLineTooLong, atLine: 5, wantTitle: "T1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			entries, problems, err := readAll(t, tt.text, Options{})
			if tt.fatal != nil {
				if !errors.Is(err, tt.fatal) {
					t.Fatalf("err = %v, want %v", err, tt.fatal)
				}
				var ie *InputError
				if !errors.As(err, &ie) || ie.File != "test.txt" {
					t.Errorf("err %v does not name the file", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if len(entries) != tt.entries {
				t.Fatalf("got %d entries, want %d", len(entries), tt.entries)
			}
			if len(problems) != 1 || !errors.Is(problems[0], tt.problem) {
				t.Fatalf("problems = %v, want one %v", problems, tt.problem)
			}
			var ie *InputError
			if !errors.As(problems[0], &ie) || ie.Line != tt.atLine || ie.File != "test.txt" {
				t.Errorf("problem %v: want file test.txt line %d", problems[0], tt.atLine)
			}
			if last := entries[len(entries)-1].Title; last != tt.wantTitle {
				t.Errorf("last title = %q, want %q", last, tt.wantTitle)
			}
		})
	}
}

func TestIDsUniqueAcrossReads(t *testing.T) {
	x := New(Options{})
	var ids []string
	for i := 0; i < 2; i++ {
		err := x.Read(context.Background(), "f.txt", strings.NewReader("Same Title\n\nA.\n\nSame Title\n\nB.\n"),
			func(e *Entry) error { ids = append(ids, e.ID); return nil }, func(error) {})
		if err != nil {
			t.Fatal(err)
		}
	}
	want := []string{"same-title", "same-title-2", "same-title-3", "same-title-4"}
	if strings.Join(ids, " ") != strings.Join(want, " ") {
		t.Errorf("ids = %q, want %q", ids, want)
	}
}

func TestReadStopsOnEmitError(t *testing.T) {
	boom := errors.New("boom")
	calls := 0
	err := New(Options{}).Read(context.Background(), "f.txt", strings.NewReader("T1\n\nA.\n\nT2\n\nB.\n\nT3\n\nC.\n"),
		func(*Entry) error { calls++; return boom }, func(error) {})
	if !errors.Is(err, boom) || calls != 1 {
		t.Errorf("err = %v after %d calls, want boom after 1", err, calls)
	}
}

// Each kind of meta line is read as itself, and a title or a line of prose
// as none, whichever byte it starts with.
func TestReadMeta(t *testing.T) {
	for _, c := range []struct {
		line    string
		ok      bool
		authors int // -1: not an author count
		date    string
	}{
		{"  • 4 authors", true, 4, ""},
		{"1 author", true, 1, ""},
		{"+3 authors", true, 3, ""},
		{"4 authors](https://huggingface.co/papers/2306.14898)", true, 4, ""},
		{"4 authors](x", false, -1, ""},
		{"•", true, -1, ""},
		{"·", true, -1, ""},
		{"Submitted by someone", true, -1, ""},
		{"Mar 11, 2024 4", true, -1, "Mar 11, 2024"},
		{"Jul 31 2", true, -1, "Jul 31"},
		{"3D Gaussians for everyone", false, -1, ""},
		{"• not authors", false, -1, ""},
		{"March of the Penguins", false, -1, ""},
		{"", false, -1, ""},
	} {
		m, ok := readMeta(c.line)
		authors := -1
		if m.hasAuthors {
			authors = m.authors
		}
		if ok != c.ok || authors != c.authors || m.date.text != c.date {
			t.Errorf("readMeta(%q) = %v, authors %d, date %q; want %v, %d, %q", c.line, ok, authors, m.date.text, c.ok, c.authors, c.date)
		}
	}
}

// A Daily Papers page as some HTML-to-text converters write it: each
// link's address on a line of its own after its text, an upvote button
// ("[-] 12") before the entry it counts, and a link broken by a line
// break ("[" over "4 authors](https://...)"), and an organisation as an
// indented line over its page (" Safe Lab"). Before, "by", "AK", "[-] 12",
// "[" and " Safe Lab" were entries, and each real entry lost its count
// and date to the one after it.
func TestDailyAddressLines(t *testing.T) {
	src, err := os.ReadFile("testdata/hf-saved-urls.txt")
	if err != nil {
		t.Fatal(err)
	}
	type entry struct {
		title           string
		upvotes, author int
		date            string
		links           []string
	}
	want := []entry{
		{"Privileged Teachers for Agents", 0, 2, "2024-10-07",
			[]string{"code https://github.com/teachlab/privileged", "paper https://huggingface.co/papers/2410.05434"}},
		{"Interactive Coding Benchmarks with Execution Feedback", 12, 4, "2023-06-26",
			[]string{"code https://github.com/codelab/interactive", "paper https://huggingface.co/papers/2306.14898"}},
		{"Soft Instruction Defense for Tool Agents", 5, -1, "2025-10-23",
			[]string{"code https://github.com/safelab/soft-defense", "org https://huggingface.co/safelab", "paper https://huggingface.co/papers/2510.21057"}},
	}
	var got []entry
	for _, e := range readFormat(t, "page.txt", string(src), FormatDaily) {
		links := urls(e)
		sort.Strings(links)
		got = append(got, entry{e.Title, e.Upvotes, e.Authors, e.Date, links})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %+v\nwant %+v", got, want)
	}
}
