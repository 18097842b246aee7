package render

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/linkgraph/linkgraph/internal/graph"
)

// graphJSON is the JSON shape of a graph.
type graphJSON struct {
	Nodes []graph.Node `json:"nodes"`
	Edges []graph.Edge `json:"edges"`
}

// JSON writes the graph as {"nodes": [...], "edges": [...]}.
func JSON(w io.Writer, g *graph.Graph) error {
	doc := graphJSON{Nodes: g.Nodes, Edges: g.Edges}
	if doc.Nodes == nil {
		doc.Nodes = []graph.Node{}
	}
	if doc.Edges == nil {
		doc.Edges = []graph.Edge{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// CSV writes one row an edge, with both ends' kinds and labels, so that a
// spreadsheet needs no second table.
func CSV(w io.Writer, g *graph.Graph) error {
	byID := make(map[string]graph.Node, len(g.Nodes))
	for _, n := range g.Nodes {
		byID[n.ID] = n
	}
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"source", "source_kind", "source_label", "target", "target_kind", "target_label", "kind", "weight", "evidence"}); err != nil {
		return err
	}
	for _, e := range g.Edges {
		s, t := byID[e.Source], byID[e.Target]
		row := []string{e.Source, s.Kind, cell(s.Label), e.Target, t.Kind, cell(t.Label), e.Kind,
			strconv.FormatFloat(e.Weight, 'f', -1, 64), cell(e.Evidence)}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// cell keeps a spreadsheet from reading listing text as a formula.
func cell(s string) string {
	if s != "" && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r') {
		return "'" + s
	}
	return s
}

// GraphML writes the graph as GraphML, which Gephi, yEd, Cytoscape and
// networkx read. Text is escaped by encoding/xml.
func GraphML(w io.Writer, g *graph.Graph) error {
	type data struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	}
	type node struct {
		ID   string `xml:"id,attr"`
		Data []data `xml:"data"`
	}
	type edge struct {
		ID     string `xml:"id,attr"`
		Source string `xml:"source,attr"`
		Target string `xml:"target,attr"`
		Data   []data `xml:"data"`
	}
	type key struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	}
	type graphEl struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []node `xml:"node"`
		Edges       []edge `xml:"edge"`
	}
	type doc struct {
		XMLName xml.Name `xml:"graphml"`
		NS      string   `xml:"xmlns,attr"`
		Keys    []key    `xml:"key"`
		Graph   graphEl  `xml:"graph"`
	}
	d := doc{NS: "http://graphml.graphdrawing.org/xmlns", Keys: []key{
		{"kind", "node", "kind", "string"}, {"label", "node", "label", "string"},
		{"url", "node", "url", "string"}, {"community", "node", "community", "int"},
		{"date", "node", "date", "string"}, {"code_status", "node", "code_status", "string"},
		{"authors", "node", "authors", "string"},
		{"ekind", "edge", "kind", "string"}, {"weight", "edge", "weight", "double"},
		{"evidence", "edge", "evidence", "string"},
	}, Graph: graphEl{EdgeDefault: "directed"}}
	for _, n := range g.Nodes {
		nd := node{ID: n.ID, Data: []data{{"kind", n.Kind}, {"label", xmlSafe(n.Label)}, {"community", strconv.Itoa(n.Community)}}}
		for _, opt := range []data{{"url", n.URL}, {"date", n.Date}, {"code_status", n.CodeStatus}, {"authors", strings.Join(n.Authors, "; ")}} {
			if opt.Value != "" {
				nd.Data = append(nd.Data, data{opt.Key, xmlSafe(opt.Value)})
			}
		}
		d.Graph.Nodes = append(d.Graph.Nodes, nd)
	}
	for i, e := range g.Edges {
		d.Graph.Edges = append(d.Graph.Edges, edge{ID: fmt.Sprintf("e%d", i), Source: e.Source, Target: e.Target, Data: []data{
			{"ekind", e.Kind}, {"weight", strconv.FormatFloat(e.Weight, 'f', -1, 64)}, {"evidence", xmlSafe(e.Evidence)}}})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(d); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// xmlSafe drops the characters XML 1.0 cannot hold at all (most controls),
// which encoding/xml would otherwise replace or reject.
func xmlSafe(s string) string {
	ok := true
	for _, r := range s {
		if !validXMLRune(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if validXMLRune(r) {
			out = append(out, r)
		} else {
			out = append(out, '\uFFFD')
		}
	}
	return string(out)
}

func validXMLRune(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}
