package extract

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// maxElementBytes bounds one element of a JSON array of papers: a paper
// with its abstract and authors takes kilobytes.
const maxElementBytes = 16 << 20

// arrayItems cuts a JSON array into the bytes of its elements, so that
// they can be decoded on every core: it follows strings and brackets and
// counts lines, but leaves checking each element's JSON to its decoding.
type arrayItems struct {
	r      *bufio.Reader
	file   string
	report func(error) // an element over maxElementBytes, skipped
	line   int         // the line of the next byte
	state  arrayState
	buf    []byte // the element returned last
	// wrapped allows the array inside an object, as scholarly APIs
	// answer: {"total": 2, "data": [...]}, {"message": {"items": [...]}}.
	wrapped bool
}

type arrayState int

const (
	arrayBefore arrayState = iota // before the "["
	arrayFirst                    // after the "[", before any element
	arrayIn                       // after an element
	arrayDone                     // after the "]"
)

func newArrayItems(lr *lineReader) *arrayItems {
	return &arrayItems{r: lr.r, file: lr.file, line: 1, report: lr.report}
}

// next returns the next element and the line it starts on, or io.EOF
// after the array's end. Any other error is an *InputError that ends the
// reading: the file is not an array, breaks off in one, or cannot be read.
// An element over maxElementBytes is reported and passed over.
func (a *arrayItems) next() ([]byte, int, error) {
	if a.state == arrayDone {
		return nil, 0, io.EOF
	}
	if a.state == arrayBefore {
		// A byte order mark, as Windows editors write before UTF-8.
		if head, _ := a.r.Peek(3); string(head) == "\xef\xbb\xbf" {
			a.r.Discard(3)
		}
	}
	c, err := a.skipSpace()
	if a.state == arrayBefore && err == nil && c == '{' && a.wrapped {
		var found bool
		if found, err = a.enter(0); err != nil {
			return nil, 0, err
		}
		if !found {
			return nil, 0, a.fail("no array of papers in the object (want one under %s)", containerKeyList)
		}
		c, err = a.skipSpace() // the array's "["
	}
	if a.state == arrayBefore {
		switch {
		case err != nil:
			return nil, 0, a.broken(err, "not JSON: %v", err)
		case c != '[':
			return nil, 0, a.fail("want a JSON array of papers")
		}
		a.r.ReadByte()
		a.state = arrayFirst
		c, err = a.skipSpace()
	}
	if err != nil {
		return nil, 0, a.broken(err, "bad JSON: the array breaks off")
	}
	if c == ']' {
		a.r.ReadByte()
		a.state = arrayDone
		return nil, 0, io.EOF
	}
	if a.state == arrayIn {
		if c != ',' {
			return nil, 0, a.fail("bad JSON: want a comma or ] after a paper, not %q", c)
		}
		a.r.ReadByte()
		if c, err = a.skipSpace(); err != nil {
			return nil, 0, a.broken(err, "bad JSON: the array breaks off")
		}
		if c == ']' {
			return nil, 0, a.fail("bad JSON: a comma before ]")
		}
	}
	a.state = arrayIn
	start := a.line
	big, err := a.value(c)
	if err != nil {
		return nil, 0, err
	}
	if big {
		a.report(&InputError{File: a.file, Line: start, Err: fmt.Errorf("a paper of over %d MiB, skipped", maxElementBytes>>20)})
		return a.next()
	}
	return a.buf, start, nil
}

// containerKeys are the keys under which APIs answer with their array of
// papers ({"data": [...]}: Semantic Scholar; "results": OpenAlex, Papers
// with Code; "notes": OpenReview; "items": Crossref, inside "message";
// "docs": ADS, inside "response"; "hit": dblp, inside "result" and
// "hits"; "collection": bioRxiv's and medRxiv's).
var containerKeys = map[string]bool{"data": true, "results": true, "items": true, "papers": true, "notes": true,
	"docs": true, "records": true, "works": true, "hits": true, "hit": true, "publications": true, "articles": true,
	"entries": true, "collection": true}

const containerKeyList = "data, results, items, papers, notes or docs"

// maxWrapDepth bounds the objects enter looks into for the array.
const maxWrapDepth = 3

// enter reads an object from its "{" up to the "[" of its array of
// papers, left unread, and reports whether it found one: the value of a
// container key, directly or in an object under another key
// ({"message": {"items": [...]}}). Other values are passed over; an
// object without such an array is read to its "}".
func (a *arrayItems) enter(depth int) (bool, error) {
	a.r.ReadByte() // the "{"
	for {
		c, err := a.skipSpace()
		if err != nil {
			return false, a.broken(err, "bad JSON: the object breaks off")
		}
		switch c {
		case '}':
			a.r.ReadByte()
			return false, nil
		case ',':
			a.r.ReadByte()
			continue
		case '"':
		default:
			return false, a.fail("bad JSON: want a key, not %q", c)
		}
		if _, err := a.value(c); err != nil {
			return false, err
		}
		key := strings.Trim(string(a.buf), `"`)
		if c, err = a.skipSpace(); err != nil || c != ':' {
			return false, a.fail("bad JSON: want a colon after the key %q", key)
		}
		a.r.ReadByte()
		if c, err = a.skipSpace(); err != nil {
			return false, a.broken(err, "bad JSON: the object breaks off")
		}
		switch {
		case c == '[' && containerKeys[key]:
			return true, nil
		case c == '{' && depth < maxWrapDepth:
			if found, err := a.enter(depth + 1); found || err != nil {
				return found, err
			}
		default:
			if _, err := a.value(c); err != nil {
				return false, err
			}
		}
	}
}

// broken is the error for a read that ended with err: the message for
// the end of the file, or err itself when the file could not be read
// (a gzip stream that is corrupt).
func (a *arrayItems) broken(err error, format string, args ...any) error {
	if !errors.Is(err, io.EOF) {
		return &InputError{File: a.file, Line: a.line, Err: err}
	}
	return a.fail(format, args...)
}

func (a *arrayItems) fail(format string, args ...any) error {
	return &InputError{File: a.file, Line: a.line, Err: fmt.Errorf(format, args...)}
}

// skipSpace passes white space and returns the byte after it, unread.
func (a *arrayItems) skipSpace() (byte, error) {
	for {
		c, err := a.r.ReadByte()
		if err != nil {
			return 0, err
		}
		switch c {
		case '\n':
			a.line++
		case ' ', '\t', '\r':
		default:
			a.r.UnreadByte()
			return c, nil
		}
	}
}

// jsonSpecial marks the bytes that matter in a string: its end, an
// escape, and a line break.
var jsonSpecial = [256]bool{'"': true, '\\': true, '\n': true}

// value reads into buf the element that starts with c: an object or
// array up to its closing bracket, a string up to its closing quote, or
// anything else up to the next comma, bracket or white space. An element
// over maxElementBytes is read to its end but not kept: value reports it
// as big, with buf empty.
func (a *arrayItems) value(c byte) (big bool, err error) {
	a.buf = a.buf[:0]
	scalar := c != '{' && c != '[' && c != '"'
	depth := 0
	inString, escaped := false, false
	for {
		chunk, _ := a.r.Peek(a.r.Buffered())
		if len(chunk) == 0 {
			if _, err := a.r.Peek(1); err != nil {
				if scalar {
					return false, a.broken(err, "bad JSON: the array breaks off")
				}
				return false, a.broken(err, "bad JSON: the array breaks off inside a paper")
			}
			continue
		}
		end := -1
	scan:
		for i := 0; i < len(chunk); i++ {
			b := chunk[i]
			if inString {
				if escaped { // the byte after a backslash
					escaped = false
					if b == '\n' {
						a.line++
					}
					continue
				}
				// Most of an element is text: run to what matters.
				for !jsonSpecial[b] {
					if i++; i == len(chunk) {
						break scan
					}
					b = chunk[i]
				}
				switch b {
				case '\\':
					escaped = true
				case '"':
					inString = false
					if depth == 0 {
						end = i + 1
						break scan
					}
				case '\n':
					a.line++
				}
				continue
			}
			switch b {
			case '"':
				inString = true
			case '{', '[':
				depth++
			case '}', ']':
				if scalar {
					end = i
					break scan
				}
				if depth--; depth == 0 {
					end = i + 1
					break scan
				}
			case '\n':
				if scalar {
					end = i
					break scan
				}
				a.line++
			case ',', ' ', '\t', '\r':
				if scalar {
					end = i
					break scan
				}
			}
		}
		n := len(chunk)
		if end >= 0 {
			n = end
		}
		if !big && len(a.buf)+n > maxElementBytes {
			big, a.buf = true, nil
		}
		if !big {
			a.buf = append(a.buf, chunk[:n]...)
		}
		a.r.Discard(n)
		if end >= 0 {
			return big, nil
		}
	}
}

// decodeArray reads the JSON array of papers lr holds, decoding its
// elements on every core with decode, and hands emit each result in
// order with the line its element starts on; emit returns false to
// stop. An element decode cannot take (a string where a paper should be)
// is reported and skipped; one that is not JSON ends the reading, as does
// an array that breaks off, with an *InputError at its line.
func decodeArray[T any](ctx context.Context, lr *lineReader, decode func(item []byte) (T, error), emit func(v T, line int) bool) error {
	return decodeItemsOf(ctx, lr, newArrayItems(lr), decode, emit)
}

// decodeItemsOf is decodeArray, reading the elements items cuts.
func decodeItemsOf[T any](ctx context.Context, lr *lineReader, items *arrayItems, decode func(item []byte) (T, error), emit func(v T, line int) bool) error {
	var bad error
	err := decodeItems(ctx, items.next, decode, func(v T, err error, n int) bool {
		if err == nil {
			return emit(v, n)
		}
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			bad = &InputError{File: lr.file, Line: n, Err: fmt.Errorf("bad JSON: %v", err)}
			return false
		}
		lr.report(&InputError{File: lr.file, Line: n, Err: fmt.Errorf("skipped: %v", err)})
		return true
	})
	if bad != nil {
		return bad
	}
	return err
}
