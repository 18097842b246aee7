package main

import (
	"context"
	"errors"
	"fmt"
	"io"
)

// Exit codes.
const (
	exitOK          = 0
	exitProblems    = 1 // the command ran and found problems (dead links)
	exitInput       = 2 // usage or input errors
	exitInterrupted = 130
)

// exitError carries an exit code. A nil err means the problems were already
// reported on stderr and nothing more is to be said.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// usageError marks a mistake in how linkgraph was called.
func usageError(format string, args ...any) error {
	return &exitError{code: exitInput, err: fmt.Errorf(format, args...)}
}

// exitCode reports err on stderr as "linkgraph: <what>: <why>" and returns
// the exit code it stands for.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(stderr, "linkgraph: interrupted")
		return exitInterrupted
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintf(stderr, "linkgraph: %v\n", ee.err)
		}
		return ee.code
	}
	fmt.Fprintf(stderr, "linkgraph: %v\n", err)
	return exitInput
}
