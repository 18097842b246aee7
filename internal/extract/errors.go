package extract

import (
	"errors"
	"fmt"
)

// Problems with input. Each comes wrapped in an *InputError that names the
// file and, where it helps, the line.
var (
	ErrNoEntries   = errors.New("no entries found")
	ErrBinary      = errors.New("binary file, not a listing")
	ErrInvalidUTF8 = errors.New("invalid UTF-8 (bad bytes replaced with U+FFFD)")
	ErrLineTooLong = errors.New("line too long, skipped")
	ErrNULByte     = errors.New("NUL byte in line, line skipped")
	ErrChanged     = errors.New("the file shrank while it was read; read it again")
)

// InputError is a problem with one listing: it names the file and, when
// known, the line.
type InputError struct {
	File string
	Line int // 1-based; 0 when the problem is with the whole file
	Err  error
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *InputError) Unwrap() error { return e.Err }
