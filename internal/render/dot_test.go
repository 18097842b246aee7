package render

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	stdpng "image/png"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/linkgraph/linkgraph/internal/extract"
	"github.com/linkgraph/linkgraph/internal/graph"
	"golang.org/x/image/font/gofont/gomono"
)

// hostileIndex builds a graph whose titles and links are hostile input.
func hostileIndex(t *testing.T) (*graph.Graph, []*extract.Entry) {
	t.Helper()
	titles := []string{
		`<script>alert(1)</script> "q" \b {c}`,
		`ZO2: \N \G \L & <b>bold</b> ]]> --> '`,
		"Line\nbreak and \x01 control",
	}
	var es []*extract.Entry
	for i, title := range titles {
		e := &extract.Entry{ID: extract.Slug(title) + string(rune('a'+i)), Title: title, Authors: -1, CodeStatus: extract.CodeLinked,
			AuthorNames: []string{`<script>alert(2)</script> Smith`, `\N "Quote" O'Brien`}}
		l, _ := extract.Normalize("https://github.com/evil/repo\"><script>x</script>")
		l2, _ := extract.Normalize("https://github.com/evil/other")
		e.Links = []extract.Link{l, l2}
		es = append(es, e)
	}
	g, err := graph.Build(es).Graph(graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return g, es
}

// TestPaperTooltip names up to three authors, with "et al." when they
// are not all of them.
func TestPaperTooltip(t *testing.T) {
	tests := []struct {
		names   []string
		authors int
		venue   string
		upvotes int
		want    string
	}{
		{nil, 5, "", 3, "T\nMar 6 · 5 authors · 3 upvotes · code: none"},
		{[]string{"A B", "C D"}, 2, "", 3, "T\nA B, C D\nMar 6 · 2 authors · 3 upvotes · code: none"},
		{[]string{"A B", "C D", "E F", "G H"}, 4, "", 3, "T\nA B, C D, E F et al.\nMar 6 · 4 authors · 3 upvotes · code: none"},
		{[]string{"D'Angelo"}, -1, "", 3, "T\nD'Angelo et al.\nMar 6 · 3 upvotes · code: none"},
		// A list's paper: its venue, and no upvotes it never had.
		{[]string{"A B", "C D"}, 2, "ICLR 2024", 0, "T\nA B, C D\nMar 6 · ICLR 2024 · 2 authors · code: none"},
	}
	for _, tt := range tests {
		e := &extract.Entry{Title: "T", DateText: "Mar 6", Venue: tt.venue, Upvotes: tt.upvotes, Authors: tt.authors, AuthorNames: tt.names, CodeStatus: extract.CodeNone}
		if got := paperTooltip(e); got != tt.want {
			t.Errorf("tooltip %q, want %q", got, tt.want)
		}
	}
}

func TestQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{`plain`, `"plain"`},
		{`say "hi"`, `"say \"hi\""`},
		{`back\slash \N \G`, `"back\\slash \\N \\G"`},
		{"two\nlines", `"two\nlines"`},
		{"bell\x07 del\x7f", `"bell del"`},
		{`<script>`, `"<script>"`},
	}
	for _, tt := range tests {
		if got := quote(tt.in); got != tt.want {
			t.Errorf("quote(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	if got := quoteURL("javascript:alert(1)"); got != `""` {
		t.Errorf("quoteURL(javascript:) = %s, want an empty link", got)
	}
}

func TestHostileTitlesRenderAsText(t *testing.T) {
	g, es := hostileIndex(t)
	var dot bytes.Buffer
	if err := DOT(&dot, g, es, MapOptions{}); err != nil {
		t.Fatal(err)
	}
	var svg bytes.Buffer
	if err := Draw(context.Background(), &svg, dot.Bytes(), "dot", FormatSVG, EngineWASM); err != nil {
		t.Fatalf("Draw: %v\n%s", err, dot.String())
	}
	checkSVG(t, svg.Bytes())
	s := svg.String()
	if strings.Contains(s, "<script") || strings.Contains(s, "<b>") {
		t.Error("markup from a title reached the SVG as markup")
	}
	if !strings.Contains(s, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("the hostile title is not shown as text")
	}
	if !strings.Contains(s, `&quot;q&quot; \b {c}`) {
		t.Error(`a backslash in a label was interpreted instead of shown`)
	}
	if !strings.Contains(s, "ZO2: \u29f5N \u29f5G \u29f5L &amp; &lt;b&gt;bold") {
		t.Error(`Graphviz escapes like \N in a tooltip were interpreted instead of shown`)
	}
}

// checkSVG fails unless data is well-formed XML whose links are all http(s).
func checkSVG(t *testing.T, data []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	dec.Entity = xml.HTMLEntity
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed: %v", err)
		}
		if el, ok := tok.(xml.StartElement); ok {
			for _, a := range el.Attr {
				if a.Name.Local == "href" {
					v := strings.ToLower(a.Value)
					if !strings.HasPrefix(v, "https://") && !strings.HasPrefix(v, "http://") {
						t.Errorf("link %q is not http(s)", a.Value)
					}
				}
			}
		}
	}
}

func TestDOTAcceptedByNativeGraphviz(t *testing.T) {
	dotPath, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("native Graphviz not installed (apt-get install graphviz); the WebAssembly engine is tested above")
	}
	g, es := hostileIndex(t)
	var dot bytes.Buffer
	if err := DOT(&dot, g, es, MapOptions{}); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(dotPath, "-Tsvg")
	cmd.Stdin = &dot
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("native dot rejected the DOT: %v", err)
	}
	if stderr.Len() > 0 {
		t.Errorf("native dot warned: %s", stderr.Bytes())
	}
	checkSVG(t, out)
}

func TestPNG(t *testing.T) {
	g, es := hostileIndex(t)
	var dot, png bytes.Buffer
	if err := DOT(&dot, g, es, MapOptions{MaxInches: 10}); err != nil {
		t.Fatal(err)
	}
	if err := Draw(context.Background(), &png, dot.Bytes(), "dot", FormatPNG, EngineWASM); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(png.Bytes(), []byte("\x89PNG\r\n\x1a\n")) {
		t.Errorf("not a PNG: % x", png.Bytes()[:min(8, png.Len())])
	}
}

// The PNG renderer outlines what it fills, as SVG does: a white box on
// the white page shows as its border, and a legend line as a line. Each
// test picture is drawn from DOT of its own, without text, so that any
// dark pixel is a line: a box of 54 by 36 points has 180 of them round
// it; unoutlined, it showed 44 (a note's fold) or 27.
func TestPNGDrawsOutlinesAndLegendLines(t *testing.T) {
	for _, tt := range []struct {
		name, dot string
		min       int
	}{
		{"white note", `digraph { n [shape=note, style=filled, fillcolor=white, color=black, label=""] }`, 150},
		{"rounded box", `digraph { n [shape=box, style="rounded,filled", fillcolor=white, color=black, label=""] }`, 150},
		{"legend line", `digraph { n [shape=plain, label=<<TABLE BORDER="0" CELLBORDER="0"><TR>` +
			legendLine("#000000", "dashed", func(v float64) string { return fmt.Sprint(v) }, 2) + `</TR></TABLE>>] }`, 40},
	} {
		if _, dark := drawPNG(t, tt.dot); dark < tt.min {
			t.Errorf("%s: %d dark pixels, want %d or more", tt.name, dark, tt.min)
		}
	}
}

// drawPNG draws dot as a PNG in-process, and counts its dark pixels.
func drawPNG(t *testing.T, dot string) ([]byte, int) {
	t.Helper()
	var png bytes.Buffer
	if err := Draw(context.Background(), &png, []byte(dot), "dot", FormatPNG, EngineWASM); err != nil {
		t.Fatal(err)
	}
	img, err := stdpng.Decode(bytes.NewReader(png.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	dark := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if r, g, bl, _ := img.At(x, y).RGBA(); r+g+bl < 3*0x8000 {
				dark++
			}
		}
	}
	return png.Bytes(), dark
}

// A PNG's text is drawn in the Go fonts whatever fonts the machine has:
// before, a Helvetica found in the user's fonts was drawn instead (here
// Go Mono, saved as Helvetica.ttf).
func TestPNGFontIsTheSameEverywhere(t *testing.T) {
	const dot = `digraph { n [shape=plain, fontname="Helvetica", label="Some text to draw"] }`
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	plain, _ := drawPNG(t, dot)
	home := t.TempDir()
	t.Setenv("XDG_DATA_HOME", home)
	if err := os.MkdirAll(filepath.Join(home, "fonts"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(home, "fonts", "Helvetica.ttf"), gomono.TTF, 0o644); err != nil {
		t.Fatal(err)
	}
	if withFont, _ := drawPNG(t, dot); !bytes.Equal(plain, withFont) {
		t.Error("the PNG changed with the fonts installed")
	}
}

// Bold text is drawn bold (before, every text was drawn regular). The
// boxes are of one size, so that both pictures are.
func TestPNGDrawsBoldText(t *testing.T) {
	box := `digraph { n [shape=box, fixedsize=true, width=2, height=0.5, color=white, label=<%s>] }`
	_, regular := drawPNG(t, fmt.Sprintf(box, "Legend of the map"))
	_, bold := drawPNG(t, fmt.Sprintf(box, "<B>Legend of the map</B>"))
	if bold < regular*11/10 {
		t.Errorf("bold text has %d dark pixels, regular %d", bold, regular)
	}
}

// A map laid out already has no clusters: an organisation that ties
// papers is drawn darker and outlined instead, says how many in its
// tooltip, and the legend says so; one that ties one paper is not.
func TestPlacedMapMarksTyingOrgs(t *testing.T) {
	g, ix := codeMap(t, "https://github.com/group/one", "https://github.com/group/two", "https://github.com/solo/three")
	var dot bytes.Buffer
	if err := DOT(&dot, g, ix.Papers, MapOptions{Positions: ForceLayout(g, PaperLabels(ix.Papers))}); err != nil {
		t.Fatal(err)
	}
	out := dot.String()
	for _, want := range []string{
		`"org:github.com/group" [label="github.com/group", tooltip="code of 2 papers under github.com/group\nhttps://github.com/group", URL="https://github.com/group", shape=house, fillcolor="#fdae6b", color="#e6550d", penwidth=2`,
		`"org:github.com/solo" [label="github.com/solo", tooltip="https://github.com/solo", URL="https://github.com/solo", shape=house, fillcolor="#fdd0a2", pos=`,
		`darker, outlined, when it ties papers together`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("DOT lacks %s", want)
		}
	}
	if strings.Contains(out, "subgraph cluster") {
		t.Error("a placed map has a cluster, which nop2 does not draw")
	}
}

// codeMap is the graph of papers p0, p1, ... each linking one of urls.
func codeMap(t *testing.T, urls ...string) (*graph.Graph, *graph.Index) {
	t.Helper()
	var es []*extract.Entry
	for i, u := range urls {
		l, _ := extract.Normalize(u)
		es = append(es, &extract.Entry{ID: "p" + strconv.Itoa(i), Title: "Paper " + strconv.Itoa(i), Authors: -1, Links: []extract.Link{l}})
	}
	ix := graph.Build(es)
	g, err := ix.Graph(graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return g, ix
}

// A map drawn around one paper (render --focus) outlines it, and says so
// in the legend; other maps do neither.
func TestFocusPaperOutlined(t *testing.T) {
	g, ix := codeMap(t, "https://github.com/group/one", "https://github.com/group/two")
	const outline = `color="#222222", penwidth=3`
	for _, focus := range []string{"", "paper:p1"} {
		var dot bytes.Buffer
		if err := DOT(&dot, g, ix.Papers, MapOptions{Focus: focus}); err != nil {
			t.Fatal(err)
		}
		var outlined []string
		for _, line := range strings.Split(dot.String(), "\n") {
			if strings.Contains(line, outline) {
				outlined = append(outlined, strings.Fields(line)[0])
			}
		}
		legend := strings.Contains(dot.String(), "the one the map is drawn around")
		if focus == "" && (len(outlined) > 0 || legend) || focus != "" && (fmt.Sprint(outlined) != `["paper:p1"]` || !legend) {
			t.Errorf("focus %q: outlined %v, legend row %v", focus, outlined, legend)
		}
	}
}

// A map laid out wider than legendWidth has a legend as much larger, left
// of it, so that it can be read in a picture of the whole map.
func TestLegendGrowsWithPlacedMap(t *testing.T) {
	g, es := hostileIndex(t)
	legendOf := func(width float64) string {
		pos := map[string][2]float64{}
		for i, n := range g.Nodes {
			pos[n.ID] = [2]float64{width * float64(i) / float64(len(g.Nodes)-1), 100}
		}
		var dot bytes.Buffer
		if err := DOT(&dot, g, es, MapOptions{Positions: pos}); err != nil {
			t.Fatal(err)
		}
		for line := range strings.Lines(dot.String()) {
			if strings.HasPrefix(line, "  legend ") {
				return line
			}
		}
		t.Fatal("no legend")
		return ""
	}
	if l := legendOf(2000); !strings.Contains(l, "fontsize=9,") || !strings.Contains(l, `pos="-200,0!"`) {
		t.Errorf("a map 2,000 points wide: %s", l)
	}
	if l := legendOf(2 * legendWidth); !strings.Contains(l, "fontsize=18,") || !strings.Contains(l, `pos="-400,0!"`) || !strings.Contains(l, `WIDTH="96"`) {
		t.Errorf("a map twice legendWidth wide: %s", l)
	}
}

// The legend draws its lines, not box-drawing characters, which the PNG
// renderer's font lacks.
func TestLegendLinesAreDrawn(t *testing.T) {
	g, es := hostileIndex(t)
	var dot bytes.Buffer
	if err := DOT(&dot, g, es, MapOptions{}); err != nil {
		t.Fatal(err)
	}
	legend := ""
	for line := range strings.Lines(dot.String()) {
		if strings.HasPrefix(line, "  legend ") {
			legend = line
		}
	}
	if legend == "" {
		t.Fatal("no legend")
	}
	for _, r := range legend {
		if r >= 0x2500 && r <= 0x257f {
			t.Fatalf("legend draws %q in text: %s", r, legend)
		}
	}
	if !strings.Contains(legend, `SIDES="B" BORDER="2" COLOR="#555555"></TD><TD ALIGN="LEFT">paper links repository`) {
		t.Errorf("legend has no line for code links: %s", legend)
	}
	// Dashes are cells of their own: a cell's STYLE="dashed" makes the
	// WebAssembly Graphviz lose the rest of the legend (TestPNGLegendIsWhole).
	if strings.Contains(legend, "STYLE=") {
		t.Errorf("legend styles a cell: %s", legend)
	}
	dashes := `<TD WIDTH="5" HEIGHT="8" SIDES="B" BORDER="2" COLOR="#31a354"></TD><TD WIDTH="3" HEIGHT="8"></TD>`
	if !strings.Contains(legend, dashes+dashes) {
		t.Errorf("legend has no dashed line for shared authors: %s", legend)
	}
}

func TestDOTDeterministic(t *testing.T) {
	g, es := hostileIndex(t)
	var a, b bytes.Buffer
	DOT(&a, g, es, MapOptions{})
	g2, _ := hostileIndex(t)
	DOT(&b, g2, es, MapOptions{})
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same graph gave different DOT")
	}
}

func TestShortName(t *testing.T) {
	tests := []struct{ title, want string }{
		{"ZO2: Scalable Zeroth-Order Fine-Tuning", "ZO2"},
		{"Natural GaLore: Accelerating GaLore", "Natural GaLore"},
		{"Deep Regression Unlearning", "Deep Regression\nUnlearning"},
		{"Gradient is All You Need?", "Gradient is All You\nNeed?"},
		{"Adding NVMe SSDs to Enable and Accelerate 100B Model Fine-tuning", "Adding NVMe SSDs to\nEnable…"},
	}
	for _, tt := range tests {
		if got := ShortName(tt.title); got != tt.want {
			t.Errorf("ShortName(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestForceLayoutSeparatesAndRepeats(t *testing.T) {
	g := &graph.Graph{}
	for i := 0; i < 400; i++ {
		g.Nodes = append(g.Nodes, graph.Node{ID: "n" + string(rune('A'+i%26)) + strings.Repeat("x", i/26), Kind: graph.NodeRepo, Label: "owner/repo"})
	}
	for i := 1; i < len(g.Nodes); i++ {
		g.Edges = append(g.Edges, graph.Edge{Source: g.Nodes[i/3].ID, Target: g.Nodes[i].ID, Kind: graph.KindCode, Weight: 1})
	}
	p1 := ForceLayout(g, nil)
	p2 := ForceLayout(g, nil)
	if len(p1) != len(g.Nodes) {
		t.Fatalf("placed %d of %d nodes", len(p1), len(g.Nodes))
	}
	for id, p := range p1 {
		if p2[id] != p {
			t.Fatalf("node %s placed at %v, then %v", id, p, p2[id])
		}
	}
	w, h := nodeSize(g.Nodes[0], nil)
	overlaps := 0
	ids := make([]string, 0, len(p1))
	for id := range p1 {
		ids = append(ids, id)
	}
	for i := 0; i < len(ids); i++ {
		for j := i + 1; j < len(ids); j++ {
			a, b := p1[ids[i]], p1[ids[j]]
			if abs(a[0]-b[0]) < w-1 && abs(a[1]-b[1]) < h-1 {
				overlaps++
			}
		}
	}
	if overlaps > 0 {
		t.Errorf("%d pairs of boxes overlap", overlaps)
	}
}

// A core of papers all related to each other packs too tightly for
// pushing boxes apart to part them: the layout spreads it until no two
// boxes overlap.
func TestForceLayoutPartsADenseCore(t *testing.T) {
	g := &graph.Graph{}
	const n = 300
	for i := range n {
		g.Nodes = append(g.Nodes, graph.Node{ID: "p" + strconv.Itoa(i), Kind: graph.NodePaper, Label: strings.Repeat("Title words ", 1+i%4)})
	}
	for i := range n {
		for j := 1; j <= 12; j++ {
			g.Edges = append(g.Edges, graph.Edge{Source: g.Nodes[i].ID, Target: g.Nodes[(i*7+j*13)%n].ID, Kind: graph.KindSimilarText, Weight: 0.5})
		}
	}
	pos := ForceLayout(g, nil)
	overlaps := 0
	for i := range g.Nodes {
		wi, hi := nodeSize(g.Nodes[i], nil)
		for j := i + 1; j < n; j++ {
			wj, hj := nodeSize(g.Nodes[j], nil)
			a, b := pos[g.Nodes[i].ID], pos[g.Nodes[j].ID]
			if abs(a[0]-b[0]) < (wi+wj)/2 && abs(a[1]-b[1]) < (hi+hj)/2 {
				overlaps++
			}
		}
	}
	if overlaps > 0 {
		t.Errorf("%d pairs of boxes overlap", overlaps)
	}
}

// An owner keeps its repositories near it, as a cluster would, on a map
// laid out in Go. On the LLM-unlearning list, the repositories of owners
// of two or more stood 7.7% of the map's width from their owner on
// average when owned-by edges pulled as hard as others; 4.7% now.
// readListing reads a listing of testdata and builds its graph.
func readListing(t *testing.T, name string) (*graph.Graph, *graph.Index) {
	t.Helper()
	f, err := os.Open(filepath.Join("../../testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var es []*extract.Entry
	err = extract.New(extract.Options{}).Read(context.Background(), f.Name(), f, func(e *extract.Entry) error { es = append(es, e); return nil }, func(error) {})
	if err != nil {
		t.Fatal(err)
	}
	ix := graph.Build(extract.Merge(es))
	g, err := ix.Graph(graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return g, ix
}

func TestForceLayoutKeepsOwnersCodeTogether(t *testing.T) {
	g, ix := readListing(t, "corpus/chrisliu298__awesome-llm-unlearning.md")
	pos := ForceLayout(g, PaperLabels(ix.Papers))
	width := 0.0
	for _, p := range pos {
		width = max(width, p[0])
	}
	repos := map[string][]string{}
	for _, e := range g.Edges {
		if e.Kind == graph.KindOwnedBy {
			repos[e.Target] = append(repos[e.Target], e.Source)
		}
	}
	sum, n := 0.0, 0
	for org, rs := range repos {
		for _, r := range rs {
			if len(rs) >= 2 {
				sum += math.Hypot(pos[r][0]-pos[org][0], pos[r][1]-pos[org][1])
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no owner of two repositories")
	}
	if mean := sum / float64(n) / width; mean > 0.06 {
		t.Errorf("repositories stand %.1f%% of the map's width from their owner on average, want under 6%%", 100*mean)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// TestDrawRestoresCollector: an SVG drawing pauses the garbage collector
// and sets it back as it was, whatever it was.
func TestDrawRestoresCollector(t *testing.T) {
	g, es := hostileIndex(t)
	var dot bytes.Buffer
	if err := DOT(&dot, g, es, MapOptions{}); err != nil {
		t.Fatal(err)
	}
	was := debug.SetGCPercent(123)
	limit := debug.SetMemoryLimit(3 << 30)
	defer func() {
		debug.SetGCPercent(was)
		debug.SetMemoryLimit(limit)
	}()
	for _, f := range []Format{FormatSVG, FormatPNG} {
		if err := Draw(context.Background(), io.Discard, dot.Bytes(), "dot", f, EngineWASM); err != nil {
			t.Fatal(err)
		}
		if p, l := debug.SetGCPercent(123), debug.SetMemoryLimit(3<<30); p != 123 || l != 3<<30 {
			t.Errorf("after drawing %s: GC percent %d, memory limit %d; want 123, %d", f, p, l, int64(3<<30))
		}
	}
}

// A listing's many small components (a paper with its repository and
// owner, a paper alone) are packed under its largest, not scattered
// around it: the map's box stays near the room its nodes take, and no
// two boxes overlap.
func TestForceLayoutPacksComponents(t *testing.T) {
	g := &graph.Graph{}
	add := func(id, kind string) {
		g.Nodes = append(g.Nodes, graph.Node{ID: id, Kind: kind, Label: "A title of some words"})
	}
	link := func(a, b string) {
		g.Edges = append(g.Edges, graph.Edge{Source: a, Target: b, Kind: graph.KindSimilarText, Weight: 0.5})
	}
	const core = 60
	for i := range core {
		add("core"+strconv.Itoa(i), graph.NodePaper)
		if i > 0 {
			link("core"+strconv.Itoa(i), "core"+strconv.Itoa((i*7)%i))
		}
	}
	for i := range 40 { // triads, interleaved with singletons
		p, r, o := "p"+strconv.Itoa(i), "r"+strconv.Itoa(i), "o"+strconv.Itoa(i)
		add(p, graph.NodePaper)
		add(r, graph.NodeRepo)
		add(o, graph.NodeOrg)
		link(p, r)
		link(r, o)
		add("alone"+strconv.Itoa(i), graph.NodePaper)
	}
	pos := ForceLayout(g, nil)
	again := ForceLayout(g, nil)
	lowestCore := math.Inf(1)
	area := 0.0
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, n := range g.Nodes {
		p := pos[n.ID]
		if again[n.ID] != p {
			t.Fatalf("node %s placed at %v, then %v", n.ID, p, again[n.ID])
		}
		w, h := nodeSize(n, nil)
		area += w * h
		minX, maxX = math.Min(minX, p[0]-w/2), math.Max(maxX, p[0]+w/2)
		minY, maxY = math.Min(minY, p[1]-h/2), math.Max(maxY, p[1]+h/2)
		if strings.HasPrefix(n.ID, "core") {
			lowestCore = math.Min(lowestCore, p[1]-h/2)
		}
	}
	for _, n := range g.Nodes {
		if _, h := nodeSize(n, nil); !strings.HasPrefix(n.ID, "core") && pos[n.ID][1]+h/2 > lowestCore {
			t.Errorf("%s at %v is not under the largest component (lowest at %.0f)", n.ID, pos[n.ID], lowestCore)
		}
	}
	if spread := (maxX - minX) * (maxY - minY) / area; spread > 12 {
		t.Errorf("the map's box is %.1f times the room its nodes take, want at most 12", spread)
	}
	if pairs := overlapping(g, pos, 0); len(pairs) > 0 {
		t.Errorf("boxes overlap: %v", pairs)
	}
}

// Trees that hang off a dense core by one node (a paper's repository and
// its owner) are pulled in next to that node, which spreading the core
// would leave far off, and still overlap nothing.
func TestForceLayoutPullsInPendants(t *testing.T) {
	g := &graph.Graph{}
	const core = 40
	for i := range core {
		g.Nodes = append(g.Nodes, graph.Node{ID: "p" + strconv.Itoa(i), Kind: graph.NodePaper, Label: "A paper with a long title"})
		for j := range i {
			if (i+j)%3 == 0 {
				g.Edges = append(g.Edges, graph.Edge{Source: "p" + strconv.Itoa(j), Target: "p" + strconv.Itoa(i), Kind: graph.KindSimilarText, Weight: 0.5})
			}
		}
	}
	var pendant [][2]string
	for i := range core {
		r, o := "r"+strconv.Itoa(i), "o"+strconv.Itoa(i)
		g.Nodes = append(g.Nodes, graph.Node{ID: r, Kind: graph.NodeRepo, Label: "owner/repository"},
			graph.Node{ID: o, Kind: graph.NodeOrg, Label: "github.com/owner"})
		g.Edges = append(g.Edges, graph.Edge{Source: "p" + strconv.Itoa(i), Target: r, Kind: graph.KindCode, Weight: 1},
			graph.Edge{Source: r, Target: o, Kind: graph.KindOwnedBy, Weight: 1})
		pendant = append(pendant, [2]string{"p" + strconv.Itoa(i), r}, [2]string{r, o})
	}
	pos := ForceLayout(g, nil)
	size := map[string][2]float64{}
	for _, n := range g.Nodes {
		w, h := nodeSize(n, nil)
		size[n.ID] = [2]float64{w, h}
	}
	// The room between the two boxes of each pendant edge.
	var gaps []float64
	for _, e := range pendant {
		a, b, sa, sb := pos[e[0]], pos[e[1]], size[e[0]], size[e[1]]
		gaps = append(gaps, math.Max(abs(a[0]-b[0])-(sa[0]+sb[0])/2, abs(a[1]-b[1])-(sa[1]+sb[1])/2))
	}
	slices.Sort(gaps)
	if median := gaps[len(gaps)/2]; median > 60 {
		t.Errorf("the median pendant edge leaves %.0f points between its boxes, want at most 60", median)
	}
	if pairs := overlapping(g, pos, 0); len(pairs) > 0 {
		t.Errorf("boxes overlap: %v", pairs)
	}
}

// Random maps of every shape (trees, cores, duplicate edges, nodes
// alone) are placed whole, at finite points, with no two boxes
// overlapping.
func TestForceLayoutRandomMaps(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	kinds := []string{graph.NodePaper, graph.NodeRepo, graph.NodeOrg}
	for round := range 60 {
		n := 1 + rng.IntN(300)
		g := &graph.Graph{}
		for i := range n {
			g.Nodes = append(g.Nodes, graph.Node{ID: "n" + strconv.Itoa(i), Kind: kinds[rng.IntN(3)], Label: strings.Repeat("word ", 1+rng.IntN(8))})
		}
		edges := rng.IntN(3 * n)
		for range edges {
			a, b := rng.IntN(n), rng.IntN(n)
			if round%2 == 0 { // a forest: each node under an earlier one
				if b == 0 {
					continue
				}
				a = rng.IntN(b)
			}
			g.Edges = append(g.Edges, graph.Edge{Source: g.Nodes[a].ID, Target: g.Nodes[b].ID, Kind: graph.KindSimilarText, Weight: 0.5})
		}
		// Communities as a map has them, none, or at random (spanning
		// components, split within them).
		switch round % 3 {
		case 1:
			g.AssignCommunities()
		case 2:
			for i := range g.Nodes {
				g.Nodes[i].Community = rng.IntN(5)
			}
		}
		pos := ForceLayout(g, nil)
		if len(pos) != n {
			t.Fatalf("round %d: placed %d of %d nodes", round, len(pos), n)
		}
		for _, a := range g.Nodes {
			if pa := pos[a.ID]; math.IsNaN(pa[0]) || math.IsInf(pa[0], 0) || math.IsNaN(pa[1]) || math.IsInf(pa[1], 0) {
				t.Fatalf("round %d: %s at %v", round, a.ID, pa)
			}
		}
		// Positions are rounded to a tenth of a point: a point of slack.
		if pairs := overlapping(g, pos, 1); len(pairs) > 0 {
			t.Fatalf("round %d (%d nodes, %d edges): boxes overlap: %v", round, n, len(g.Edges), pairs)
		}
	}
}

// overlapping lists the pairs of nodes whose boxes, placed at pos,
// overlap by more than slack points.
func overlapping(g *graph.Graph, pos map[string][2]float64, slack float64) [][2]string {
	var pairs [][2]string
	for i, a := range g.Nodes {
		wa, ha := nodeSize(a, nil)
		for _, b := range g.Nodes[i+1:] {
			wb, hb := nodeSize(b, nil)
			pa, pb := pos[a.ID], pos[b.ID]
			if abs(pa[0]-pb[0]) < (wa+wb)/2-slack && abs(pa[1]-pb[1]) < (ha+hb)/2-slack {
				pairs = append(pairs, [2]string{a.ID, b.ID})
			}
		}
	}
	return pairs
}

// dot lays a map's connected components out one under another: a list of
// papers each with its own code made a strip (60 such papers: 564 x 3,389
// points). Packed, the components make a map about as wide as tall. A map
// of a few components, such as one drawn around a paper, is not packed:
// its legend would take a block of its own.
func TestDotPacksComponents(t *testing.T) {
	for _, urls := range [][]string{
		// One component: the two repositories have one owner.
		{"https://github.com/group/one", "https://github.com/group/two"},
		// Three, and five.
		{"https://github.com/a/1", "https://github.com/b/2", "https://github.com/c/3"},
		{"https://github.com/a/1", "https://github.com/b/2", "https://github.com/c/3", "https://github.com/d/4", "https://github.com/e/5"},
	} {
		g, ix := codeMap(t, urls...)
		var dot bytes.Buffer
		if err := DOT(&dot, g, ix.Papers, MapOptions{}); err != nil {
			t.Fatal(err)
		}
		if got, want := strings.Contains(dot.String(), "pack=true"), len(urls) > maxWholeComponents; got != want {
			t.Errorf("%d papers with code: packed %v, want %v", len(urls), got, want)
		}
	}

	var urls []string
	for i := range 60 {
		urls = append(urls, "https://github.com/owner"+strconv.Itoa(i)+"/repo")
	}
	g, ix := codeMap(t, urls...)
	var dot, svg bytes.Buffer
	if err := DOT(&dot, g, ix.Papers, MapOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := Draw(context.Background(), &svg, dot.Bytes(), "dot", FormatSVG, EngineWASM); err != nil {
		t.Fatal(err)
	}
	var root struct {
		Width  string `xml:"width,attr"`
		Height string `xml:"height,attr"`
	}
	if err := xml.NewDecoder(&svg).Decode(&root); err != nil {
		t.Fatal(err)
	}
	w, _ := strconv.ParseFloat(strings.TrimSuffix(root.Width, "pt"), 64)
	h, _ := strconv.ParseFloat(strings.TrimSuffix(root.Height, "pt"), 64)
	if w <= 0 || h <= 0 || h/w > 2 || w/h > 2 {
		t.Errorf("the map is %s x %s: want neither side over twice the other", root.Width, root.Height)
	}
}

// On a map laid out by linkgraph, edges between two communities are
// drawn faint, and the legend says so; edges within one are not, and a
// map Graphviz lays out fades none.
func TestEdgesBetweenCommunitiesFaint(t *testing.T) {
	for kind, style := range fadedEdgeStyle {
		if want := strings.Replace(edgeStyle[kind], `"`+edgeColour(edgeStyle[kind])+`"`, `"`+edgeColour(edgeStyle[kind])+`55"`, 1); style != want || len(edgeColour(style)) != 9 {
			t.Errorf("%s: faded %s, want %s", kind, style, want)
		}
	}
	g := &graph.Graph{}
	for i, c := range []int{0, 0, 1} {
		g.Nodes = append(g.Nodes, graph.Node{ID: "org:" + strconv.Itoa(i), Kind: graph.NodeOrg, Label: "org", Community: c})
	}
	g.Edges = []graph.Edge{
		{Source: "org:0", Target: "org:1", Kind: graph.KindSharedAuthor, Weight: 1},
		{Source: "org:1", Target: "org:2", Kind: graph.KindSharedAuthor, Weight: 1},
	}
	pos := map[string][2]float64{"org:0": {0, 0}, "org:1": {100, 0}, "org:2": {200, 0}}
	for _, placed := range []bool{false, true} {
		opts := MapOptions{}
		if placed {
			opts.Positions = pos
		}
		var dot bytes.Buffer
		if err := DOT(&dot, g, nil, opts); err != nil {
			t.Fatal(err)
		}
		out := dot.String()
		within := strings.Contains(out, `"org:0" -> "org:1" [color="#31a354",`)
		between := strings.Contains(out, `"org:1" -> "org:2" [color="#31a35455",`)
		legend := strings.Contains(out, "faint: joins two clusters")
		if !within || between != placed || legend != placed {
			t.Errorf("placed %v: edge within drawn plain %v, between drawn faint %v, legend row %v", placed, within, between, legend)
		}
	}
}

// edgeColour is the colour in an edge's attributes: "#rrggbb" or
// "#rrggbbaa".
func edgeColour(style string) string {
	_, rest, _ := strings.Cut(style, `color="`)
	colour, _, _ := strings.Cut(rest, `"`)
	return colour
}
