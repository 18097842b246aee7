// Package testgen writes synthetic paper listings that look like real ones,
// for benchmarks: abstracts of the sample's length, code links in prose
// with trailing punctuation, and about 2,000 owners with a long tail (a few
// own hundreds of repositories). The same seed gives the same bytes.
package testgen

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
)

// Options shape a generated listing.
type Options struct {
	Entries int    // how many entries
	Owners  int    // how many repository owners; 2,000 when 0
	Seed    uint64 // the random seed
}

var words = strings.Fields(`model models learning neural network networks optimization training data
gradient loss method methods approach propose proposed results performance large language deep
unlearning forgetting robust efficient sparse memory fine-tuning parameters adaptive algorithm
algorithms convergence theoretical empirical benchmark benchmarks tasks task inference reconstruction
accelerated reinforcement policy offline bilevel stochastic variational quantum combinatorial
constrained distribution generalization scalable zeroth-order hessian curvature attention transformer
representation representations evaluation experiments datasets dataset privacy attack attacks
regularization objective solver solvers sampling prior priors inverse problems problem framework
the of and to in a we for with that on is by this our as are from which an be can show these`)

// Capitalised method names, used as title prefixes ("Name: ...").
var syllables = []string{"Lo", "Ra", "Zo", "Fle", "Xo", "Ne", "Opt", "Tri", "Qua", "Sca", "Mi", "Gal", "Evo", "Bi", "Ro"}

// Write writes a Daily Papers listing with opts.Entries entries to w.
func Write(w io.Writer, opts Options) error {
	if opts.Owners == 0 {
		opts.Owners = 2000
	}
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
	zipf := rand.NewZipf(rand.New(rand.NewPCG(opts.Seed+1, 7)), 1.2, 1, uint64(opts.Owners-1))
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.WriteString("new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\nNov 5\n\n")
	months := []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	var sb strings.Builder
	for i := 0; i < opts.Entries; i++ {
		sb.Reset()
		name := syllables[rng.IntN(len(syllables))] + syllables[rng.IntN(len(syllables))] + fmt.Sprint(i%97)
		fmt.Fprintf(&sb, "%s: %s\n\n", name, sentence(rng, 6+rng.IntN(8), false))
		// Abstracts in the sample run from about 700 to 2,000 bytes.
		target := 700 + rng.IntN(1300)
		for sb.Len() < target {
			sb.WriteString(sentence(rng, 10+rng.IntN(20), true))
			sb.WriteByte(' ')
		}
		switch r := rng.IntN(100); {
		case r < 30:
			owner := zipf.Uint64()
			fmt.Fprintf(&sb, "Our code is available at https://github.com/owner-%d/%s-%d.", owner, strings.ToLower(name), i)
		case r < 33:
			fmt.Fprintf(&sb, "Code: github.com/owner-%d/repo-%d/tree/main (see the README).", zipf.Uint64(), i)
		case r < 36:
			fmt.Fprintf(&sb, "Project page: https://%s.github.io/, paper https://arxiv.org/abs/24%02d.%05d.", strings.ToLower(name), 1+rng.IntN(12), rng.IntN(100000))
		case r < 40:
			sb.WriteString("The implementation is publicly available.")
		case r < 43:
			sb.WriteString("Code will be released upon acceptance.")
		default:
			sb.WriteString(sentence(rng, 12, true))
		}
		year := ""
		if rng.IntN(3) > 0 {
			year = fmt.Sprintf(", %d", 2019+rng.IntN(7))
		}
		votes := ""
		if rng.IntN(4) == 0 {
			votes = fmt.Sprintf(" %d", 1+rng.IntN(50))
		}
		fmt.Fprintf(&sb, "\n\n  • %d authors\n·\n%s %d%s%s\n\n", 1+rng.IntN(12), months[rng.IntN(12)], 1+rng.IntN(28), year, votes)
		if _, err := bw.WriteString(sb.String()); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func sentence(rng *rand.Rand, n int, period bool) string {
	var b strings.Builder
	for j := 0; j < n; j++ {
		w := words[rng.IntN(len(words))]
		if j == 0 {
			w = strings.ToUpper(w[:1]) + w[1:]
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	if period {
		b.WriteByte('.')
	}
	return b.String()
}
