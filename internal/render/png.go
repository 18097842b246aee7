package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/fogleman/gg"
)

// A PNG from the in-process Graphviz is drawn in Go from the drawing
// Graphviz lays out: Graphviz writes it as JSON (-Tjson, the xdot drawing
// operations of every object), and drawXdot paints those operations. This
// replaces go-graphviz's own PNG renderer, which Graphviz called back for
// every shape, and which read each field it needed, each point's every
// coordinate again, with calls into the WebAssembly: 5.4 s for an
// 866-node map whose SVG takes 0.5 s (1.6 s now). It also needed repairs:
// it drew filled shapes without their outline, edges as filled wedges,
// and text a quarter too small for its boxes.

// maxFontSize is the largest text drawn, in points, as Graphviz allows.
const maxFontSize = 1000

// pngDPI is the resolution of a PNG: Graphviz's, 96 pixels an inch.
const pngDPI = 96

// xdotGraph is what drawXdot reads of Graphviz's JSON output: the page's
// geometry, and the drawing operations of the graph, its clusters (the
// first objects), its nodes and its edges.
type xdotGraph struct {
	xdotDraws
	BB        string      `json:"bb"`
	Pad       string      `json:"pad"`
	Size      string      `json:"size"`
	DPI       string      `json:"dpi"`
	Order     string      `json:"outputorder"`
	Subgraphs int         `json:"_subgraph_cnt"`
	Objects   []xdotDraws `json:"objects"`
	Edges     []xdotDraws `json:"edges"`
}

// xdotDraws are an object's lists of drawing operations: its shape, its
// label, and an edge's head and tail with their labels.
type xdotDraws struct {
	Draw   []xdotOp `json:"_draw_"`
	Tail   []xdotOp `json:"_tdraw_"`
	Head   []xdotOp `json:"_hdraw_"`
	Label  []xdotOp `json:"_ldraw_"`
	TLabel []xdotOp `json:"_tldraw_"`
	HLabel []xdotOp `json:"_hldraw_"`
}

// lists are the object's operations in the order Graphviz draws them.
func (d *xdotDraws) lists() [6][]xdotOp {
	return [6][]xdotOp{d.Draw, d.Tail, d.Head, d.Label, d.TLabel, d.HLabel}
}

type xdotPoint [2]float64

// xdotOp is one drawing operation: which fields it has depends on Op (see
// Graphviz's "xdot" output documentation).
type xdotOp struct {
	Op       string      `json:"op"`
	Color    string      `json:"color"`    // c (pen), C (fill)
	Points   []xdotPoint `json:"points"`   // p P (polygon), b B (Bézier), L (polyline)
	Rect     []float64   `json:"rect"`     // e E: centre and radii
	Pt       []float64   `json:"pt"`       // T: the text's baseline point
	Align    string      `json:"align"`    // T: l, c or r
	Text     string      `json:"text"`     // T
	Size     float64     `json:"size"`     // F
	Style    string      `json:"style"`    // S
	FontChar int         `json:"fontchar"` // t: bold 1, italic 2
}

// drawXdot paints Graphviz's JSON drawing of a graph, and writes it to w
// as PNG.
func drawXdot(w io.Writer, data []byte) error {
	var g xdotGraph
	if err := json.Unmarshal(cleanControlBytes(data), &g); err != nil {
		return fmt.Errorf("graphviz: read its drawing: %w", err)
	}
	p, err := newPainter(&g)
	if err != nil {
		return err
	}
	p.paint(&g.xdotDraws)
	clusters := min(max(g.Subgraphs, 0), len(g.Objects))
	for i := range clusters {
		p.paint(&g.Objects[i])
	}
	nodes := func() {
		for i := clusters; i < len(g.Objects); i++ {
			p.paint(&g.Objects[i])
		}
	}
	edges := func() {
		for i := range g.Edges {
			p.paint(&g.Edges[i])
		}
	}
	if g.Order == "edgesfirst" {
		edges()
		nodes()
	} else {
		nodes()
		edges()
	}
	return encodeOpaquePNG(w, p.dc.Image().(*image.RGBA))
}

// cleanControlBytes returns data with the control bytes in it made spaces.
// Graphviz's WebAssembly build writes past the end of a style's arguments
// in some HTML table cells, copying whatever bytes follow into the JSON,
// control bytes unescaped; no control byte belongs in its JSON otherwise.
func cleanControlBytes(data []byte) []byte {
	i := bytes.IndexFunc(data, func(r rune) bool { return r < ' ' && r != '\n' && r != '\r' && r != '\t' })
	if i < 0 {
		return data
	}
	out := bytes.Clone(data)
	for ; i < len(out); i++ {
		if c := out[i]; c < ' ' && c != '\n' && c != '\r' && c != '\t' {
			out[i] = ' '
		}
	}
	return out
}

// A painter draws xdot operations on an image, in pixels: a point (x, y)
// of the drawing, y upwards, is at ((x-x0)*k, (y1-y)*k).
type painter struct {
	dc     *gg.Context
	x0, y1 float64
	k      float64
	// The state the operations set, from the start of each list.
	pen, fill color.NRGBA
	width     float64
	dash      []float64
	fontSize  float64
	fontStyle int
}

// maxPNGPixels bounds a PNG's size, whatever its DOT asks for: a picture
// of 20,000 by 20,000 pixels takes 1.6 GB to draw. (A variable for the
// fuzz test.)
var maxPNGPixels = 20000 * 20000

// newPainter makes the page Graphviz would: the bounding box with the pad
// round it, scaled down to fit the graph's size (up too, when the size
// ends in "!"), at the graph's dpi.
func newPainter(g *xdotGraph) (*painter, error) {
	var bb [4]float64
	fields := strings.Split(g.BB, ",")
	if len(fields) != 4 {
		return nil, fmt.Errorf("graphviz: its drawing has no bounding box (bb %q)", g.BB)
	}
	for i, f := range fields {
		v, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		if err != nil {
			return nil, fmt.Errorf("graphviz: its drawing has no bounding box (bb %q)", g.BB)
		}
		bb[i] = v
	}
	pad := 4.0 // points: Graphviz's default, 0.0555 inches
	if v, ok := inches(g.Pad); ok {
		pad = v * 72
	}
	x0, y0, x1, y1 := bb[0]-pad, bb[1]-pad, bb[2]+pad, bb[3]+pad
	w, h := x1-x0, y1-y0
	scale := 1.0
	if sw, sh, fill, ok := graphSize(g.Size); ok && w > 0 && h > 0 {
		if s := min(sw/w, sh/h); s < 1 || fill {
			scale = s
		}
	}
	dpi := float64(pngDPI)
	if v, err := strconv.ParseFloat(g.DPI, 64); err == nil && v > 0 {
		dpi = v
	}
	k := scale * dpi / 72
	pw, ph := int(math.Round(w*k)), int(math.Round(h*k)) // as Graphviz rounds its page
	if pw < 1 || ph < 1 || float64(pw)*float64(ph) > float64(maxPNGPixels) {
		return nil, fmt.Errorf("graphviz: a PNG of %d by %d pixels is too large to draw; give the map a smaller size, or draw it as SVG", pw, ph)
	}
	dc := gg.NewContext(pw, ph)
	// A white page under the drawing, as in Graphviz's own PNGs: the
	// background's anti-aliased edge would leave its border pixels half
	// transparent, and a picture with any such pixel is stored with an
	// alpha channel, a third larger and slower to write.
	dc.SetColor(color.White)
	dc.Clear()
	dc.SetLineJoinRound()
	dc.SetLineCapButt() // as Graphviz draws, and a dotted line's dots need no round ends
	return &painter{dc: dc, x0: x0, y1: y1, k: k}, nil
}

// inches reads a length in inches ("0.3", or "0.3,0.2" whose first part
// it takes).
func inches(s string) (float64, bool) {
	first, _, _ := strings.Cut(s, ",")
	v, err := strconv.ParseFloat(strings.TrimSpace(first), 64)
	return v, err == nil && v >= 0
}

// graphSize reads Graphviz's size attribute, "w,h" in inches with an
// optional "!", as points.
func graphSize(s string) (w, h float64, fill, ok bool) {
	s = strings.TrimSpace(s)
	s, fill = strings.CutSuffix(s, "!")
	ws, hs, found := strings.Cut(s, ",")
	if !found {
		hs = ws
	}
	w, err1 := strconv.ParseFloat(strings.TrimSpace(ws), 64)
	h, err2 := strconv.ParseFloat(strings.TrimSpace(hs), 64)
	if err1 != nil || err2 != nil || w <= 0 || h <= 0 {
		return 0, 0, false, false
	}
	return w * 72, h * 72, fill, true
}

func (p *painter) at(pt xdotPoint) (float64, float64) {
	return (pt[0] - p.x0) * p.k, (p.y1 - pt[1]) * p.k
}

// paint draws an object's lists of operations.
func (p *painter) paint(d *xdotDraws) {
	for _, ops := range d.lists() {
		if len(ops) == 0 {
			continue
		}
		p.pen, p.fill = color.NRGBA{A: 255}, color.NRGBA{A: 255}
		p.width, p.dash = 1, nil
		p.fontSize, p.fontStyle = 14, 0
		for i := range ops {
			p.op(&ops[i])
		}
	}
}

// op draws one operation, or sets the state the next ones draw with.
func (p *painter) op(o *xdotOp) {
	switch o.Op {
	case "c":
		p.pen = xdotColor(o.Color)
	case "C":
		p.fill = xdotColor(o.Color)
	case "S":
		p.style(o.Style)
	case "F":
		if o.Size > 0 && o.Size <= maxFontSize {
			p.fontSize = o.Size
		}
	case "t":
		p.fontStyle = o.FontChar & (fontBold | fontItalic)
	case "p", "P", "L":
		if len(o.Points) < 2 {
			return
		}
		p.dc.MoveTo(p.at(o.Points[0]))
		for _, pt := range o.Points[1:] {
			p.dc.LineTo(p.at(pt))
		}
		if o.Op != "L" {
			p.dc.ClosePath()
		}
		p.finish(o.Op == "P")
	case "b", "B":
		if len(o.Points) < 4 {
			return
		}
		p.dc.MoveTo(p.at(o.Points[0]))
		for i := 1; i+2 < len(o.Points); i += 3 {
			x1, y1 := p.at(o.Points[i])
			x2, y2 := p.at(o.Points[i+1])
			x3, y3 := p.at(o.Points[i+2])
			p.dc.CubicTo(x1, y1, x2, y2, x3, y3)
		}
		if o.Op == "B" {
			p.dc.ClosePath()
		}
		p.finish(o.Op == "B")
	case "e", "E":
		if len(o.Rect) != 4 {
			return
		}
		x, y := p.at(xdotPoint{o.Rect[0], o.Rect[1]})
		p.dc.DrawEllipse(x, y, o.Rect[2]*p.k, o.Rect[3]*p.k)
		p.finish(o.Op == "E")
	case "T":
		p.text(o)
	}
}

// finish fills the path just made when asked to, with the fill colour,
// and outlines it with the pen, as Graphviz's own renderers do; a pen with
// no colour draws nothing.
func (p *painter) finish(filled bool) {
	if filled && p.fill.A > 0 {
		p.dc.SetColor(p.fill)
		p.dc.FillPreserve()
	}
	if p.pen.A > 0 && p.width > 0 {
		p.dc.SetColor(p.pen)
		p.dc.SetLineWidth(p.width * p.k)
		p.dc.SetDash(p.dash...)
		p.dc.StrokePreserve()
	}
	p.dc.ClearPath()
}

// style reads a style operation: a line's dashes and width. Anything
// past a style's name and its first argument is ignored (see
// cleanControlBytes).
func (p *painter) style(s string) {
	name, args, _ := strings.Cut(s, "(")
	switch strings.TrimSpace(name) {
	case "solid":
		p.dash = nil
	case "dashed":
		p.dash = []float64{6 * p.k}
	case "dotted":
		p.dash = []float64{2 * p.k, 6 * p.k}
	case "invis", "invisible":
		p.width = 0
	case "bold":
		p.width = 2
	case "setlinewidth":
		arg, _, _ := strings.Cut(args, ")")
		if v, err := strconv.ParseFloat(strings.TrimSpace(arg), 64); err == nil && v >= 0 {
			p.width = v
		}
	}
}

// text draws a text operation in the Go font of its style and size,
// aligned at its point by its width in that font.
func (p *painter) text(o *xdotOp) {
	if len(o.Pt) != 2 || o.Text == "" || p.pen.A == 0 {
		return
	}
	face, err := goFace(p.fontStyle, p.fontSize*p.k)
	if err != nil {
		return
	}
	p.dc.SetFontFace(face)
	x, y := p.at(xdotPoint{o.Pt[0], o.Pt[1]})
	w, _ := p.dc.MeasureString(o.Text)
	switch o.Align {
	case "c":
		x -= w / 2
	case "r":
		x -= w
	}
	p.dc.SetColor(p.pen)
	p.dc.DrawString(o.Text, x, y)
}

// xdotColor reads a colour as Graphviz writes it in a drawing: #rrggbb
// or #rrggbbaa, or a few names. Anything else is black.
func xdotColor(s string) color.NRGBA {
	switch strings.ToLower(s) {
	case "white":
		return color.NRGBA{255, 255, 255, 255}
	case "transparent", "none", "invis":
		return color.NRGBA{}
	}
	hex, ok := strings.CutPrefix(s, "#")
	if !ok || (len(hex) != 6 && len(hex) != 8) {
		return color.NRGBA{A: 255}
	}
	v, err := strconv.ParseUint(hex, 16, 32)
	if err != nil {
		return color.NRGBA{A: 255}
	}
	if len(hex) == 6 {
		v = v<<8 | 0xff
	}
	return color.NRGBA{uint8(v >> 24), uint8(v >> 16), uint8(v >> 8), uint8(v)}
}
