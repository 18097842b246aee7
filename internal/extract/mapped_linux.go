package extract

import (
	"os"
	"syscall"
)

// mapFile maps size bytes of f, read-only, with its pages loaded up front
// (MAP_POPULATE: one pass in the kernel, not a fault every few pages).
// When mapping fails, the file is read the usual way.
func mapFile(f *os.File, size int) ([]byte, func()) {
	data, err := syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ, syscall.MAP_SHARED|syscall.MAP_POPULATE)
	if err != nil {
		return nil, nil
	}
	return data, func() { syscall.Munmap(data) }
}
