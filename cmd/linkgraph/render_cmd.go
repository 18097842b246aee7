package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/linkgraph/linkgraph/internal/graph"
	"github.com/linkgraph/linkgraph/internal/render"
)

// autoDotMaxNodes is the largest map `--layout auto` gives to Graphviz's
// dot; larger maps are laid out in Go and drawn with nop2, since Graphviz's
// force-directed engines run far too slowly as WebAssembly.
const autoDotMaxNodes = 300

// autoDotMaxDensity is the most edges per node a map may have for
// `--layout auto` to give it to dot: dot draws the papers of one lab, all
// related to each other, as a skein of curves across its ranks, where the
// Go layout puts them in a knot of straight lines. The sample has 1.1
// edges a node; a paper's neighbourhood two steps deep, about 2; one
// lab's papers, 8.
const autoDotMaxDensity = 2.5

// defaultMaxNodes is the most nodes a map has unless --max-nodes says
// otherwise: more cannot be read, and take long and gigabytes to draw (a
// 100,000-paper listing, all 134,894 nodes: 62 s, 1.8 GB, a 206 MB SVG).
const defaultMaxNodes = 5000

// defaultMaxTies is how many same-authors and same-owner lines a map draws
// from each paper unless --max-ties says otherwise: one lab's 40 papers,
// all by one author, would draw 780 lines, hiding every other
// relationship, where 3 a paper still join them (graph.ThinTies).
const defaultMaxTies = 3

// maxPNGInches bounds a PNG map to 4,800 pixels a side (at 96 an inch): larger images take
// long to draw and are too big to open comfortably; SVG maps zoom instead.
const maxPNGInches = 50

// wasmDrawHeap is about how many bytes drawing a map with Graphviz's
// WebAssembly allocates for each byte of its DOT: 210-220 for SVG on maps
// of 850 to 3,000 nodes (more on small ones), most of it the WebAssembly
// memory, which grows by copying into ever larger blocks.
const wasmDrawHeap = 256

type renderFlags struct {
	out, format, layout, engine, focus, title string
	checkResults                              string
	depth, maxNodes, maxTies                  int
	onlyLinked                                bool
	minWeight                                 float64
	focusNode                                 string // the node --focus named, once narrow found it
}

func newRenderCmd(e *env) *cobra.Command {
	var f renderFlags
	cmd := &cobra.Command{
		Use:   "render [flags] FILE...",
		Short: "Draw papers, their code and the organisations behind it as a map",
		Long: `Render draws the relationship graph as a map: papers (coloured by
community), the repositories they link (clickable), each organisation that
ties two or more papers as a cluster around its repositories, and the
relationships between papers, styled by kind, with a legend.

The format follows -o's extension (.svg, .png, .html, .dot, .json) unless
--format says otherwise; with no -o the map goes to standard output, except
PNG, which is not written to a terminal. HTML is the SVG map in a page of
its own that zooms and pans it, finds papers, repositories and owners by
their words, and shows a clicked node's details (authors, date, abstract)
and every relationship it has on the map; it needs nothing but a browser,
and map.html#<node id> opens it on that node. Graphviz runs in-process as
WebAssembly, so nothing needs installing; --engine native uses a Graphviz
on PATH instead.`,
		Example: `  linkgraph render -o map.svg testdata/daily-papers.txt
  linkgraph render -o map.html testdata/daily-papers.txt
  linkgraph render -o map.png --only-linked testdata/daily-papers.txt
  linkgraph render --focus "Challenging Forgets" --depth 2 -o forgets.svg testdata/daily-papers.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := f.resolveFormat(); err != nil {
				return err
			}
			if err := exactFormat(f.layout, "auto", "force", "dot", "neato", "fdp", "sfdp", "circo"); err != nil {
				return usageError("unknown --layout %q (want one of auto, force, dot, neato, fdp, sfdp, circo)", f.layout)
			}
			if err := exactFormat(f.engine, "auto", "wasm", "native"); err != nil {
				return usageError("unknown --engine %q (want one of auto, wasm, native)", f.engine)
			}
			if f.format == "png" && f.out == "" && isTerminal(e.stdout) {
				return usageError("will not write PNG to a terminal: use -o FILE or redirect")
			}
			entries, inputErr, err := loadPapers(cmd, e, args, e.listingOptions())
			if err != nil {
				return err
			}
			ix := graph.Build(entries)
			// Colours are the communities of the map as drawn, found once
			// it is narrowed: on a big listing, of a few thousand nodes,
			// not of all.
			g, err := ix.Graph(graph.Options{NoCommunities: true})
			if err != nil {
				return err
			}
			if g, err = f.narrow(ix, g); err != nil {
				return err
			}
			if all := len(g.Nodes); f.maxNodes > 0 && all > f.maxNodes {
				g = g.MostConnected(f.maxNodes)
				fmt.Fprintf(e.stderr, "linkgraph: the map has %d nodes; drawing %d of them, the most connected papers with their code (--max-nodes 0 draws all; --focus, --only-linked and --min-weight narrow it)\n",
					all, len(g.Nodes))
			}
			g.AssignCommunities()
			data, err := f.draw(cmd, g, ix)
			if err != nil {
				return err
			}
			if err := writeOutput(e, f.out, data); err != nil {
				return err
			}
			return inputErr
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.out, "output", "o", "", "write the map to this file; its extension picks the format")
	fl.StringVar(&f.format, "format", "", "svg, png, html, dot or json (default: from -o, else svg)")
	fl.StringVar(&f.layout, "layout", "auto", "auto (dot; for over 300 nodes or 2.5 edges a node, force), force (linkgraph's own), dot, neato, fdp, sfdp or circo")
	fl.StringVar(&f.engine, "engine", "wasm", "wasm (in-process), native (Graphviz on PATH) or auto")
	fl.BoolVar(&f.onlyLinked, "only-linked", false, "keep only papers with code or with relationships")
	fl.StringVar(&f.focus, "focus", "", "draw only the neighbourhood of the paper this QUERY names")
	fl.IntVar(&f.depth, "depth", 1, "with --focus: how many steps from the paper")
	fl.IntVar(&f.maxNodes, "max-nodes", defaultMaxNodes, "draw at most about this many nodes, the most connected papers with their code; 0 for no limit")
	fl.IntVar(&f.maxTies, "max-ties", defaultMaxTies, "draw at most this many same-authors and same-owner lines from each paper, its strongest; 0 for all")
	fl.Float64Var(&f.minWeight, "min-weight", 0, "drop relationships between papers lighter than this")
	fl.StringVar(&f.title, "title", "", "a title drawn above the map")
	fl.StringVar(&f.checkResults, "check-results", "", "colour repositories by `linkgraph check --format json` results in this file")
	return cmd
}

// resolveFormat picks the format from --format, else -o's extension.
func (f *renderFlags) resolveFormat() error {
	if f.format == "" {
		switch ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(f.out), ".")); ext {
		case "", "svg":
			f.format = "svg"
		case "png", "dot", "json", "html":
			f.format = ext
		case "gv":
			f.format = "dot"
		case "htm":
			f.format = "html"
		default:
			return usageError("-o %s: cannot tell the format from .%s; give --format", f.out, ext)
		}
	}
	return exactFormat(f.format, "svg", "png", "html", "dot", "json")
}

// narrow applies --min-weight, --only-linked and --focus.
func (f *renderFlags) narrow(ix *graph.Index, g *graph.Graph) (*graph.Graph, error) {
	if f.minWeight > 0 {
		g = g.MinWeight(f.minWeight)
	}
	if f.onlyLinked {
		g = g.OnlyLinked()
	}
	if f.focus != "" {
		if f.depth < 1 {
			return nil, usageError("--depth %d: want 1 or more", f.depth)
		}
		q, err := ix.Find(f.focus)
		if err != nil {
			return nil, &exitError{code: exitInput, err: fmt.Errorf("--focus: %w", err)}
		}
		f.focusNode = graph.PaperNodeID(ix.Papers[q].ID)
		g = g.Neighbourhood(f.focusNode, f.depth)
	}
	return g, nil
}

// draw turns the graph into the chosen format's bytes.
func (f *renderFlags) draw(cmd *cobra.Command, g *graph.Graph, ix *graph.Index) ([]byte, error) {
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	if f.format == "json" {
		if err := render.JSON(w, g); err != nil {
			return nil, err
		}
		w.Flush()
		return buf.Bytes(), nil
	}
	opts := render.MapOptions{Title: f.title, Focus: f.focusNode}
	if f.checkResults != "" {
		status, err := readCheckResults(f.checkResults)
		if err != nil {
			return nil, err
		}
		opts.Status = status
	}
	if f.format == "png" {
		opts.MaxInches = maxPNGInches
	}
	layout := f.layout
	if layout == "auto" {
		layout = "dot"
		if len(g.Nodes) > autoDotMaxNodes || float64(len(g.Edges)) > autoDotMaxDensity*float64(len(g.Nodes)) {
			layout = "force"
		}
	}
	// The communities and the layout's choice are of every tie; the map
	// draws each paper's strongest few.
	thin := g.ThinTies(f.maxTies, f.focusNode) // a focused map shows all its paper's ties
	opts.Thinned = thinnedKinds(g, thin, f.maxTies)
	all := g
	g = thin
	if layout == "force" { // linkgraph's own, drawn where it placed the nodes
		layout = "nop2"
		opts.Positions = render.ForceLayout(g, render.PaperLabels(ix.Papers))
	}
	if err := render.DOT(w, g, ix.Papers, opts); err != nil {
		return nil, err
	}
	w.Flush()
	if f.format == "dot" {
		return buf.Bytes(), nil
	}
	format := render.Format(f.format)
	if format == render.FormatHTML {
		format = render.FormatSVG // and the page around it
	}
	var out bytes.Buffer
	if f.engine != string(render.EngineNative) {
		// The memory the drawing takes, fresh, faults in a page at a
		// time: on a 1,000-node map, 19,000 faults, a third of the
		// command (see preferHugePages).
		preferHugePages(wasmDrawHeap * int64(buf.Len()))
	}
	if err := render.Draw(cmd.Context(), &out, buf.Bytes(), layout, format, render.Engine(f.engine)); err != nil {
		return nil, err
	}
	if f.format == "html" {
		var page bytes.Buffer
		if err := render.HTML(&page, out.Bytes(), g, all, ix.Papers, opts); err != nil {
			return nil, err
		}
		return page.Bytes(), nil
	}
	return out.Bytes(), nil
}

// readCheckResults reads the JSON `linkgraph check --format json` wrote.
func readCheckResults(path string) (map[string]render.LinkStatus, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &exitError{code: exitInput, err: fmt.Errorf("--check-results %s: %w", path, pathErr(err))}
	}
	var rows []struct {
		URL string `json:"url"`
		render.LinkStatus
	}
	if err := json.Unmarshal(data, &rows); err != nil {
		return nil, &exitError{code: exitInput, err: fmt.Errorf("--check-results %s: not linkgraph check JSON: %v", path, err)}
	}
	out := make(map[string]render.LinkStatus, len(rows))
	for _, r := range rows {
		out[r.URL] = r.LinkStatus
	}
	return out, nil
}

// writeOutput writes data to path, or to stdout when path is "".
func writeOutput(e *env, path string, data []byte) error {
	if path == "" {
		_, err := e.stdout.Write(data)
		return err
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return &exitError{code: exitInput, err: fmt.Errorf("-o %s: %w", path, pathErr(err))}
	}
	return nil
}

// isTerminal reports whether w is a terminal.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// thinnedKinds names the kinds of edge of which thin holds fewer than all,
// each with how many a paper keeps.
func thinnedKinds(all, thin *graph.Graph, perPaper int) map[string]int {
	if len(thin.Edges) == len(all.Edges) {
		return nil
	}
	count := map[string]int{}
	for _, e := range all.Edges {
		count[e.Kind]++
	}
	for _, e := range thin.Edges {
		count[e.Kind]--
	}
	kinds := map[string]int{}
	for kind, dropped := range count {
		if dropped > 0 {
			kinds[kind] = perPaper
		}
	}
	return kinds
}
