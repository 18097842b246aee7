package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/linkgraph/linkgraph/internal/graph"
)

const hostile = "<script>alert(1)</script> \"q\" \\b {c} & \x01 =SUM(A1)"

func hostileGraph() *graph.Graph {
	return &graph.Graph{
		Nodes: []graph.Node{
			{ID: "paper:a", Kind: graph.NodePaper, Label: hostile, Date: "2024-01-02", CodeStatus: "linked", Authors: []string{hostile, "B. Author"}},
			{ID: "repo:github.com/x/y", Kind: graph.NodeRepo, Label: "github.com/x/y", URL: "https://github.com/x/y?a=1&b=<2>"},
		},
		Edges: []graph.Edge{{Source: "paper:a", Target: "repo:github.com/x/y", Kind: graph.KindCode, Weight: 1, Evidence: "=" + hostile}},
	}
}

func TestGraphMLIsWellFormedAndEscaped(t *testing.T) {
	var buf bytes.Buffer
	if err := GraphML(&buf, hostileGraph()); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Keys []struct {
			ID string `xml:"id,attr"`
		} `xml:"key"`
		Graph struct {
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not well-formed: %v\n%s", err, buf.String())
	}
	if len(doc.Graph.Nodes) != 2 || len(doc.Graph.Edges) != 1 || len(doc.Keys) != 10 {
		t.Fatalf("got %d nodes, %d edges, %d keys", len(doc.Graph.Nodes), len(doc.Graph.Edges), len(doc.Keys))
	}
	got := map[string]string{}
	for _, d := range doc.Graph.Nodes[0].Data {
		got[d.Key] = d.Value
	}
	if want := strings.Replace(hostile, "\x01", "\uFFFD", 1); got["label"] != want || got["authors"] != want+"; B. Author" {
		t.Errorf("label and authors read back %q, %q; want %q", got["label"], got["authors"], want)
	}
	if got["date"] != "2024-01-02" || got["code_status"] != "linked" {
		t.Errorf("paper data read back: %v", got)
	}
	if strings.Contains(buf.String(), "<script>") {
		t.Error("a raw <script> tag reached the GraphML")
	}
}

func TestCSVGuardsFormulas(t *testing.T) {
	var buf bytes.Buffer
	if err := CSV(&buf, hostileGraph()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("got %d rows, want header and one edge", len(rows))
	}
	if ev := rows[1][8]; !strings.HasPrefix(ev, "'=") {
		t.Errorf("evidence %q: a formula was not defused", ev)
	}
	if rows[1][2] != hostile {
		t.Errorf("label %q, want %q", rows[1][2], hostile)
	}
}

func TestJSONRoundTrips(t *testing.T) {
	var buf bytes.Buffer
	if err := JSON(&buf, hostileGraph()); err != nil {
		t.Fatal(err)
	}
	var back struct {
		Nodes []graph.Node `json:"nodes"`
		Edges []graph.Edge `json:"edges"`
	}
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if back.Nodes[0].Label != hostile || back.Nodes[0].Authors[0] != hostile || back.Nodes[0].CodeStatus != "linked" || back.Edges[0].Kind != graph.KindCode {
		t.Errorf("round trip lost data: %+v", back)
	}
	buf.Reset()
	if err := JSON(&buf, &graph.Graph{}); err != nil || !strings.Contains(buf.String(), `"nodes": []`) {
		t.Errorf("empty graph: %q, %v", buf.String(), err)
	}
}

// TestVOSviewer writes VOSviewer's JSON: items numbered from 1, a paper
// labelled by its short name (its whole title in its description), with
// their cluster (community+1, at most 1,000), a paper's year as a score and
// its text escaped in the HTML description; the relationships between two
// nodes one link, their weights summed, and each item's links and total
// strength as its weights.
func TestVOSviewer(t *testing.T) {
	g := hostileGraph()
	g.Nodes[0].Community = 2
	g.Nodes[1].Community = 1000
	g.Nodes = append(g.Nodes, graph.Node{ID: "paper:b", Kind: graph.NodePaper, Label: "Second", Date: "2023"})
	g.Edges = append(g.Edges,
		graph.Edge{Source: "paper:a", Target: "paper:b", Kind: graph.KindSimilarText, Weight: 0.25},
		graph.Edge{Source: "paper:b", Target: "paper:a", Kind: graph.KindMentions, Weight: 0.5},
		graph.Edge{Source: "paper:b", Target: "paper:missing", Kind: graph.KindMentions, Weight: 0.5})
	var buf bytes.Buffer
	if err := VOSviewer(&buf, g); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Network struct {
			Items []struct {
				ID          int                `json:"id"`
				Label       string             `json:"label"`
				Description string             `json:"description"`
				URL         string             `json:"url"`
				X           *float64           `json:"x"`
				Y           *float64           `json:"y"`
				Cluster     int                `json:"cluster"`
				Weights     map[string]float64 `json:"weights"`
				Scores      map[string]float64 `json:"scores"`
			} `json:"items"`
			Links []struct {
				Source   int     `json:"source_id"`
				Target   int     `json:"target_id"`
				Strength float64 `json:"strength"`
			} `json:"links"`
		} `json:"network"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, buf.String())
	}
	items, links := doc.Network.Items, doc.Network.Links
	if len(items) != 3 || items[0].ID != 1 || items[2].ID != 3 || items[0].Label != shortTitle(hostile) || items[1].Label != "github.com/x/y" {
		t.Fatalf("items: %+v", items)
	}
	if items[0].Cluster != 3 || items[1].Cluster != 1000 || items[2].Cluster != 1 {
		t.Errorf("clusters %d %d %d, want 3, 1000 (the last, shared past the 999th community), 1", items[0].Cluster, items[1].Cluster, items[2].Cluster)
	}
	if items[0].Scores["Year"] != 2024 || items[2].Scores["Year"] != 2023 || items[1].Scores != nil {
		t.Errorf("scores: %v %v %v", items[0].Scores, items[1].Scores, items[2].Scores)
	}
	if d := items[0].Description; strings.Contains(d, "<script>") || !strings.Contains(d, "&lt;script&gt;") || !strings.HasPrefix(d, "<b>Paper</b><br>") || !strings.Contains(d, "2024-01-02 · code: linked") {
		t.Errorf("description %q", d)
	}
	if items[1].Description != "<b>Repository</b>" || items[1].URL != "https://github.com/x/y?a=1&b=<2>" {
		t.Errorf("repository item %+v", items[1])
	}
	if len(links) != 2 || links[0].Source != 1 || links[0].Target != 2 || links[0].Strength != 1 ||
		links[1].Source != 1 || links[1].Target != 3 || links[1].Strength != 0.75 {
		t.Errorf("links %+v, want 1-2 at 1 and 1-3 at 0.75 (two relationships, one link)", links)
	}
	if w := items[0].Weights; w["Links"] != 2 || w["Total link strength"] != 1.75 {
		t.Errorf("weights %v, want 2 links, 1.75", w)
	}
	// Placed as linkgraph lays the map out, in hundreds of points.
	pos := ForceLayout(g, vosLabel)
	for i, it := range items {
		p := pos[g.Nodes[i].ID]
		if it.X == nil || it.Y == nil || math.Abs(*it.X-p[0]/100) > 0.001 || math.Abs(*it.Y-p[1]/100) > 0.001 {
			t.Errorf("item %d at (%v, %v), want the layout's %v / 100", it.ID, it.X, it.Y, p)
		}
	}
	var again bytes.Buffer
	if err := VOSviewer(&again, g); err != nil || !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Errorf("the same graph gave two different files (%v)", err)
	}
}

// TestVOSviewerLeavesBigGraphsUnplaced: a graph of over 5,000 nodes is
// left for VOSviewer to lay out.
func TestVOSviewerLeavesBigGraphsUnplaced(t *testing.T) {
	g := &graph.Graph{}
	for i := range vosMaxPlaced + 1 {
		g.Nodes = append(g.Nodes, graph.Node{ID: "paper:" + strconv.Itoa(i), Kind: graph.NodePaper, Label: "P"})
	}
	var buf bytes.Buffer
	if err := VOSviewer(&buf, g); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(buf.Bytes(), []byte(`"x":`)) {
		t.Error("a graph of over 5,000 nodes was placed")
	}
	var m bytes.Buffer
	if err := VOSviewerMap(&m, g); err != nil {
		t.Fatal(err)
	}
	if head, _, _ := strings.Cut(m.String(), "\n"); strings.Contains(head, "\tx\t") {
		t.Errorf("map file header %q has coordinates", head)
	}
}

// TestVOSviewerFiles writes the same items and links as VOSviewer's map
// and network files: tab-separated, a text with a comma, semicolon or
// quotation mark quoted (its marks doubled), tabs and line breaks spaces.
func TestVOSviewerFiles(t *testing.T) {
	g := hostileGraph()
	g.Nodes[0].Label = "A, \"quoted\"\ttitle\nover lines"
	var m, n bytes.Buffer
	if err := VOSviewerMap(&m, g); err != nil {
		t.Fatal(err)
	}
	if err := VOSviewerNetwork(&n, g); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(m.String(), "\n"), "\n")
	if len(lines) != 3 || lines[0] != "id\tlabel\tdescription\turl\tx\ty\tcluster\tweight<Links>\tweight<Total link strength>\tscore<Year>" {
		t.Fatalf("map file:\n%s", m.String())
	}
	items, _ := vosNetwork(g)
	cols := strings.Split(lines[1], "\t")
	if len(cols) != 10 || cols[0] != "1" || cols[1] != `"A, ""quoted"" title over lines"` || cols[4] != vosNumber(*items[0].X) || cols[5] != vosNumber(*items[0].Y) ||
		cols[6] != "1" || cols[7] != "1" || cols[8] != "1" || cols[9] != "2024" {
		t.Errorf("paper's row %q", cols)
	}
	if cols := strings.Split(lines[2], "\t"); len(cols) != 10 || cols[3] != "https://github.com/x/y?a=1&b=<2>" || cols[9] != "" {
		t.Errorf("repository's row %q", cols)
	}
	if n.String() != "1\t2\t1\n" {
		t.Errorf("network file %q, want one link", n.String())
	}
}
