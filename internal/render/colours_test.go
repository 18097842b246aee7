package render

import (
	"strconv"
	"testing"

	"github.com/linkgraph/linkgraph/internal/graph"
)

// ringMap has n communities of two papers each, community c related to
// c+1 and to c+12 (counting around): numbered colours would give c and
// c+12 the same one.
func ringMap(n int) *graph.Graph {
	g := &graph.Graph{}
	id := func(c, i int) string { return "paper:" + strconv.Itoa(c) + "-" + strconv.Itoa(i) }
	for c := range n {
		for i := range 2 {
			g.Nodes = append(g.Nodes, graph.Node{ID: id(c, i), Kind: graph.NodePaper, Community: c})
		}
		g.Edges = append(g.Edges, graph.Edge{Source: id(c, 0), Target: id(c, 1), Kind: graph.KindSimilarText})
		for _, d := range []int{1, 12} {
			g.Edges = append(g.Edges, graph.Edge{Source: id(c, 1), Target: id((c+d)%n, 0), Kind: graph.KindSimilarText})
		}
	}
	return g
}

func TestCommunityFillsDifferWhereRelated(t *testing.T) {
	g := ringMap(30)
	fills := communityFills(g)
	community := map[string]int{}
	for _, n := range g.Nodes {
		community[n.ID] = n.Community
	}
	for _, e := range g.Edges {
		a, b := community[e.Source], community[e.Target]
		if a != b && fills[a] == fills[b] {
			t.Errorf("related communities %d and %d are both %s", a, b, fills[a])
		}
	}
}

// A map with no more communities than the palette has colours keeps
// the colours in order, as the legend and the maps before had them.
func TestCommunityFillsInOrder(t *testing.T) {
	g := ringMap(len(palette))
	fills := communityFills(g)
	for c := range palette {
		if fills[c] != palette[c] {
			t.Errorf("community %d: %s, want %s", c, fills[c], palette[c])
		}
	}
}
