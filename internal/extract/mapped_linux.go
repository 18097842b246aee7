package extract

import (
	"os"
	"syscall"
)

// mapFile maps size bytes of f, read-only. Pages are mapped as they are
// first read, many at a time (the kernel maps the cached pages around a
// fault): loading them all up front (MAP_POPULATE) measured slower, and
// would hold all of a file bigger than memory at once. When mapping fails,
// the file is read the usual way.
func mapFile(f *os.File, size int) ([]byte, func()) {
	data, err := syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, nil
	}
	return data, func() { syscall.Munmap(data) }
}
