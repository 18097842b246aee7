package extract

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

func TestIDSetUnique(t *testing.T) {
	s := newIDSet()
	for i, c := range []struct{ base, want string }{
		{"x", "x"}, {"x", "x-2"}, {"x-2", "x-2-2"}, {"x", "x-3"}, {"x-3", "x-3-2"},
		{"y", "y"}, {"", ""}, {"", "-2"}, {"x", "x-4"},
	} {
		if got := s.unique(c.base); got != c.want {
			t.Fatalf("call %d: unique(%q) = %q, want %q", i, c.base, got, c.want)
		}
	}
}

// referenceUnique is the rule unique follows, on a plain map.
func referenceUnique(used map[string]int, base string) string {
	n := used[base]
	used[base] = n + 1
	if n == 0 {
		return base
	}
	for {
		n++
		id := base + "-" + strconv.Itoa(n)
		if used[id] == 0 {
			used[id] = 1
			used[base] = n
			return id
		}
	}
}

// The table gives what the rule gives, through growth and with bases that
// look like ids it handed out.
func TestIDSetMatchesRule(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	s, used := newIDSet(), map[string]int{}
	for i := range 50000 {
		base := "t" + strconv.Itoa(rng.IntN(3000))
		if rng.IntN(10) == 0 {
			base += "-" + strconv.Itoa(2+rng.IntN(3))
		}
		h := s.hash(base)
		if got, want := s.uniqueHashed(base, h), referenceUnique(used, base); got != want {
			t.Fatalf("call %d: unique(%q) = %q, want %q", i, base, got, want)
		}
	}
}

// The table keeps nothing of the ids handed in: a base whose bytes are
// written over once given (a transient read's arena, reused) is still
// known.
func TestIDSetKeepsNothingOfTheBase(t *testing.T) {
	s := newIDSet()
	buf := []byte("lion-symbolic-discovery")
	if got := s.unique(unsafe.String(&buf[0], len(buf))); got != "lion-symbolic-discovery" {
		t.Fatalf("first: %q", got)
	}
	copy(buf, "xxxx")
	if got := s.unique("lion-symbolic-discovery"); got != "lion-symbolic-discovery-2" {
		t.Fatalf("after the base's bytes changed: %q, want lion-symbolic-discovery-2", got)
	}
	if got := s.unique("xxxx-symbolic-discovery"); got != "xxxx-symbolic-discovery" {
		t.Fatalf("the changed bytes: %q", got)
	}
}

// Were two different ids to share a hash, the second would get a needless
// suffix, and ids would still be unique.
func TestIDSetHashCollision(t *testing.T) {
	s := newIDSet()
	h := s.hash("x")
	seen := map[string]bool{}
	for _, base := range []string{"x", "y", "y", "x", "z"} {
		id := s.uniqueHashed(base, h) // every base as if it hashed as "x"
		if seen[id] {
			t.Fatalf("%q handed out twice", id)
		}
		seen[id] = true
	}
	for _, want := range []string{"x", "y-2", "y-3", "x-4", "z-5"} {
		if !seen[want] {
			t.Errorf("%q not handed out; got %v", want, seen)
		}
	}
}

func BenchmarkIDSet(b *testing.B) {
	bases := make([]string, 130000)
	for i := range bases {
		bases[i] = fmt.Sprintf("title%d-in-robust-algorithms-curvature-unlearning-%d", i%1000, i)
	}
	s0 := newIDSet()
	hashes := make([]idHash, len(bases))
	for i, x := range bases {
		hashes[i] = s0.hash(x)
	}
	b.ResetTimer()
	for b.Loop() {
		s := idSet{seeds: s0.seeds}
		for i, x := range bases {
			s.uniqueHashed(x, hashes[i])
		}
	}
}

// A table reserved for n hashes takes them without growing, and keeps
// what it held before.
func TestHashTableReserve(t *testing.T) {
	s := newIDSet()
	var tab hashTable
	hashes := make([]idHash, 5000)
	for i := range hashes {
		hashes[i] = s.hash(itoa(i))
	}
	for i, h := range hashes[:100] {
		*tab.slot(h) = int32(i + 1)
	}
	tab.reserve(len(hashes) - 100)
	size := len(tab.slots)
	if size < (len(hashes)+1)*4/3 {
		t.Fatalf("reserved %d slots for %d hashes", size, len(hashes))
	}
	for i, h := range hashes[100:] {
		*tab.slot(h) = int32(100 + i + 1)
	}
	if len(tab.slots) != size {
		t.Errorf("grew from %d to %d slots after reserving", size, len(tab.slots))
	}
	for i, h := range hashes {
		if got := tab.find(h); got != int32(i+1) {
			t.Fatalf("hash %d: found %d, want %d", i, got, i+1)
		}
	}
	tab.reserve(10) // room already: no change
	if len(tab.slots) != size {
		t.Errorf("reserve with room to spare resized %d to %d", size, len(tab.slots))
	}
}

// warm reads the slot a hash is looked for in first: the value kept for
// a hash alone in its table, nothing from an empty table or slot.
func TestHashTableWarm(t *testing.T) {
	s := newIDSet()
	var tab hashTable
	a, b := s.hash("a"), s.hash("b")
	if got := tab.warm([]idHash{a}); got != 0 {
		t.Errorf("empty table: warm read %d", got)
	}
	*tab.slot(a) = 7
	if got := tab.warm([]idHash{a, a}); got != 14 {
		t.Errorf("warm read %d for a twice, want 14", got)
	}
	if a.h&uint64(len(tab.slots)-1) != b.h&uint64(len(tab.slots)-1) {
		if got := tab.warm([]idHash{b}); got != 0 {
			t.Errorf("warm read %d from b's empty slot", got)
		}
	}
}

// BenchmarkHashTableBatch looks up a batch of hashes in a table larger
// than the caches, with and without warming their slots first, as the
// emitting goroutine does a chunk's entries: with other work between
// lookups (hashing a title's worth of text stands for writing the entry),
// which keeps the processor from running ahead to the next lookup's load.
func BenchmarkHashTableBatch(b *testing.B) {
	s := newIDSet()
	var tab hashTable
	const n = 1 << 21 // 32 MiB of slots once grown
	hashes := make([]idHash, n)
	for i := range hashes {
		hashes[i] = s.hash(itoa(i))
		*tab.slot(hashes[i]) = 1
	}
	text := strings.Repeat("a title of about a hundred bytes ", 3)
	for _, warm := range []bool{false, true} {
		b.Run(map[bool]string{false: "cold", true: "warmed"}[warm], func(b *testing.B) {
			i := 0
			for b.Loop() {
				batch := hashes[i : i+512]
				if i += 512; i+512 > n {
					i = 0
				}
				if warm {
					tab.warm(batch)
				}
				for _, h := range batch {
					if tab.find(h) != 0 {
						s.hash(text)
					}
				}
			}
		})
	}
}
