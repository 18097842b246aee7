//go:build !linux

package main

// preferHugePages does nothing here: only Linux gives huge pages to memory
// that asks for them (see hugepages_linux.go).
func preferHugePages(int64) {}
