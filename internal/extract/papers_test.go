package extract

import (
	"context"
	"strings"
	"testing"
)

// readFullAndLean reads the listings (name, text pairs) in one run each way: in
// full, merged as Merge merges, keeping the papers with links; and
// links-only. Both runs' errors are returned.
func readFullAndLean(t *testing.T, listings ...string) (full, lean []*Entry, fullErr, leanErr error) {
	t.Helper()
	read := func(opts Options) ([]*Entry, error) {
		x := New(opts)
		var entries []*Entry
		var err error
		for i := 0; i+1 < len(listings); i += 2 {
			if e := x.Read(context.Background(), listings[i], strings.NewReader(listings[i+1]),
				func(e *Entry) error { entries = append(entries, e); return nil }, func(error) {}); e != nil && err == nil {
				err = e
			}
		}
		if opts.LinksOnly {
			return x.Papers(), err
		}
		return withLinks(Merge(entries)), err
	}
	full, fullErr = read(Options{Year: 2024})
	lean, leanErr = read(Options{Year: 2024, LinksOnly: true})
	// Without ids, the papers are the same but for their ids.
	noIDs, noIDsErr := read(Options{Year: 2024, LinksOnly: true, NoIDs: true})
	if (noIDsErr == nil) != (leanErr == nil) {
		t.Fatalf("links-only: %v; without ids: %v", leanErr, noIDsErr)
	}
	if len(noIDs) != len(lean) {
		t.Fatalf("%d papers without ids, %d with", len(noIDs), len(lean))
	}
	withIDs := make([]*Entry, len(noIDs))
	for i, e := range noIDs {
		if e.ID != "" {
			t.Fatalf("paper %q has id %q, read with NoIDs", e.Title, e.ID)
		}
		c := *e
		c.ID = lean[i].ID
		withIDs[i] = &c
	}
	samePapers(t, withIDs, lean)
	return full, lean, fullErr, leanErr
}

// samePapers fails t unless a links-only read's papers are a full read's
// merged papers with links: the same ids, titles, places, arXiv ids and
// links, in the same order.
func samePapers(t *testing.T, lean, full []*Entry) {
	t.Helper()
	if len(lean) != len(full) {
		t.Fatalf("%d papers links-only, %d in full:\n%s\n%s", len(lean), len(full), paperList(lean), paperList(full))
	}
	for i, e := range lean {
		f := full[i]
		if e.ID != f.ID || e.Title != f.Title || e.Source != f.Source || e.ArxivID != f.ArxivID {
			t.Fatalf("paper %d: links-only %q %q %v %q, full %q %q %v %q", i, e.ID, e.Title, e.Source, e.ArxivID, f.ID, f.Title, f.Source, f.ArxivID)
		}
		if len(e.Links) != len(f.Links) {
			t.Fatalf("paper %q: %d links links-only, %d in full", e.Title, len(e.Links), len(f.Links))
		}
		for j := range e.Links {
			if e.Links[j] != f.Links[j] {
				t.Fatalf("paper %q link %d: %+v, full %+v", e.Title, j, e.Links[j], f.Links[j])
			}
		}
		if e.CodeStatus != CodeLinked && e.CodeStatus != CodeNone {
			t.Fatalf("paper %q: code status %q links-only", e.Title, e.CodeStatus)
		}
	}
}

func paperList(entries []*Entry) string {
	var b strings.Builder
	for _, e := range entries {
		b.WriteString(e.ID + " " + e.Title + "\n")
	}
	return b.String()
}

// A paper read first without links and then with them is known by its
// first entry's title, id and place, as when merged; entries without links
// take their ids in turn, so that later ones get the same suffixes.
func TestLinksOnlyMergesAsMerge(t *testing.T) {
	entry := func(title, abstract string) string {
		return title + "\n\n" + abstract + "\n\n  • 2 authors\n·\nMar 11, 2024 4\n\n"
	}
	daily := chromeHead +
		entry("Sparse Priors", "No code here.") + // a stub, then linked below
		entry("Dense Things", "Code: https://github.com/acme/dense.") +
		entry("sparse priors!", "Code at https://github.com/acme/sparse.") + // the same paper
		entry("Dense Things", "Also https://gitlab.com/team/dense.") + // merged into a paper
		entry("Lonely", "Nothing.") + // a stub that stays one
		entry("Lonely", "Nothing again.") +
		entry("Lonely", "Now https://github.com/acme/lonely.") + // id lonely-3, merged into the first
		entry("Other", "Nothing.") +
		entry("Other Two", "Code: https://github.com/acme/other-two.")
	second := chromeHead +
		entry("Other", "https://github.com/acme/other.") + // merged into the first file's stub
		entry("Sparse Priors", "More: https://github.com/acme/sparse2.")
	full, lean, fullErr, leanErr := readFullAndLean(t, "a.txt", daily, "b.txt", second)
	if fullErr != nil || leanErr != nil {
		t.Fatal(fullErr, leanErr)
	}
	samePapers(t, lean, full)
	want := []string{"sparse-priors Sparse Priors", "dense-things Dense Things", "lonely Lonely", "other Other", "other-two Other Two"}
	if got := strings.Split(strings.TrimSpace(paperList(lean)), "\n"); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("papers:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if n := len(lean[0].Links); n != 2 {
		t.Errorf("Sparse Priors has %d links, want 2 (one from each file)", n)
	}
	if lean[3].Source.File != "a.txt" {
		t.Errorf("Other is placed at %v, want its first entry's, in a.txt", lean[3].Source)
	}
}

// The formats read through the batch pipeline keep stubs too, and a stub
// with an arXiv id ties its title to the paper of that id, as Merge ties
// them: here a Papers with Code row without links names paper 2304.04934
// "Beta Renamed", and a Daily Papers entry of that title joins the paper.
func TestLinksOnlyMergesThroughStubs(t *testing.T) {
	pwc := `[
{"paper_title": "Alpha Title", "paper_arxiv_id": "2304.04934", "paper_url_abs": "https://arxiv.org/abs/2304.04934", "repo_url": "https://github.com/a/alpha"},
{"paper_title": "Gamma", "paper_arxiv_id": null, "repo_url": "https://github.com/g/gamma"},
{"paper_title": "Beta Renamed", "paper_arxiv_id": "2304.04934"},
{"paper_title": "Delta", "paper_arxiv_id": "2401.00001"}
]`
	daily := chromeHead + "Not linked\n\nNo code.\n\n  • 2 authors\n·\nMar 11, 2024 4\n\n" +
		"Beta renamed\n\nCode: https://github.com/b/beta.\n\n  • 2 authors\n·\nMar 11, 2024 4\n\n" +
		"Delta\n\nCode: https://github.com/d/delta.\n\n  • 2 authors\n·\nMar 11, 2024 4\n\n" +
		"not linked!\n\nCode: https://github.com/x/notlinked.\n\n  • 2 authors\n·\nMar 11, 2024 4\n\n"
	full, lean, fullErr, leanErr := readFullAndLean(t, "links.json", pwc, "daily.txt", daily)
	if fullErr != nil || leanErr != nil {
		t.Fatal(fullErr, leanErr)
	}
	samePapers(t, lean, full)
	want := "2304.04934 Alpha Title\ngamma Gamma\n2401.00001 Delta\nnot-linked Not linked\n"
	if got := paperList(lean); got != want {
		t.Fatalf("papers:\n%s\nwant:\n%s", got, want)
	}
	if n := len(lean[0].Links); n != 3 {
		t.Errorf("paper 2304.04934 has %d links, want 3 (its own two and Beta renamed's)", n)
	}
}

// A links-only read keeps its papers, so Transient, which would let it
// reuse their memory, does not apply to it.
func TestLinksOnlyIgnoresTransient(t *testing.T) {
	defer func(c int) { chunkBytes = c }(chunkBytes)
	chunkBytes = 512 // many chunks, whose memory a transient read reuses
	want := readSample(t, Options{LinksOnly: true})
	got := readSample(t, Options{LinksOnly: true, Transient: true})
	samePapers(t, got, want)
}
