package extract

import (
	"context"
	"os"
	"strings"
	"testing"
)

// TestSampleListing checks the shipped Daily Papers page against what a
// reader of it counts by hand.
func TestSampleListing(t *testing.T) {
	f, err := os.Open("../../testdata/daily-papers.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var entries []*Entry
	var problems []error
	err = New(Options{}).Read(context.Background(), "daily-papers.txt", f,
		func(e *Entry) error { entries = append(entries, e); return nil },
		func(err error) { problems = append(problems, err) })
	if err != nil || len(problems) > 0 {
		t.Fatalf("Read: %v, problems %v", err, problems)
	}
	if len(entries) != 59 {
		t.Errorf("got %d entries, want 59", len(entries))
	}
	byTitle := map[string]*Entry{}
	hosts := map[string]int{}
	owners := map[string]int{}
	code := 0
	for _, e := range entries {
		byTitle[e.Title] = e
		if e.Title == "" || strings.Contains(e.Title, "\n") {
			t.Errorf("bad title %q", e.Title)
		}
		for _, l := range e.Links {
			for _, bad := range []string{".", ".git", "{here.}", "/"} {
				if strings.HasSuffix(l.URL, bad) {
					t.Errorf("link %q ends in %q", l.URL, bad)
				}
			}
			if l.Kind == KindCode {
				code++
				hosts[l.Host]++
				owners[l.Owner]++
			}
		}
	}
	if code != 16 || hosts["github.com"] != 15 || hosts["anonymous.4open.science"] != 1 {
		t.Errorf("code links: %d in all, by host %v; want 16: 15 github.com, 1 anonymous.4open.science", code, hosts)
	}
	if owners["OPTML-Group"] != 3 || owners["cuong-dm"] != 2 {
		t.Errorf("owners %v: want OPTML-Group 3, cuong-dm 2", owners)
	}
	checks := []struct {
		title string
		check func(*Entry) bool
		what  string
	}{
		{"Symbolic Discovery of Optimization Algorithms", func(e *Entry) bool { return e.CodeStatus == CodeClaimed }, "code_status claimed"},
		{"Adding NVMe SSDs to Enable and Accelerate 100B Model Fine-tuning on a Single GPU", func(e *Entry) bool { return e.Upvotes == 4 && e.Date == "2024-03-11" && e.Authors == 7 }, "4 upvotes, 7 authors, 2024-03-11"},
		{"Bidirectional Learning for Offline Model-based Biological Sequence Design", func(e *Entry) bool {
			return len(e.Links) == 1 && e.Links[0].URL == "https://anonymous.4open.science/r/BIB-ICLR2023-Submission" && e.Links[0].Path == "/README.md"
		}, "the anonymous repository, README.md as its path"},
		{"Natural GaLore: Accelerating GaLore for memory-efficient LLM Training and Fine-tuning", func(e *Entry) bool {
			return len(e.Links) == 1 && e.Links[0].URL == "https://github.com/selfsupervised-ai/Natural-GaLore"
		}, "the repository without .git"},
		{"Efficient Machine Unlearning via Influence Approximation", func(e *Entry) bool { return e.DateText == "Jul 31" && e.Date == "" && e.Upvotes == 2 }, "Jul 31, no year, 2 upvotes"},
	}
	for _, c := range checks {
		e := byTitle[c.title]
		if e == nil {
			t.Errorf("no entry %q", c.title)
			continue
		}
		if !c.check(e) {
			t.Errorf("%q: want %s; got %+v", c.title, c.what, *e)
		}
	}
}

// readSample reads the shipped Daily Papers page with opts.
func readSample(t *testing.T, opts Options) []*Entry {
	t.Helper()
	data, err := os.ReadFile("../../testdata/daily-papers.txt")
	if err != nil {
		t.Fatal(err)
	}
	entries, _, err := readAll(t, string(data), opts)
	if err != nil {
		t.Fatal(err)
	}
	return entries
}

// withLinks keeps the entries that have links.
func withLinks(entries []*Entry) []*Entry {
	var out []*Entry
	for _, e := range entries {
		if len(e.Links) > 0 {
			out = append(out, e)
		}
	}
	return out
}
