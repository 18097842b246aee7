package extract

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// TestDecodeLines decodes lines over many batches on every core and
// hands back each result, or its line's error, in input order, skipping
// blank lines; and stops reading when emit says stop.
func TestDecodeLines(t *testing.T) {
	var src strings.Builder
	const lines = 50000
	for i := 1; i <= lines; i++ {
		switch {
		case i%1000 == 0:
			src.WriteString("  \n")
		case i%777 == 0:
			src.WriteString("bad\n")
		default:
			// Long enough lines that the input spans many batches.
			fmt.Fprintf(&src, "%d %s\n", i, strings.Repeat("x", 40))
		}
	}
	decode := func(line []byte) (int, error) {
		f, _, _ := strings.Cut(string(line), " ")
		return strconv.Atoi(f)
	}
	read := func(stopAt int) (got []int, bad []int, err error) {
		lr := newLineReader(strings.NewReader(src.String()), "l", func(error) {})
		err = decodeLines(context.Background(), lr, decode, func(v int, err error, n int) bool {
			if err != nil {
				bad = append(bad, n)
			} else if v != n {
				t.Fatalf("line %d decoded as %d", n, v)
			} else {
				got = append(got, v)
			}
			return len(got) != stopAt
		})
		return got, bad, err
	}
	got, bad, err := read(-1)
	if err != nil {
		t.Fatal(err)
	}
	wantGood, wantBad := 0, 0
	for i := 1; i <= lines; i++ {
		switch {
		case i%1000 == 0:
		case i%777 == 0:
			if wantBad < len(bad) && bad[wantBad] != i {
				t.Fatalf("bad line %d reported as %d", i, bad[wantBad])
			}
			wantBad++
		default:
			if wantGood < len(got) && got[wantGood] != i {
				t.Fatalf("line %d came as %d: out of order", i, got[wantGood])
			}
			wantGood++
		}
	}
	if len(got) != wantGood || len(bad) != wantBad {
		t.Fatalf("%d results and %d errors, want %d and %d", len(got), len(bad), wantGood, wantBad)
	}
	got, _, err = read(10)
	if err != nil || len(got) != 10 {
		t.Fatalf("stopped after %d results (err %v), want 10", len(got), err)
	}
}

// TestDecodeLinesCancel stops with the context's error.
func TestDecodeLinesCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	lr := newLineReader(strings.NewReader(strings.Repeat("1\n", 10000)), "l", func(error) {})
	err := decodeLines(ctx, lr, func([]byte) (int, error) { return 0, nil }, func(int, error, int) bool { return true })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
}
