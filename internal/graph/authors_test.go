package graph

import (
	"fmt"
	"math"
	"testing"

	"github.com/linkgraph/linkgraph/internal/extract"
)

func TestAuthorKey(t *testing.T) {
	for name, want := range map[string]string{
		"Sijia Liu": "sijia liu", " SIJIA  LIU.": "sijia liu", "Jean-Luc Picard": "jean luc picard",
		"Jörg Müller": "jörg müller", "S. Liu": "s liu", "Fan": "", "D'Angelo": "", "": "",
	} {
		if got := authorKey(name); got != want {
			t.Errorf("authorKey(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestSharedAuthors relates papers that share an author, more for more
// shared authors and less for a prolific one, names them, and draws an
// edge for each pair, but not for an author of more papers than the
// graph's bound; a name of one word ties nothing.
func TestSharedAuthors(t *testing.T) {
	named := func(id string, names ...string) *extract.Entry {
		e := entry(id, "Paper "+id, "", "")
		e.AuthorNames = names
		return e
	}
	es := []*extract.Entry{
		named("a", "Sijia Liu", "Jinghan Jia", "Yihua Zhang", "Fan"),
		named("b", "sijia liu", "Jinghan Jia"),
		named("c", "Yihua Zhang", "Fan"),
		named("d", "Fan"),
		named("e"),
	}
	ix := Build(es)
	got := map[string]Reason{}
	for _, r := range ix.Related(0, 10) {
		for _, why := range r.Reasons {
			got[es[r.Paper].ID] = why
		}
	}
	two := 0.5 * 2 / math.Log(3) // two shared authors of two papers each
	if r := got["b"]; r.Kind != KindSharedAuthor || r.Detail != "both by Sijia Liu, Jinghan Jia" || math.Abs(r.Weight-math.Min(0.85, two)) > 1e-9 {
		t.Errorf("a and b: %+v", r)
	}
	if r := got["c"]; r.Detail != "both by Yihua Zhang" || math.Abs(r.Weight-0.5/math.Log(3)) > 1e-9 {
		t.Errorf("a and c: %+v", r)
	}
	if _, ok := got["d"]; ok || len(got) != 2 {
		t.Errorf("related %v: want b and c alone (Fan is one word)", got)
	}

	gr, err := ix.Graph(Options{})
	if err != nil {
		t.Fatal(err)
	}
	edges := authorEdgeList(gr)
	if want := "[paper:a-paper:b paper:a-paper:c]"; edges != want {
		t.Errorf("shared-author edges %s, want %s", edges, want)
	}
	// An author of more papers than the bound joins none of them.
	gr, err = Build(es).Graph(Options{MaxAuthorClique: 1})
	if err != nil {
		t.Fatal(err)
	}
	if edges := authorEdgeList(gr); edges != "[]" {
		t.Errorf("shared-author edges past the bound: %s", edges)
	}
}

// TestProlificAuthorIsNoReason: an author of more papers than related
// lists ties none of them, where each tie would weigh almost nothing.
func TestProlificAuthorIsNoReason(t *testing.T) {
	var es []*extract.Entry
	for i := range maxRelatedAuthorPapers + 1 {
		e := entry(fmt.Sprint("p", i), "Paper", "", "")
		e.AuthorNames = []string{"Prolific Author"}
		es = append(es, e)
	}
	if rel := Build(es).Related(0, 10); len(rel) != 0 {
		t.Errorf("related through an author of %d papers: %+v", len(es), rel[0])
	}
	if rel := Build(es[:maxRelatedAuthorPapers]).Related(0, 10); len(rel) != 10 {
		t.Errorf("an author of %d papers ties %d, want 10 listed", maxRelatedAuthorPapers, len(rel))
	}
}

func authorEdgeList(gr *Graph) string {
	var out []string
	for _, e := range gr.Edges {
		if e.Kind == KindSharedAuthor {
			out = append(out, e.Source+"-"+e.Target)
		}
	}
	return fmt.Sprint(out)
}
