package extract

import "bytes"

// goldmark's time grows faster than the input on some shapes no paper
// list has, so that a hostile listing of a few megabytes could hold a read
// for hours: the cube of a list's depth and the square of a quote's
// (2,000 nested items, 4 MB: 11 s; 200,000 ">": 12 s), the square of the
// emphasis markers in one block (goldmark issue 555; 480 KB: 14 s) and of
// a run of link reference definitions (100,000, 700 KB: 10 s). tame caps
// each within these bounds.
const (
	maxIndent      = 64   // columns of leading white space
	maxQuoteMarker = 16   // leading ">" markers
	maxBlockDelims = 1024 // "*" and "_" in one block, past which they are text
	maxRefRun      = 256  // link reference definitions without a blank line
)

// tame returns src with what makes goldmark slow defused, and what an
// ordinary listing says left as it is: each line's leading white space
// and quote markers are capped, a block with more emphasis markers than
// maxBlockDelims has them escaped, and a blank line parts each
// maxRefRun link reference definitions in a row. lineOf maps the lines
// of the result to src's when blank lines were added, and is nil when
// none were.
func tame(src []byte) (out []byte, lineOf []int) {
	out = make([]byte, 0, len(src)+len(src)/64)
	var lines []int // src's line of each line of out
	added := false
	blockStart, delims, escaping, refRun := -1, 0, false, 0
	n := 0
	for start := 0; start < len(src); {
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start + 1
		}
		line, _ := shallowLine(src[start:end])
		start = end
		n++
		if isBlank(line) {
			blockStart, delims, escaping, refRun = -1, 0, false, 0
			out = append(out, line...)
			lines = append(lines, n)
			continue
		}
		if refDefinition(line) {
			if refRun++; refRun > maxRefRun {
				out = append(out, '\n')
				lines = append(lines, n)
				added, refRun, blockStart = true, 1, -1
			}
		} else {
			refRun = 0
		}
		if blockStart < 0 || opensBlock(line) {
			blockStart, delims, escaping = len(out), 0, false
		}
		d := bytes.Count(line, []byte("*")) + bytes.Count(line, []byte("_"))
		if !escaping && delims+d > maxBlockDelims {
			escaping = true
			block := append([]byte(nil), out[blockStart:]...)
			out = appendEscaped(out[:blockStart], block)
		}
		delims += d
		if escaping {
			out = appendEscaped(out, line)
		} else {
			out = append(out, line...)
		}
		lines = append(lines, n)
	}
	if added {
		lineOf = lines
	}
	return out, lineOf
}

// appendEscaped appends b with each emphasis marker escaped as text.
func appendEscaped(out, b []byte) []byte {
	for _, c := range b {
		if c == '*' || c == '_' {
			out = append(out, '\\')
		}
		out = append(out, c)
	}
	return out
}

// opensBlock reports whether a line starts a block of its own rather than
// continuing a paragraph: a list item, a heading, a table row or a quote.
func opensBlock(line []byte) bool {
	t := bytes.TrimLeft(line, " \t")
	if len(t) == 0 {
		return false
	}
	switch t[0] {
	case '#', '|', '>':
		return true
	case '-', '*', '+':
		return len(t) > 1 && (t[1] == ' ' || t[1] == '\t')
	}
	i := 0
	for i < len(t) && i < 10 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && (t[i+1] == ' ' || t[i+1] == '\t')
}

// refDefinition reports whether a line looks like a link reference
// definition: "[label]: destination", indented at most three spaces.
func refDefinition(line []byte) bool {
	t := bytes.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || len(t) == 0 || t[0] != '[' {
		return false
	}
	i := bytes.Index(t, []byte("]:"))
	return i > 1 && bytes.IndexByte(t[1:i], '[') < 0
}

// shallowLine returns line without the white space past maxIndent columns
// and the quote markers past maxQuoteMarker, and whether it cut any; it
// copies only a line it cuts.
func shallowLine(line []byte) ([]byte, bool) {
	cols, quotes := 0, 0
	var keep []byte // nil until a cut
	for i, c := range line {
		drop := false
		switch c {
		case ' ', '\t':
			w := 1
			if c == '\t' {
				w = 4
			}
			if drop = cols+w > maxIndent; !drop {
				cols += w
			}
		case '>':
			quotes++
			drop = quotes > maxQuoteMarker
		default:
			if keep == nil {
				return line, false
			}
			return append(keep, line[i:]...), true
		}
		switch {
		case drop && keep == nil:
			keep = append(make([]byte, 0, len(line)), line[:i]...)
		case !drop && keep != nil:
			keep = append(keep, c)
		}
	}
	if keep == nil {
		return line, false
	}
	return keep, true
}
