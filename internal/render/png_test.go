package render

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/color"
	stdpng "image/png"
	"runtime"
	"strings"
	"testing"
)

// The legend of a map with dashed and dotted relationships comes out of
// the in-process Graphviz whole: every row's words are among the texts a
// PNG is drawn from. With a cell styled dotted, everything after that
// row's line was lost, and the PNG's legend ended there.
func TestPNGLegendIsWhole(t *testing.T) {
	g, es := hostileIndex(t)
	var dot bytes.Buffer
	if err := DOT(&dot, g, es, MapOptions{}); err != nil {
		t.Fatal(err)
	}
	out, err := runWASM(context.Background(), dot.Bytes(), "dot", FormatPNG)
	if err != nil {
		t.Fatal(err)
	}
	var drawing struct {
		Objects []struct {
			Name  string   `json:"name"`
			Label []xdotOp `json:"_ldraw_"`
		} `json:"objects"`
	}
	if err := json.Unmarshal(cleanControlBytes(out), &drawing); err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, o := range drawing.Objects {
		if o.Name != "legend" {
			continue
		}
		for _, op := range o.Label {
			if op.Op == "T" {
				texts = append(texts, op.Text)
			}
		}
	}
	all := strings.Join(texts, "|")
	for _, want := range []string{"Legend", "paper links repository", "repository owned by", "same authors", "links to its page", "boxed when it ties papers together"} {
		if !strings.Contains(all, want) {
			t.Errorf("legend's drawing lacks %q: %s", want, all)
		}
	}
}

// The page is the bounding box with the pad round it, at 96 pixels an
// inch, scaled down to the graph's size when larger (up only with "!").
func TestPNGPageSize(t *testing.T) {
	for _, tt := range []struct {
		bb, pad, size string
		w, h          int
	}{
		{"0,0,72,36", "0", "", 96, 48},
		{"0,0,72,36", "0.5", "", 192, 144},
		{"0,0,720,360", "0", "1,1", 96, 48},
		{"0,0,720,360", "0", "20,20", 960, 480},
		{"0,0,72,36", "0", "2,2!", 192, 96},
		{"0,0,72,36", "", "", 107, 59}, // Graphviz's pad: 4 points
	} {
		p, err := newPainter(&xdotGraph{BB: tt.bb, Pad: tt.pad, Size: tt.size})
		if err != nil {
			t.Fatal(err)
		}
		if b := p.dc.Image().Bounds(); b.Dx() != tt.w || b.Dy() != tt.h {
			t.Errorf("bb %s pad %q size %q: %dx%d, want %dx%d", tt.bb, tt.pad, tt.size, b.Dx(), b.Dy(), tt.w, tt.h)
		}
	}
	for _, bb := range []string{"", "0,0,1", "a,b,c,d", "0,0,0,0", "0,0,1e9,1e9"} {
		if _, err := newPainter(&xdotGraph{BB: bb, Pad: "0"}); err == nil {
			t.Errorf("bb %q: no error", bb)
		}
	}
}

func TestXdotColor(t *testing.T) {
	for in, want := range map[string]color.NRGBA{
		"#ff8000":    {255, 128, 0, 255},
		"#fffffe00":  {255, 255, 254, 0},
		"#FF800080":  {255, 128, 0, 128},
		"white":      {255, 255, 255, 255},
		"none":       {},
		"#12":        {A: 255},
		"#zzzzzz":    {A: 255},
		"papayawhip": {A: 255},
	} {
		if got := xdotColor(in); got != want {
			t.Errorf("xdotColor(%q) = %v, want %v", in, got, want)
		}
	}
}

// What Graphviz's WebAssembly build writes past a style's end may hold
// control bytes, unescaped, which JSON does not allow in a string.
func TestCleanControlBytes(t *testing.T) {
	in := []byte("{\"style\": \"dotted(\x89PNG\x1a\x00x)\",\n\t\"op\": \"S\"}")
	var op xdotOp
	if err := json.Unmarshal(in, &op); err == nil {
		t.Fatal("the raw bytes parse: the test shows nothing")
	}
	if err := json.Unmarshal(cleanControlBytes(in), &op); err != nil {
		t.Fatal(err)
	}
	if op.Op != "S" || !strings.HasPrefix(op.Style, "dotted(") {
		t.Errorf("got %+v", op)
	}
	clean := []byte("{\"op\": \"c\"}\n")
	if got := cleanControlBytes(clean); &got[0] != &clean[0] {
		t.Error("clean input was copied")
	}
}

// A drawing's operations come out where they should: a filled red box
// with a black outline, a blue line, and nothing drawn by an invisible
// pen. The page is 100 by 100 points, y upwards.
func TestDrawXdotOperations(t *testing.T) {
	drawing := `{"bb": "0,0,100,100", "pad": "0", "dpi": "72", "_subgraph_cnt": 0,
	  "_draw_": [{"op": "C", "color": "#ffffff"}, {"op": "c", "color": "#ffffff00"}, {"op": "P", "points": [[0,0],[0,100],[100,100],[100,0]]}],
	  "objects": [
	    {"_draw_": [{"op": "S", "style": "setlinewidth(4)"}, {"op": "c", "color": "#000000"}, {"op": "C", "color": "#ff0000"},
	                {"op": "P", "points": [[10,60],[10,90],[40,90],[40,60]]}]},
	    {"_draw_": [{"op": "S", "style": "invis"}, {"op": "c", "color": "#000000"}, {"op": "p", "points": [[60,60],[60,90],[90,90],[90,60]]}]}
	  ],
	  "edges": [{"_draw_": [{"op": "S", "style": "setlinewidth(4)"}, {"op": "c", "color": "#0000ff"}, {"op": "L", "points": [[10,20],[90,20]]}]}]}`
	var out bytes.Buffer
	if err := drawXdot(&out, []byte(drawing)); err != nil {
		t.Fatal(err)
	}
	img, err := stdpng.Decode(&out)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 100 || b.Dy() != 100 {
		t.Fatalf("size %v", b)
	}
	for _, tt := range []struct {
		name string
		x, y int
		want color.RGBA
	}{
		{"box's fill", 25, 25, color.RGBA{255, 0, 0, 255}},
		{"box's outline", 10, 25, color.RGBA{0, 0, 0, 255}},
		{"page", 50, 50, color.RGBA{255, 255, 255, 255}},
		{"invisible box's outline", 60, 25, color.RGBA{255, 255, 255, 255}},
		{"line", 50, 80, color.RGBA{0, 0, 255, 255}},
	} {
		if got := rgbaAt(img, tt.x, tt.y); got != tt.want {
			t.Errorf("%s at (%d, %d): %v, want %v", tt.name, tt.x, tt.y, got, tt.want)
		}
	}
}

func rgbaAt(img image.Image, x, y int) color.RGBA {
	r, g, b, a := img.At(x, y).RGBA()
	return color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}

// The same map gives the same PNG, byte for byte.
func TestPNGDeterministic(t *testing.T) {
	g, es := hostileIndex(t)
	var dot bytes.Buffer
	if err := DOT(&dot, g, es, MapOptions{}); err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	for _, w := range []*bytes.Buffer{&a, &b} {
		if err := Draw(context.Background(), w, dot.Bytes(), "dot", FormatPNG, EngineWASM); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two PNGs of one map differ")
	}
}

// FuzzDrawXdot draws whatever a drawing says without panicking; a page
// too large to draw is an error.
func FuzzDrawXdot(f *testing.F) {
	f.Add([]byte(`{"bb": "0,0,100,100", "objects": [{"_draw_": [{"op": "E", "rect": [50,50,20,10]}, {"op": "T", "pt": [50,50], "align": "c", "text": "x"}]}]}`))
	f.Add([]byte(`{"bb": "0,0,10,10", "size": "1,1!", "edges": [{"_hdraw_": [{"op": "b", "points": [[0,0],[1,1],[2,2],[3,3],[4,4]]}, {"op": "S", "style": "dotted(x"}]}]}`))
	f.Add([]byte(`{"bb": "0,0,10,10", "_subgraph_cnt": 5, "objects": [{"_ldraw_": [{"op": "F", "size": -3}, {"op": "t", "fontchar": 7}, {"op": "T", "pt": [1], "text": "y"}]}]}`))
	old := maxPNGPixels
	maxPNGPixels = 1000 * 1000
	defer func() { maxPNGPixels = old }()
	f.Fuzz(func(t *testing.T, data []byte) {
		var out bytes.Buffer
		if err := drawXdot(&out, data); err == nil && !bytes.HasPrefix(out.Bytes(), []byte("\x89PNG")) {
			t.Fatal("no error and no PNG")
		}
	})
}

// encodeOpaquePNG writes what image/png reads back pixel for pixel, in
// one band or many, and the same bytes on one core as on several.
func TestEncodeOpaquePNG(t *testing.T) {
	for _, size := range [][2]int{{1, 1}, {5, 3}, {3, pngBandRows}, {7, pngBandRows + 1}, {130, 3*pngBandRows + 17}} {
		img := image.NewRGBA(image.Rect(0, 0, size[0], size[1]))
		seed := uint32(size[0]*7919 + size[1])
		for i := range img.Pix {
			seed = seed*1664525 + 1013904223
			if i%4 == 3 {
				img.Pix[i] = 255
			} else if seed>>28 < 4 { // runs of equal bytes, as a drawing has
				img.Pix[i] = byte(seed >> 20)
			} else if i >= 4 {
				img.Pix[i] = img.Pix[i-4]
			}
		}
		var one, many bytes.Buffer
		old := runtime.GOMAXPROCS(1)
		err1 := encodeOpaquePNG(&one, img)
		runtime.GOMAXPROCS(max(old, 4))
		err2 := encodeOpaquePNG(&many, img)
		runtime.GOMAXPROCS(old)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if !bytes.Equal(one.Bytes(), many.Bytes()) {
			t.Errorf("%v: the bytes change with the cores", size)
		}
		got, err := stdpng.Decode(&one)
		if err != nil {
			t.Fatalf("%v: %v", size, err)
		}
		if got.Bounds() != img.Bounds() {
			t.Fatalf("%v: decoded %v", size, got.Bounds())
		}
		for y := range size[1] {
			for x := range size[0] {
				if g, w := rgbaAt(got, x, y), img.RGBAAt(x, y); g != w {
					t.Fatalf("%v: pixel (%d, %d) is %v, want %v", size, x, y, g, w)
				}
			}
		}
	}
}
