// Package readgen reads testgen's generated listings as extract reads
// them, for the tests and benchmarks of the packages after extract.
// extract's own tests cannot use it: it imports extract.
package readgen

import (
	"bytes"
	"context"
	"testing"

	"github.com/linkgraph/linkgraph/internal/extract"
	"github.com/linkgraph/linkgraph/internal/testgen"
)

// Entries returns the n entries of the generated listing with seed 1, in
// listing order, unmerged; it fails tb if the listing cannot be read.
func Entries(tb testing.TB, n int) []*extract.Entry {
	tb.Helper()
	var buf bytes.Buffer
	if err := testgen.Write(&buf, testgen.Options{Entries: n, Seed: 1}); err != nil {
		tb.Fatal(err)
	}
	var es []*extract.Entry
	err := extract.New(extract.Options{}).Read(context.Background(), "gen.txt", &buf,
		func(e *extract.Entry) error { es = append(es, e); return nil }, func(error) {})
	if err != nil {
		tb.Fatal(err)
	}
	return es
}
