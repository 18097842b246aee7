package render

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/linkgraph/linkgraph/internal/graph"
)

// vosMaxCluster is the largest cluster number VOSviewer takes.
const vosMaxCluster = 1000

// VOSviewer writes the graph as a VOSviewer JSON file, which VOSviewer
// Online opens: each node an item, numbered from 1 in the
// graph's order, with its label, its page, its community as its cluster
// (the first 1,000), what it is in its description (HTML, escaped: a
// paper's full title, authors, date and code status), and as weights its
// links and their total strength, VOSviewer's own two. A dated paper has
// its year as a score, for VOSviewer's overlay by time. VOSviewer's links
// have no direction or kind: the relationships between two nodes are one
// link, as strong as their weights together.
func VOSviewer(w io.Writer, g *graph.Graph) error {
	type item struct {
		ID          int                `json:"id"`
		Label       string             `json:"label"`
		Description string             `json:"description,omitempty"`
		URL         string             `json:"url,omitempty"`
		Cluster     int                `json:"cluster,omitempty"`
		Weights     map[string]float64 `json:"weights"`
		Scores      map[string]float64 `json:"scores,omitempty"`
	}
	type link struct {
		Source   int     `json:"source_id"`
		Target   int     `json:"target_id"`
		Strength float64 `json:"strength"`
	}
	num := make(map[string]int, len(g.Nodes))
	items := make([]item, len(g.Nodes))
	for i, n := range g.Nodes {
		num[n.ID] = i + 1
		it := item{ID: i + 1, Label: n.Label, URL: n.URL, Description: vosDescription(n)}
		if n.Community < vosMaxCluster {
			it.Cluster = n.Community + 1
		}
		if y, err := strconv.Atoi(n.Date[:min(4, len(n.Date))]); err == nil && n.Kind == graph.NodePaper {
			it.Scores = map[string]float64{"Year": float64(y)}
		}
		items[i] = it
	}
	// One link a pair of nodes, in the order the pairs first appear.
	at := map[[2]int]int{}
	var links []link
	for _, e := range g.Edges {
		a, b := num[e.Source], num[e.Target]
		if a == 0 || b == 0 || a == b {
			continue
		}
		pair := [2]int{min(a, b), max(a, b)}
		if i, ok := at[pair]; ok {
			links[i].Strength += e.Weight
			continue
		}
		at[pair] = len(links)
		links = append(links, link{pair[0], pair[1], e.Weight})
	}
	degree := make([]int, len(items)+1)
	strength := make([]float64, len(items)+1)
	for i := range links {
		l := &links[i]
		l.Strength = math.Round(l.Strength*1000) / 1000
		degree[l.Source]++
		degree[l.Target]++
		strength[l.Source] += l.Strength
		strength[l.Target] += l.Strength
	}
	for i := range items {
		items[i].Weights = map[string]float64{"Links": float64(degree[i+1]), "Total link strength": math.Round(strength[i+1]*1000) / 1000}
	}
	doc := struct {
		Network struct {
			Items []item `json:"items"`
			Links []link `json:"links"`
		} `json:"network"`
	}{}
	doc.Network.Items, doc.Network.Links = items, links
	if doc.Network.Links == nil {
		doc.Network.Links = []link{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// vosDescription is what an item's description in VOSviewer says of a
// node: its kind, and a paper's full title, authors, date and code
// status, as HTML with the listing's text escaped.
func vosDescription(n graph.Node) string {
	kinds := map[string]string{graph.NodePaper: "Paper", graph.NodeRepo: "Repository", graph.NodeOrg: "Owner"}
	var b strings.Builder
	fmt.Fprintf(&b, "<b>%s</b>", kinds[n.Kind])
	if n.Kind != graph.NodePaper {
		return b.String()
	}
	b.WriteString("<br>" + html.EscapeString(n.Label))
	if len(n.Authors) > 0 {
		b.WriteString("<br>" + html.EscapeString(strings.Join(n.Authors, ", ")))
	}
	var facts []string
	if n.Date != "" {
		facts = append(facts, html.EscapeString(n.Date))
	}
	if n.CodeStatus != "" {
		facts = append(facts, "code: "+html.EscapeString(n.CodeStatus))
	}
	if len(facts) > 0 {
		b.WriteString("<br>" + strings.Join(facts, " · "))
	}
	return b.String()
}
