package render

import (
	"bufio"
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

// vosMaxPlaced is the most nodes the VOSviewer files place: a graph of more
// is left for VOSviewer to lay out, as linkgraph's own layout of it would
// take long (render draws at most 5,000 nodes by default, for the same
// reason).
const vosMaxPlaced = 5000

// VOSviewer writes the graph as a VOSviewer JSON file, which VOSviewer
// Online opens: each node an item, numbered from 1 in the
// graph's order, with its label (a paper's short name, as the map gives
// it: "SalUn", "Challenging Forgets"), its page, its community as its cluster
// (those past the 999th, the smallest, share the 1,000th), what it is in its description (HTML, escaped: a
// paper's full title, authors, date and code status), and as weights its
// links and their total strength, VOSviewer's own two. A dated paper has
// its year as a score, for VOSviewer's overlay by time. Each item is placed
// (x, y) where linkgraph's own layout puts it, each community together,
// as on a map render draws: VOSviewer's layout of such a graph strings its
// communities out in a line, each a knot. A graph of over 5,000 nodes is
// not placed. VOSviewer's links have no direction or kind: the
// relationships between two nodes are one link, as strong as their weights
// together.
func VOSviewer(w io.Writer, g *graph.Graph) error {
	items, links := vosNetwork(g)
	doc := struct {
		Network struct {
			Items []vosItem `json:"items"`
			Links []vosLink `json:"links"`
		} `json:"network"`
	}{}
	doc.Network.Items, doc.Network.Links = items, links
	if doc.Network.Items == nil {
		doc.Network.Items = []vosItem{}
	}
	if doc.Network.Links == nil {
		doc.Network.Links = []vosLink{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// VOSviewerMap writes the items of the VOSviewer JSON file as a VOSviewer
// map file, and VOSviewerNetwork its links as a network file: the two
// files the desktop VOSviewer reads ("Create a map based on network data",
// "Read data from VOSviewer files"). Columns are tab-separated; a text
// that holds a comma, semicolon or quotation mark is quoted, its
// quotation marks doubled, and tabs and line breaks in it are spaces.
func VOSviewerMap(w io.Writer, g *graph.Graph) error {
	items, _ := vosNetwork(g)
	placed := len(items) > 0 && items[0].X != nil
	bw := bufio.NewWriter(w)
	bw.WriteString("id\tlabel\tdescription\turl")
	if placed {
		bw.WriteString("\tx\ty")
	}
	bw.WriteString("\tcluster\tweight<Links>\tweight<Total link strength>\tscore<Year>\n")
	for _, it := range items {
		year := ""
		if y, ok := it.Scores["Year"]; ok {
			year = strconv.Itoa(int(y))
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s", it.ID, vosField(it.Label), vosField(it.Description), vosField(it.URL))
		if placed {
			fmt.Fprintf(bw, "\t%s\t%s", vosNumber(*it.X), vosNumber(*it.Y))
		}
		fmt.Fprintf(bw, "\t%d\t%s\t%s\t%s\n", it.Cluster, vosNumber(it.Weights["Links"]), vosNumber(it.Weights["Total link strength"]), year)
	}
	return bw.Flush()
}

// VOSviewerNetwork writes the links of the VOSviewer JSON file as a
// VOSviewer network file: two items' ids and the link's strength a line.
func VOSviewerNetwork(w io.Writer, g *graph.Graph) error {
	_, links := vosNetwork(g)
	bw := bufio.NewWriter(w)
	for _, l := range links {
		fmt.Fprintf(bw, "%d\t%d\t%s\n", l.Source, l.Target, vosNumber(l.Strength))
	}
	return bw.Flush()
}

// vosField writes a text as a column of VOSviewer's files.
func vosField(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
	if strings.ContainsAny(s, ",;\"") {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}

func vosNumber(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// vosItem and vosLink are VOSviewer's item and link.
type vosItem struct {
	ID          int                `json:"id"`
	Label       string             `json:"label"`
	Description string             `json:"description,omitempty"`
	URL         string             `json:"url,omitempty"`
	X           *float64           `json:"x,omitempty"`
	Y           *float64           `json:"y,omitempty"`
	Cluster     int                `json:"cluster,omitempty"`
	Weights     map[string]float64 `json:"weights"`
	Scores      map[string]float64 `json:"scores,omitempty"`
}

type vosLink struct {
	Source   int     `json:"source_id"`
	Target   int     `json:"target_id"`
	Strength float64 `json:"strength"`
}

// vosNetwork makes VOSviewer's items and links of the graph (VOSviewer).
func vosNetwork(g *graph.Graph) ([]vosItem, []vosLink) {
	num := make(map[string]int, len(g.Nodes))
	items := make([]vosItem, len(g.Nodes))
	var pos map[string][2]float64
	if len(g.Nodes) <= vosMaxPlaced {
		pos = ForceLayout(g, vosLabel)
	}
	for i, n := range g.Nodes {
		num[n.ID] = i + 1
		it := vosItem{ID: i + 1, Label: n.Label, URL: n.URL, Description: vosDescription(n)}
		if n.Kind == graph.NodePaper {
			it.Label = shortTitle(n.Label) // as the map names it; the description has it whole
		}
		// Communities are numbered from the largest: those past the
		// 999th (singletons and pairs, in a big listing) share the last
		// cluster VOSviewer has.
		it.Cluster = min(n.Community+1, vosMaxCluster)
		if p, ok := pos[n.ID]; ok {
			// In hundreds of points, as the map has them (VOSviewer's y
			// grows upwards too), to the thousandth.
			x, y := math.Round(p[0]*10)/1000, math.Round(p[1]*10)/1000
			it.X, it.Y = &x, &y
		}
		if y := paperYear(n); y > 0 {
			it.Scores = map[string]float64{"Year": float64(y)}
		}
		items[i] = it
	}
	// One link a pair of nodes, in the order the pairs first appear.
	at := map[[2]int]int{}
	var links []vosLink
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
		links = append(links, vosLink{pair[0], pair[1], e.Weight})
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
	return items, links
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

// paperYear is the year a paper node is dated, or 0.
func paperYear(n graph.Node) int {
	if n.Kind != graph.NodePaper || len(n.Date) < 4 {
		return 0
	}
	y, err := strconv.Atoi(n.Date[:4])
	if err != nil {
		return 0
	}
	return y
}

// vosLabel is a node's label as the map draws it, for the size of its
// place in the layout: a paper's short name, wrapped, else its label.
func vosLabel(n graph.Node) string {
	if n.Kind == graph.NodePaper {
		return ShortName(n.Label)
	}
	return n.Label
}
