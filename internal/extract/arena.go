package extract

import "unsafe"

// arena hands out the small parts build makes for each entry (the Entry,
// its keys, slug and date, and, in links-only reads, the copies of its
// title and links) from blocks: one allocation a block rather than one a
// part. Nothing it hands out is written again, so entries may share a
// block, which lives on while any of them is used. One goroutine uses an
// arena at a time.
type arena struct {
	text    []byte
	entries []Entry
}

const (
	arenaTextBytes = 32 << 10
	arenaEntries   = 64
)

// entry returns a new, zero Entry.
func (a *arena) entry() *Entry {
	if len(a.entries) == cap(a.entries) {
		a.entries = make([]Entry, 0, arenaEntries)
	}
	a.entries = a.entries[:len(a.entries)+1]
	return &a.entries[len(a.entries)-1]
}

// room returns the arena's text with room for n more bytes, to append
// them to and hand to keep.
func (a *arena) room(n int) []byte {
	if cap(a.text)-len(a.text) < n {
		a.text = make([]byte, 0, max(arenaTextBytes, n))
	}
	return a.text
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
