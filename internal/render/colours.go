package render

import (
	"github.com/linkgraph/linkgraph/internal/graph"
)

// communityFills gives each community of g its fill from the palette:
// community c the palette's c-th colour (counting around it), unless a
// community it relates to has that colour already, and then the next one
// that none of them has. Communities are numbered from the largest, so
// the largest get their colours first. A map has more communities than
// the palette has colours, and the layout puts related communities next to
// each other: coloured by number alone, two of them could share a colour
// and read as one cluster.
func communityFills(g *graph.Graph) map[int]string {
	community := make(map[string]int, len(g.Nodes))
	count := 0
	for _, n := range g.Nodes {
		community[n.ID] = n.Community
		count = max(count, n.Community+1)
	}
	related := make([][]int, count)
	for _, e := range g.Edges {
		a, b := community[e.Source], community[e.Target]
		if a != b {
			related[a] = append(related[a], b)
			related[b] = append(related[b], a)
		}
	}
	colour := make([]int, count)
	fills := make(map[int]string, count)
	taken := make([]bool, len(palette))
	for c := range count {
		clear(taken)
		for _, r := range related[c] {
			if r < c {
				taken[colour[r]] = true
			}
		}
		colour[c] = c % len(palette)
		for step := range len(palette) {
			if next := (c + step) % len(palette); !taken[next] {
				colour[c] = next
				break
			}
		}
		fills[c] = palette[colour[c]]
	}
	return fills
}
