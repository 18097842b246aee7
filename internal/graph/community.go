package graph

import (
	"math/rand/v2"
	"sort"

	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"
)

// communitySeed fixes Louvain's random order, so that the same graph always
// gets the same communities.
const communitySeed = 1

// AssignCommunities finds communities with Louvain modularisation (gonum)
// on the undirected, weighted view of the graph, and numbers them by size,
// largest first, ties by their first node's id. Isolated nodes each get a
// community of their own.
func (gr *Graph) AssignCommunities() {
	if len(gr.Nodes) == 0 {
		return
	}
	index := make(map[string]int64, len(gr.Nodes))
	g := simple.NewWeightedUndirectedGraph(0, 0)
	for i, n := range gr.Nodes {
		index[n.ID] = int64(i)
		g.AddNode(simple.Node(int64(i)))
	}
	for _, e := range gr.Edges {
		a, b := index[e.Source], index[e.Target]
		if a == b {
			continue
		}
		w := e.Weight
		if old := g.WeightedEdge(a, b); old != nil {
			w += old.Weight()
		}
		g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(a), simple.Node(b), w))
	}
	reduced := community.Modularize(g, 1, rand.NewPCG(communitySeed, communitySeed))
	groups := reduced.Communities()
	members := make([][]int, 0, len(groups))
	for _, c := range groups {
		m := make([]int, 0, len(c))
		for _, n := range c {
			m = append(m, int(n.ID()))
		}
		sort.Ints(m)
		members = append(members, m)
	}
	sort.Slice(members, func(i, j int) bool {
		if len(members[i]) != len(members[j]) {
			return len(members[i]) > len(members[j])
		}
		return members[i][0] < members[j][0]
	})
	for c, m := range members {
		for _, i := range m {
			gr.Nodes[i].Community = c
		}
	}
}
