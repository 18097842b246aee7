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

// ThinTies keeps, of the edges that tie papers by their authors or their
// code's owner (KindSharedAuthor, KindSharedOrg), each paper's perPaper
// strongest of each kind, and as many more as keep every group of papers
// so tied joined (a spanning forest of the strongest ties); an edge stays
// when either of its papers keeps it. Among ties of equal weight (one
// author's papers are all tied alike) the papers nearest each other in
// the listing come first. A group of n papers is then drawn with fewer
// than n*(perPaper+1) lines rather than n*(n-1)/2, where every pair would
// be a knot that hides the map's other relationships; its owner's box,
// and the authors on each paper, still say who ties them. Every other
// edge stays, and every tie of the node whose id is around, the paper a
// map is drawn around ("" for none). perPaper < 1 returns the graph
// unchanged.
func (gr *Graph) ThinTies(perPaper int, around string) *Graph {
	if perPaper < 1 {
		return gr
	}
	order := map[string]int{}
	for _, n := range gr.Nodes {
		if n.Kind == NodePaper {
			order[n.ID] = n.Paper
		}
	}
	isTie := func(e Edge) bool { return e.Kind == KindSharedAuthor || e.Kind == KindSharedOrg }
	type tie struct {
		i, distance int // the edge's index, and how far apart its papers are listed
		weight      float64
	}
	var ties []tie
	for i, e := range gr.Edges {
		if isTie(e) {
			d := order[e.Source] - order[e.Target]
			ties = append(ties, tie{i, max(d, -d), e.Weight})
		}
	}
	if len(ties) == 0 {
		return gr
	}
	slices.SortFunc(ties, func(a, b tie) int { // strongest first
		if c := cmp.Compare(b.weight, a.weight); c != 0 {
			return c
		}
		if c := cmp.Compare(a.distance, b.distance); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	// Each paper's ties of each kind: how many came before, and which
	// group of papers so tied it is in (union-find over dense numbers).
	type end struct{ kind, id string }
	num := map[end]int{}
	var seen, parent []int
	at := func(x end) int {
		n, ok := num[x]
		if !ok {
			n = len(seen)
			num[x] = n
			seen, parent = append(seen, 0), append(parent, n)
		}
		return n
	}
	root := func(n int) int {
		for parent[n] != n {
			parent[n] = parent[parent[n]]
			n = parent[n]
		}
		return n
	}
	keep := make([]bool, len(gr.Edges))
	for _, t := range ties {
		i, e := t.i, gr.Edges[t.i]
		a, b := at(end{e.Kind, e.Source}), at(end{e.Kind, e.Target})
		keep[i] = seen[a] < perPaper || seen[b] < perPaper
		seen[a]++
		seen[b]++
		if ra, rb := root(a), root(b); ra != rb {
			parent[ra] = rb // the strongest tie that joins two groups
			keep[i] = true
		}
	}
	out := &Graph{Nodes: gr.Nodes, Edges: make([]Edge, 0, len(gr.Edges))}
	for i, e := range gr.Edges {
		if keep[i] || !isTie(e) || around != "" && (e.Source == around || e.Target == around) {
			out.Edges = append(out.Edges, e)
		}
	}
	return out
}
