package render

import (
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
)

// A PNG's text is drawn in the Go fonts, which linkgraph carries with it,
// whatever font the DOT names, so that a map comes out in the same
// letters on every machine. (go-graphviz's renderer drew in whatever
// Helvetica it found among the machine's fonts.)

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

// faceKey names a face: a Go font's style and size.
type faceKey struct {
	style int
	size  float64
}

var (
	facesMu sync.Mutex
	faces   = map[faceKey]font.Face{}
)

// goFace is the Go font of a style (fontBold, fontItalic) at a size in
// pixels.
func goFace(style int, size float64) (font.Face, error) {
	key := faceKey{style & (fontBold | fontItalic), size}
	facesMu.Lock()
	defer facesMu.Unlock()
	if face, ok := faces[key]; ok {
		return face, nil
	}
	face, err := opentype.NewFace(goFonts()[key.style], &opentype.FaceOptions{Size: key.size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil, err
	}
	faces[key] = face
	return face, nil
}
