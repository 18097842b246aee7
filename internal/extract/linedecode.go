package extract

import (
	"context"
	"errors"
	"io"
	"runtime"
	"sync"
)

// lineBatchBytes is about how many bytes of lines a batch holds: enough
// that handing batches between goroutines costs little, few enough that
// every core gets some of a small file.
const lineBatchBytes = 256 << 10

// lineBatch is a run of lines, copied out of the reader, and what decode
// made of each.
type lineBatch[T any] struct {
	buf   []byte
	ends  []int // where each line ends in buf
	nums  []int // each line's number
	out   []T
	errs  []error
	ready chan struct{}
}

// decodeLines reads lr's lines on one goroutine and decodes the lines
// that are not blank on every core, batch by batch (JSON lines, where
// decoding is all the work). emit takes each result in input order, or
// the error decode gave for its line; it returns false to stop.
func decodeLines[T any](ctx context.Context, lr *lineReader, decode func(line []byte) (T, error), emit func(v T, err error, n int) bool) error {
	next := func() ([]byte, int, error) {
		for {
			line, n, err := lr.next()
			if err != nil || !isBlank(line) {
				return line, n, err
			}
		}
	}
	return decodeItems(ctx, next, decode, emit)
}

// decodeItems is decodeLines for any source of items: next returns each
// item, valid until the next call, with its line, and io.EOF after the
// last; another error ends the reading, and decodeItems returns it once
// what came before is emitted.
func decodeItems[T any](ctx context.Context, next func() ([]byte, int, error), decode func(item []byte) (T, error), emit func(v T, err error, n int) bool) error {
	workers := runtime.GOMAXPROCS(0)
	work := make(chan *lineBatch[T], workers)
	order := make(chan *lineBatch[T], 2*workers)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range work {
				start := 0
				for i, end := range b.ends {
					b.out[i], b.errs[i] = decode(b.buf[start:end])
					start = end
				}
				close(b.ready)
			}
		}()
	}
	var readErr error
	go func() {
		defer close(order)
		defer close(work)
		b := &lineBatch[T]{}
		send := func() bool {
			b.out, b.errs, b.ready = make([]T, len(b.ends)), make([]error, len(b.ends)), make(chan struct{})
			select {
			case order <- b:
			case <-stop:
				return false
			}
			work <- b
			b = &lineBatch[T]{}
			return true
		}
		for items := 1; ; items++ {
			line, n, err := next()
			if err != nil {
				if !errors.Is(err, io.EOF) {
					readErr = err
				}
				break
			}
			if items%4096 == 0 && ctx.Err() != nil {
				readErr = ctx.Err()
				break
			}
			b.buf = append(b.buf, line...)
			b.ends = append(b.ends, len(b.buf))
			b.nums = append(b.nums, n)
			if len(b.buf) >= lineBatchBytes && !send() {
				return
			}
		}
		if len(b.ends) > 0 {
			send()
		}
	}()
	stopped := false
	for b := range order {
		<-b.ready
		for i := range b.ends {
			if !stopped && !emit(b.out[i], b.errs[i], b.nums[i]) {
				stopped = true
				close(stop)
			}
		}
	}
	wg.Wait()
	if stopped {
		return nil
	}
	return readErr
}

func isBlank(line []byte) bool {
	for _, c := range line {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}
