package extract

import (
	"strings"
	"testing"
)

// TestReportsFromGoroutines reads JSON lines whose problems are found on
// two goroutines, lines too long by the one that reads and lines that are
// not entries by the one that emits, and counts them all: the first
// maxReportsPerFile reported, the rest in one message.
func TestReportsFromGoroutines(t *testing.T) {
	long := strings.Repeat("x", MaxLineBytes+1)
	// An abstract that fills a batch, so that the lines after it are read
	// while it is emitted.
	abstract := strings.Repeat("a", lineBatchBytes)
	var b strings.Builder
	for i := 0; i < 40; i++ {
		b.WriteString(`{"id": "p", "title": "Good", "abstract": "` + abstract + `"}` + "\n" + long + "\n" + `["not an entry"]` + "\n")
	}
	entries, problems, err := readString("list.jsonl", b.String())
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 40 {
		t.Errorf("%d entries, want 40", len(entries))
	}
	if len(problems) != maxReportsPerFile+1 || !strings.Contains(problems[maxReportsPerFile].Error(), "60 more problems") {
		t.Errorf("%d problems, the last %v; want %d and a count of 60 more", len(problems), problems[len(problems)-1], maxReportsPerFile+1)
	}
}
