package extract

import (
	"bytes"
	"context"
	"io"
	"sync"
	"testing"

	"github.com/linkgraph/linkgraph/internal/testgen"
)

var (
	benchOnce    sync.Once
	benchListing []byte
)

// benchData is a generated listing of about 100 MB, made once per process.
func benchData(b *testing.B) []byte {
	benchOnce.Do(func() {
		var buf bytes.Buffer
		if err := testgen.Write(&buf, testgen.Options{Entries: 65000, Seed: 1}); err != nil {
			b.Fatal(err)
		}
		benchListing = buf.Bytes()
	})
	return benchListing
}

// BenchmarkExtractJSONL reads a ~100 MB listing and writes every entry as
// JSON, as `linkgraph extract --format jsonl` does.
func BenchmarkExtractJSONL(b *testing.B) {
	data := benchData(b)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		var out []byte
		err := New(Options{}).Read(context.Background(), "bench.txt", bytes.NewReader(data), func(e *Entry) error {
			out = e.AppendJSON(out[:0])
			_, err := io.Discard.Write(out)
			return err
		}, func(error) {})
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScanLinks finds and normalises the links in the same listing.
func BenchmarkScanLinks(b *testing.B) {
	data := string(benchData(b))
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		n := 0
		for _, s := range ScanLinks(data) {
			if _, ok := Normalize(s.Raw); ok {
				n++
			}
		}
		if n == 0 {
			b.Fatal("no links found")
		}
	}
}
