package main

import (
	"os"
	"runtime/pprof"
)

// startProfile writes a CPU profile to the file LINKGRAPH_CPUPROFILE names,
// for finding where a slow run spends its time; the returned func stops it.
func startProfile() func() {
	path := os.Getenv("LINKGRAPH_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
