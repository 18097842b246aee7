package extract

import "unsafe"

// arena hands out the small parts build makes for each entry (the Entry,
// its keys, slug and date, and, in links-only reads, the copies of its
// title and links) from blocks: one allocation a block rather than one a
// part. Nothing it hands out is written again, so entries may share a
// block, which lives on while any of them is used. One goroutine uses an
// arena at a time.
//
// An arena may also be reset, once nothing it handed out is used any
// longer (a transient read's chunk, written out): it then hands out the
// same blocks again. Fresh memory costs a page fault every 4 KiB, and
// reusing it saves those and the collector's work.
type arena struct {
	text    []byte
	entries []Entry
	// Blocks filled since the last reset, and those free to fill again;
	// kept only by an arena that is reset (recycles).
	recycles     bool
	usedText     [][]byte
	usedEntries  [][]Entry
	spareText    [][]byte
	spareEntries [][]Entry
}

const (
	arenaTextBytes = 32 << 10
	arenaEntries   = 64
)

// entry returns a new, zero Entry.
func (a *arena) entry() *Entry {
	if len(a.entries) == cap(a.entries) {
		a.entries = a.entryBlock()
	}
	a.entries = a.entries[:len(a.entries)+1]
	return &a.entries[len(a.entries)-1]
}

func (a *arena) entryBlock() []Entry {
	if !a.recycles {
		return make([]Entry, 0, arenaEntries)
	}
	if a.entries != nil {
		a.usedEntries = append(a.usedEntries, a.entries)
	}
	if n := len(a.spareEntries); n > 0 {
		b := a.spareEntries[n-1]
		a.spareEntries = a.spareEntries[:n-1]
		clear(b) // to hand out zero Entries, and let go what they held
		return b[:0]
	}
	return make([]Entry, 0, arenaEntries)
}

// room returns the arena's text with room for n more bytes, to append
// them to and hand to keep.
func (a *arena) room(n int) []byte {
	if cap(a.text)-len(a.text) < n {
		a.text = a.textBlock(n)
	}
	return a.text
}

func (a *arena) textBlock(n int) []byte {
	if !a.recycles {
		return make([]byte, 0, max(arenaTextBytes, n))
	}
	if a.text != nil {
		a.usedText = append(a.usedText, a.text)
	}
	if k := len(a.spareText); k > 0 && cap(a.spareText[k-1]) >= n {
		b := a.spareText[k-1]
		a.spareText = a.spareText[:k-1]
		return b[:0]
	}
	return make([]byte, 0, max(arenaTextBytes, n))
}

// keep returns what was appended to the text room returned as a string,
// which the arena's text now holds. Appending more than room made room for
// is safe: the text moves to a new block, and what was kept before stays
// where it was.
func (a *arena) keep(b []byte) string {
	start := len(a.text)
	a.text = b
	if len(b) == start {
		return ""
	}
	return unsafe.String(&b[start], len(b)-start)
}

// clone returns a copy of s held in the arena.
func (a *arena) clone(s string) string {
	if s == "" {
		return ""
	}
	return a.keep(append(a.room(len(s)), s...))
}

// reset makes every block of a recycling arena free to hand out again:
// nothing it handed out may be used after.
func (a *arena) reset() {
	if a.text != nil {
		a.usedText = append(a.usedText, a.text)
		a.text = nil
	}
	if a.entries != nil {
		a.usedEntries = append(a.usedEntries, a.entries)
		a.entries = nil
	}
	a.spareText = append(a.spareText, a.usedText...)
	a.spareEntries = append(a.spareEntries, a.usedEntries...)
	clear(a.usedText)
	clear(a.usedEntries)
	a.usedText = a.usedText[:0]
	a.usedEntries = a.usedEntries[:0]
}

// arenaPool keeps recycling arenas for reuse, like bufferPool.
type arenaPool chan *arena

// get returns a reset arena: one put back, or else a new one.
func (p arenaPool) get() *arena {
	select {
	case a := <-p:
		return a
	default:
		return &arena{recycles: true}
	}
}

// put resets a and keeps it, unless the pool is full.
func (p arenaPool) put(a *arena) {
	a.reset()
	select {
	case p <- a:
	default:
	}
}
