package main

import (
	"bytes"
	"slices"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/linkgraph/linkgraph/internal/extract"
	"github.com/linkgraph/linkgraph/internal/linkcheck"
)

// TestCheckMarkdownLinks renders a report as GitHub would (goldmark with
// its GFM extensions) and checks that every link points where the result
// says, whatever its URL holds, and that every row keeps its four cells.
func TestCheckMarkdownLinks(t *testing.T) {
	results := []linkcheck.Result{
		{URL: "https://github.com/owner/deep_regression_unlearning", Status: linkcheck.StatusDead, Detail: "Not Found"},
		{URL: "https://github.com/a/b*c_d", Status: linkcheck.StatusMoved, FinalURL: "https://github.com/new_owner/b_c", Detail: "now new_owner/b_c"},
		{URL: "https://example.org/x|y z>w", Status: linkcheck.StatusUnknown, Detail: "HTTP 500 | <b>"},
		{URL: "javascript:alert(1)", Status: linkcheck.StatusBlocked, Detail: "non-http(s) scheme javascript"},
	}
	targets := map[string]*checkTarget{}
	for _, r := range results {
		targets[r.URL] = &checkTarget{url: r.URL, papers: []paperRef{{Title: "A_paper | with *marks*"}}}
	}
	var buf bytes.Buffer
	writeCheckMarkdown(&buf, results, targets)
	src := buf.Bytes()
	doc := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser().Parse(text.NewReader(src))

	var links []string
	var rows []int
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.AutoLink:
			links = append(links, string(n.URL(src)))
		case *ast.Link:
			links = append(links, string(n.Destination))
		case *east.TableRow:
			rows = append(rows, n.ChildCount())
		}
		return ast.WalkContinue, nil
	})
	want := []string{
		"https://github.com/owner/deep_regression_unlearning",
		"https://github.com/a/b*c_d", "https://github.com/new_owner/b_c",
		"https://example.org/x%7Cy%20z%3Ew",
	}
	slices.Sort(links)
	slices.Sort(want)
	if !slices.Equal(links, want) {
		t.Errorf("links in the report:\n%q\nwant\n%q\nreport:\n%s", links, want, src)
	}
	if len(rows) != len(results) || slices.ContainsFunc(rows, func(n int) bool { return n != 4 }) {
		t.Errorf("rows have %v cells, want %d rows of 4; report:\n%s", rows, len(results), src)
	}
}

// TestGitHubAnnotationEscapes keeps a file name or message from ending a
// workflow command early or starting another.
func TestGitHubAnnotationEscapes(t *testing.T) {
	if got, want := ghProperty("lists/a:b,c%.md"), "lists/a%3Ab%2Cc%25.md"; got != want {
		t.Errorf("ghProperty = %q, want %q", got, want)
	}
	if got, want := ghData("dead (50% sure)\n::error::x\r"), "dead (50%25 sure)%0A::error::x%0D"; got != want {
		t.Errorf("ghData = %q, want %q", got, want)
	}
	var buf bytes.Buffer
	results := []linkcheck.Result{{URL: "https://github.com/a/b", Status: linkcheck.StatusDead, Detail: "Not Found"}}
	targets := map[string]*checkTarget{"https://github.com/a/b": {sources: []extract.Source{{File: "a,b.md", Line: 3}, {File: "-", Line: 9}}}}
	writeCheckGitHub(&buf, results, targets, map[linkcheck.Status]bool{linkcheck.StatusDead: true})
	want := "::error file=a%2Cb.md,line=3,title=linkgraph%3A dead link::https://github.com/a/b is dead (Not Found)\n" +
		"::error title=linkgraph%3A dead link::https://github.com/a/b is dead (Not Found)\n" +
		"1 link checked: 1 dead (0 from cache)\n"
	if buf.String() != want {
		t.Errorf("annotations:\n%s\nwant\n%s", buf.String(), want)
	}
}
