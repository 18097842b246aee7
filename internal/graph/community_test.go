package graph

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// modularity is Newman's Q of a partition at resolution 1, computed the
// plain way, for checking louvain against.
func modularity(n int, edges []weightedEdge, of []int32) float64 {
	degree := make([]float64, n)
	var m, inside float64
	for _, e := range edges {
		degree[e.a] += e.w
		degree[e.b] += e.w
		m += e.w
		if of[e.a] == of[e.b] {
			inside += e.w
		}
	}
	tot := map[int32]float64{}
	for i, d := range degree {
		tot[of[i]] += d
	}
	q := inside / m
	for _, t := range tot {
		q -= (t / (2 * m)) * (t / (2 * m))
	}
	return q
}

// ringOfCliques is k cliques of size s, each joined to the next by one edge.
func ringOfCliques(k, s int) []weightedEdge {
	var edges []weightedEdge
	for c := range k {
		base := int32(c * s)
		for i := range int32(s) {
			for j := i + 1; j < int32(s); j++ {
				edges = append(edges, weightedEdge{base + i, base + j, 1})
			}
		}
		next := int32(((c + 1) % k) * s)
		edges = append(edges, weightedEdge{min(base, next), max(base, next), 1})
	}
	return edges
}

// TestLouvainFindsCliques: on a ring of cliques, each clique is a
// community, the best partition there is (Q = 80/88 - 8 (22/176)^2 =
// 0.784 for 8 cliques of 5).
func TestLouvainFindsCliques(t *testing.T) {
	const k, s = 8, 5
	edges := ringOfCliques(k, s)
	of := louvain(k*s, edges)
	for c := range k {
		for i := 1; i < s; i++ {
			if of[c*s+i] != of[c*s] {
				t.Fatalf("clique %d split: %v", c, of[c*s:c*s+s])
			}
		}
		if c > 0 && of[c*s] == of[(c-1)*s] {
			t.Fatalf("cliques %d and %d merged: %v", c-1, c, of)
		}
	}
	if q := modularity(k*s, edges, of); q < 0.7839 {
		t.Errorf("Q = %.4f, want 0.784", q)
	}
}

// TestLouvainWeights: weight decides which of two equal shapes joins: a
// path a-b-c-d whose middle edge is light splits there.
func TestLouvainWeights(t *testing.T) {
	edges := []weightedEdge{{0, 1, 5}, {1, 2, 0.1}, {2, 3, 5}}
	of := louvain(4, edges)
	if of[0] != of[1] || of[2] != of[3] || of[1] == of[2] {
		t.Errorf("communities %v, want {0,1} and {2,3}", of)
	}
}

// TestLouvainEdges: no edges, isolated nodes and a single edge, and the
// same answer every time.
func TestLouvainEdges(t *testing.T) {
	if of := louvain(3, nil); fmt.Sprint(of) != "[0 1 2]" {
		t.Errorf("no edges: %v", of)
	}
	of := louvain(4, []weightedEdge{{1, 2, 1}})
	if of[1] != of[2] || of[0] == of[1] || of[3] == of[1] || of[0] == of[3] {
		t.Errorf("one edge among four nodes: %v", of)
	}
	edges := ringOfCliques(12, 4)
	first := louvain(48, edges)
	for range 5 {
		if again := louvain(48, edges); !slices.Equal(again, first) {
			t.Fatalf("louvain gave %v, then %v", first, again)
		}
	}
}

// TestLouvainRandomGraphs: on random graphs, every node gets a community,
// and the partition is no worse than either trivial one (each node alone,
// or all together).
func TestLouvainRandomGraphs(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	for round := range 200 {
		n := 1 + rng.IntN(60)
		var edges []weightedEdge
		for range rng.IntN(4 * n) {
			a, b := int32(rng.IntN(n)), int32(rng.IntN(n))
			if a != b {
				edges = append(edges, weightedEdge{min(a, b), max(a, b), 0.1 + rng.Float64()})
			}
		}
		of := louvain(n, edges)
		if len(of) != n {
			t.Fatalf("round %d: %d communities for %d nodes", round, len(of), n)
		}
		if len(edges) == 0 {
			continue
		}
		alone, together := make([]int32, n), make([]int32, n)
		for i := range alone {
			alone[i] = int32(i)
		}
		q := modularity(n, edges, of)
		if qa, qt := modularity(n, edges, alone), modularity(n, edges, together); q < qa-1e-9 || q < qt-1e-9 {
			t.Fatalf("round %d: Q %.4f, below each node alone (%.4f) or all together (%.4f)", round, q, qa, qt)
		}
	}
}
