package extract

import (
	"bytes"
	"io"
	"os"
)

// minMapBytes is the smallest listing read by mapping its file: below it,
// reading costs too little to matter. A variable for the tests.
var minMapBytes int64 = 8 << 20

// afterMap runs once a listing's file is mapped: the tests change the file
// there.
var afterMap = func(*os.File) {}

// mappedSource hands out chunks that are slices of a file mapped into
// memory: the kernel's copy of the file, read with no copy of ours (see
// docs/PERFORMANCE.md for what it saves). Mapped bytes are never written,
// and nothing may keep them once the read is over: it serves only reads
// whose entries keep copies (LinksOnly) or that emit keeps nothing of
// (Transient).
//
// A mapped file that shrinks under the reader faults where its end was.
// Every goroutine that reads the bytes sets debug.SetPanicOnFault, so that
// the fault is a panic, which noFault and readDailyChunks recover as
// ErrChanged: the read fails with an error, not a crash.
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
// it recovers (on a goroutine with debug.SetPanicOnFault set). Other
// panics go on.
func noFault(fn func()) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if !isFault(r) {
				panic(r)
			}
			ok = false
		}
	}()
	fn()
	return true
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
