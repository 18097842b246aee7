package main

import (
	"bytes"
	"os"
	"runtime"
	"strconv"
	"syscall"
)

// preferHugePages readies the heap of a command about to fill about n
// bytes of it, so that the kernel backs that memory with huge pages.
//
// Fresh memory costs a page fault for every 4 KiB first written, and a
// fault is dear in a virtual machine: about 10 µs on the machines
// docs/PERFORMANCE.md was measured on, where orgs on a 201 MB listing took
// 29,000 of them, a third of its time. A huge page of 2 MiB costs one.
// Where the kernel gives huge pages only to memory that asks for them
// (transparent_hugepage "madvise", as Ubuntu and many clouds ship it), Go's
// heap never asks; so this makes the heap grow by n bytes now, asks for
// huge pages there, and gives the memory back to the heap, which hands it
// out again as the command allocates. Under "always" or "never" there is
// nothing to do, and none of this changes what the command computes.
//
// Asking for more than the command uses costs nothing: memory never written
// is never paged in. n is held to half the machine's memory, and 32-bit
// systems are left alone, since the runtime cannot survive a refusal.
func preferHugePages(n int64) {
	var si syscall.Sysinfo_t
	if strconv.IntSize < 64 || syscall.Sysinfo(&si) != nil {
		return
	}
	n = min(n, int64(si.Totalram)*int64(si.Unit)/2)
	if n < minHugeHeap || !hugePagesOnRequest() {
		return
	}
	// The heap zeroes a block that starts in memory it has handed out
	// before, which pages the whole block in, small, before it can be
	// advised. Blocks that add up to the heap's whole size fill that
	// memory first (paged in already, it costs no faults to zero), so
	// that the fresh block starts past it.
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	var fill [][]byte
	for left := int64(ms.HeapSys); left > 0; left -= fillBlock {
		fill = append(fill, make([]byte, fillBlock))
	}
	fresh := make([]byte, n)
	syscall.Madvise(fresh, syscall.MADV_HUGEPAGE) // only advice: without it, small pages
	runtime.KeepAlive(fill)
	fill, fresh = nil, nil
	runtime.GC() // frees both for the command's own allocations
}

const (
	// Below this, the faults saved cost less than the collection.
	minHugeHeap = 32 << 20
	fillBlock   = 256 << 10
)

// hugePagesOnRequest reports whether the kernel gives transparent huge
// pages only to memory that asks for them.
func hugePagesOnRequest() bool {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	return err == nil && bytes.Contains(mode, []byte("[madvise]"))
}
