package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
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
