package extract

import (
	"bytes"
	"compress/gzip"
	"context"
	"net/url"
	"os"
	"strings"
	"testing"
	"unicode"
)

// checkLink asserts what every link linkgraph reports must be: an absolute
// http(s) URL that net/url parses, with a host.
func checkLink(t *testing.T, l Link) {
	t.Helper()
	u, err := url.Parse(l.URL)
	if err != nil {
		t.Fatalf("link %q does not parse: %v", l.URL, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || !u.IsAbs() {
		t.Fatalf("link %q is not an absolute http(s) URL", l.URL)
	}
	if l.Kind == "" || l.Host == "" {
		t.Fatalf("link %q has kind %q host %q", l.URL, l.Kind, l.Host)
	}
	// The keys worked out once are those worked out from scratch.
	bare := l
	bare.repoKey, bare.orgKey = "", ""
	if l.RepoKey() != bare.RepoKey() || l.OrgKey() != bare.OrgKey() {
		t.Fatalf("link %q: keys %q %q, from scratch %q %q", l.URL, l.RepoKey(), l.OrgKey(), bare.RepoKey(), bare.OrgKey())
	}
}

// checkEntry asserts what every entry a reader emits must be: a line to
// point at and well-formed links.
func checkEntry(t *testing.T, e *Entry) {
	t.Helper()
	if e.Source.Line < 1 {
		t.Fatalf("entry %q at line %d", e.Title, e.Source.Line)
	}
	for _, l := range e.Links {
		checkLink(t, l)
	}
}

func FuzzScanNormalize(f *testing.F) {
	for _, s := range []string{
		"Code: https://github.com/OPTML-Group/Unlearn-Sparse.",
		"available~https://anonymous.4open.science/r/BIB/README.md{here.}",
		"github.com/a/b.git www.x.org (https://x.y/z) [t](http://a.b/c)",
		"https://[::1]:80/x http://0x7f.1/ https://a.b:99999/",
		"HTTPS://GITHUB.COM/ORGS/X https://gitlab.com/a/b/c/-/tree/d",
		"https://GitHub.com/Ünï/x https://huggingface.co/Org/Model https://gitee.com/A/B https://codeberg.org/A",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, span := range ScanLinks(text) {
			if span.Start < 0 || span.Start+len(span.Raw) > len(text) || text[span.Start:span.Start+len(span.Raw)] != span.Raw {
				t.Fatalf("span %+v is not in the text", span)
			}
			if l, ok := Normalize(span.Raw); ok {
				checkLink(t, l)
			}
		}
		if l, ok := Normalize(text); ok {
			checkLink(t, l)
		}
	})
}

func FuzzRead(f *testing.F) {
	if seed, err := os.ReadFile("../../testdata/daily-papers.txt"); err == nil {
		f.Add(seed[:4096])
	}
	f.Add([]byte(chromeHead + "T\n\nA https://github.com/a/b.\n\n  • 4 authors\n·\nMar 11, 2024 4\n"))
	if seed, err := os.ReadFile("testdata/hf-saved-urls.txt"); err == nil {
		f.Add(seed)
	}
	f.Add([]byte("\ufeffT\r\n\r\n\xff\x00\r\n  • 1 author\r\nFeb 29\r\n"))
	// Compressed, and UTF-16 with a byte order mark.
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write([]byte("T\n\nA https://github.com/a/b.\n"))
	w.Close()
	f.Add(gz.Bytes())
	f.Add([]byte("\xff\xfeT\x00\n\x00\n\x00h\x00t\x00t\x00p\x00:\x00/\x00/\x00x\x00.\x00o\x00r\x00g\x00"))
	// Told by their content: reStructuredText and LaTeX.
	f.Add([]byte("T\n=\n\n* `A Title Here <https://arxiv.org/abs/2401.00001>`_ code_\n\n.. _code: https://github.com/a/b\n"))
	// Reading lists, titles first: a reference a line, and title, names, venue.
	f.Add([]byte("List\n\nSparse Things Learn Faster. Ann Smith and Bob Jones. ICML 2023. https://github.com/a/b\nDense things remember more. C. Lee et al. NeurIPS 2024. https://github.com/c/d\n"))
	f.Add([]byte("Sparse things learn faster\nAnn Smith*, Bob Jones\u2020\nICML 2023. https://github.com/a/b\n"))
	f.Add([]byte("Sparse Things - https://github.com/a/b\n- Dense things (https://x.org/a, https://y.org/b)\nThird One (arXiv:2302.09880)\n"))
	f.Add([]byte("Sparse Things\nhttps://github.com/a/b\n2. Dense things here\nhttps://x.org/a\nhttps://y.org/b\n"))
	f.Add([]byte("\\begin{thebibliography}{1}\n\\bibitem{k}\nA.~B.\n\\newblock Title.\n\\newblock \\url{https://github.com/a/b}, 2024.\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		x := New(Options{Year: 2024})
		seen := map[string]bool{}
		err := x.Read(context.Background(), "fuzz.txt", strings.NewReader(string(data)), func(e *Entry) error {
			if seen[e.ID] {
				t.Fatalf("id %q handed out twice", e.ID)
			}
			seen[e.ID] = true
			checkEntry(t, e)
			return nil
		}, func(error) {})
		if err != nil && len(seen) > 0 && !strings.Contains(err.Error(), "fuzz.txt") {
			t.Fatalf("error %v does not name the file", err)
		}
	})
}

// FuzzIndexCue checks the one-pass cue search against searching for each
// cue in turn: it returns where the first cue starts, or -1 when there is
// none.
func FuzzIndexCue(f *testing.F) {
	for _, s := range []string{"The code is available.", "we will release", "open-source", "xx oo ming soon", "ab ea rc cc be ub oo", "",
		"Code WILL BE shared upon ACCEPTANCE", "soon be", "We Make our", "wil\x00 will", "ssoon bee"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// The first cue, searched for one by one in the text with ASCII
		// capitals lowered.
		lower := []byte(s)
		for i, c := range lower {
			if 'A' <= c && c <= 'Z' {
				lower[i] = c + 'a' - 'A'
			}
		}
		want := -1
		for _, c := range cues {
			if i := strings.Index(string(lower), c.text); i >= 0 && (want < 0 || i < want) {
				want = i
			}
		}
		if got := indexCue(s); got != want {
			t.Fatalf("indexCue(%q) = %d, want %d", s, got, want)
		}
	})
}

// FuzzIndexWWW checks the one-pass search for "www." against two searches.
func FuzzIndexWWW(f *testing.F) {
	for _, s := range []string{"see www.x.org", "WWW.A.B and www.c", "wwww.", "ww.w.www", "...www"} {
		f.Add(s)
	}
	// Places on either side of the blocks of sixteen the amd64 search
	// tests at once, in mixed case first, which only the exact test turns
	// down, and at the very end.
	for pad := range 40 {
		f.Add(strings.Repeat("w.", pad/2) + strings.Repeat("x", pad%2) + "Www. wWW.www.")
		f.Add(strings.Repeat("y", pad) + "WWW.")
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Index(s, "www.")
		if up := strings.Index(s, "WWW."); up >= 0 && (want < 0 || up < want) {
			want = up
		}
		if got := indexWWW(s); got != want {
			t.Fatalf("indexWWW(%q) = %d, want %d", s, got, want)
		}
	})
}

// FuzzFieldsUpTo checks the allocation-free split of date lines against
// strings.Fields, on the ASCII text it is used for.
func FuzzFieldsUpTo(f *testing.F) {
	for _, s := range []string{"Mar 11, 2024 4", "  Jul\t31  2 ", "a b c d e f", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !isASCII(s) {
			return
		}
		var buf [5]string
		got := fieldsUpTo(s, buf[:0])
		want := strings.Fields(s)
		if len(want) > 5 {
			want = want[:5]
		}
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Fatalf("fieldsUpTo(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzSlugOfKey checks that the slug made from a title's paper key is the
// title's own slug.
func FuzzSlugOfKey(f *testing.F) {
	for _, s := range []string{"Lion: Symbolic Discovery", "", "!!!", "Ünïcode Tïtle — 2024",
		strings.Repeat("word ", 20), strings.Repeat("x", 70), strings.Repeat("é", 40), "a\xffb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, title string) {
		key := paperKey(&Entry{Title: title})
		if got, want := slugOfKey(key), Slug(title); got != want {
			t.Fatalf("slugOfKey(%q) = %q, Slug(%q) = %q", key, got, title, want)
		}
	})
}

// FuzzPlainGitHubLink checks the shortcut for plain GitHub links against
// reading the same text as a URL.
func FuzzPlainGitHubLink(f *testing.F) {
	for _, s := range []string{"https://github.com/OPTML-Group/Unlearn-Sparse.", "http://github.com/a/b.git",
		"https://github.com/orgs/x", "https://github.com/about", "https://github.com/a//b/", "https://github.com/a/b/tree/main/x",
		"https://github.com/-a/b", "https://github.com/a/.git", "https://github.com/a/b.git.git",
		"github.com/OPTML-Group/Unlearn-Sparse.", "github.com/orgs/x", "github.com/a/b/tree/main/x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		s := cleanRaw(raw)
		fast, ok := plainGitHubLink(raw, s)
		if !ok {
			return
		}
		slow, ok := normalizeURL(raw, s)
		if !ok || fast != slow {
			t.Fatalf("%q: shortcut %+v, as a URL %+v (%v)", raw, fast, slow, ok)
		}
	})
}

// FuzzTitleKey checks the byte-table title key against the rule it
// implements, read rune by rune.
func FuzzTitleKey(f *testing.F) {
	for _, s := range []string{"Lion: Symbolic Discovery", "", "  !!  ", "Ünïcode Tïtle — 2024", "a\xffb", "ȺB", "X_y-Z 9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, title string) {
		if got, want := titleKeyOf(title), titleKeyRule(title); got != want {
			t.Fatalf("titleKeyOf(%q) = %q, want %q", title, got, want)
		}
	})
}

// titleKeyRule is the title key's rule in its plainest form.
func titleKeyRule(title string) string {
	var words []string
	var word []rune
	for _, r := range title {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			word = append(word, unicode.ToLower(r))
			continue
		}
		if len(word) > 0 {
			words = append(words, string(word))
			word = word[:0]
		}
	}
	if len(word) > 0 {
		words = append(words, string(word))
	}
	return titleKeyPrefix + strings.Join(words, " ")
}

// FuzzHasSpaceRun checks the one-pass test for runs of white space against
// searching for each kind in turn.
func FuzzHasSpaceRun(f *testing.F) {
	for _, s := range []string{"Lion: Symbolic Discovery", "a  b", "a\tb", "a\u00a0b", "\u00c2\u00a0", "a\xc2", "a\r\nb", " ", "a\vb\fc", "\u00c2 ",
		"abcdefg  hijklmno", "abcdefgh ijklmnop", "abcdefg ijklmnop q", "abcdefgh abcdefg  x", "ab cd ef gh ij kl mn op"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Contains(s, "  ") || strings.ContainsAny(s, "\t\n\r\v\f") || strings.Contains(s, "\u00a0")
		if got := hasSpaceRun(s); got != want {
			t.Fatalf("hasSpaceRun(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzLinksOnly checks that a links-only read, which keeps stubs of the
// entries without links, finds the papers a full read merged finds with
// links: the same ids, titles, places and links.
func FuzzLinksOnly(f *testing.F) {
	entry := func(title, abstract string) string {
		return title + "\n\n" + abstract + "\n\n  • 2 authors\n·\nMar 11, 2024 4\n\n"
	}
	f.Add([]byte(chromeHead + entry("A", "none") + entry("B", "https://github.com/a/b") + entry("a!", "https://github.com/a/c") + entry("A", "x")))
	f.Add([]byte(`[{"paper_title": "A", "paper_arxiv_id": "2304.04934"}, {"paper_title": "B", "repo_url": "https://github.com/a/b"}, {"paper_title": "A", "paper_arxiv_id": "2304.04934", "repo_url": "https://github.com/a/a"}]`))
	if seed, err := os.ReadFile("../../testdata/daily-papers.txt"); err == nil {
		f.Add(seed[:4096])
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// Two files: papers merge across them.
		half := string(data[:len(data)/2])
		full, lean, fullErr, leanErr := readFullAndLean(t, "a.txt", string(data), "b.txt", half)
		if (fullErr == nil) != (leanErr == nil) {
			t.Fatalf("full read: %v; links-only: %v", fullErr, leanErr)
		}
		samePapers(t, lean, full)
	})
}

// FuzzTrimSpace checks trimSpace against strings.TrimSpace.
func FuzzTrimSpace(f *testing.F) {
	for _, s := range []string{"  • 4 authors", "·", " \u00a0x\u2003 ", "\u0085", "a\xff ", " \xe2\x80", "", "   ", "\t\n\v\f\r x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Fatalf("trimSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzTextCitation checks the reading of a plain-text reference, its
// authors first (textCitation) or either way (plainCitation): it never
// panics, and a title it finds is words of the reference, with names, and
// a year and a venue (citedVenueAfter) it finds are in it.
func FuzzTextCitation(f *testing.F) {
	f.Add("[1] A. Smith and B. Jones. Sparse things learn faster. In ICML, 2023. https://github.com/a/b")
	f.Add(`(3) E. Eff, F. Gee, and H. Aitch. "Quoted reference title here." NeurIPS 2022.`)
	f.Add("2. J.-P. Dupont, C. Dee, et al. Dense things remember more. arXiv:2401.00042, 2024.")
	f.Add("A. Smith and B. Jones. Sparse Machine Unlearning, 2023.")
	f.Add("D. Kim. Dense Things (2024a).")
	f.Add("Smith, A., Jones, B.: Title here. In: ICML, pp. 1–10 (2023).")
	f.Add("SMITH, A.; JONES, B. et al. Title here. Nature 1, 2 (2023).")
	f.Add("Smith A, Jones BC, et al. Title here. Lancet. 2022;1:2.")
	f.Add("A. Smith, B. Jones and C. Lee, Title here, J. Mach. Learn. Res. 12 (2023) 1–10.")
	f.Add("Model Sparsity Can Simplify Machine Unlearning. Jinghan Jia, Jiancheng Liu, and Sijia Liu. NeurIPS 2023.")
	f.Add("Sparse things learn faster. A. Smith et al. In ICML, 2023. https://github.com/a/b")
	f.Fuzz(func(t *testing.T, s string) {
		for _, read := range []func(string) (string, []string, bool, string){textCitation, plainCitation} {
			title, names, _, year := read(s)
			if title == "" {
				continue
			}
			if year != "" && !strings.Contains(s, year) {
				t.Errorf("year %q is not in %q", year, s)
			}
			if !strings.Contains(collapseSpace(s), title) {
				t.Errorf("title %q is not in %q", title, s)
			}
			if len(names) == 0 {
				t.Errorf("title %q without names", title)
			}
			if venue := citedVenueAfter(s, title); venue != "" && !strings.Contains(collapseSpace(s), venue) {
				t.Errorf("venue %q is not in %q", venue, s)
			}
		}
	})
}

// fuzzRead reads src as a listing of the given format: no panic, every
// entry well made (checkEntry), and every entry at a line of the text.
func fuzzRead(t *testing.T, format Format, name, src string) {
	lines := 1 + strings.Count(src, "\n")
	New(Options{Format: format}).Read(context.Background(), name, strings.NewReader(src),
		func(e *Entry) error {
			checkEntry(t, e)
			if e.Source.Line < 1 || e.Source.Line > lines {
				t.Errorf("%q at line %d of %d", e.Title, e.Source.Line, lines)
			}
			return nil
		}, func(error) {})
}
