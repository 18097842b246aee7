package graph

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
