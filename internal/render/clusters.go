package render

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
)

// maxCommunities bounds the communities of a component that the layout
// keeps apart: clusterCentres looks at every pair of them in each round,
// and 1,500 take about 0.8 s. A component with more is laid out as if it
// had one.
const maxCommunities = 1500

// communityGroups lists the nodes of each community in comm (each node's
// community), in node order, the communities in the order of their first
// node.
func communityGroups(comm []int) [][]int {
	index := map[int]int{}
	var groups [][]int
	for i, c := range comm {
		j, ok := index[c]
		if !ok {
			j = len(groups)
			index[c] = j
			groups = append(groups, nil)
		}
		groups[j] = append(groups[j], i)
	}
	return groups
}

// communityStart places a component's n nodes where the force rounds
// start, and says how hot the rounds start (the longest first step).
// groups are its communities' nodes (communityGroups), and side is its
// square.
//
// Each community's nodes start together, uniformly in a disc of the room
// they need, the discs laid out by a force layout of their own
// (clusterCentres) over the edges between communities. Started from random
// places, the rounds left a community's nodes spread over the whole map,
// its colour mixed with all the others; from here, at a quarter of the
// heat, they refine the clusters rather than having to gather them. A
// component of one community, or of more than maxCommunities, starts from
// random places at full heat.
func communityStart(n int, groups [][]int, edges []springEdge, side float64) (xs, ys []float64, heat float64) {
	rng := rand.New(rand.NewPCG(layoutSeed, layoutSeed))
	xs, ys = make([]float64, n), make([]float64, n)
	if len(groups) == 1 || len(groups) > maxCommunities {
		for i := range xs {
			xs[i], ys[i] = rng.Float64()*side, rng.Float64()*side
		}
		return xs, ys, side / 10
	}
	of := make([]int, n)
	sizes := make([]float64, len(groups))
	for gi, g := range groups {
		for _, i := range g {
			of[i] = gi
		}
		sizes[gi] = float64(len(g))
	}
	cx, cy := clusterCentres(sizes, communityEdges(of, edges), side)
	for i, c := range of {
		r := discRadius(sizes[c]) * math.Sqrt(rng.Float64())
		t := 2 * math.Pi * rng.Float64()
		xs[i] = math.Max(0, math.Min(side, cx[c]+r*math.Cos(t)))
		ys[i] = math.Max(0, math.Min(side, cy[c]+r*math.Sin(t)))
	}
	return xs, ys, side / 40
}

// communityEdges joins the communities that edges join (of holds each
// node's), each pair once, in order, pulling as hard as its edges do
// together.
func communityEdges(of []int, edges []springEdge) []springEdge {
	pulls := map[[2]int]float64{}
	for _, e := range edges {
		if a, b := of[e.a], of[e.b]; a != b {
			pulls[[2]int{min(a, b), max(a, b)}] += e.pull
		}
	}
	between := make([]springEdge, 0, len(pulls))
	for p, pull := range pulls {
		between = append(between, springEdge{p[0], p[1], pull})
	}
	slices.SortFunc(between, func(p, q springEdge) int {
		if c := cmp.Compare(p.a, q.a); c != 0 {
			return c
		}
		return cmp.Compare(p.b, q.b)
	})
	return between
}

// discRadius is the radius of the disc that gives size nodes their room.
func discRadius(size float64) float64 { return math.Sqrt(size * areaPerNode / math.Pi) }

// clusterCentres lays out discs that give communities of the given sizes
// (in nodes) their room, joined by edges, in a side x side square, by
// Fruchterman and Reingold's rounds: each two discs pushed apart by the
// square of their radii together over their distance, each edge pulling by
// the log of its strength. There are few communities, so every pair is
// looked at.
func clusterCentres(sizes []float64, edges []springEdge, side float64) ([]float64, []float64) {
	c := len(sizes)
	xs, ys := make([]float64, c), make([]float64, c)
	rng := rand.New(rand.NewPCG(layoutSeed, layoutSeed+1))
	for i := range xs {
		xs[i], ys[i] = rng.Float64()*side, rng.Float64()*side
	}
	r := make([]float64, c)
	for i, s := range sizes {
		r[i] = discRadius(s)
	}
	dx, dy := make([]float64, c), make([]float64, c)
	for round := 0; round < frRounds; round++ {
		temp := side / 10 * (1 - float64(round)/frRounds)
		clear(dx)
		clear(dy)
		for i := range c {
			for j := i + 1; j < c; j++ {
				ddx, ddy := xs[i]-xs[j], ys[i]-ys[j]
				want := r[i] + r[j]
				f := want * want / math.Max(ddx*ddx+ddy*ddy, 0.0001)
				dx[i] += ddx * f
				dy[i] += ddy * f
				dx[j] -= ddx * f
				dy[j] -= ddy * f
			}
		}
		for _, e := range edges {
			a, b := e.a, e.b
			ddx, ddy := xs[a]-xs[b], ys[a]-ys[b]
			d := math.Max(math.Hypot(ddx, ddy), 0.01)
			f := math.Log1p(e.pull) * d / (r[a] + r[b])
			dx[a] -= ddx * f
			dy[a] -= ddy * f
			dx[b] += ddx * f
			dy[b] += ddy * f
		}
		moveBy(xs, ys, dx, dy, temp, side)
	}
	return xs, ys
}

// removeOverlapsByCommunity parts the boxes of each community (groups,
// as communityGroups gives them) on its own, spreading it about its own middle when it must;
// then parts the communities, each moved as a whole, by their bounding
// boxes; and then moves them back towards the middle as far as they go
// without overlapping (compactGroups). removeOverlaps over all the boxes
// at once would spread the whole map as much as its densest community
// needs, gaps between communities and all.
func removeOverlapsByCommunity(bs []box, groups [][]int) {
	if len(groups) == 1 || len(groups) > maxCommunities {
		removeOverlaps(bs)
		return
	}
	hulls := make([]box, len(groups))
	for gi, g := range groups {
		sub := make([]box, len(g))
		for j, i := range g {
			sub[j] = bs[i]
		}
		removeOverlaps(sub)
		for j, i := range g {
			bs[i] = sub[j]
		}
		hulls[gi] = boundingBox(sub)
	}
	parted := slices.Clone(hulls)
	removeOverlaps(parted)
	for gi, g := range groups {
		dx, dy := parted[gi].x-hulls[gi].x, parted[gi].y-hulls[gi].y
		for _, i := range g {
			bs[i].x += dx
			bs[i].y += dy
		}
	}
	compactGroups(bs, groups)
}

// boundingBox is the box around bs.
func boundingBox(bs []box) box {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, b := range bs {
		x0, y0 = math.Min(x0, b.x-b.w/2), math.Min(y0, b.y-b.h/2)
		x1, y1 = math.Max(x1, b.x+b.w/2), math.Max(y1, b.y+b.h/2)
	}
	return box{x: (x0 + x1) / 2, y: (y0 + y1) / 2, w: x1 - x0, h: y1 - y0}
}

// compactPasses is how many times compactGroups moves every group: on the
// suite's maps and the LLM-unlearning list, more moved nothing further.
const compactPasses = 6

// compactGroups moves each group of boxes, as a whole, towards the middle
// of all the boxes, as far as it goes without a box of it coming nearer
// than pendantMargin to one of another group (half the way, or else a
// quarter, down to a 32nd), the groups nearest the middle first.
// Communities parted by their bounding boxes stand further apart than
// their boxes need: a community's outline is seldom a rectangle.
func compactGroups(bs []box, groups [][]int) {
	var cx, cy float64
	for _, b := range bs {
		cx += b.x
		cy += b.y
	}
	cx, cy = cx/float64(len(bs)), cy/float64(len(bs))
	grid := newBoxGrid(bs)
	ours := make([]bool, len(bs)) // the group being moved
	// free reports whether group g, moved by dx, dy, keeps clear of the
	// others.
	free := func(g []int, dx, dy float64) bool {
		for _, i := range g {
			if !grid.clear(bs, box{x: bs[i].x + dx, y: bs[i].y + dy, w: bs[i].w, h: bs[i].h}, ours) {
				return false
			}
		}
		return true
	}
	order := make([]int, len(groups))
	dist := make([]float64, len(groups))
	mx, my := make([]float64, len(groups)), make([]float64, len(groups))
	for range compactPasses {
		for gi, g := range groups {
			order[gi] = gi
			mx[gi], my[gi] = 0, 0
			for _, i := range g {
				mx[gi] += bs[i].x
				my[gi] += bs[i].y
			}
			mx[gi], my[gi] = mx[gi]/float64(len(g)), my[gi]/float64(len(g))
			dist[gi] = math.Hypot(mx[gi]-cx, my[gi]-cy)
		}
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(dist[a], dist[b]) })
		for _, gi := range order {
			g := groups[gi]
			for _, i := range g {
				ours[i] = true
			}
			for t := 0.5; t >= 1.0/32; t /= 2 {
				if dx, dy := (cx-mx[gi])*t, (cy-my[gi])*t; free(g, dx, dy) {
					for _, i := range g {
						grid.move(bs, i, box{x: bs[i].x + dx, y: bs[i].y + dy, w: bs[i].w, h: bs[i].h})
					}
					break
				}
			}
			for _, i := range g {
				ours[i] = false
			}
		}
	}
}
