// Command genlisting writes a synthetic Daily Papers listing for the
// benchmarks in bench/: genlisting -entries 60000 > big.txt (about 100 MB).
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/linkgraph/linkgraph/internal/testgen"
)

func main() {
	var opts testgen.Options
	flag.IntVar(&opts.Entries, "entries", 60000, "how many entries")
	flag.IntVar(&opts.Owners, "owners", 2000, "how many repository owners")
	flag.Uint64Var(&opts.Seed, "seed", 1, "random seed")
	flag.Parse()
	if err := testgen.Write(os.Stdout, opts); err != nil {
		fmt.Fprintln(os.Stderr, "genlisting:", err)
		os.Exit(2)
	}
}
