package extract

import (
	"strings"
	"testing"
	"unsafe"
)

// A recycling arena hands out its blocks again after reset, with zero
// Entries; one that does not recycle never does.
func TestArenaReset(t *testing.T) {
	a := &arena{recycles: true}
	var first []*Entry
	for range 3 * arenaEntries {
		e := a.entry()
		e.Title = "kept"
		first = append(first, e)
	}
	s := a.clone(strings.Repeat("t", arenaTextBytes/2))
	a.clone(strings.Repeat("u", arenaTextBytes/2+1)) // a second block
	a.reset()

	seen := map[*Entry]bool{}
	for _, e := range first {
		seen[e] = true
	}
	for i := range 3 * arenaEntries {
		e := a.entry()
		if !seen[e] {
			t.Fatalf("entry %d after reset is new memory", i)
		}
		if e.Title != "" {
			t.Fatalf("entry %d after reset is not zero: %q", i, e.Title)
		}
	}
	if e := a.entry(); seen[e] {
		t.Fatal("an entry was handed out twice before a reset")
	}
	texts := map[*byte]bool{}
	for range 2 {
		r := a.room(arenaTextBytes)
		texts[unsafe.SliceData(r)] = true
		a.keep(append(r, strings.Repeat("v", arenaTextBytes)...))
	}
	if !texts[unsafe.StringData(s)] {
		t.Error("text blocks are not reused after reset")
	}

	var b arena
	e := b.entry()
	b.reset()
	if b.entry() == e {
		t.Error("an arena that does not recycle reused an entry")
	}
}

// A pool hands out reset arenas.
func TestArenaPool(t *testing.T) {
	p := make(arenaPool, 1)
	a := p.get()
	if !a.recycles {
		t.Fatal("pooled arena does not recycle")
	}
	e := a.entry()
	e.ID = "x"
	p.put(a)
	b := p.get()
	if b != a {
		t.Fatal("the pool did not give back the arena put into it")
	}
	if got := b.entry(); got != e || got.ID != "" {
		t.Fatalf("reused entry: same %v, ID %q", got == e, got.ID)
	}
}
