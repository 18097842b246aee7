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
	raws  []*rawEntry
	built built
	ready chan struct{}
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
				b.built.entries = make([]*Entry, 0, len(b.raws))
				for _, re := range b.raws {
					b.built.add(x, re, file, &a)
				}
				close(b.ready)
			}
		}()
	}
	go func() {
		defer close(f.done)
		for b := range f.order {
			<-b.ready
			if f.err == nil {
				x.emitBuilt(&b.built, 0, f.emit, &f.err)
				if f.err != nil {
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

// built is what build made of a run of parsed entries, a chunk's or a
// batch's: its entries and, in a links-only read, the stubs among them.
type built struct {
	entries []*Entry
	stubs   []stub
	// stubAt[i] is how many entries come before stubs[i].
	stubAt []int
}

// add builds the next parsed entry.
func (b *built) add(x *Extractor, re *rawEntry, file string, a *arena) {
	if e := x.build(re, file, a); e != nil {
		b.entries = append(b.entries, e)
		return
	}
	b.stubs = append(b.stubs, x.newStub(re, file, a))
	b.stubAt = append(b.stubAt, len(b.entries))
}

// warmSlots brings into the cache the slots of the tables of ids and
// papers that b's entries and stubs are about to be looked up in (see
// hashTable.warm): on a 201 MB listing, the emitting goroutine waited
// about 30 ms for them one at a time.
func (x *Extractor) warmSlots(b *built) {
	hs := x.warmHashes[:0]
	for _, e := range b.entries {
		if e.hashed {
			hs = append(hs, e.idHash)
		}
	}
	if !x.opts.NoIDs {
		for i := range b.stubs {
			hs = append(hs, b.stubs[i].idBase)
		}
	}
	warmth := x.ids.counts.warm(hs)
	hs = hs[:0]
	for _, e := range b.entries {
		hs = append(hs, e.keys[:e.nKeys]...)
	}
	for i := range b.stubs {
		hs = append(hs, b.stubs[i].keys[0])
	}
	warmth += x.papers.byKey.warm(hs)
	x.warmth += warmth
	x.warmHashes = hs
}

// emitBuilt gives the entries and stubs their ids, in input order, and
// their line numbers after the lines before them, and emits the entries
// (a links-only read keeps the stubs), until emit fails (*emitErr). It
// returns how many entries and stubs it took.
func (x *Extractor) emitBuilt(b *built, before int, emit func(*Entry) error, emitErr *error) int {
	x.warmSlots(b)
	n, next := 0, 0
	stubsUpTo := func(i int) {
		for ; next < len(b.stubs) && b.stubAt[next] <= i; next++ {
			s := &b.stubs[next]
			s.line += before
			if !x.opts.NoIDs {
				s.idN = x.ids.suffix(s.idBase, s.idBaseText)
			}
			x.addStub(s)
			n++
		}
	}
	for i, e := range b.entries {
		if *emitErr != nil {
			return n
		}
		stubsUpTo(i)
		n++
		e.Source.Line += before
		x.assignID(e)
		if err := emit(e); err != nil {
			*emitErr = err
		}
	}
	if *emitErr == nil {
		stubsUpTo(len(b.entries))
	}
	return n
}
