package extract

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// finishBatchSize is how many parsed entries go to a worker at once.
const finishBatchSize = 256

// finisher turns parsed entries into Entries on every core while the
// parser reads on: links, code status and the rest are worked out in
// batches by workers, and one goroutine hands the results to emit in input
// order, with ids given in that order, so output is as if sequential.
type finisher struct {
	x     *Extractor
	file  string
	emit  func(*Entry) error
	batch []*rawEntry
	count int

	jobs   chan *finishBatch
	order  chan *finishBatch
	done   chan struct{}
	failed atomic.Bool
	err    error
}

type finishBatch struct {
	raws    []*rawEntry
	entries []*Entry
	ready   chan struct{}
}

func newFinisher(x *Extractor, file string, emit func(*Entry) error) *finisher {
	workers := runtime.GOMAXPROCS(0)
	f := &finisher{x: x, file: file, emit: emit,
		jobs: make(chan *finishBatch, workers), order: make(chan *finishBatch, 4*workers), done: make(chan struct{})}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var a arena
			for b := range f.jobs {
				b.entries = make([]*Entry, len(b.raws))
				for i, re := range b.raws {
					b.entries[i] = x.build(re, file, &a)
				}
				close(b.ready)
			}
		}()
	}
	go func() {
		defer close(f.done)
		for b := range f.order {
			<-b.ready
			for _, e := range b.entries {
				if f.err != nil {
					break
				}
				x.assignID(e)
				if err := f.emit(e); err != nil {
					f.err = err
					f.failed.Store(true)
				}
			}
		}
		wg.Wait()
	}()
	return f
}

// push takes the next parsed entry.
func (f *finisher) push(re *rawEntry) {
	if f.failed.Load() {
		return
	}
	f.count++
	f.batch = append(f.batch, re)
	if len(f.batch) == finishBatchSize {
		f.send()
	}
}

func (f *finisher) send() {
	if len(f.batch) == 0 {
		return
	}
	b := &finishBatch{raws: f.batch, ready: make(chan struct{})}
	f.batch = nil
	f.order <- b
	f.jobs <- b
}

// stopped reports whether emit has failed, so the parser may stop.
func (f *finisher) stopped() bool { return f.failed.Load() }

// close sends what is left, waits for every entry to be emitted and
// returns emit's error, if any.
func (f *finisher) close() error {
	f.send()
	close(f.jobs)
	close(f.order)
	<-f.done
	return f.err
}
