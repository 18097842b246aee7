package render

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"html"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/linkgraph/linkgraph/internal/extract"
	"github.com/linkgraph/linkgraph/internal/graph"
)

// FormatHTML is a map as one web page: the SVG with a viewer around it.
const FormatHTML Format = "html"

//go:embed viewer/viewer.css
var viewerCSS string

//go:embed viewer/viewer.js
var viewerJS string

// htmlAbstract is how much of a paper's abstract the viewer's panel shows:
// enough to tell what the paper is about, not so much that a map of
// thousands of papers doubles in size.
const htmlAbstract = 1000

// viewerData is what the viewer knows of the map beyond its drawing:
// every node drawn, by the id that is its SVG group's title, and every
// relationship between them, drawn or not, as indexes into Nodes.
type viewerData struct {
	// Focus is the index of the node a --focus map is drawn around, which
	// the page opens on; -1 for none.
	Focus int          `json:"focus"`
	Nodes []viewerNode `json:"nodes"`
	Edges []viewerEdge `json:"edges"`
}

type viewerNode struct {
	ID       string   `json:"id"`
	Kind     string   `json:"kind"`
	Label    string   `json:"label"`
	URL      string   `json:"url,omitempty"`
	Details  []string `json:"details,omitempty"`
	Abstract string   `json:"abstract,omitempty"`
	Year     int      `json:"year,omitempty"`
	// Links are a paper's other links, each [kind, url], in the
	// listing's order: its PDF, code, project page, models, data.
	Links [][2]string `json:"links,omitempty"`
}

// viewerEdge is [source, target, kind, evidence, drawn (1 or 0), weight
// (to the thousandth)]: a map has thousands.
type viewerEdge [6]any

// HTML writes a map as one self-contained web page: the SVG Graphviz drew
// for drawn (Draw's output), and a viewer that zooms and pans it, finds
// papers, repositories and owners by their words, and shows what is
// known of a node, with every relationship it has among the map's nodes,
// when it is clicked. all is the graph drawn was thinned from
// (graph.ThinTies), with the same nodes and every tie; nil when drawn has
// them all. The page loads nothing from elsewhere. Listing text reaches it
// only escaped: in the SVG as Graphviz escaped it, in the viewer's data
// as JSON with <, > and & escaped, and in the page's title as HTML.
func HTML(w io.Writer, svg []byte, drawn, all *graph.Graph, papers []*extract.Entry, opts MapOptions) error {
	start := bytes.Index(svg, []byte("<svg"))
	if start < 0 {
		return errors.New("render: the drawing is not SVG")
	}
	title := opts.Title
	if title == "" {
		title = "linkgraph map"
	}
	data := newViewerData(drawn, all, papers, opts)
	// json.Marshal escapes <, > and &, so that no text in the data can
	// end the script element that holds it.
	js, err := json.Marshal(data)
	if err != nil {
		return err
	}
	_, err = w.Write(page(html.EscapeString(title), bytes.TrimSpace(svg[start:]), counts(drawn, len(data.Edges)), js))
	return err
}

// newViewerData is what the viewer is told of the map: drawn's nodes, and
// all's ties between them, each marked drawn or not.
func newViewerData(drawn, all *graph.Graph, papers []*extract.Entry, opts MapOptions) viewerData {
	if all == nil {
		all = drawn
	}
	type edgeKey struct{ s, t, kind string }
	onMap := make(map[edgeKey]bool, len(drawn.Edges))
	for _, e := range drawn.Edges {
		onMap[edgeKey{e.Source, e.Target, e.Kind}] = true
	}
	ties := orgPapers(drawn)
	data := viewerData{Focus: -1, Nodes: make([]viewerNode, 0, len(drawn.Nodes)), Edges: make([]viewerEdge, 0, len(all.Edges))}
	index := make(map[string]int, len(drawn.Nodes))
	for _, n := range drawn.Nodes {
		index[n.ID] = len(data.Nodes)
		data.Nodes = append(data.Nodes, viewerNodeOf(n, papers, ties, opts.Status))
	}
	if i, ok := index[opts.Focus]; ok {
		data.Focus = i
	}
	for _, e := range all.Edges {
		s, ok1 := index[e.Source]
		t, ok2 := index[e.Target]
		if ok1 && ok2 {
			on := 0
			if onMap[edgeKey{e.Source, e.Target, e.Kind}] {
				on = 1
			}
			data.Edges = append(data.Edges, viewerEdge{s, t, e.Kind, e.Evidence, on, math.Round(e.Weight*1000) / 1000})
		}
	}
	return data
}

// page puts the page together: title and counts escaped already, the SVG
// from its <svg> on, and the viewer's data as JSON.
func page(title string, svg []byte, counts string, data []byte) []byte {
	var b bytes.Buffer
	b.Grow(len(svg) + len(data) + len(viewerCSS) + len(viewerJS) + 2048)
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<meta name=\"generator\" content=\"linkgraph\">\n")
	b.WriteString("<title>" + title + "</title>\n<style>\n" + viewerCSS + "</style>\n</head>\n<body>\n")
	b.WriteString("<main id=\"map\" tabindex=\"0\" aria-label=\"map\">\n")
	b.Write(svg)
	b.WriteString("\n</main>\n")
	b.WriteString("<div id=\"zoom\" role=\"toolbar\" aria-label=\"zoom\">")
	b.WriteString("<button type=\"button\" data-zoom=\"in\" title=\"zoom in (+)\">+</button>")
	b.WriteString("<button type=\"button\" data-zoom=\"out\" title=\"zoom out (-)\">&minus;</button>")
	b.WriteString("<button type=\"button\" data-zoom=\"fit\" title=\"the whole map (0)\">fit</button></div>\n")
	b.WriteString("<aside id=\"side\">\n<h1>" + title + "</h1>\n")
	b.WriteString("<p id=\"counts\">" + counts + "</p>\n")
	b.WriteString("<input id=\"find\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" placeholder=\"find a paper, repository or owner (/)\" aria-label=\"find\">\n")
	b.WriteString("<div id=\"hits\"></div>\n<div id=\"info\"></div>\n")
	b.WriteString("<fieldset id=\"kinds\"><legend>Relationships drawn</legend></fieldset>\n")
	b.WriteString("<fieldset id=\"years\" hidden><legend>Years</legend></fieldset>\n")
	b.WriteString("<p id=\"help\">Click a paper, repository or owner to see it and its relationships; click the map or press Esc to let go. Enter or the arrows step through what is found. Scroll, pinch or +/&minus; to zoom, drag to move, 0 for the whole map.</p>\n")
	b.WriteString("</aside>\n")
	b.WriteString("<script type=\"application/json\" id=\"data\">")
	b.Write(data)
	b.WriteString("</script>\n<script>\n" + viewerJS + "</script>\n</body>\n</html>\n")
	return b.Bytes()
}

// viewerNodeOf is what the viewer's panel shows of a node: a paper's
// whole title, authors, date and abstract; what `linkgraph check` found of
// a repository; how many papers on the map an owner holds the code of.
func viewerNodeOf(n graph.Node, papers []*extract.Entry, ties map[string]int, status map[string]LinkStatus) viewerNode {
	v := viewerNode{ID: n.ID, Kind: n.Kind, Label: n.Label, URL: safeURL(n.URL), Year: paperYear(n)}
	switch n.Kind {
	case graph.NodeRepo:
		if st, ok := status[n.URL]; ok {
			v.Details = append(v.Details, "checked: "+st.String())
		}
		return v
	case graph.NodeOrg:
		if k := ties[n.ID]; k > 0 {
			v.Details = append(v.Details, "code of "+plural(k, "paper", "papers")+" on this map")
		}
		return v
	}
	if n.Kind != graph.NodePaper || n.Paper < 0 || n.Paper >= len(papers) {
		return v
	}
	e := papers[n.Paper]
	v.Label = e.Title
	if by := authorsLine(e, 12); by != "" {
		v.Details = append(v.Details, by)
	}
	v.Details = append(v.Details, paperMeta(e, false))
	v.Abstract = clip(strings.Join(strings.Fields(e.Abstract), " "), htmlAbstract)
	seen := map[string]bool{v.URL: true}
	for _, l := range e.Links {
		u := safeURL(l.URL)
		if u != "" && !seen[u] {
			seen[u] = true
			v.Links = append(v.Links, [2]string{string(l.Kind), u})
		}
	}
	return v
}

// clip cuts s to at most n bytes at a word's end, marking the cut.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return s[:cut] + " …"
}

// counts says how many papers, repositories and owners the map draws, and
// how many of the ties between them, of how many.
func counts(g *graph.Graph, ties int) string {
	var k [3]int
	for _, n := range g.Nodes {
		switch n.Kind {
		case graph.NodePaper:
			k[0]++
		case graph.NodeRepo:
			k[1]++
		case graph.NodeOrg:
			k[2]++
		}
	}
	s := plural(k[0], "paper", "papers") + " · " + plural(k[1], "repository", "repositories") + " · " +
		plural(k[2], "owner", "owners") + " · " + plural(ties, "relationship", "relationships")
	if ties > len(g.Edges) {
		s += ", " + strconv.Itoa(len(g.Edges)) + " drawn"
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
