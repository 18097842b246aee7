package render

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/linkgraph/linkgraph/internal/extract"
	"github.com/linkgraph/linkgraph/internal/graph"
)

// htmlPage draws drawn with Graphviz and wraps it in the viewer's page;
// all is what drawn was thinned from, or nil.
func htmlPage(t *testing.T, drawn, all *graph.Graph, papers []*extract.Entry, opts MapOptions) []byte {
	t.Helper()
	var dot, svg, page bytes.Buffer
	if err := DOT(&dot, drawn, papers, opts); err != nil {
		t.Fatal(err)
	}
	if err := Draw(context.Background(), &svg, dot.Bytes(), "dot", FormatSVG, EngineWASM); err != nil {
		t.Fatal(err)
	}
	if err := HTML(&page, svg.Bytes(), drawn, all, papers, opts); err != nil {
		t.Fatal(err)
	}
	return page.Bytes()
}

// parsedPage is what a browser would find in a page: its elements by
// name, the title's text, the viewer's data, and the SVG's node and edge
// groups by their titles.
type parsedPage struct {
	count      map[string]int
	title      string
	data       viewerData
	svgNodes   map[string]bool
	svgEdges   map[string]bool
	dataScript string
	counts     string
}

func parsePage(t *testing.T, page []byte) parsedPage {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	p := parsedPage{count: map[string]int{}, svgNodes: map[string]bool{}, svgEdges: map[string]bool{}}
	text := func(n *html.Node) string {
		var b strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			}
		}
		return b.String()
	}
	attr := func(n *html.Node, key string) string {
		for _, a := range n.Attr {
			if a.Key == key {
				return a.Val
			}
		}
		return ""
	}
	var walk func(n *html.Node, inSVG bool)
	walk = func(n *html.Node, inSVG bool) {
		if n.Type == html.ElementNode {
			p.count[n.Data]++
			switch {
			case n.Data == "svg":
				inSVG = true
			case n.Data == "title" && !inSVG:
				p.title = text(n)
			case n.Data == "script" && attr(n, "id") == "data":
				p.dataScript = text(n)
			case n.Data == "p" && attr(n, "id") == "counts":
				p.counts = text(n)
			case n.Data == "g" && (attr(n, "class") == "node" || attr(n, "class") == "edge"):
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.ElementNode && c.Data == "title" {
						if attr(n, "class") == "node" {
							p.svgNodes[text(c)] = true
						} else {
							p.svgEdges[text(c)] = true
						}
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inSVG)
		}
	}
	walk(doc, false)
	if err := json.Unmarshal([]byte(p.dataScript), &p.data); err != nil {
		t.Fatalf("the viewer's data is not JSON: %v", err)
	}
	return p
}

// TestHTMLHostileTitlesStayText: a page of hostile titles, authors, links
// and map title holds only the viewer's own two scripts and no markup from
// the listing, and gives back every title as it was written.
func TestHTMLHostileTitlesStayText(t *testing.T) {
	g, es := hostileIndex(t)
	title := `</title><script>alert("t")</script> & map`
	page := htmlPage(t, g, nil, es, MapOptions{Title: title})
	p := parsePage(t, page)
	if p.count["script"] != 2 {
		t.Errorf("%d script elements, want the viewer's 2", p.count["script"])
	}
	if p.count["b"] != 0 {
		t.Error("a <b> from a title became an element")
	}
	if p.title != title {
		t.Errorf("page title %q, want %q", p.title, title)
	}
	if strings.Contains(p.dataScript, "<") || strings.Contains(p.dataScript, ">") {
		t.Error("the viewer's data holds a raw < or >, which could end its script")
	}
	labels := map[string]bool{}
	for _, n := range p.data.Nodes {
		labels[n.Label] = true
		if n.URL != "" && !strings.HasPrefix(n.URL, "https://") && !strings.HasPrefix(n.URL, "http://") {
			t.Errorf("node %s links %q", n.ID, n.URL)
		}
	}
	for _, e := range es {
		if !labels[e.Title] {
			t.Errorf("title %q is not in the viewer's data as written", e.Title)
		}
	}
	if !strings.Contains(p.dataScript, `\u003cscript\u003ealert(2)\u003c/script\u003e Smith`) {
		t.Error("an author's name is not in the data, escaped")
	}
}

// TestHTMLMatchesDrawing: on the sample, the viewer knows every node and
// relationship the SVG draws, by the titles of their groups, and no other;
// a paper's panel has its whole title, date and abstract; the page is the
// same every time.
func TestHTMLMatchesDrawing(t *testing.T) {
	g, ix := readListing(t, "daily-papers.txt")
	page := htmlPage(t, g, nil, ix.Papers, MapOptions{})
	p := parsePage(t, page)
	if p.title != "linkgraph map" {
		t.Errorf("page title %q, want the default", p.title)
	}
	if p.count["svg"] != 1 || bytes.Contains(page, []byte("<?xml")) || bytes.Contains(page, []byte("<!DOCTYPE svg")) {
		t.Error("the page does not hold exactly one SVG, without its XML prologue")
	}
	ids := map[string]bool{}
	for _, n := range p.data.Nodes {
		ids[n.ID] = true
		if !p.svgNodes[n.ID] {
			t.Errorf("node %s is in the data but not drawn", n.ID)
		}
	}
	for id := range p.svgNodes {
		if !ids[id] && id != "legend" {
			t.Errorf("node %s is drawn but not in the data", id)
		}
	}
	if len(p.data.Nodes) != len(g.Nodes) || len(p.data.Edges) != len(g.Edges) {
		t.Errorf("data has %d nodes and %d edges, the graph %d and %d", len(p.data.Nodes), len(p.data.Edges), len(g.Nodes), len(g.Edges))
	}
	drawn := map[string]bool{}
	for i, e := range p.data.Edges {
		if w := e[5].(float64); math.Abs(w-g.Edges[i].Weight) > 0.0005 {
			t.Errorf("edge %d weighs %v in the data, %v in the graph", i, w, g.Edges[i].Weight)
		}
		s, tg := int(e[0].(float64)), int(e[1].(float64))
		key := p.data.Nodes[s].ID + "->" + p.data.Nodes[tg].ID
		drawn[key] = true
		if !p.svgEdges[key] {
			t.Errorf("relationship %s (%v) is in the data but not drawn", key, e[2])
		}
	}
	for key := range p.svgEdges {
		if !drawn[key] {
			t.Errorf("edge %s is drawn but not in the data", key)
		}
	}
	var forgets *viewerNode
	for i, n := range p.data.Nodes {
		if strings.HasPrefix(n.Label, "Challenging Forgets") {
			forgets = &p.data.Nodes[i]
		}
	}
	switch {
	case forgets == nil:
		t.Fatal("no node for Challenging Forgets")
	case forgets.Label != "Challenging Forgets: Unveiling the Worst-Case Forget Sets in Machine Unlearning":
		t.Errorf("label %q, want the whole title", forgets.Label)
	case len(forgets.Details) == 0 || !strings.HasPrefix(forgets.Details[len(forgets.Details)-1], "2024-03-12"):
		t.Errorf("details %q, want the date", forgets.Details)
	case forgets.Year != 2024:
		t.Errorf("year %d, want 2024", forgets.Year)
	case len(forgets.Links) == 0 || forgets.Links[len(forgets.Links)-1] != [2]string{"code", "https://github.com/OPTML-Group/Unlearn-WorstCase"}:
		t.Errorf("links %q, want the code's last", forgets.Links)
	case !strings.HasPrefix(forgets.Abstract, "The trustworthy machine learning (ML) community") || !strings.HasSuffix(forgets.Abstract, " …") || len(forgets.Abstract) > htmlAbstract+len(" …"):
		t.Errorf("abstract %q, want its first %d bytes cut at a word", forgets.Abstract, htmlAbstract)
	}
	if again := htmlPage(t, g, nil, ix.Papers, MapOptions{}); !bytes.Equal(page, again) {
		t.Error("the same map gave two different pages")
	}
}

func TestHTMLNeedsSVG(t *testing.T) {
	g, es := hostileIndex(t)
	if err := HTML(&bytes.Buffer{}, []byte("\x89PNG"), g, nil, es, MapOptions{}); err == nil {
		t.Error("HTML took a PNG as the drawing")
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"one two three four", 12, "one two …"},
		{"αβγδεζηθικλμ", 7, "αβγ …"}, // no space: cut between runes
	}
	for _, tt := range tests {
		if got := clip(tt.in, tt.n); got != tt.want {
			t.Errorf("clip(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

// TestHTMLDetailsOfCodeAndOwners: a repository's panel says what `linkgraph
// check` found of it, an owner's how many papers on the map it holds the
// code of.
func TestHTMLDetailsOfCodeAndOwners(t *testing.T) {
	g, ix := codeMap(t, "https://github.com/lab/one", "https://github.com/lab/two", "https://github.com/solo/three")
	opts := MapOptions{Status: map[string]LinkStatus{
		"https://github.com/lab/one": {Status: "moved", FinalURL: "https://github.com/lab/uno"},
		"https://github.com/lab/two": {Status: "dead", Detail: "404 Not Found"},
	}}
	details := map[string]string{}
	for _, n := range parsePage(t, htmlPage(t, g, nil, ix.Papers, opts)).data.Nodes {
		details[n.ID] = strings.Join(n.Details, "|")
	}
	want := map[string]string{
		"repo:github.com/lab/one":    "checked: moved: now https://github.com/lab/uno",
		"repo:github.com/lab/two":    "checked: dead: 404 Not Found",
		"repo:github.com/solo/three": "",
		"org:github.com/lab":         "code of 2 papers on this map",
		"org:github.com/solo":        "code of 1 paper on this map",
	}
	for id, w := range want {
		if got, ok := details[id]; !ok || got != w {
			t.Errorf("%s: details %q, want %q", id, got, w)
		}
	}
}

// TestHTMLListsTiesNotDrawn: of a lab's seven papers, all by the same
// authors, the map draws each paper's strongest few ties; the viewer knows
// them all, and marks as drawn exactly those the SVG draws.
func TestHTMLListsTiesNotDrawn(t *testing.T) {
	var es []*extract.Entry
	for i := range 7 {
		es = append(es, &extract.Entry{ID: "lab" + strconv.Itoa(i), Title: "Lab paper " + strconv.Itoa(i), Authors: 2,
			AuthorNames: []string{"Ada Lovelace", "Charles Babbage"}})
	}
	ix := graph.Build(es)
	all, err := ix.Graph(graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	drawn := all.ThinTies(3, "")
	if len(drawn.Edges) >= len(all.Edges) {
		t.Fatalf("thinning kept %d of %d ties", len(drawn.Edges), len(all.Edges))
	}
	p := parsePage(t, htmlPage(t, drawn, all, ix.Papers, MapOptions{}))
	if len(p.data.Edges) != len(all.Edges) {
		t.Errorf("the viewer knows %d ties, want all %d", len(p.data.Edges), len(all.Edges))
	}
	if want := "7 papers · 0 repositories · 0 owners · 21 relationships, 13 drawn"; p.counts != want {
		t.Errorf("counts %q, want %q", p.counts, want)
	}
	marked := map[string]bool{}
	for _, e := range p.data.Edges {
		if e[4].(float64) == 1 {
			marked[p.data.Nodes[int(e[0].(float64))].ID+"->"+p.data.Nodes[int(e[1].(float64))].ID] = true
		}
	}
	if len(marked) != len(drawn.Edges) || len(p.svgEdges) != len(drawn.Edges) {
		t.Errorf("%d ties marked drawn, %d drawn in the SVG, want %d", len(marked), len(p.svgEdges), len(drawn.Edges))
	}
	for key := range p.svgEdges {
		if !marked[key] {
			t.Errorf("%s is drawn but not marked so", key)
		}
	}
}

// TestHTMLOpensOnFocus: a map drawn around one paper (--focus) opens on
// it; any other map on nothing.
func TestHTMLOpensOnFocus(t *testing.T) {
	g, ix := codeMap(t, "https://github.com/lab/one", "https://github.com/lab/two")
	for _, focus := range []string{"paper:p1", ""} {
		p := parsePage(t, htmlPage(t, g, nil, ix.Papers, MapOptions{Focus: focus}))
		got := ""
		if p.data.Focus >= 0 {
			got = p.data.Nodes[p.data.Focus].ID
		}
		if got != focus {
			t.Errorf("focus %q: the page opens on %q", focus, got)
		}
	}
}

// FuzzMapPage: whatever a listing's titles, names and a map's title hold,
// the page has the same elements as a page of plain ones (listing text
// never becomes markup), and the viewer's data gives each title back.
func FuzzMapPage(f *testing.F) {
	f.Add("map", "A paper", "Ada Lovelace")
	f.Add(`</title><script>alert(1)</script>`, `</script><script>alert(2)</script>`, `<img src=x onerror=alert(3)>`)
	f.Add("\x00\r\n<!--", "]]><![CDATA[", "\xff\xfe&amp;&#x3c;")
	svg := []byte(`<svg viewBox="0 0 10 10"><g id="node1" class="node"><title>legend</title></g></svg>`)
	page := func(t *testing.T, title, paper, author string) parsedPage {
		es := []*extract.Entry{
			{ID: "a", Title: paper, Authors: 1, AuthorNames: []string{author}},
			{ID: "b", Title: paper + " again", Authors: 1, AuthorNames: []string{author}},
		}
		ix := graph.Build(es)
		g, err := ix.Graph(graph.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := HTML(&b, svg, g, nil, ix.Papers, MapOptions{Title: title}); err != nil {
			t.Fatal(err)
		}
		return parsePage(t, b.Bytes())
	}
	plain := func(t *testing.T) map[string]int { return page(t, "map", "A paper", "Ada Lovelace").count }
	f.Fuzz(func(t *testing.T, title, paper, author string) {
		p := page(t, title, paper, author)
		want := plain(t)
		for name, n := range want {
			if p.count[name] != n {
				t.Errorf("%d <%s> elements, want %d", p.count[name], name, n)
			}
		}
		for name := range p.count {
			if _, ok := want[name]; !ok {
				t.Errorf("a <%s> element from the listing's text", name)
			}
		}
		// As JSON gives text back: each byte that is not UTF-8 a U+FFFD.
		asJSON := func(s string) string {
			b, _ := json.Marshal(s)
			var back string
			json.Unmarshal(b, &back)
			return back
		}
		for _, n := range p.data.Nodes {
			if n.Kind == graph.NodePaper && n.Label != asJSON(paper) && n.Label != asJSON(paper+" again") {
				t.Errorf("paper label %q, want %q", n.Label, paper)
			}
		}
	})
}

// TestAuthorsLine: the panel names up to 12 authors and says "et al." when
// they are not all, as a list's "Marchant et al." gives one name of an
// unknown number.
func TestAuthorsLine(t *testing.T) {
	names := func(n int) []string {
		var s []string
		for i := range n {
			s = append(s, "A"+strconv.Itoa(i))
		}
		return s
	}
	tests := []struct {
		names   []string
		authors int
		want    string
	}{
		{nil, 3, ""},
		{[]string{"Marchant"}, -1, "Marchant et al."},
		{[]string{"Ada Lovelace", "Alan Turing"}, 2, "Ada Lovelace, Alan Turing"},
		{names(13), 13, strings.Join(names(12), ", ") + " et al."},
		{names(12), 12, strings.Join(names(12), ", ")},
	}
	for _, tt := range tests {
		e := &extract.Entry{AuthorNames: tt.names, Authors: tt.authors}
		if got := authorsLine(e, 12); got != tt.want {
			t.Errorf("authorsLine(%q, %d) = %q, want %q", tt.names, tt.authors, got, tt.want)
		}
	}
}
