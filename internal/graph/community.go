package graph

import (
	"cmp"
	"slices"
)

// AssignCommunities finds communities with Louvain modularisation on the
// undirected, weighted view of the graph (the weights of edges between
// the same two nodes add up), and numbers them by size, largest first,
// ties by their first node's id. Isolated nodes each get a community of
// their own.
func (gr *Graph) AssignCommunities() {
	n := len(gr.Nodes)
	if n == 0 {
		return
	}
	index := make(map[string]int32, n)
	for i, node := range gr.Nodes {
		index[node.ID] = int32(i)
	}
	edges := make([]weightedEdge, 0, len(gr.Edges))
	for _, e := range gr.Edges {
		if a, b := index[e.Source], index[e.Target]; a != b && e.Weight > 0 {
			edges = append(edges, weightedEdge{min(a, b), max(a, b), e.Weight})
		}
	}
	of := louvain(n, edges)
	members := map[int32][]int{}
	for i, c := range of {
		members[c] = append(members[c], i)
	}
	groups := make([][]int, 0, len(members))
	for _, m := range members {
		groups = append(groups, m) // each in node order, as i rose
	}
	slices.SortFunc(groups, func(a, b []int) int {
		if c := cmp.Compare(len(b), len(a)); c != 0 {
			return c
		}
		return cmp.Compare(a[0], b[0])
	})
	for c, m := range groups {
		for _, i := range m {
			gr.Nodes[i].Community = c
		}
	}
}

// weightedEdge joins nodes a and b with weight w.
type weightedEdge struct {
	a, b int32
	w    float64
}

// louvain returns a community for each of n nodes: Louvain's method
// (Blondel et al., 2008) at resolution 1. Each level moves nodes, one at a
// time in index order, to the neighbouring community that raises
// modularity most, until no move does; then each community becomes a node
// of the next level. Index order, and ties kept where a node is or going
// to the lowest community, make the result the same on every run.
func louvain(n int, edges []weightedEdge) []int32 {
	of := make([]int32, n) // each original node's community at the current level
	for i := range of {
		of[i] = int32(i)
	}
	lv := newLevel(n, edges)
	for {
		comm, moved := lv.moveNodes()
		if !moved {
			return of
		}
		for i := range of {
			of[i] = comm[of[i]]
		}
		lv = lv.aggregate(comm)
	}
}

// level is one level of Louvain's method: a weighted graph in compressed
// rows, each node's weight to itself (the edges inside the community it
// stands for, both ways), and its degree.
type level struct {
	start  []int32 // node i's neighbours are adj[start[i]:start[i+1]]
	adj    []int32
	w      []float64
	self   []float64
	degree []float64
	total  float64 // the sum of the degrees, twice the edges' weight
}

func newLevel(n int, edges []weightedEdge) *level {
	lv := &level{start: make([]int32, n+1), self: make([]float64, n), degree: make([]float64, n)}
	for _, e := range edges {
		lv.start[e.a+1]++
		lv.start[e.b+1]++
	}
	for i := 1; i <= n; i++ {
		lv.start[i] += lv.start[i-1]
	}
	lv.adj = make([]int32, lv.start[n])
	lv.w = make([]float64, lv.start[n])
	next := slices.Clone(lv.start[:n])
	for _, e := range edges {
		lv.adj[next[e.a]], lv.w[next[e.a]] = e.b, e.w
		next[e.a]++
		lv.adj[next[e.b]], lv.w[next[e.b]] = e.a, e.w
		next[e.b]++
		lv.degree[e.a] += e.w
		lv.degree[e.b] += e.w
		lv.total += 2 * e.w
	}
	return lv
}

// minGain is the least rise in a node's modularity term worth a move, so
// that rounding cannot move nodes back and forth for ever.
const minGain = 1e-12

// moveNodes runs the local moving of one level and returns each node's
// community, numbered from 0 in the order of their first nodes, and
// whether any node moved.
func (lv *level) moveNodes() ([]int32, bool) {
	n := len(lv.degree)
	comm := make([]int32, n)
	tot := slices.Clone(lv.degree) // the degrees in each community
	for i := range comm {
		comm[i] = int32(i)
	}
	if lv.total == 0 {
		return comm, false
	}
	weightTo := make([]float64, n) // from the node being moved, by community
	var touched []int32
	moved := false
	for changed := true; changed; {
		changed = false
		for i := range n {
			own, k := comm[i], lv.degree[i]
			touched = append(touched[:0], own)
			for j := lv.start[i]; j < lv.start[i+1]; j++ {
				c := comm[lv.adj[j]]
				if weightTo[c] == 0 && c != own {
					touched = append(touched, c)
				}
				weightTo[c] += lv.w[j]
			}
			tot[own] -= k
			// The gain of joining c, less what does not depend on c.
			gain := func(c int32) float64 { return weightTo[c] - tot[c]*k/lv.total }
			best, bestGain := own, gain(own)
			for _, c := range touched[1:] {
				if g := gain(c); g > bestGain+minGain || g > bestGain-minGain && c < best && best != own {
					best, bestGain = c, g
				}
			}
			tot[best] += k
			comm[i] = best
			if best != own {
				changed, moved = true, true
			}
			for _, c := range touched {
				weightTo[c] = 0
			}
		}
	}
	// Number the communities in the order of their first nodes.
	number := make([]int32, n)
	for i := range number {
		number[i] = -1
	}
	next := int32(0)
	for i, c := range comm {
		if number[c] < 0 {
			number[c] = next
			next++
		}
		comm[i] = number[c]
	}
	return comm, moved && int(next) < n
}

// aggregate makes the next level: a node for each community, its edges
// to other communities and its weight to itself summed from its members'.
func (lv *level) aggregate(comm []int32) *level {
	k := 0
	for _, c := range comm {
		k = max(k, int(c)+1)
	}
	self := make([]float64, k)
	sum := map[[2]int32]float64{}
	for i := range comm {
		ci := comm[i]
		self[ci] += lv.self[i]
		for j := lv.start[i]; j < lv.start[i+1]; j++ {
			cj := comm[lv.adj[j]]
			switch {
			case ci == cj:
				self[ci] += lv.w[j] // each inner edge is met from both ends
			case ci < cj:
				sum[[2]int32{ci, cj}] += lv.w[j]
			}
		}
	}
	edges := make([]weightedEdge, 0, len(sum))
	for p, w := range sum {
		edges = append(edges, weightedEdge{p[0], p[1], w})
	}
	// Sorted, so that the next level's neighbours come in one order.
	slices.SortFunc(edges, func(x, y weightedEdge) int {
		if c := cmp.Compare(x.a, y.a); c != 0 {
			return c
		}
		return cmp.Compare(x.b, y.b)
	})
	next := newLevel(k, edges)
	for c := range k {
		next.self[c] = self[c]
		next.degree[c] += self[c]
		next.total += self[c]
	}
	return next
}
