package render

import (
	"cmp"
	"math"
	"runtime"
	"slices"
	"sync"

	"github.com/linkgraph/linkgraph/internal/extract"

	"github.com/linkgraph/linkgraph/internal/graph"
)

// layoutSeed fixes the force layout's random start, so that the same graph
// is always drawn the same way.
const layoutSeed = 1

// ForceLayout places the nodes of a large map in Go, so that Graphviz only
// has to draw them (engine nop2): Graphviz's own force-directed engines,
// compiled to WebAssembly, take minutes on thousands of nodes. Each
// connected component is laid out on its own by a Fruchterman-Reingold
// layout whose repulsion only looks at nearby nodes (a grid of cells), so
// each round costs time linear in nodes and edges. The layout keeps each
// community (the map's colours) together: it starts with each
// community's nodes in a place of their own (communityStart), and edges
// between communities pull less. Then overlapping boxes are pushed apart,
// each community's and then the communities (removeOverlapsByCommunity),
// and the components packed (packComponents).
// Positions are in points.
func ForceLayout(g *graph.Graph, label labeler) map[string][2]float64 {
	n := len(g.Nodes)
	pos := make(map[string][2]float64, n)
	if n == 0 {
		return pos
	}
	index := make(map[string]int, n)
	for i, node := range g.Nodes {
		index[node.ID] = i
	}
	var edges []springEdge
	for _, e := range g.Edges {
		if a, b := index[e.Source], index[e.Target]; a != b {
			pull := 1.0
			if e.Kind == graph.KindOwnedBy {
				pull = ownerPull
			}
			if g.Nodes[a].Community != g.Nodes[b].Community {
				pull *= betweenPull
			}
			edges = append(edges, springEdge{a, b, pull})
		}
	}
	boxes := make([]box, n)
	for i, node := range g.Nodes {
		w, h := nodeSize(node, label)
		boxes[i] = box{w: w, h: h}
	}
	comps := components(n, edges)
	for _, c := range comps {
		side := math.Sqrt(float64(len(c.nodes)) * areaPerNode)
		comm := make([]int, len(c.nodes))
		for j, i := range c.nodes {
			comm[j] = g.Nodes[i].Community
		}
		groups := communityGroups(comm)
		xs, ys, heat := communityStart(len(comm), groups, c.edges, side)
		frLayout(xs, ys, c.edges, side, heat)
		sub := make([]box, len(c.nodes))
		for j, i := range c.nodes {
			sub[j] = box{x: xs[j], y: ys[j], w: boxes[i].w, h: boxes[i].h}
		}
		removeOverlapsByCommunity(sub, groups)
		pullInPendants(sub, c.edges)
		for j, i := range c.nodes {
			boxes[i] = sub[j]
		}
	}
	packComponents(boxes, comps)
	minX, minY := math.Inf(1), math.Inf(1)
	for _, b := range boxes {
		minX = math.Min(minX, b.x-b.w/2)
		minY = math.Min(minY, b.y-b.h/2)
	}
	for i, node := range g.Nodes {
		pos[node.ID] = [2]float64{math.Round((boxes[i].x-minX+20)*10) / 10, math.Round((boxes[i].y-minY+20)*10) / 10}
	}
	return pos
}

// component is a connected component of a map: its nodes, in the map's
// order, and its edges, with ends indexed into nodes.
type component struct {
	nodes []int
	edges []springEdge
}

// components splits a map of n nodes into its connected components, the
// largest first; among equals, the one whose first node comes first.
func components(n int, edges []springEdge) []*component {
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, e := range edges {
		if a, b := find(e.a), find(e.b); a != b {
			parent[max(a, b)] = min(a, b) // a root is its component's first node
		}
	}
	var comps []*component
	of := make([]*component, n) // by root
	at := make([]int, n)        // each node's index in its component
	for i := range n {
		r := find(i)
		if of[r] == nil {
			of[r] = &component{}
			comps = append(comps, of[r])
		}
		at[i] = len(of[r].nodes)
		of[r].nodes = append(of[r].nodes, i)
	}
	for _, e := range edges {
		c := of[find(e.a)]
		c.edges = append(c.edges, springEdge{at[e.a], at[e.b], e.pull})
	}
	slices.SortStableFunc(comps, func(a, b *component) int { return cmp.Compare(len(b.nodes), len(a.nodes)) })
	return comps
}

// frRounds is how many rounds of forces the layout runs, cooling as it goes.
const frRounds = 120

// springEdge joins nodes a and b with a pull of the given strength.
type springEdge struct {
	a, b int
	pull float64
}

// ownerPull is how much harder an owner pulls its repositories than
// other edges pull their ends: enough to keep an organisation's code
// together, as a cluster would, on a map that draws no clusters.
const ownerPull = 4

// betweenPull is how much less an edge between two communities pulls
// than one within a community: weak enough that each community's nodes
// stay together, as a region of the map in one colour, with the edges
// between them still drawing related communities near each other.
const betweenPull = 0.05

// frLayout runs Fruchterman and Reingold's rounds of forces on nodes at xs,
// ys, joined by edges, in a side x side square, from a temperature of heat
// (the longest step of the first round) down to nothing.
func frLayout(xs, ys []float64, edges []springEdge, side, heat float64) {
	n := len(xs)
	k := math.Sqrt(side * side / float64(n))
	g := newCellGrid(side, 2*k, n)
	dx, dy := make([]float64, n), make([]float64, n)
	for round := 0; round < frRounds; round++ {
		temp := heat * (1 - float64(round)/frRounds)
		g.fill(xs, ys)
		// Each node's push from its neighbours, summed in one order
		// whatever the split over cores, so the layout repeats exactly.
		parallelRange(n, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				dx[i], dy[i] = g.repulsion(i, xs, ys, k)
			}
		})
		for _, e := range edges {
			a, b := e.a, e.b
			ddx, ddy := xs[a]-xs[b], ys[a]-ys[b]
			d := math.Max(math.Hypot(ddx, ddy), 0.01)
			f := e.pull * d * d / k
			dx[a] -= ddx / d * f
			dy[a] -= ddy / d * f
			dx[b] += ddx / d * f
			dy[b] += ddy / d * f
		}
		moveBy(xs, ys, dx, dy, temp, side)
	}
}

// moveBy moves each node at xs, ys along its force dx, dy, at most temp,
// and keeps it in the side x side square, with a weak pull to its centre
// that keeps a component off the square's edges.
func moveBy(xs, ys, dx, dy []float64, temp, side float64) {
	for i := range xs {
		if d := math.Hypot(dx[i], dy[i]); d > 0 {
			step := math.Min(d, temp)
			xs[i] += dx[i] / d * step
			ys[i] += dy[i] / d * step
		}
		xs[i] += (side/2 - xs[i]) * 0.002
		ys[i] += (side/2 - ys[i]) * 0.002
		xs[i] = math.Max(0, math.Min(side, xs[i]))
		ys[i] = math.Max(0, math.Min(side, ys[i]))
	}
}

// pullInPendants moves each tree that hangs off a component by one node
// (a repository and its owner under a paper) closer to that node, as a
// whole, to the nearest place along its edge where it overlaps nothing:
// removeOverlaps, which spreads a dense core, would otherwise leave such
// edges as long as the core's. Trees nearest the core move first.
func pullInPendants(bs []box, edges []springEdge) {
	n := len(bs)
	adj := make([][]int, n)
	for _, e := range edges {
		adj[e.a] = append(adj[e.a], e.b)
		adj[e.b] = append(adj[e.b], e.a)
	}
	// Peel nodes of degree one until none is left; each peeled node hangs
	// from the neighbour it had left.
	deg := make([]int, n)
	parent := make([]int, n)
	var queue, order []int
	for i := range n {
		parent[i] = -1
		deg[i] = len(adj[i])
		if deg[i] == 1 {
			queue = append(queue, i)
		}
	}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		if deg[v] != 1 {
			continue
		}
		for _, u := range adj[v] {
			if deg[u] > 0 { // the one neighbour not peeled yet
				parent[v] = u
				deg[v], deg[u] = 0, deg[u]-1
				if deg[u] == 1 {
					queue = append(queue, u)
				}
				order = append(order, v)
				break
			}
		}
	}
	if len(order) == 0 {
		return
	}
	children := make([][]int, n)
	size := make([]int, n) // of the tree under each node
	for _, v := range order {
		size[v]++
		size[parent[v]] += size[v]
		children[parent[v]] = append(children[parent[v]], v)
	}
	grid := newBoxGrid(bs)
	inTree := make([]bool, n)
	var tree []int
	for k := len(order) - 1; k >= 0; k-- {
		v, p := order[k], parent[order[k]]
		if size[v] > pendantMaxTree {
			continue
		}
		tree = append(tree[:0], v)
		for j := 0; j < len(tree); j++ {
			tree = append(tree, children[tree[j]]...)
		}
		for _, i := range tree {
			inTree[i] = true
		}
		if d := math.Hypot(bs[v].x-bs[p].x, bs[v].y-bs[p].y); d > 0 {
			placePendant(bs, tree, inTree, grid, p, d)
		}
		for _, i := range tree {
			inTree[i] = false
		}
	}
}

// pendantTurns are the angles, in degrees, a pendant tree may be turned
// about the node it hangs from, the least first, to find room nearer it.
var pendantTurns = []float64{0, 30, -30, 60, -60, 90, -90, 135, -135, 180}

// placePendant moves tree, whose root hangs at distance d from node p,
// turned and pulled in, to the nearest place where it overlaps nothing
// and its root is nearer p than d; it stays as it is when there is none.
func placePendant(bs []box, tree []int, inTree []bool, grid *boxGrid, p int, d float64) {
	v := tree[0]
	ux, uy := (bs[v].x-bs[p].x)/d, (bs[v].y-bs[p].y)/d
	moved := make([]box, len(tree))
	for step := 0; step < 8; step++ {
		for _, turn := range pendantTurns {
			sin, cos := math.Sincos(turn * math.Pi / 180)
			rx, ry := ux*cos-uy*sin, ux*sin+uy*cos // the root's new direction
			// The distance at which the root's box parts from p's along it.
			part := math.Inf(1)
			if rx != 0 {
				part = math.Min(part, ((bs[v].w+bs[p].w)/2+pendantMargin)/math.Abs(rx))
			}
			if ry != 0 {
				part = math.Min(part, ((bs[v].h+bs[p].h)/2+pendantMargin)/math.Abs(ry))
			}
			want := math.Max(part+pendantGap, pendantMin) * math.Pow(1.25, float64(step))
			if want >= d {
				continue
			}
			for k, i := range tree {
				ox, oy := bs[i].x-bs[p].x, bs[i].y-bs[p].y
				moved[k] = bs[i]
				moved[k].x = bs[p].x + ox*cos - oy*sin + (want-d)*rx
				moved[k].y = bs[p].y + ox*sin + oy*cos + (want-d)*ry
			}
			if fits(bs, moved, inTree, grid) {
				for k, i := range tree {
					grid.move(bs, i, moved[k])
				}
				return
			}
		}
	}
}

// pendantMargin is the least room between two boxes pullInPendants
// leaves; pendantGap the room it leaves between a pulled node and the one
// it hangs from, beyond that, and pendantMin the shortest edge it makes,
// so that an arrow still shows.
const (
	pendantMaxTree = 40 // the most nodes a tree may have to be moved: the rest are part of the layout's shape
	pendantMargin  = 8
	pendantGap     = 16
	pendantMin     = 40
)

// fits reports whether boxes, where a tree's nodes would move, overlap
// no box outside the tree, nor, turned as they are, each other.
func fits(bs, boxes []box, inTree []bool, grid *boxGrid) bool {
	for i, b := range boxes {
		for _, o := range boxes[i+1:] {
			if overlap(b, o, pendantMargin) {
				return false
			}
		}
		if !grid.clear(bs, b, inTree) {
			return false
		}
	}
	return true
}

// A boxGrid buckets the boxes of a layout by square cells as wide as the
// widest box and pendantMargin, so that a box that moves need only be
// checked against the boxes of its own cell and the eight around it.
type boxGrid struct {
	cell  float64
	cells map[[2]int][]int
}

func newBoxGrid(bs []box) *boxGrid {
	g := &boxGrid{cells: map[[2]int][]int{}}
	for _, b := range bs {
		g.cell = math.Max(g.cell, math.Max(b.w, b.h)+pendantMargin)
	}
	for i, b := range bs {
		g.cells[g.key(b)] = append(g.cells[g.key(b)], i)
	}
	return g
}

// key is the cell b's middle is in.
func (g *boxGrid) key(b box) [2]int {
	return [2]int{int(math.Floor(b.x / g.cell)), int(math.Floor(b.y / g.cell))}
}

// clear reports whether b keeps pendantMargin from every box of bs that
// is not one of ours (the boxes that move with it).
func (g *boxGrid) clear(bs []box, b box, ours []bool) bool {
	c := g.key(b)
	for cx := c[0] - 1; cx <= c[0]+1; cx++ {
		for cy := c[1] - 1; cy <= c[1]+1; cy++ {
			for _, j := range g.cells[[2]int{cx, cy}] {
				if !ours[j] && overlap(b, bs[j], pendantMargin) {
					return false
				}
			}
		}
	}
	return true
}

// move puts box i of bs at b, and in b's cell.
func (g *boxGrid) move(bs []box, i int, b box) {
	old := g.key(bs[i])
	g.cells[old] = slices.DeleteFunc(g.cells[old], func(j int) bool { return j == i })
	bs[i] = b
	g.cells[g.key(b)] = append(g.cells[g.key(b)], i)
}

// overlap reports whether boxes a and b come nearer than margin.
func overlap(a, b box, margin float64) bool {
	return math.Abs(a.x-b.x) < (a.w+b.w)/2+margin && math.Abs(a.y-b.y) < (a.h+b.h)/2+margin
}

// componentGap is the room left between two components of a map, in
// points.
const componentGap = 40

// packComponents moves the map's connected components, laid out each on
// its own, next to one another: the largest on top, the others in rows
// under it, tallest first, as wide as it or as the square they would all
// fill. Positions have y upwards, as Graphviz's.
func packComponents(bs []box, comps []*component) {
	if len(comps) < 2 {
		return
	}
	type extent struct {
		c                      *component
		minX, minY, maxX, maxY float64
	}
	es := make([]extent, len(comps))
	area := 0.0
	for k, c := range comps {
		e := extent{c: c, minX: math.Inf(1), minY: math.Inf(1), maxX: math.Inf(-1), maxY: math.Inf(-1)}
		for _, i := range c.nodes {
			b := bs[i]
			e.minX, e.maxX = math.Min(e.minX, b.x-b.w/2), math.Max(e.maxX, b.x+b.w/2)
			e.minY, e.maxY = math.Min(e.minY, b.y-b.h/2), math.Max(e.maxY, b.y+b.h/2)
		}
		es[k] = e
		area += (e.maxX - e.minX + componentGap) * (e.maxY - e.minY + componentGap)
	}
	main, rest := es[0], es[1:]
	slices.SortStableFunc(rest, func(a, b extent) int { return cmp.Compare(b.maxY-b.minY, a.maxY-a.minY) })
	move := func(e extent, left, top float64) {
		dx, dy := left-e.minX, top-e.maxY
		for _, i := range e.c.nodes {
			bs[i].x += dx
			bs[i].y += dy
		}
	}
	width := math.Max(main.maxX-main.minX, math.Sqrt(area))
	move(main, 0, 0)
	x, top, rowHeight := 0.0, -(main.maxY-main.minY)-componentGap, 0.0
	for _, e := range rest {
		w, h := e.maxX-e.minX, e.maxY-e.minY
		if x > 0 && x+w > width {
			x, top, rowHeight = 0, top-rowHeight-componentGap, 0
		}
		move(e, x, top)
		x += w + componentGap
		rowHeight = math.Max(rowHeight, h)
	}
}

// cellGrid buckets nodes by square cells of the layout, so that repulsion
// only looks at the nodes of a node's own and neighbouring cells. It is
// flat: the nodes of cell c are nodes[start[c]:start[c+1]], in index
// order.
type cellGrid struct {
	cell      float64
	cols      int
	start     []int
	nodes     []int
	cellOf    []int
	neighbour [9]int // offsets of the 3 x 3 cells around one
}

func newCellGrid(side, cell float64, n int) *cellGrid {
	cols := int(side/cell) + 1
	// A ring of empty cells around the square spares bounds checks.
	g := &cellGrid{cell: cell, cols: cols + 2, start: make([]int, (cols+2)*(cols+2)+1),
		nodes: make([]int, n), cellOf: make([]int, n)}
	i := 0
	for gx := -1; gx <= 1; gx++ {
		for gy := -1; gy <= 1; gy++ {
			g.neighbour[i] = gy*g.cols + gx
			i++
		}
	}
	return g
}

// fill buckets the nodes at xs, ys (all within the square).
func (g *cellGrid) fill(xs, ys []float64) {
	clear(g.start)
	for i := range xs {
		c := (int(ys[i]/g.cell)+1)*g.cols + int(xs[i]/g.cell) + 1
		g.cellOf[i] = c
		g.start[c+1]++
	}
	for c := 1; c < len(g.start); c++ {
		g.start[c] += g.start[c-1]
	}
	next := append([]int(nil), g.start...)
	for i, c := range g.cellOf {
		g.nodes[next[c]] = i
		next[c]++
	}
}

// repulsion is the push on node i from the nodes within one cell's width.
func (g *cellGrid) repulsion(i int, xs, ys []float64, k float64) (float64, float64) {
	var fx, fy float64
	x, y := xs[i], ys[i]
	reach := g.cell * g.cell
	for _, off := range g.neighbour {
		c := g.cellOf[i] + off
		for _, j := range g.nodes[g.start[c]:g.start[c+1]] {
			ddx, ddy := x-xs[j], y-ys[j]
			d2 := ddx*ddx + ddy*ddy
			if d2 > reach || j == i {
				continue
			}
			// A push of k*k/d along the unit vector (ddx, ddy)/d.
			f := k * k / math.Max(d2, 0.0001)
			fx += ddx * f
			fy += ddy * f
		}
	}
	return fx, fy
}

// parallelRange calls fn on contiguous parts of [0, n), one per core.
func parallelRange(n int, fn func(lo, hi int)) {
	workers := min(runtime.GOMAXPROCS(0), max(1, n/256))
	if workers == 1 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := n*w/workers, n*(w+1)/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(lo, hi)
		}()
	}
	wg.Wait()
}

// areaPerNode is the room, in square points, a node gets on a laid-out map.
const areaPerNode = 220 * 90

// labeler gives the label a paper node is drawn with.
type labeler func(graph.Node) string

// nodeSize estimates a node's box in points from its label.
func nodeSize(n graph.Node, label labeler) (float64, float64) {
	text := n.Label
	if label != nil {
		text = label(n)
	}
	lines, longest := 1, 0
	cur := 0
	for _, r := range text {
		if r == '\n' {
			lines++
			cur = 0
			continue
		}
		cur++
		longest = max(longest, cur)
	}
	return float64(longest)*6 + 20, float64(lines)*13 + 12
}

type box struct{ x, y, w, h float64 }

// removeOverlaps pushes overlapping boxes apart along the axis of least
// overlap, a few sweeps over a grid of cells, so its cost stays linear.
// Where the boxes are packed too tightly for pushing to part them, as in
// the core of a listing whose papers are all related, each push undoes
// another: then the map is spread out from its middle, a little at a
// time, until they part, as Graphviz's overlap=scale does.
func removeOverlaps(bs []box) {
	if len(bs) < 2 {
		return
	}
	cell := 0.0
	for _, b := range bs {
		cell = math.Max(cell, math.Max(b.w, b.h))
	}
	for spread := 0; ; spread++ {
		if pushApart(bs, cell) || spread == maxSpreads {
			return
		}
		var cx, cy float64
		for _, b := range bs {
			cx += b.x
			cy += b.y
		}
		cx, cy = cx/float64(len(bs)), cy/float64(len(bs))
		for i := range bs {
			bs[i].x = cx + (bs[i].x-cx)*spreadBy
			bs[i].y = cy + (bs[i].y-cy)*spreadBy
		}
	}
}

// maxSpreads and spreadBy bound how far removeOverlaps spreads a map:
// 1.1 times, up to 25 times, 11 times as wide at most.
const (
	maxSpreads = 25
	spreadBy   = 1.1
)

// pushApart sweeps over the boxes up to 10 times, pushing each two that
// overlap apart, and reports whether they all stand apart. Boxes with
// room part in a few sweeps, and more sweeps seldom part the rest: the
// suite's 1,016-node map needs 6 spreads after 10 sweeps each, 5 after
// 50, which take twice as long.
func pushApart(bs []box, cell float64) bool {
	for sweep := 0; sweep < 10; sweep++ {
		grid := map[[2]int][]int{}
		for i, b := range bs {
			k := [2]int{int(math.Floor(b.x / cell)), int(math.Floor(b.y / cell))}
			grid[k] = append(grid[k], i)
		}
		moved := false
		for i := range bs {
			ci, cj := int(math.Floor(bs[i].x/cell)), int(math.Floor(bs[i].y/cell))
			for dx := -1; dx <= 1; dx++ {
				for dy := -1; dy <= 1; dy++ {
					for _, j := range grid[[2]int{ci + dx, cj + dy}] {
						if j <= i {
							continue
						}
						if separate(&bs[i], &bs[j]) {
							moved = true
						}
					}
				}
			}
		}
		if !moved {
			return true
		}
	}
	return false
}

// separate moves two overlapping boxes apart, with a margin, and reports
// whether it moved them.
func separate(a, b *box) bool {
	const margin = 8
	ox := (a.w+b.w)/2 + margin - math.Abs(a.x-b.x)
	oy := (a.h+b.h)/2 + margin - math.Abs(a.y-b.y)
	if ox <= 0 || oy <= 0 {
		return false
	}
	if ox < oy {
		d := ox / 2
		if a.x < b.x || a.x == b.x && a.y < b.y {
			a.x, b.x = a.x-d, b.x+d
		} else {
			a.x, b.x = a.x+d, b.x-d
		}
	} else {
		d := oy / 2
		if a.y < b.y || a.y == b.y && a.x < b.x {
			a.y, b.y = a.y-d, b.y+d
		} else {
			a.y, b.y = a.y+d, b.y-d
		}
	}
	return true
}

// PaperLabels returns the labeler that names paper nodes as the map does.
func PaperLabels(papers []*extract.Entry) labeler {
	return func(n graph.Node) string {
		if n.Kind == graph.NodePaper && n.Paper >= 0 && n.Paper < len(papers) {
			return ShortName(papers[n.Paper].Title)
		}
		return n.Label
	}
}
