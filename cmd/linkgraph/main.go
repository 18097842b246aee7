package main

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"

	"github.com/linkgraph/linkgraph/internal/extract"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	stopProfile := startProfile()
	err := guarded(func() error { return run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr) })
	stopProfile()
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// guarded runs a command, whose papers may keep their text in a big
// listing's mapped file (see extract.Guard): a memory fault, met where
// another program has cut the file short since it was read, is
// errListingChanged, not a crash.
func guarded(command func() error) (err error) {
	if extract.Guard(func() { err = command() }) != nil {
		return errListingChanged
	}
	return err
}

// errListingChanged is the error of a command that met a listing its read
// had mapped into memory cut short while it worked (see extract.Guard).
var errListingChanged = errors.New("a listing was cut short while linkgraph was using it (another program wrote it); run the command again")
