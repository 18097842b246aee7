package graph

import (
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"

	"github.com/linkgraph/linkgraph/internal/extract"
)

var sink byte

// A helper goroutine, parallel's workers or alongside's, that meets a
// memory fault (a mapped listing cut short: see extract.Guard) passes it
// on to the goroutine that waits for it, under whose Guard it is
// recovered: no crash. Without the fault, every helper runs.
func TestHelpersPassFaultsOn(t *testing.T) {
	runners := map[string]func(work func(w int)){
		"parallel":  func(work func(int)) { parallel(4, work) },
		"alongside": func(work func(int)) { alongside(func() { work(3) }, func() { work(0); work(1); work(2) }) },
	}
	for name, run := range runners {
		path := filepath.Join(t.TempDir(), "listing.txt")
		if err := os.WriteFile(path, make([]byte, 3*4096), 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		data, err := syscall.Mmap(int(f.Fd()), 0, 3*4096, syscall.PROT_READ, syscall.MAP_SHARED)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		ran := make([]bool, 4)
		work := func(w int) {
			ran[w] = true
			if w == 3 { // on a helper goroutine in both
				sink += data[len(data)-1]
			}
		}
		if fault := extract.Guard(func() { run(work) }); fault != nil || slices.Contains(ran, false) {
			t.Fatalf("%s, the file whole: fault %v, ran %v", name, fault, ran)
		}
		if err := os.Truncate(path, 1); err != nil {
			t.Fatal(err)
		}
		if fault := extract.Guard(func() { run(work) }); fault == nil {
			t.Fatalf("%s, the file cut short: no fault passed on", name)
		}
		syscall.Munmap(data)
	}
}
