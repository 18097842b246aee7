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
