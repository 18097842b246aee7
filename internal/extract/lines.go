package extract

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// MaxLineBytes is the longest line a listing may have. Longer lines are
// skipped with ErrLineTooLong; the rest of the file is still read.
const MaxLineBytes = 1 << 20

// binarySniff is how much of a file is searched for a NUL byte to tell a
// binary file from a listing, as git and grep do.
const binarySniff = 8000

// lineReader reads a listing line by line in bounded memory. It drops a
// leading byte order mark and CR before LF, replaces invalid UTF-8, and
// reports oversized or NUL-bearing lines without stopping.
type lineReader struct {
	r      *bufio.Reader
	data   []byte // read instead of r when r is nil: a chunk in memory
	file   string
	n      int
	noBOM  bool // the lines are not the listing's first: no byte order mark
	buf    []byte
	max    int
	report func(error)
	// plain says the last line cutLine cut is ASCII without control
	// characters, as it found on the way to the line's end.
	plain bool
}

func newLineReader(r io.Reader, file string, report func(error)) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 64<<10), file: file, max: MaxLineBytes, report: report}
}

// gunzip makes a gzip-compressed listing (Papers with Code's dumps come
// as .json.gz) read as what it holds; it reports whether it was one.
func (lr *lineReader) gunzip() (bool, error) {
	head, _ := lr.r.Peek(3)
	if len(head) < 3 || head[0] != 0x1f || head[1] != 0x8b || head[2] != 8 {
		return false, nil
	}
	z, err := gzip.NewReader(lr.r)
	if err != nil {
		return true, &InputError{File: lr.file, Err: fmt.Errorf("gzip: %w", err)}
	}
	lr.r = bufio.NewReaderSize(&gzipErrors{z, lr.file}, 64<<10)
	return true, nil
}

// gzipErrors names the file in a decompression error.
type gzipErrors struct {
	r    io.Reader
	file string
}

func (g *gzipErrors) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && !errors.Is(err, io.EOF) {
		err = fmt.Errorf("gzip: %w", err)
	}
	return n, err
}

// fromUTF16 makes a listing saved as UTF-16 with a byte order mark (what
// Windows PowerShell's ">" writes) read as the UTF-8 it stands for; it
// reports whether it was one. Unpaired surrogates read as U+FFFD.
func (lr *lineReader) fromUTF16() bool {
	head, _ := lr.r.Peek(2)
	if len(head) < 2 || !(head[0] == 0xff && head[1] == 0xfe || head[0] == 0xfe && head[1] == 0xff) {
		return false
	}
	dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
	lr.r = bufio.NewReaderSize(transform.NewReader(lr.r, dec), 64<<10)
	return true
}

// sniff fails with ErrBinary when the start of the input holds a NUL byte.
func (lr *lineReader) sniff() error {
	head, err := lr.r.Peek(binarySniff)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return &InputError{File: lr.file, Err: err}
	}
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return &InputError{File: lr.file, Line: 1 + bytes.Count(head[:i], []byte{'\n'}), Err: ErrBinary}
	}
	return nil
}

// next returns the next line, valid until the following call, and its
// 1-based number. It returns io.EOF at the end; other errors are read errors.
func (lr *lineReader) next() ([]byte, int, error) {
	for {
		line, skip, err := lr.readLine()
		if err != nil {
			return nil, lr.n, err
		}
		if skip {
			continue
		}
		if lr.n == 1 && !lr.noBOM {
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		if lr.plain || asciiText(line) {
			return line, lr.n, nil // no NUL, and valid UTF-8: most lines
		}
		if bytes.IndexByte(line, 0) >= 0 {
			lr.problem(ErrNULByte)
			line = line[:0]
		}
		if !utf8.Valid(line) {
			lr.problem(ErrInvalidUTF8)
			line = bytes.ToValidUTF8(line, []byte("\uFFFD"))
		}
		return line, lr.n, nil
	}
}

func (lr *lineReader) problem(err error) {
	lr.report(&InputError{File: lr.file, Line: lr.n, Err: err})
}

// readLine reads one raw line, without its line ending. It skips, and
// reports, a line longer than the limit.
func (lr *lineReader) readLine() (line []byte, skip bool, err error) {
	if lr.r == nil {
		return lr.cutLine()
	}
	lr.buf = lr.buf[:0]
	tooLong := false
	for {
		var chunk []byte
		chunk, err = lr.r.ReadSlice('\n')
		if len(chunk) > 0 && !tooLong {
			if len(lr.buf)+len(chunk) > lr.max+2 {
				tooLong = true
				lr.buf = lr.buf[:0]
			} else if err == nil && len(lr.buf) == 0 {
				// The common case: the whole line is in the reader's buffer.
				lr.n++
				return trimEOL(chunk), false, nil
			} else {
				lr.buf = append(lr.buf, chunk...)
			}
		}
		switch {
		case err == nil:
			lr.n++
			if tooLong {
				lr.problem(fmt.Errorf("%w (over %d bytes)", ErrLineTooLong, lr.max))
				return nil, true, nil
			}
			return trimEOL(lr.buf), false, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			if len(lr.buf) == 0 && !tooLong {
				return nil, false, io.EOF
			}
			lr.n++
			if tooLong {
				lr.problem(fmt.Errorf("%w (over %d bytes)", ErrLineTooLong, lr.max))
				return nil, true, nil
			}
			return trimEOL(lr.buf), false, nil
		default:
			return nil, false, &InputError{File: lr.file, Line: lr.n + 1, Err: err}
		}
	}
}

// cutLine is readLine for a chunk in memory: the line is a slice of it.
// Most lines are plain ASCII: one pass over such a line finds its end, at
// the first control character, and tells that it is plain (lr.plain).
func (lr *lineReader) cutLine() ([]byte, bool, error) {
	data := lr.data
	if len(data) == 0 {
		return nil, false, io.EOF
	}
	i := asciiRun(unsafe.String(unsafe.SliceData(data), len(data)))
	for i < len(data) && data[i] >= 0x20 && data[i] < utf8.RuneSelf {
		i++
	}
	if i+1 < len(data) && data[i] == '\r' && data[i+1] == '\n' {
		i++
	}
	lr.plain = i < len(data) && data[i] == '\n' || i == len(data)
	line := data
	if i < len(data) && data[i] == '\n' {
		line = data[:i+1]
	} else if j := bytes.IndexByte(data[i:], '\n'); j >= 0 {
		line = data[:i+j+1]
	}
	lr.data = lr.data[len(line):]
	lr.n++
	if len(line) > lr.max+2 {
		lr.problem(fmt.Errorf("%w (over %d bytes)", ErrLineTooLong, lr.max))
		return nil, true, nil
	}
	return trimEOL(line), false, nil
}

func trimEOL(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte("\n"))
	return bytes.TrimSuffix(b, []byte("\r"))
}
