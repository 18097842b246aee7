package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"runtime/debug"

	"github.com/goccy/go-graphviz"
	"github.com/goccy/go-graphviz/gvc"
)

// Format is an output format of a map.
type Format string

// The map formats.
const (
	FormatSVG Format = "svg"
	FormatPNG Format = "png"
)

// Engine names who lays out and draws a map.
type Engine string

// The engines: Graphviz compiled to WebAssembly and run in-process
// (github.com/goccy/go-graphviz; nothing to install), a native Graphviz
// found on PATH, or auto: native when present, else WebAssembly.
const (
	EngineAuto   Engine = "auto"
	EngineWASM   Engine = "wasm"
	EngineNative Engine = "native"
)

// ErrNoNative is returned for EngineNative when no `dot` is on PATH.
var ErrNoNative = errors.New("native Graphviz not found on PATH (apt-get install graphviz, or use --engine wasm)")

// Draw lays out a DOT document with the given Graphviz layout (dot, neato,
// fdp, sfdp, circo, nop2) and writes it as SVG or PNG.
func Draw(ctx context.Context, w io.Writer, dot []byte, layout string, format Format, engine Engine) error {
	if engine == EngineNative || engine == EngineAuto {
		path, err := exec.LookPath("dot")
		switch {
		case err == nil:
			return drawNative(ctx, w, path, dot, layout, format)
		case engine == EngineNative:
			return ErrNoNative
		}
	}
	return drawWASM(ctx, w, dot, layout, format)
}

func drawWASM(ctx context.Context, w io.Writer, dot []byte, layout string, format Format) error {
	if format == FormatSVG {
		// Drawn inside the WebAssembly alone; a PNG is drawn by Go
		// code called back from it, which needs the collector.
		defer pauseCollector()()
	}
	plugins, err := wasmPlugins(ctx)
	if err != nil {
		return fmt.Errorf("start graphviz: %w", err)
	}
	gv, err := graphviz.NewWithPlugins(ctx, plugins...)
	if err != nil {
		return fmt.Errorf("start graphviz: %w", err)
	}
	defer gv.Close()
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		return fmt.Errorf("graphviz: parse DOT: %w", err)
	}
	defer g.Close()
	gv.SetLayout(graphviz.Layout(layout))
	var buf bytes.Buffer
	if err := gv.Render(ctx, g, graphviz.Format(format), &buf); err != nil {
		return fmt.Errorf("graphviz: render %s with %s: %w", format, layout, err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// pauseCollector stops the garbage collector until the returned func is
// called, unless the heap passes a limit. Graphviz's WebAssembly runs as
// machine code that the Go runtime cannot stop at a safe point, so each
// collection during a render signals and waits for it: on a 1,000-node
// map, about 110 ms of a 700 ms command.
func pauseCollector() (resume func()) {
	percent := debug.SetGCPercent(-1)
	limit := debug.SetMemoryLimit(-1)
	debug.SetMemoryLimit(min(limit, renderHeapLimit))
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}

// renderHeapLimit is the heap past which the collector runs during a
// render all the same: a 1,000-node map stays under it.
const renderHeapLimit = 256 << 20

// wasmPlugins are go-graphviz's PNG plugins with two repairs (pngRenderer).
func wasmPlugins(ctx context.Context) ([]graphviz.Plugin, error) {
	gvc.SetFontLoader(goFontFace)
	engine := pngRenderer{&gvc.ImageRenderer{DefaultRenderEngine: new(gvc.DefaultRenderEngine)}}
	render, err := gvc.NewRenderPlugin(ctx, "png", engine)
	if err != nil {
		return nil, err
	}
	device, err := gvc.PNGDevicePlugin(ctx)
	if err != nil {
		return nil, err
	}
	images, err := gvc.PNGLoadImagePlugin(ctx, engine)
	if err != nil {
		return nil, err
	}
	return []graphviz.Plugin{render, device, images}, nil
}

// pngRenderer is go-graphviz's image renderer, repaired where it draws a
// shape Graphviz asks for differently from Graphviz's own renderers:
//   - A filled shape is filled, and then outlined with the pen, as in
//     SVG; go-graphviz only fills it, which left a repository's white
//     note shape invisible on the white page, and every box without its
//     border.
//   - Edges reach it marked filled, which would draw each as a solid
//     wedge: edges are lines, and are stroked alone.
type pngRenderer struct{ *gvc.ImageRenderer }

// Polygon fills the polygon when asked to, and outlines it.
func (r pngRenderer) Polygon(ctx context.Context, job *gvc.Job, points []*gvc.PointFloat, filled bool) error {
	if err := r.ImageRenderer.Polygon(ctx, job, points, filled); err != nil || !filled || !outlined(job) {
		return err
	}
	return r.ImageRenderer.Polygon(ctx, job, points, false)
}

// Ellipse fills the ellipse when asked to, and outlines it.
func (r pngRenderer) Ellipse(ctx context.Context, job *gvc.Job, points []*gvc.PointFloat, filled bool) error {
	if err := r.ImageRenderer.Ellipse(ctx, job, points, filled); err != nil || !filled || !outlined(job) {
		return err
	}
	return r.ImageRenderer.Ellipse(ctx, job, points, false)
}

// BezierCurve strokes an edge's curve; other curves (rounded boxes) it
// fills when asked to, and outlines.
func (r pngRenderer) BezierCurve(ctx context.Context, job *gvc.Job, points []*gvc.PointFloat, filled bool) error {
	if filled && job.Object().Type() == gvc.EdgeObjectType {
		filled = false
	}
	if err := r.ImageRenderer.BezierCurve(ctx, job, points, filled); err != nil || !filled || !outlined(job) {
		return err
	}
	return r.ImageRenderer.BezierCurve(ctx, job, points, false)
}

// outlined reports whether the pen draws: not for a shape whose pen is
// none or transparent, as the page's background.
func outlined(job *gvc.Job) bool {
	o := job.Object()
	return o.Pen() != gvc.PenNone && o.PenColor().RGBAUint()[3] != 0
}

func drawNative(ctx context.Context, w io.Writer, path string, dot []byte, layout string, format Format) error {
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, path, "-K"+layout, "-T"+string(format))
	cmd.Stdin = bytes.NewReader(dot)
	cmd.Stdout = w
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("graphviz (%s): %w: %s", path, err, bytes.TrimSpace(stderr.Bytes()))
	}
	return nil
}
