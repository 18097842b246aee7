package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/linkgraph/linkgraph/internal/testgen"
)

// readFileOut reads the listing in path (as a file, which may be mapped)
// with opts and returns its entries (or a links-only read's papers) as
// JSON lines, then its problems and its error.
func readFileOut(t *testing.T, path string, opts Options) string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out, problems bytes.Buffer
	x := New(opts)
	err = x.Read(context.Background(), "l.txt", f, func(e *Entry) error {
		out.Write(e.AppendJSON(nil))
		out.WriteByte('\n')
		return nil
	}, func(err error) { fmt.Fprintf(&problems, "problem: %v\n", err) })
	if opts.LinksOnly {
		for _, e := range x.Papers() {
			out.Write(e.AppendJSON(nil))
			out.WriteByte('\n')
		}
	}
	fmt.Fprintf(&out, "%serror: %v\n", problems.String(), err)
	return out.String()
}

// A listing read from its mapped file gives what reading it gives, in
// chunks of many sizes, with the troubles chunk edges may meet.
func TestMappedReadsAsRead(t *testing.T) {
	defer func(c, m int, b int64) { chunkBytes, maxChunkBytes, minMapBytes = c, m, b }(chunkBytes, maxChunkBytes, minMapBytes)
	var gen bytes.Buffer
	if err := testgen.Write(&gen, testgen.Options{Entries: 300, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(gen.String(), "\n\n")
	for i := range paras {
		switch i % 89 {
		case 7:
			paras[i] += "\xff bad"
		case 53: // not in the first 8,000 bytes, where a NUL makes a binary file
			paras[i] = "x\x00y\n" + paras[i]
		case 29:
			paras[i] = strings.ReplaceAll(paras[i], "\n", "\r\n")
		}
	}
	data := []byte("\xef\xbb\xbf" + strings.Join(paras, "\n\n"))
	path := filepath.Join(t.TempDir(), "listing.txt")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	// No meta blocks for a while: the rest is read line by line, from
	// the mapping too.
	noCuts := append(bytes.Repeat([]byte("A title\n\nAn abstract https://github.com/a/b.\n\n"), 200), data...)
	noCutsPath := filepath.Join(t.TempDir(), "nocuts.txt")
	if err := os.WriteFile(noCutsPath, noCuts, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, opts := range []Options{{Transient: true, Year: 2024}, {LinksOnly: true, Year: 2024}, {Year: 2024}} {
		for _, size := range []int{100, 4096, 1 << 20} {
			for _, p := range []string{path, noCutsPath} {
				chunkBytes, maxChunkBytes = size, 8*size
				minMapBytes = 1 << 62 // read
				want := readFileOut(t, p, opts)
				minMapBytes = 1 // mapped
				got := readFileOut(t, p, opts)
				if got != want {
					t.Fatalf("%+v, chunks of %d, %s: mapped differs from read\n%s", opts, size, filepath.Base(p), firstDiff(got, want))
				}
				// A links-only read gives its papers with links: fewer lines.
				if minLines := map[bool]int{false: 200, true: 50}[opts.LinksOnly]; strings.Count(got, "\n") < minLines {
					t.Fatalf("only %d lines out", strings.Count(got, "\n"))
				}
			}
		}
	}
}

// A mapped file that shrinks while it is read fails the read with
// ErrChanged, whichever goroutine meets the missing bytes first: the
// reader (shrunk before reading), or the parsers and the writer of entries
// (shrunk at the first entry written, with chunks read ahead): no crash.
func TestMappedFileShrinks(t *testing.T) {
	defer func(c int, b int64, h func(*os.File)) { chunkBytes, minMapBytes, afterMap = c, b, h }(chunkBytes, minMapBytes, afterMap)
	var gen bytes.Buffer
	if err := testgen.Write(&gen, testgen.Options{Entries: 2000, Seed: 5}); err != nil {
		t.Fatal(err)
	}
	chunkBytes, minMapBytes = 4096, 1
	for _, opts := range []Options{{Transient: true}, {LinksOnly: true}, {}} {
		for _, atFirstEntry := range []bool{false, true} {
			if atFirstEntry && opts.LinksOnly {
				continue // a links-only read emits nothing, and keeps copies
			}
			for range 10 {
				path := filepath.Join(t.TempDir(), "listing.txt")
				if err := os.WriteFile(path, gen.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				shrink := func() {
					if err := os.Truncate(path, 1); err != nil {
						t.Error(err)
					}
				}
				afterMap = func(*os.File) {}
				if !atFirstEntry {
					afterMap = func(*os.File) { shrink() }
				}
				f, err := os.Open(path)
				if err != nil {
					t.Fatal(err)
				}
				var out []byte
				n := 0
				err = New(opts).Read(context.Background(), "l.txt", f, func(e *Entry) error {
					if n++; n == 1 && atFirstEntry {
						shrink()
					}
					out = e.AppendJSON(out[:0]) // reads the entry's text
					return nil
				}, func(error) {})
				f.Close()
				if !errors.Is(err, ErrChanged) {
					t.Fatalf("%+v, shrunk at the first entry %v: %d entries, then %v", opts, atFirstEntry, n, err)
				}
			}
		}
	}
}

// A whole read's entries keep their text in the mapped file, which stays
// mapped once Read has returned; cut short then, the file faults where
// the entries' text was, and Guard recovers the fault. A panic that is
// not a fault goes on.
func TestGuardWholeReadCutShort(t *testing.T) {
	defer func(c int, b int64) { chunkBytes, minMapBytes = c, b }(chunkBytes, minMapBytes)
	chunkBytes, minMapBytes = 4096, 1
	var gen bytes.Buffer
	if err := testgen.Write(&gen, testgen.Options{Entries: 500, Seed: 9}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "listing.txt")
	if err := os.WriteFile(path, gen.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var entries []*Entry
	err = New(Options{}).Read(context.Background(), "l.txt", f, func(e *Entry) error {
		entries = append(entries, e)
		return nil
	}, func(error) {})
	f.Close()
	if err != nil || len(entries) < 400 {
		t.Fatalf("%d entries, %v", len(entries), err)
	}
	readAll := func() {
		for _, e := range entries {
			e.AppendJSON(nil)
		}
	}
	if fault := Guard(readAll); fault != nil {
		t.Fatalf("the file untouched: %v", fault)
	}
	if err := os.Truncate(path, 1); err != nil {
		t.Fatal(err)
	}
	fault := Guard(readAll)
	if fault == nil || !isFault(fault) {
		t.Fatalf("the file cut short: Guard gave %v, want a fault", fault)
	}
	defer func() {
		if r := recover(); r != "not a fault" {
			t.Fatalf("recovered %v, want the panic that is not a fault", r)
		}
	}()
	Guard(func() { panic("not a fault") })
}
