package graph

import (
	"cmp"
	"slices"
)

// Filter returns a graph with the edges keepEdge accepts and the nodes
// keepNode accepts, dropping edges whose ends were dropped. Node and edge
// order is kept; the underlying dominikbraun graph is not copied.
func (gr *Graph) Filter(keepNode func(Node) bool, keepEdge func(Edge) bool) *Graph {
	out := &Graph{}
	kept := map[string]bool{}
	for _, n := range gr.Nodes {
		if keepNode == nil || keepNode(n) {
			out.Nodes = append(out.Nodes, n)
			kept[n.ID] = true
		}
	}
	for _, e := range gr.Edges {
		if kept[e.Source] && kept[e.Target] && (keepEdge == nil || keepEdge(e)) {
			out.Edges = append(out.Edges, e)
		}
	}
	return out
}

// MinWeight drops relationships between papers lighter than w; the
// structural edges (code, owned-by, links-org) always stay.
func (gr *Graph) MinWeight(w float64) *Graph {
	return gr.Filter(nil, func(e Edge) bool {
		switch e.Kind {
		case KindCode, KindOwnedBy, KindLinksOrg:
			return true
		}
		return e.Weight >= w
	})
}

// OnlyLinked keeps the papers that link code or have any relationship,
// with the repositories and owners they reach.
func (gr *Graph) OnlyLinked() *Graph {
	touched := map[string]bool{}
	for _, e := range gr.Edges {
		touched[e.Source] = true
		touched[e.Target] = true
	}
	return gr.Filter(func(n Node) bool { return touched[n.ID] }, nil)
}

// Neighbourhood keeps the nodes within depth steps of the node id,
// following edges either way, and the edges among them.
func (gr *Graph) Neighbourhood(id string, depth int) *Graph {
	adj := map[string][]string{}
	for _, e := range gr.Edges {
		adj[e.Source] = append(adj[e.Source], e.Target)
		adj[e.Target] = append(adj[e.Target], e.Source)
	}
	dist := map[string]int{id: 0}
	frontier := []string{id}
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		var next []string
		for _, n := range frontier {
			for _, m := range adj[n] {
				if _, seen := dist[m]; !seen {
					dist[m] = d
					next = append(next, m)
				}
			}
		}
		frontier = next
	}
	return gr.Filter(func(n Node) bool { _, ok := dist[n.ID]; return ok }, nil)
}

// MostConnected keeps about max nodes: the papers with the most
// relationships (the sum of their edges' weights, code links counted
// as 1), each with the repositories and owners it reaches, in that order
// while they fit. It returns the graph unchanged when it has no more
// than max nodes, or max < 1.
func (gr *Graph) MostConnected(max int) *Graph {
	if max < 1 || len(gr.Nodes) <= max {
		return gr
	}
	score := map[string]float64{}
	near := map[string][]string{} // a paper's repositories and owners; a repository's owner
	for _, e := range gr.Edges {
		score[e.Source] += e.Weight
		score[e.Target] += e.Weight
		switch e.Kind {
		case KindCode, KindLinksOrg, KindOwnedBy:
			near[e.Source] = append(near[e.Source], e.Target)
		}
	}
	var papers []Node
	for _, n := range gr.Nodes {
		if n.Kind == NodePaper {
			papers = append(papers, n)
		}
	}
	slices.SortStableFunc(papers, func(a, b Node) int { return cmp.Compare(score[b.ID], score[a.ID]) })
	kept := map[string]bool{}
	for _, p := range papers {
		add := []string{p.ID}
		for _, r := range near[p.ID] {
			add = append(add, r)
			add = append(add, near[r]...)
		}
		var fresh []string
		for _, id := range add {
			if !kept[id] && !slices.Contains(fresh, id) {
				fresh = append(fresh, id)
			}
		}
		if len(kept)+len(fresh) > max {
			continue // a smaller paper further down may still fit
		}
		for _, id := range fresh {
			kept[id] = true
		}
		if len(kept) == max {
			break
		}
	}
	return gr.Filter(func(n Node) bool { return kept[n.ID] }, nil)
}
