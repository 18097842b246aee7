package graph

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestHashSorter(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	random := func(n int) []uint64 {
		h := make([]uint64, n)
		for i := range h {
			h[i] = rng.Uint64()
		}
		return h
	}
	sameTop := func(n int) []uint64 { // one bucket holds them all
		h := random(n)
		for i := range h {
			h[i] = 0xabcd<<48 | h[i]>>16
		}
		return h
	}
	repeats := func(n int) []uint64 { // a document's terms repeat
		h := random(n)
		for i := range h {
			h[i] = h[i%7]
		}
		return h
	}
	tests := []struct {
		name string
		h    []uint64
	}{
		{"empty", nil},
		{"one", random(1)},
		{"below the bucket sort", random(minBucketSort - 1)},
		{"at the bucket sort", random(minBucketSort)},
		{"a document", random(150)},
		{"a long document", random(5000)},
		{"more buckets than the cap", random(1<<21 + 3)},
		{"all in one bucket", sameTop(1000)},
		{"repeats", repeats(300)},
		{"sorted already", func() []uint64 { h := random(200); slices.Sort(h); return h }()},
		{"reversed", func() []uint64 { h := random(200); slices.Sort(h); slices.Reverse(h); return h }()},
		{"extremes", append(random(100), 0, 0, ^uint64(0), ^uint64(0), 1<<63, 1<<63-1)},
	}
	var s hashSorter
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := slices.Clone(tt.h)
			slices.Sort(want)
			got := slices.Clone(tt.h)
			s.sort(got)
			if !slices.Equal(got, want) {
				t.Fatalf("sort of %d hashes: got %v..., want %v...", len(got), got[:min(5, len(got))], want[:min(5, len(want))])
			}
		})
	}
}

// BenchmarkHashSorter sorts a document's worth of term hashes.
func BenchmarkHashSorter(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{150, 1000} {
		docs := make([][]uint64, 64)
		for i := range docs {
			docs[i] = make([]uint64, n)
			for j := range docs[i] {
				docs[i][j] = rng.Uint64()
			}
		}
		h := make([]uint64, n)
		b.Run(fmt.Sprintf("buckets/%d", n), func(b *testing.B) {
			var s hashSorter
			i := 0
			for b.Loop() {
				copy(h, docs[i%len(docs)])
				s.sort(h)
				i++
			}
		})
		b.Run(fmt.Sprintf("slices.Sort/%d", n), func(b *testing.B) {
			i := 0
			for b.Loop() {
				copy(h, docs[i%len(docs)])
				slices.Sort(h)
				i++
			}
		})
	}
}
