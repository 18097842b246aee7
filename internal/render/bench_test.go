package render

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strconv"
	"testing"

	"github.com/linkgraph/linkgraph/internal/extract"
	"github.com/linkgraph/linkgraph/internal/graph"
	"github.com/linkgraph/linkgraph/internal/testgen/readgen"
)

// benchMap is the map `linkgraph render --only-linked` draws of a
// generated listing of n entries: 1,250 give the suite's 1,018-node map,
// 4,000 its 3,081-node one (bench/render.sh). (700 and 3,000 gave 1,016
// and 3,043 nodes until papers sharing one word stopped being similar.)
func benchMap(b *testing.B, n int) (*graph.Graph, []*extract.Entry) {
	b.Helper()
	es := readgen.Entries(b, n)
	ix := graph.Build(extract.Merge(es))
	g, err := ix.Graph(graph.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return g.OnlyLinked(), ix.Papers
}

var benchEntries = []int{1250, 4000}

// BenchmarkForceLayout places the nodes of the suite's large maps, the Go
// half of rendering them (the other is Graphviz drawing, BenchmarkDraw).
func BenchmarkForceLayout(b *testing.B) {
	for _, n := range benchEntries {
		g, papers := benchMap(b, n)
		label := PaperLabels(papers)
		b.Run(fmt.Sprintf("%dnodes", len(g.Nodes)), func(b *testing.B) {
			for b.Loop() {
				ForceLayout(g, label)
			}
		})
	}
}

// BenchmarkForceLayoutPath lays out 5,000 papers in a chain, each similar
// to the next: a tree as deep as it is big, which moving every subtree
// that hangs off the map (pullInPendants) would make quadratic (28 s,
// before its trees were bounded; 0.47 s after).
func BenchmarkForceLayoutPath(b *testing.B) {
	g := &graph.Graph{}
	for i := range 5000 {
		g.Nodes = append(g.Nodes, graph.Node{ID: "n" + strconv.Itoa(i), Kind: graph.NodePaper, Label: "A paper title"})
		if i > 0 {
			g.Edges = append(g.Edges, graph.Edge{Source: "n" + strconv.Itoa(i-1), Target: "n" + strconv.Itoa(i), Kind: graph.KindSimilarText, Weight: 0.5})
		}
	}
	for b.Loop() {
		ForceLayout(g, nil)
	}
}

// BenchmarkDOT writes the laid-out large maps as DOT.
func BenchmarkDOT(b *testing.B) {
	for _, n := range benchEntries {
		g, papers := benchMap(b, n)
		opts := MapOptions{Positions: ForceLayout(g, PaperLabels(papers))}
		b.Run(fmt.Sprintf("%dnodes", len(g.Nodes)), func(b *testing.B) {
			for b.Loop() {
				if err := DOT(io.Discard, g, papers, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDraw has Graphviz, as WebAssembly, draw the laid-out
// 1,018-node map as SVG with nop2, as `linkgraph render` does.
func BenchmarkDraw(b *testing.B) {
	g, papers := benchMap(b, 1250)
	var dot bytes.Buffer
	if err := DOT(&dot, g, papers, MapOptions{Positions: ForceLayout(g, PaperLabels(papers))}); err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.Run(fmt.Sprintf("%dnodes", len(g.Nodes)), func(b *testing.B) {
		for b.Loop() {
			if err := Draw(ctx, io.Discard, dot.Bytes(), "nop2", FormatSVG, EngineWASM); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkDrawPNG paints the laid-out 1,018-node map as PNG from
// Graphviz's drawing operations (drawXdot), the Go half of drawing a PNG
// in-process; Graphviz's half is much as for SVG (BenchmarkDraw).
func BenchmarkDrawPNG(b *testing.B) {
	g, papers := benchMap(b, 1250)
	var dot bytes.Buffer
	opts := MapOptions{Positions: ForceLayout(g, PaperLabels(papers)), MaxInches: 50}
	if err := DOT(&dot, g, papers, opts); err != nil {
		b.Fatal(err)
	}
	drawing, err := runWASM(context.Background(), dot.Bytes(), "nop2", FormatPNG)
	if err != nil {
		b.Fatal(err)
	}
	b.Run(fmt.Sprintf("%dnodes", len(g.Nodes)), func(b *testing.B) {
		for b.Loop() {
			if err := drawXdot(io.Discard, drawing); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkHTML wraps the drawn 1,018-node map in its web page: the
// viewer's data (every node's details, every tie) and the page around the
// SVG, what `render -o map.html` adds to drawing the SVG.
func BenchmarkHTML(b *testing.B) {
	g, papers := benchMap(b, 1250)
	var dot, svg bytes.Buffer
	if err := DOT(&dot, g, papers, MapOptions{Positions: ForceLayout(g, PaperLabels(papers))}); err != nil {
		b.Fatal(err)
	}
	if err := Draw(context.Background(), &svg, dot.Bytes(), "nop2", FormatSVG, EngineWASM); err != nil {
		b.Fatal(err)
	}
	b.Run(fmt.Sprintf("%dnodes", len(g.Nodes)), func(b *testing.B) {
		for b.Loop() {
			if err := HTML(io.Discard, svg.Bytes(), g, nil, papers, MapOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
