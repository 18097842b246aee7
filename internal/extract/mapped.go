package extract

import (
	"bytes"
	"io"
	"os"
	"runtime/debug"
)

// minMapBytes is the smallest listing read by mapping its file: below it,
// reading costs too little to matter. A variable for the tests.
var minMapBytes int64 = 8 << 20

// afterMap runs once a listing's file is mapped: the tests change the file
// there.
var afterMap = func(*os.File) {}

// mappedSource hands out chunks that are slices of a file mapped into
// memory: the kernel's copy of the file, read with no copy of ours (see
// docs/PERFORMANCE.md for what it saves). Mapped bytes are never written.
// A read whose entries keep copies (LinksOnly) or that emit keeps nothing
// of (Transient) unmaps the file once it is over; a whole read leaves it
// mapped for as long as the program runs, since its entries' text is
// sliced from it.
//
// A mapped file that shrinks under the reader faults where its end was.
// Every goroutine that reads the bytes sets debug.SetPanicOnFault, so that
// the fault is a panic, which noFault and readDailyChunks recover as
// ErrChanged: the read fails with an error, not a crash. The goroutines
// that read a whole read's entries later run under Guard.
type mappedSource struct {
	data []byte
	pos  int // where fill goes on from
}

func (s *mappedSource) fill(pending []byte) ([]byte, bool, error) {
	start := s.pos - len(pending)
	end := min(s.pos+max(chunkBytes, len(pending)), len(s.data))
	s.pos = end
	return s.data[start:end:end], end == len(s.data), nil
}

// rest reads the file's bytes from data on, copying them out in Read,
// where a fault becomes a read error.
func (s *mappedSource) rest(data []byte) io.Reader {
	start := s.pos - len(data)
	return &faultReader{r: bytes.NewReader(s.data[start:])}
}

func (s *mappedSource) release([]byte) {}
func (s *mappedSource) mapped() bool   { return true }

// faultReader reads a mapped file's bytes, turning a fault into ErrChanged.
type faultReader struct{ r io.Reader }

func (f *faultReader) Read(p []byte) (n int, err error) {
	if !noFault(func() { n, err = f.r.Read(p) }) {
		return 0, ErrChanged
	}
	return n, err
}

// noFault runs fn and reports whether it ran without a memory fault, which
// it recovers. Other panics go on.
func noFault(fn func()) bool { return Guard(fn) == nil }

// Guard runs fn with memory faults turned into panics on the calling
// goroutine (debug.SetPanicOnFault), and returns the fault fn met,
// recovered, or nil; other panics go on.
//
// The entries of a whole read of a big listing (Read) have their text in
// the listing's file, mapped into memory, which faults where the file has
// shrunk since it was read. So every goroutine that reads such entries
// runs under Guard, and one that meets a fault passes it on to the
// goroutine that waits for it, by panicking with it there, up to the
// program's own Guard, which says the listing changed: an error, not a
// crash.
func Guard(fn func()) (fault any) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if !isFault(r) {
				panic(r)
			}
			fault = r
		}
	}()
	fn()
	return nil
}

// isFault reports whether a recovered value is a memory fault's panic.
func isFault(r any) bool {
	_, ok := r.(interface{ Addr() uintptr })
	return ok
}

// mappable returns the file r reads and its size when it is worth mapping
// and safe to: a regular file of minMapBytes or more, read from its start.
// It returns nil otherwise.
func mappable(r io.Reader) (*os.File, int) {
	f, ok := r.(*os.File)
	if !ok {
		return nil, 0
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() || st.Size() < minMapBytes || int64(int(st.Size())) != st.Size() {
		return nil, 0
	}
	if at, err := f.Seek(0, io.SeekCurrent); err != nil || at != 0 {
		return nil, 0
	}
	return f, int(st.Size())
}
