package main

import (
	"bytes"
	"os"
	"os/exec"
	"strconv"
	"testing"
)

func TestPreferHugePages(t *testing.T) {
	if !hugePagesOnRequest() {
		t.Skip("this kernel's transparent huge pages are not given on request (madvise)")
	}
	// preferHugePages runs as a command starts, on a small heap; the
	// tests before this one leave a big heap, much of it free, where the
	// 32 MiB below could go instead. So the check runs in a process of
	// its own.
	if os.Getenv("LINKGRAPH_TEST_HUGE_PAGES") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestPreferHugePages$", "-test.count=1")
		cmd.Env = append(os.Environ(), "LINKGRAPH_TEST_HUGE_PAGES=1")
		if out, err := cmd.CombinedOutput(); err != nil || !bytes.Contains(out, []byte("PASS")) {
			t.Fatalf("%v\n%s", err, out)
		}
		return
	}
	before := anonHugeKiB(t)
	preferHugePages(64 << 20)
	b := make([]byte, 32<<20)
	for i := 0; i < len(b); i += 4096 {
		b[i] = 1
	}
	// The heap's blocks that filled the memory it had handed out come
	// first, on small pages: a few MiB at most.
	if got := anonHugeKiB(t) - before; got < 16<<10 {
		t.Errorf("32 MiB written after preferHugePages: %d KiB of it on huge pages, want 16384 or more", got)
	}
}

// anonHugeKiB is how much of the process's memory is on transparent huge
// pages, in KiB.
func anonHugeKiB(t *testing.T) int {
	t.Helper()
	smaps, err := os.ReadFile("/proc/self/smaps_rollup")
	if err != nil {
		t.Skipf("no smaps: %v", err)
	}
	for line := range bytes.Lines(smaps) {
		if rest, ok := bytes.CutPrefix(line, []byte("AnonHugePages:")); ok {
			n, err := strconv.Atoi(string(bytes.TrimSuffix(bytes.TrimSpace(rest), []byte(" kB"))))
			if err != nil {
				t.Fatalf("smaps_rollup: %q: %v", line, err)
			}
			return n
		}
	}
	t.Fatalf("smaps_rollup gives no AnonHugePages:\n%s", smaps)
	return 0
}
