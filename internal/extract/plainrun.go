package extract

import (
	"encoding/binary"
	"unicode/utf8"
	"unsafe"
)

// Eight bytes in a word: each byte's lowest bit, and each byte's highest.
const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

// needsEscape8 reports whether any of the eight bytes in x is a control
// character, a quote, a backslash or not ASCII, testing all eight at once.
func needsEscape8(x uint64) bool {
	control := (x - 0x20*lsb) & ^x & msb
	q := x ^ ('"' * lsb)
	quote := (q - lsb) & ^q & msb
	bs := x ^ ('\\' * lsb)
	backslash := (bs - lsb) & ^bs & msb
	return control|quote|backslash|x&msb != 0
}

// asciiText reports whether b is ASCII without control characters: text
// that holds no NUL and is valid UTF-8, which most lines of a listing are.
// One pass tells, where searching for a NUL and checking the encoding take
// two.
func asciiText(b []byte) bool {
	s := unsafe.String(unsafe.SliceData(b), len(b))
	for i := asciiRun(s); i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiWords returns how many bytes at the start of s, in whole words of
// eight, are ASCII without control characters (see asciiRun).
func asciiWords(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if x := binary.LittleEndian.Uint64([]byte(s[i : i+8])); ((x-0x20*lsb)&^x|x)&msb != 0 {
			break
		}
	}
	return i
}

// plainWords returns how many bytes at the start of s, in whole words of
// eight, need no escaping in JSON (see plainRun). It tests sixteen bytes a
// step, then eight, in ordinary Go.
func plainWords(s string) int {
	i := 0
	for ; i+16 <= len(s); i += 16 {
		// needsEscape8 of two words, written out: too big to be inlined.
		w := []byte(s[i : i+16])
		x, y := binary.LittleEndian.Uint64(w), binary.LittleEndian.Uint64(w[8:])
		qx, qy := x^('"'*lsb), y^('"'*lsb)
		bx, by := x^('\\'*lsb), y^('\\'*lsb)
		if ((x-0x20*lsb)&^x|(y-0x20*lsb)&^y|(qx-lsb)&^qx|(qy-lsb)&^qy|(bx-lsb)&^bx|(by-lsb)&^by|x|y)&msb != 0 {
			break
		}
	}
	for ; i+8 <= len(s); i += 8 {
		if needsEscape8(binary.LittleEndian.Uint64([]byte(s[i : i+8]))) {
			break
		}
	}
	return i
}
