package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/linkgraph/linkgraph/internal/extract"
	"github.com/linkgraph/linkgraph/internal/graph"
)

// The orgs table is made in parts on several cores: whatever the parts, it
// reads as one, owner after owner in order, a blank line between them.
func TestOrgsTable(t *testing.T) {
	entries := []*extract.Entry{{Title: "First paper"}, {Title: "Second \x1b[31m paper"}, {Title: strings.Repeat("Long ", 30)}}
	orgs := []*graph.Org{
		{Name: "github.com/OPTML-Group", Papers: []int{0, 1, 2}, Repos: []string{"https://github.com/OPTML-Group/a", "https://github.com/OPTML-Group/b"}},
		{Name: "github.com/solo", Papers: []int{1}, Repos: []string{"https://github.com/solo/x"}},
		{Name: "gitlab.com/team", Papers: []int{0, 2}},
	}
	want := `github.com/OPTML-Group  3 papers, 2 repositories
  First paper
  Second ?[31m paper
  ` + strings.Repeat("Long ", 17) + `Lo…
    https://github.com/OPTML-Group/a
    https://github.com/OPTML-Group/b

github.com/solo  1 paper, 1 repository
  Second ?[31m paper
    https://github.com/solo/x

gitlab.com/team  2 papers, 0 repositories
  First paper
  ` + strings.Repeat("Long ", 17) + `Lo…
`
	var b strings.Builder
	w := bufio.NewWriter(&b)
	if err := writeOrgsTable(w, orgs, entries); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	if b.String() != want {
		t.Fatalf("table:\n%s\nwant:\n%s", b.String(), want)
	}
	for n := 1; n <= 5; n++ {
		parts := splitOrgs(orgs, n)
		if len(parts) > n {
			t.Fatalf("%d parts for %d cores", len(parts), n)
		}
		var got []string
		for _, p := range parts {
			if len(p) == 0 {
				t.Fatalf("an empty part of %d", n)
			}
			for _, o := range p {
				got = append(got, o.Name)
			}
		}
		if fmt.Sprint(got) != "[github.com/OPTML-Group github.com/solo gitlab.com/team]" {
			t.Fatalf("%d parts hold %v", n, got)
		}
	}
}

// inputBytes counts regular files only: not standard input, nor a
// directory, nor a file that is not there.
func TestInputBytes(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	if err := os.WriteFile(a, make([]byte, 1000), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, make([]byte, 24), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := inputBytes([]string{a, "-", dir, filepath.Join(dir, "missing"), b}); got != 1024 {
		t.Fatalf("inputBytes = %d, want 1024", got)
	}
}
