package graph

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/linkgraph/linkgraph/internal/extract"
)

var sink byte

// A worker of parallel that meets a memory fault (a mapped listing cut
// short: see extract.Guard) passes it on to the goroutine that waits for
// it, under whose Guard it is recovered: no crash. Without the fault,
// every worker runs.
func TestParallelPassesFaultOn(t *testing.T) {
	path := filepath.Join(t.TempDir(), "listing.txt")
	if err := os.WriteFile(path, make([]byte, 3*4096), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	data, err := syscall.Mmap(int(f.Fd()), 0, 3*4096, syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Munmap(data)
	ran := make([]bool, 4)
	readEnd := func(w int) {
		ran[w] = true
		if w == 3 {
			sink += data[len(data)-1]
		}
	}
	if fault := extract.Guard(func() { parallel(4, readEnd) }); fault != nil || !allTrue(ran) {
		t.Fatalf("the file whole: fault %v, workers ran %v", fault, ran)
	}
	if err := os.Truncate(path, 1); err != nil {
		t.Fatal(err)
	}
	if fault := extract.Guard(func() { parallel(4, readEnd) }); fault == nil {
		t.Fatal("the file cut short: no fault passed on")
	}
}

func allTrue(bs []bool) bool {
	for _, b := range bs {
		if !b {
			return false
		}
	}
	return true
}
