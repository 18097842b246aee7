package render

import (
	"context"
	"sync"

	"github.com/goccy/go-graphviz/gvc"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
)

// A PNG's text is drawn in the Go fonts, which linkgraph carries with it,
// whatever font the DOT names. go-graphviz would look for that font
// (Helvetica) among the machine's fonts, and draw in what it found there,
// so that the same map came out in different letters on different
// machines; and where it found none it searched the font folders again
// for every piece of text, 200 ms of the 760 the sample's PNG took.

// Graphviz's flags for a font's style in an HTML-like label.
const (
	fontBold   = 1 << 0
	fontItalic = 1 << 1
)

// goFonts are the Go fonts by style (bold, italic), parsed once.
var goFonts = sync.OnceValue(func() (fonts [4]*sfnt.Font) {
	for i, ttf := range [4][]byte{goregular.TTF, gobold.TTF, goitalic.TTF, gobolditalic.TTF} {
		f, err := opentype.Parse(ttf)
		if err != nil {
			panic("render: the Go fonts do not parse: " + err.Error())
		}
		fonts[i] = f
	}
	return fonts
})

// faceKey names a face: a Go font's style and size in points.
type faceKey struct {
	style int
	size  float64
}

var (
	facesMu sync.Mutex
	faces   = map[faceKey]font.Face{}
)

// goFontFace is the gvc.FontLoader that gives every text a Go font of its
// style and size.
func goFontFace(_ context.Context, job *gvc.Job, f *gvc.TextFont) (font.Face, error) {
	style := 0
	if f.Flags()&fontBold != 0 {
		style |= 1
	}
	if f.Flags()&fontItalic != 0 {
		style |= 2
	}
	key := faceKey{style, f.Size() * job.Zoom()}
	facesMu.Lock()
	defer facesMu.Unlock()
	if face, ok := faces[key]; ok {
		return face, nil
	}
	face, err := opentype.NewFace(goFonts()[style], &opentype.FaceOptions{Size: key.size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil, err
	}
	faces[key] = face
	return face, nil
}
