package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// MaxWholeBytes bounds a listing that is parsed whole: Markdown, which
// goldmark parses whole, and HTML.
const MaxWholeBytes = 64 << 20

// MaxHTMLLineBytes is the longest line an HTML page may have. Pages are
// often written with few line breaks, and a saved page's data can make
// one line of a megabyte or more, so the bound is far above
// MaxLineBytes, which holds for the listings people write.
const MaxHTMLLineBytes = 16 << 20

// readMarkdown reads a whole Markdown listing and parses it.
func (x *Extractor) readMarkdown(lr *lineReader, emit func(*rawEntry)) error {
	src, err := readWhole(lr, MaxWholeBytes, MaxLineBytes, "Markdown listing")
	if err != nil {
		return err
	}
	// A note about one paper: its front matter is the paper. Front
	// matter that names a paper only by its authors or by links to other
	// things (a saved page's "url:") is the paper only when the document
	// lists none: a listing saved with front matter is a listing.
	front, src := splitFrontMatter(src)
	if front != nil && len(front.abstract) == 0 {
		if prose := collapseSpace(firstProse(src)); prose != "" {
			front.abstract = []string{prose} // a publication page's body is its abstract
		}
	}
	if front == nil || front.identified() {
		if front != nil {
			emit(front)
		}
		parseTamed(src, emit)
		return nil
	}
	var held []*rawEntry
	parseTamed(src, func(re *rawEntry) { held = append(held, re) })
	if len(held) == 0 {
		emit(front)
	}
	for _, re := range held {
		emit(re)
	}
	return nil
}

// parseTamed parses Markdown after taming it (tame), each entry at its
// line in src.
func parseTamed(src []byte, emit func(*rawEntry)) {
	tamed, lineOf := tame(src)
	parseMarkdown(tamed, func(re *rawEntry) {
		if lineOf != nil && re.line >= 1 && re.line <= len(lineOf) {
			re.line = lineOf[re.line-1]
		}
		emit(re)
	})
}

// readWhole reads a listing that is parsed whole, up to limit bytes,
// without its byte order mark. A line longer than maxLine is reported
// and left empty, as the line readers skip it. Text that is not UTF-8 is
// decoded from the character set it declares (fromDeclaredCharset), or
// else reported at its first bad line and its bad bytes replaced.
func readWhole(lr *lineReader, limit, maxLine int, what string) ([]byte, error) {
	src, err := io.ReadAll(io.LimitReader(lr.r, int64(limit)+1))
	if err != nil {
		return nil, &InputError{File: lr.file, Err: err}
	}
	if len(src) > limit {
		return nil, &InputError{File: lr.file, Err: fmt.Errorf("%s larger than %d MiB", what, limit>>20)}
	}
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	src = dropLongLines(lr, src, maxLine)
	if !utf8.Valid(src) {
		if decoded, ok := fromDeclaredCharset(src); ok {
			return decoded, nil
		}
		line := 1 + bytes.Count(src[:firstInvalid(src)], []byte("\n"))
		lr.report(&InputError{File: lr.file, Line: line, Err: ErrInvalidUTF8})
		src = bytes.ToValidUTF8(src, []byte("\uFFFD"))
	}
	return src, nil
}

// dropLongLines empties, in place, each line of src longer than max bytes
// (its line ending aside), reporting it at its line, so that the lines
// after it keep their numbers.
func dropLongLines(lr *lineReader, src []byte, max int) []byte {
	out := src[:0]
	line := 0
	for rest := src; len(rest) > 0; {
		line++
		n := bytes.IndexByte(rest, '\n')
		end := n + 1
		if n < 0 {
			n, end = len(rest), len(rest)
		}
		if n > 0 && rest[n-1] == '\r' {
			n--
		}
		if n > max {
			lr.report(&InputError{File: lr.file, Line: line, Err: fmt.Errorf("%w (over %d bytes)", ErrLineTooLong, max)})
			out = append(out, rest[n:end]...)
		} else if len(out) < len(src)-len(rest) {
			out = append(out, rest[:end]...) // after a dropped line: move down
		} else {
			out = out[:len(out)+end] // nothing dropped yet: already in place
		}
		rest = rest[end:]
	}
	return out
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// clipRunes cuts s to n runes, marking the cut with an ellipsis.
func clipRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// readJSONL reads linkgraph's own JSON lines back, unchanged but for ids
// made unique within the run. A bad line is reported and skipped.
func (x *Extractor) readJSONL(ctx context.Context, lr *lineReader, file string, emit func(*Entry), stopped func() bool) error {
	return decodeLines(ctx, lr, func(line []byte) (*Entry, error) {
		e := new(Entry)
		if err := e.UnmarshalJSON(line); err != nil {
			return nil, fmt.Errorf("not an entry: %v", err)
		}
		if e.Title == "" && e.ID == "" {
			return nil, errors.New("not an entry: no id or title")
		}
		if e.ID == "" {
			e.ID = Slug(e.Title)
		}
		if e.CodeStatus == "" {
			e.CodeStatus = codeStatus(e.Links, e.Abstract)
		}
		return e, nil
	}, func(e *Entry, err error, n int) bool {
		if err != nil {
			lr.report(&InputError{File: file, Line: n, Err: err})
			return true
		}
		emit(e)
		return !stopped()
	})
}
