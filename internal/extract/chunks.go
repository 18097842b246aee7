package extract

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"
)

// chunkBytes is about how much of a Daily Papers listing one worker parses
// at a time, and maxChunkBytes bounds a chunk that finds no place to be
// cut: past it, the rest of the listing is read by one parser, line by
// line, as a listing without meta blocks must be. They are variables for
// the tests, which make them small.
var (
	chunkBytes    = 1 << 20
	maxChunkBytes = 8 << 20
)

// chunksAhead is how many chunks a core may have parsed, or be parsing,
// ahead of the goroutine that emits them in order. The emitter's pace
// varies with the chunks' entries: with two chunks a core, the parsers
// waited for it, 140 ms of a 270 ms extract of 201 MB in all; with eight,
// 25 ms (runtime traces).
const chunksAhead = 8

// chunksInFlight is how many chunks may be read and not yet emitted with
// this many workers: waiting to be emitted, waiting to be parsed, being
// parsed, being read and being emitted. Pools of buffers or arenas that
// size never make fresh ones once full.
func chunksInFlight(workers int) int { return (chunksAhead+1)*workers + 2 }

// A chunk is a run of whole lines of a Daily Papers listing that starts
// where the parser is in its initial state, so that it can be parsed apart
// from the rest: on every core at once, each chunk by a fresh parser.
type chunk struct {
	data     []byte
	buf      []byte // the buffer data is read into, with what follows data
	first    bool   // the listing's start, whose first line may hold a byte order mark
	lines    int    // how many lines it holds, once parsed
	built    built  // its entries, once parsed
	arena    *arena // what build made the entries from, when it recycles
	problems []error
	faulted  bool // its mapped bytes could not be read
	ready    chan struct{}
}

// readDailyChunks reads a Daily Papers listing in chunks, parsed and built
// on every core. The chunks come from src. emit sees the entries, and
// lr.report the problems, in input order, with ids given in that order, as
// if read sequentially. It returns how many entries were read.
//
// Nothing counts the lines of a chunk before it is parsed: its parser
// numbers them from 1, and the chunk's entries and problems are moved on
// by the lines of those before it as they are emitted, in order.
func (x *Extractor) readDailyChunks(ctx context.Context, lr *lineReader, src chunkSource, emit func(*Entry) error) (count int, err error) {
	workers := runtime.GOMAXPROCS(0)
	r := &chunkRun{
		x: x, lr: lr, src: src, emit: emit,
		jobs:   make(chan *chunk, workers),
		order:  make(chan *chunk, chunksAhead*workers),
		done:   make(chan struct{}),
		mapped: src.mapped(),
		// Buffers no entry uses any longer go back to the source, to be
		// read into again: fresh memory costs a page fault every 4 KiB.
		// They go back once parsed when entries keep copies of what they
		// hold (LinksOnly), or once emitted when emit keeps nothing
		// (Transient).
		freeParsed:  x.opts.LinksOnly,
		freeEmitted: x.opts.Transient && !x.opts.LinksOnly,
	}
	// Entries nothing keeps once emitted are made from an arena of their
	// chunk's, which goes back to be reused then.
	if x.opts.Transient {
		r.arenas = make(arenaPool, chunksInFlight(workers))
	}
	for range workers {
		r.workers.Add(1)
		go r.parse()
	}
	go r.emitInOrder()
	defer r.finish()
	// A mapped file faults when it shrinks under us: the goroutines that
	// read it panic instead (see mappedSource), and the read fails.
	if r.mapped {
		defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
		defer func() {
			if p := recover(); p != nil {
				if !isFault(p) {
					panic(p)
				}
				r.finish()
				count, err = r.count, &InputError{File: lr.file, Err: ErrChanged}
			}
		}()
	}
	return r.feed(ctx)
}

// A chunkRun is one read of a listing in chunks: feed cuts the chunks and
// sends each to a worker (parse) and, in input order, to the emitter
// (emitInOrder).
type chunkRun struct {
	x      *Extractor
	lr     *lineReader
	src    chunkSource
	emit   func(*Entry) error
	jobs   chan *chunk   // to the workers
	order  chan *chunk   // to the emitter, in input order
	arenas arenaPool     // for Transient entries, or nil
	mapped bool          // whether the bytes are a mapped file's
	done   chan struct{} // closed when the emitter is done

	freeParsed, freeEmitted bool // when chunk buffers go back to src

	workers  sync.WaitGroup
	failed   atomic.Bool // emitting failed: feed stops
	finished bool

	// The emitter's, read once finish returns.
	emitErr error
	lines   int // the lines of the chunks emitted
	count   int // the entries emitted
}

// parse is a worker: it parses and builds the chunks it is sent.
func (r *chunkRun) parse() {
	defer r.workers.Done()
	if r.mapped {
		debug.SetPanicOnFault(true)
	}
	a := &arena{}
	lastEntries, lastStubs := 0, 0 // this worker's last chunk's
	for c := range r.jobs {
		if r.arenas != nil {
			a = r.arenas.get()
			c.arena = a
		}
		// Chunks are alike: room for as many entries and stubs as the
		// last one had spares growing the lists.
		c.built.entries = make([]*Entry, 0, lastEntries+lastEntries/8)
		if lastStubs > 0 {
			c.built.stubs = make([]stub, 0, lastStubs+lastStubs/8)
			c.built.stubAt = make([]int, 0, cap(c.built.stubs))
		}
		c.faulted = !noFault(func() { r.x.parseChunk(c, r.lr.file, a) })
		lastEntries, lastStubs = len(c.built.entries), len(c.built.stubs)
		buf := c.buf
		close(c.ready)
		if r.freeParsed {
			r.src.release(buf)
		}
	}
}

// emitInOrder hands on each chunk's problems and entries, in input order,
// as the chunk is parsed, with line numbers moved on by the chunks before.
func (r *chunkRun) emitInOrder() {
	defer close(r.done)
	if r.mapped {
		debug.SetPanicOnFault(true)
	}
	for c := range r.order {
		<-c.ready
		for _, p := range c.problems {
			if ie, ok := p.(*InputError); ok {
				ie.Line += r.lines
			}
			r.lr.report(p)
		}
		if r.emitErr == nil && (c.faulted || !noFault(func() { r.count += r.x.emitBuilt(&c.built, r.lines, r.emit, &r.emitErr) })) {
			r.emitErr = &InputError{File: r.lr.file, Line: r.lines + 1, Err: ErrChanged}
		}
		r.lines += c.lines
		if r.emitErr != nil {
			r.failed.Store(true)
		}
		if r.freeEmitted {
			r.src.release(c.buf)
		}
		if c.arena != nil {
			r.arenas.put(c.arena)
		}
		if r.x.opts.Transient {
			c.built, c.arena = built{}, nil
		}
	}
}

// finish closes the channels and waits for the emitter and the workers;
// once is enough.
func (r *chunkRun) finish() {
	if !r.finished {
		r.finished = true
		close(r.jobs)
		close(r.order)
		<-r.done
		r.workers.Wait()
	}
}

// feed reads the listing, cuts it into chunks where a parser is in its
// initial state, and sends them on, until the end, a failure, or a chunk
// that finds no cut: then the rest is read line by line.
func (r *chunkRun) feed(ctx context.Context) (int, error) {
	var pending []byte
	first := true
	for {
		if err := ctx.Err(); err != nil {
			r.finish()
			return r.count, err
		}
		if r.failed.Load() {
			break
		}
		data, atEOF, err := r.src.fill(pending)
		if err != nil {
			r.finish()
			return r.count, &InputError{File: r.lr.file, Line: r.lines + 1, Err: err}
		}
		cut := len(data)
		if !atEOF {
			cut = safeCut(data, len(pending))
		}
		if cut < 0 {
			if len(data) < maxChunkBytes {
				pending = data
				continue
			}
			// No meta blocks to cut at: the rest goes line by line.
			r.finish()
			if r.emitErr != nil {
				return r.count, r.emitErr
			}
			n, err := r.x.readDailyTail(ctx, r.lr, r.src.rest(data), r.lines, r.emit)
			return r.count + n, err
		}
		c := &chunk{data: data[:cut:cut], buf: data, first: first, ready: make(chan struct{})}
		first = false
		pending = data[cut:]
		// Nothing below reads the bytes, so a fault (recovered in
		// readDailyChunks) never leaves a chunk sent to one channel and
		// not the other.
		r.order <- c
		r.jobs <- c
		if atEOF {
			break
		}
	}
	r.finish()
	return r.count, r.emitErr
}

// A chunkSource hands out a Daily Papers listing's bytes for chunks.
type chunkSource interface {
	// fill returns pending (the bytes after the last chunk) followed by
	// the next max(chunkBytes, len(pending)) bytes or more, or by all that
	// is left (atEOF).
	fill(pending []byte) (data []byte, atEOF bool, err error)
	// rest reads the listing from the start of data, which fill returned.
	rest(data []byte) io.Reader
	// release gives back a buffer fill returned, which nothing reads any
	// longer.
	release(buf []byte)
	// mapped reports whether the bytes are a mapped file's.
	mapped() bool
}

// readerSource reads the listing into buffers of its own.
type readerSource struct {
	r    *bufio.Reader
	free bufferPool
}

func newReaderSource(lr *lineReader) *readerSource {
	return &readerSource{r: lr.r, free: newBufferPool(chunksInFlight(runtime.GOMAXPROCS(0)))}
}

func (s *readerSource) fill(pending []byte) ([]byte, bool, error) {
	// A chunk that found no cut grows by doubling, so that copying it
	// stays linear in its size.
	data := s.free.get(len(pending) + max(chunkBytes, len(pending)))
	data = data[:copy(data[:len(pending)], pending)]
	n, err := io.ReadFull(s.r, data[len(data):cap(data)])
	data = data[:len(data)+n]
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return data, true, nil
	}
	return data, false, err
}

func (s *readerSource) rest(data []byte) io.Reader {
	return io.MultiReader(bytes.NewReader(data), s.r)
}

func (s *readerSource) release(buf []byte) { s.free.put(buf) }
func (s *readerSource) mapped() bool       { return false }

// bufferPool keeps a few buffers for reuse.
type bufferPool chan []byte

func newBufferPool(n int) bufferPool { return make(bufferPool, n) }

// get returns a buffer of length n or more: one put back, when there is
// one that large, or else a new one, with room to spare so that it will
// serve again.
func (p bufferPool) get(n int) []byte {
	select {
	case b := <-p:
		if cap(b) >= n {
			return b[:n]
		}
	default:
	}
	return make([]byte, n, n+n/8)
}

// put gives b back, unless the pool is full.
func (p bufferPool) put(b []byte) {
	select {
	case p <- b:
	default:
	}
}

// readDailyTail reads the rest of a listing, from r, that starts after line
// lines, sequentially, with its entries built on every core.
func (x *Extractor) readDailyTail(ctx context.Context, lr *lineReader, r io.Reader, lines int, emit func(*Entry) error) (int, error) {
	tail := newLineReader(r, lr.file, lr.report)
	tail.n = lines
	f := newFinisher(x, lr.file, emit)
	err := x.readDaily(ctx, tail, f.push, f.stopped)
	emitErr := f.close()
	if err == nil {
		err = emitErr
	}
	return f.count, err
}

// parseChunk parses one chunk and builds its entries.
func (x *Extractor) parseChunk(c *chunk, file string, a *arena) {
	lr := &lineReader{data: c.data, file: file, noBOM: !c.first, max: MaxLineBytes,
		report: func(err error) { c.problems = append(c.problems, err) }}
	p := newDailyParser(func(re *rawEntry) { c.built.add(x, re, file, a) })
	p.reuse = true // build keeps nothing of re
	// The chunk as a string, of which lines are slices: no copy per line,
	// nor of the chunk. Its bytes are never written again: the reader
	// read them into a buffer of the chunk's own, and the line reader
	// mends lines in copies.
	text := unsafe.String(unsafe.SliceData(c.data), len(c.data))
	for {
		line, n, err := lr.next()
		if err != nil {
			break // io.EOF: a chunk in memory has no read errors
		}
		p.line(n, stringIn(text, c.data, line))
	}
	p.finish()
	c.lines = lr.n
}

// stringIn returns line as a string: a slice of text, which holds the same
// bytes as data, when line is a slice of data (as every line is that the
// line reader did not have to mend), or else a copy.
func stringIn(text string, data, line []byte) string {
	if len(line) == 0 {
		return ""
	}
	at := cap(data) - cap(line)
	if at >= 0 && at+len(line) <= len(data) && &data[at] == &line[0] {
		return text[at : at+len(line)]
	}
	return string(line)
}

// safeCut finds the last place in data, after lo, where a Daily Papers
// parser is back in its initial state: the start of a line that follows a
// blank line after a date line ("Mar 11, 2024 4"), which ends an entry's
// meta block. After it, any entry under way is complete and the meta lines
// that may follow are ignored, as a fresh parser ignores them. It returns
// -1 when there is no such place.
func safeCut(data []byte, lo int) int {
	end := bytes.LastIndexByte(data, '\n')
	for end >= lo && end > 0 {
		start := bytes.LastIndexByte(data[:end], '\n') + 1
		if start > 0 && isBlankLine(data[start:end]) {
			prev := bytes.LastIndexByte(data[:start-1], '\n') + 1
			if isDateLine(data[prev : start-1]) {
				return end + 1
			}
		}
		end = start - 1
	}
	return -1
}

func isBlankLine(b []byte) bool {
	return bytes.IndexByte(b, 0) < 0 && len(bytes.TrimSpace(b)) == 0
}

// isDateLine reports whether a raw line is one the parser reads as a date,
// with no byte the line reader would change.
func isDateLine(b []byte) bool {
	b = bytes.TrimSuffix(b, []byte{'\r'})
	if len(b) > maxMetaBytes || bytes.IndexByte(b, 0) >= 0 || !utf8.Valid(b) {
		return false
	}
	_, ok := parseDateLine(strings.TrimSpace(string(b)))
	return ok
}
