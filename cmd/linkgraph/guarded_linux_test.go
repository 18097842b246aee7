package main

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/linkgraph/linkgraph/internal/graph"
	"github.com/linkgraph/linkgraph/internal/testgen"
)

// A listing big enough to be read mapped keeps its papers' text in the
// file: cut short by another program while a command works on the papers,
// it gives errListingChanged, and no crash. Untouched, the same command
// answers. (The first missing bytes are met here on the command's own
// goroutine; graph's tests check that its workers pass theirs on.)
func TestGuardedListingCutShort(t *testing.T) {
	path := filepath.Join(t.TempDir(), "listing.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := testgen.Write(f, testgen.Options{Entries: 7000, Seed: 11}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if st, _ := os.Stat(path); st.Size() < 8<<20 {
		t.Fatalf("the listing is %d bytes, too small to be read mapped", st.Size())
	}
	e := &env{stdout: io.Discard, stderr: io.Discard}
	for _, cut := range []bool{false, true} {
		var related int
		err := guarded(func() error {
			papers, err := loadEntries(context.Background(), e, []string{path}, e.listingOptions())
			if err != nil {
				return err
			}
			if cut {
				if err := os.Truncate(path, 1); err != nil {
					t.Fatal(err)
				}
			}
			// The whole text index, built on every core, reads every
			// abstract; a paper with code has related papers by its
			// repository's owner.
			for q, p := range papers {
				if len(p.Links) > 0 {
					related = len(graph.Build(papers).Related(q, 5))
					break
				}
			}
			return nil
		})
		switch {
		case cut && !errors.Is(err, errListingChanged):
			t.Fatalf("listing cut short: %v, %d related, want %v", err, related, errListingChanged)
		case !cut && (err != nil || related == 0):
			t.Fatalf("listing untouched: %v, %d related", err, related)
		}
	}
	if !strings.Contains(errListingChanged.Error(), "run the command again") {
		t.Errorf("the error does not say what to do: %v", errListingChanged)
	}
}
