package extract

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/linkgraph/linkgraph/internal/testgen"
)

// readBoth reads a Daily Papers listing in chunks of the given sizes and
// line by line, as one parser does, and returns each way's entries (as
// JSON lines), then its problems, then its error. (Problems and entries
// are not interleaved alike: line by line, a problem is reported as its
// line is read, before the entries under way are emitted.)
func readBoth(t testing.TB, data []byte, chunk, maxChunk int) (chunked, sequential string) {
	t.Helper()
	defer func(c, m int) { chunkBytes, maxChunkBytes = c, m }(chunkBytes, maxChunkBytes)
	chunkBytes, maxChunkBytes = chunk, maxChunk

	run := func(opts Options, read func(x *Extractor, lr *lineReader, emit func(*Entry) error) error) string {
		var out, problems bytes.Buffer
		x := New(opts)
		lr := newLineReader(bytes.NewReader(data), "l.txt", func(err error) { fmt.Fprintf(&problems, "problem: %v\n", err) })
		err := read(x, lr, func(e *Entry) error {
			out.Write(e.AppendJSON(nil))
			out.WriteByte('\n')
			return nil
		})
		fmt.Fprintf(&out, "%serror: %v\n", problems.String(), err)
		return out.String()
	}
	readChunks := func(x *Extractor, lr *lineReader, emit func(*Entry) error) error {
		_, err := x.readDailyChunks(context.Background(), lr, newReaderSource(lr), emit)
		return err
	}
	chunked = run(Options{Year: 2024}, readChunks)
	// Entries written out as they come may be read from buffers used
	// again: the same output.
	if transient := run(Options{Year: 2024, Transient: true}, readChunks); transient != chunked {
		t.Fatalf("chunks of %d bytes, read again once written: the output differs\n%s", chunk, firstDiff(transient, chunked))
	}
	sequential = run(Options{Year: 2024}, func(x *Extractor, lr *lineReader, emit func(*Entry) error) error {
		_, err := x.readDailyTail(context.Background(), lr, lr.r, 0, emit)
		return err
	})
	return chunked, sequential
}

// A listing read in chunks on every core gives what one parser reading it
// line by line gives: the same entries, ids, lines and problems, in order.
func TestChunksReadAsOneParser(t *testing.T) {
	var gen bytes.Buffer
	if err := testgen.Write(&gen, testgen.Options{Entries: 400, Seed: 7}); err != nil {
		t.Fatal(err)
	}
	listing := gen.String()
	// Trouble at places chunks may start or end: invalid UTF-8, a NUL, a
	// line over the limit, CRLF, duplicate titles, meta lines after a date.
	paras := strings.Split(listing, "\n\n")
	for i := range paras {
		switch i % 97 {
		case 5:
			paras[i] += "\xff\xfe bad bytes"
		case 11:
			paras[i] = "x\x00y\n" + paras[i]
		case 23:
			paras[i] = strings.ReplaceAll(paras[i], "\n", "\r\n")
		case 31:
			paras[i] = "  • 3 authors\n·\nMar 3, 2021 9"
		case 47:
			paras[i] = paras[i-3]
		}
	}
	paras[150] = strings.Repeat("long ", MaxLineBytes/4)
	data := []byte(strings.Join(paras, "\n\n"))

	for _, size := range []int{64, 700, 4096, 1 << 16} {
		chunked, sequential := readBoth(t, data, size, 1<<30)
		if chunked != sequential {
			t.Fatalf("chunks of %d bytes: the output differs from one parser's\n%s", size, firstDiff(chunked, sequential))
		}
	}
	if n := strings.Count(listingOut(t, data), "\n"); n < 400 {
		t.Fatalf("only %d lines of output", n)
	}
}

// A listing with no meta block to cut at is read by one parser once the
// chunk reaches its limit, and nothing is lost or repeated.
func TestChunksWithoutMetaBlocks(t *testing.T) {
	var b strings.Builder
	for i := range 300 {
		fmt.Fprintf(&b, "Title number %d: a method\n\nAn abstract that links https://github.com/o%d/r%d and says little.\n\n", i, i%7, i)
	}
	b.WriteString("Mar 5, 2024\n\nLast Title\n\nIts abstract.\n")
	chunked, sequential := readBoth(t, []byte(b.String()), 512, 4096)
	if chunked != sequential {
		t.Fatalf("the output differs from one parser's\n%s", firstDiff(chunked, sequential))
	}
	if n := strings.Count(chunked, `"title":"Title number`); n != 300 {
		t.Fatalf("%d entries titled Title number..., want 300", n)
	}
}

func listingOut(t *testing.T, data []byte) string {
	chunked, _ := readBoth(t, data, 4096, 1<<30)
	return chunked
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n  chunked:    %.300s\n  sequential: %.300s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("lengths differ: %d and %d lines", len(al), len(bl))
}

// FuzzChunks reads any input both ways, in tiny chunks, and wants the same.
func FuzzChunks(f *testing.F) {
	f.Add([]byte("T1\n\nAbstract.\n\n  • 2 authors\n·\nMar 1, 2024 3\n\nT2\n\nMar 2\n\nA2 https://github.com/a/b.\n"))
	f.Add([]byte("\xef\xbb\xbfMar 5\r\n\r\nTitle\r\n\r\nMar 6, 2020\r\n\r\n• 1 author\n\nNext\n"))
	// Addresses on lines of their own, upvote buttons (TestDailyAddressLines).
	f.Add([]byte(" [-] 3\n\nhttps://huggingface.co/login?next=x\n\nT1\n\nhttps://x.org/1\n\nA.\n\n[\n\n2 authors](https://x.org/1)\n\n·\n\nMar 1, 2024\n\n1\n\nhttps://x.org/1#c\n\n [-] 4\n\nT2\n\nA2 https://github.com/a/b.\n\n Org\n\nhttps://huggingface.co/org\n\n Other\n\nMar 2\n"))
	// A byte order mark where a chunk starts, past the listing's start,
	// is text, as it is to one parser.
	f.Add([]byte("T1\n\nA.\n\n  • 2 authors\n·\nMar 1, 2024 3\n\n\xef\xbb\xbfT2 \xff\n\nA2, which goes on and on for longer than one chunk.\n\nMar 2\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		chunked, sequential := readBoth(t, data, 16, 64)
		if chunked != sequential {
			t.Fatalf("the output differs from one parser's\n%s", firstDiff(chunked, sequential))
		}
	})
}
