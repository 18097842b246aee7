//go:build !purego

package extract

// plainRun returns how many bytes at the start of s need no escaping in
// JSON, counted in whole blocks: the byte after them may need it or not,
// and s[plainRun(s):] is where appendString reads closer. Escaping the
// abstracts was the largest part of extract's work, so on amd64 the blocks are of
// sixteen bytes, each tested in a few SSE2 instructions (plainBlocks); what
// is left goes eight bytes at a time.
func plainRun(s string) int {
	i := plainBlocks(s)
	return i + plainWords(s[i:])
}

// asciiRun returns how many bytes at the start of s, in whole blocks, are
// ASCII without control characters: the byte after them may be or not. On
// amd64 the blocks are of sixteen bytes (asciiBlocks), then eight.
func asciiRun(s string) int {
	i := asciiBlocks(s)
	return i + asciiWords(s[i:])
}

// asciiBlocks returns how many bytes at the start of s, in whole blocks of
// sixteen, hold no byte of 0x1f or less or of 0x80 or more.
func asciiBlocks(s string) int { return blocksWithout(s, 0x1f, 0x1f) } // 0x1f ends it anyway

// plainBlocks returns how many bytes at the start of s, in whole blocks of
// sixteen, hold no control character, quote, backslash or byte of 0x80 or
// more.
func plainBlocks(s string) int { return blocksWithout(s, '"', '\\') }

// blocksWithout returns how many bytes at the start of s, in whole blocks
// of sixteen, hold no byte of 0x1f or less, of 0x80 or more, or equal to a
// or b, testing each block with SSE2, which every amd64 processor has. It
// is in plainrun_amd64.s.
//
//go:noescape
func blocksWithout(s string, a, b byte) int
