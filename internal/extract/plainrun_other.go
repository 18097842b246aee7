//go:build !amd64 || purego

package extract

// plainRun returns how many bytes at the start of s need no escaping in
// JSON, counted in whole words of eight: the byte after them may need it
// or not, and s[plainRun(s):] is where appendString reads closer.
func plainRun(s string) int { return plainWords(s) }

// asciiRun returns how many bytes at the start of s, in whole words of
// eight, are ASCII without control characters: the byte after them may be
// or not.
func asciiRun(s string) int { return asciiWords(s) }
