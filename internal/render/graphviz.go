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
	out, err := runWASM(ctx, dot, layout, format)
	if err != nil {
		return err
	}
	if format == FormatPNG {
		return drawXdot(w, out)
	}
	_, err = w.Write(out)
	return err
}

// runWASM has the in-process Graphviz lay out and draw a DOT document: as
// SVG, or for a PNG as its drawing operations in JSON (drawXdot).
func runWASM(ctx context.Context, dot []byte, layout string, format Format) ([]byte, error) {
	defer pauseCollector()()
	gv, err := graphviz.New(ctx)
	if err != nil {
		return nil, fmt.Errorf("start graphviz: %w", err)
	}
	defer gv.Close()
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		return nil, fmt.Errorf("graphviz: parse DOT: %w", err)
	}
	defer g.Close()
	gv.SetLayout(graphviz.Layout(layout))
	gvFormat := graphviz.SVG
	if format == FormatPNG {
		gvFormat = "json" // go-graphviz names no constant for it
	}
	var buf bytes.Buffer
	if err := gv.Render(ctx, g, gvFormat, &buf); err != nil {
		return nil, fmt.Errorf("graphviz: render %s with %s: %w", format, layout, err)
	}
	return buf.Bytes(), nil
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
