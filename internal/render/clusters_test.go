package render

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/linkgraph/linkgraph/internal/graph"
)

// communitiesMap is one connected map of k communities of size papers
// each: inside a community, each paper relates to about a quarter of the
// others; between communities, a paper relates to one paper of another
// community now and then, a fifth of all the edges, as papers of one lab
// do with another's.
func communitiesMap(k, size int, seed uint64) *graph.Graph {
	rng := rand.New(rand.NewPCG(seed, seed))
	g := &graph.Graph{}
	for c := range k {
		for i := range size {
			g.Nodes = append(g.Nodes, graph.Node{ID: "paper:" + strconv.Itoa(c) + "-" + strconv.Itoa(i), Kind: graph.NodePaper,
				Label: "A paper of community " + strconv.Itoa(c), Community: c})
		}
	}
	edge := func(a, b int) {
		g.Edges = append(g.Edges, graph.Edge{Source: g.Nodes[a].ID, Target: g.Nodes[b].ID, Kind: graph.KindSimilarText, Weight: 0.5})
	}
	within := 0
	for c := range k {
		for i := range size {
			for j := i + 1; j < size; j++ {
				if rng.Float64() < 0.25 {
					edge(c*size+i, c*size+j)
					within++
				}
			}
		}
		if c > 0 { // connected: one edge to the community before
			edge((c-1)*size, c*size)
		}
	}
	for range within / 4 {
		a, b := rng.IntN(len(g.Nodes)), rng.IntN(len(g.Nodes))
		if a/size != b/size {
			edge(a, b)
		}
	}
	return g
}

// Each community is drawn as a region of its own: nearly every paper is
// nearer the middle of its own community than that of any other. Laid
// out from random places, with every edge pulling alike, 86% of them
// were, on this map; now all are.
func TestForceLayoutKeepsCommunitiesTogether(t *testing.T) {
	const k, size = 5, 40
	g := communitiesMap(k, size, 3)
	pos := ForceLayout(g, nil)
	var mx, my [k]float64
	for _, n := range g.Nodes {
		mx[n.Community] += pos[n.ID][0] / size
		my[n.Community] += pos[n.ID][1] / size
	}
	home := 0
	for _, n := range g.Nodes {
		nearest, best := -1, math.Inf(1)
		for c := range k {
			if d := math.Hypot(pos[n.ID][0]-mx[c], pos[n.ID][1]-my[c]); d < best {
				nearest, best = c, d
			}
		}
		if nearest == n.Community {
			home++
		}
	}
	if got := float64(home) / float64(len(g.Nodes)); got < 0.95 {
		t.Errorf("%.0f%% of papers are nearest the middle of their own community, want 95%% or more", 100*got)
	}
	if pairs := overlapping(g, pos, 1); len(pairs) > 0 {
		t.Errorf("boxes overlap: %v", pairs)
	}
}

// A dense community spreads itself, not the whole map: two communities
// whose boxes all lie on one point each, far apart, are parted each
// about its own middle, and end up no further apart than they were.
func TestRemoveOverlapsByCommunitySpreadsEachOnItsOwn(t *testing.T) {
	var bs []box
	var comm []int
	for c, x := range []float64{0, 20000} {
		for range 30 {
			bs = append(bs, box{x: x, y: 0, w: 100, h: 30})
			comm = append(comm, c)
		}
	}
	global := append([]box(nil), bs...)
	removeOverlaps(global)
	removeOverlapsByCommunity(bs, communityGroups(comm))
	if n := overlaps(bs); n > 0 {
		t.Fatalf("%d pairs of boxes overlap", n)
	}
	byCommunity, whole := boundingBox(bs), boundingBox(global)
	if byCommunity.w > 20000+2000 {
		t.Errorf("parted by community, the map is %.0f wide; the communities were 20,000 apart", byCommunity.w)
	}
	if byCommunity.w >= whole.w/2 {
		t.Errorf("parted by community, the map is %.0f wide; parted as a whole, %.0f", byCommunity.w, whole.w)
	}
}

// Communities parted by their bounding boxes are moved back together as
// far as their boxes allow: an L-shaped community and a small one that
// fits in the L's corner end up there, nothing overlapping.
func TestCompactGroupsClosesGaps(t *testing.T) {
	var bs []box
	for i := range 10 { // the L: a row along y = 0 and a column along x = 0
		bs = append(bs, box{x: float64(i) * 120, y: 0, w: 100, h: 30})
		bs = append(bs, box{x: 0, y: float64(i+1) * 50, w: 100, h: 30})
	}
	l := len(bs)
	for i := range 4 { // a small community far off the L's corner
		bs = append(bs, box{x: 3000 + float64(i%2)*120, y: 3000 + float64(i/2)*50, w: 100, h: 30})
	}
	groups := [][]int{{}, {}}
	for i := range bs {
		g := 0
		if i >= l {
			g = 1
		}
		groups[g] = append(groups[g], i)
	}
	compactGroups(bs, groups)
	if n := overlaps(bs); n > 0 {
		t.Fatalf("%d pairs of boxes overlap", n)
	}
	ell, small := boundingBox(bs[:l]), boundingBox(bs[l:])
	if !overlap(ell, small, -math.Max(small.w, small.h)/2) {
		t.Errorf("the small community's box (%.0f x %.0f at %.0f, %.0f) is not within the L's (%.0f x %.0f at %.0f, %.0f)",
			small.w, small.h, small.x, small.y, ell.w, ell.h, ell.x, ell.y)
	}
}

// overlaps counts the pairs of boxes that overlap.
func overlaps(bs []box) int {
	n := 0
	for i := range bs {
		for j := i + 1; j < len(bs); j++ {
			if overlap(bs[i], bs[j], 0) {
				n++
			}
		}
	}
	return n
}

// The start puts each community's nodes in a disc of its own, and is the
// same every time.
func TestCommunityStart(t *testing.T) {
	comm := make([]int, 90)
	for i := range comm {
		comm[i] = i % 3 // interleaved, as node ids sort
	}
	var edges []springEdge
	for i := 3; i < len(comm); i++ {
		edges = append(edges, springEdge{i - 3, i, 1})
	}
	edges = append(edges, springEdge{0, 1, 1}, springEdge{1, 2, 1})
	side := math.Sqrt(float64(len(comm)) * areaPerNode)
	xs, ys, heat := communityStart(len(comm), communityGroups(comm), edges, side)
	if heat >= side/10 {
		t.Errorf("heat %.0f: want less than a start from random places gets (%.0f)", heat, side/10)
	}
	var mx, my [3]float64
	for i, c := range comm {
		mx[c] += xs[i] / 30
		my[c] += ys[i] / 30
	}
	for i, c := range comm {
		if d := math.Hypot(xs[i]-mx[c], ys[i]-my[c]); d > discRadius(30)*1.25 {
			t.Errorf("node %d of community %d is %.0f from its middle; its disc has radius %.0f", i, c, d, discRadius(30))
		}
	}
	xs2, ys2, _ := communityStart(len(comm), communityGroups(comm), edges, side)
	for i := range xs {
		if xs[i] != xs2[i] || ys[i] != ys2[i] {
			t.Fatalf("node %d starts at %v, %v, then %v, %v", i, xs[i], ys[i], xs2[i], ys2[i])
		}
	}
	// One community: random places, at full heat.
	if _, _, heat := communityStart(10, communityGroups(make([]int, 10)), nil, side); heat != side/10 {
		t.Errorf("one community: heat %.0f, want %.0f", heat, side/10)
	}
}
