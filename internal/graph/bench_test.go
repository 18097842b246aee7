package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/linkgraph/linkgraph/internal/extract"
	"github.com/linkgraph/linkgraph/internal/testgen"
	"github.com/linkgraph/linkgraph/internal/testgen/readgen"
)

// benchSizes are the listings' sizes the growth benchmarks compare.
func benchSizes() []int { return []int{benchN(10_000), benchN(100_000)} }

// benchN is n entries, or a tenth of them with -short, as CI runs each
// benchmark once to see that none is broken, not to time it.
func benchN(n int) int {
	if testing.Short() {
		return n / 10
	}
	return n
}

// BenchmarkBuild indexes generated listings, text included; growth from 10k to 100k
// entries should stay near 10x (issue 3: at most 12x).
func BenchmarkBuild(b *testing.B) {
	for _, n := range benchSizes() {
		es := readgen.Entries(b, n)
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			for b.Loop() {
				ix := Build(es)
				ix.indexText()
				ix.indexMentions()
			}
		})
	}
}

// BenchmarkTextIndex tokenises and weighs the titles and abstracts of
// 100k generated entries, the largest part of related's work.
func BenchmarkTextIndex(b *testing.B) {
	es := readgen.Entries(b, benchN(100_000))
	text := func(i int) (string, string) { return es[i].Title, es[i].Abstract }
	for b.Loop() {
		newTextIndex(len(es), text)
	}
}

// BenchmarkTerms reads the terms of 10k generated entries' titles and
// abstracts, the text index's first pass (a third of related's time on
// 1M entries), at the bytes a second it reports.
func BenchmarkTerms(b *testing.B) {
	es := readgen.Entries(b, benchN(10_000))
	var size int64
	for _, e := range es {
		size += int64(len(e.Title) + len(e.Abstract))
	}
	b.SetBytes(size)
	var r termReader
	var sum uint64
	for b.Loop() {
		for _, e := range es {
			r.forEachTerm(e.Title, func(_ []byte, h uint64) { sum += h })
			r.forEachTerm(e.Abstract, func(_ []byte, h uint64) { sum += h })
		}
	}
	if sum == 0 {
		b.Fatal("no terms read")
	}
}

// BenchmarkLinkIndex indexes the links alone, as orgs does, on the
// papers with links of a 200 MB listing, read links-only.
func BenchmarkLinkIndex(b *testing.B) {
	var buf bytes.Buffer
	if err := testgen.Write(&buf, testgen.Options{Entries: benchN(130_000), Seed: 1}); err != nil {
		b.Fatal(err)
	}
	x := extract.New(extract.Options{LinksOnly: true})
	if err := x.Read(context.Background(), "gen.txt", &buf, nil, func(error) {}); err != nil {
		b.Fatal(err)
	}
	es := x.Papers()
	b.ResetTimer()
	for b.Loop() {
		Build(es)
	}
}

// BenchmarkRelatedQuery answers one related query on a built index.
func BenchmarkRelatedQuery(b *testing.B) {
	for _, n := range benchSizes() {
		ix := Build(readgen.Entries(b, n))
		ix.indexText()
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			q := 0
			for b.Loop() {
				ix.Related(q, 10)
				q = (q + 7919) % len(ix.Papers)
			}
		})
	}
}

// BenchmarkFind resolves a part of a title, as related and render
// --focus do, on 100k generated entries: every title is compared.
func BenchmarkFind(b *testing.B) {
	es := readgen.Entries(b, benchN(100_000))
	ix := Build(es)
	q := es[len(es)/2].Title
	q = q[:len(q)/2]
	for b.Loop() {
		if _, err := ix.Find(q); err != nil && !errors.Is(err, ErrAmbiguous) {
			b.Fatal(err)
		}
	}
}

// BenchmarkOrgs ranks organisations on a built index.
func BenchmarkOrgs(b *testing.B) {
	for _, n := range benchSizes() {
		ix := Build(readgen.Entries(b, n))
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			for b.Loop() {
				ix.Orgs(2)
			}
		})
	}
}

// BenchmarkGraph materialises every relationship of a 10k listing.
func BenchmarkGraph(b *testing.B) {
	ix := Build(readgen.Entries(b, benchN(10_000)))
	for b.Loop() {
		if _, err := ix.Graph(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCommunities finds the communities of a 10k listing's graph
// (13,940 nodes): about 9 ms on flat arrays, where gonum's Louvain, through
// map look-ups, made about 350 ms of BenchmarkGraph's 1,233.
func BenchmarkCommunities(b *testing.B) {
	g, err := Build(readgen.Entries(b, benchN(10_000))).Graph(Options{NoCommunities: true})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		g.AssignCommunities()
	}
}

// BenchmarkThinTies thins the same-authors and same-owner ties a map of
// a 10k listing draws (render's --max-ties 3).
func BenchmarkThinTies(b *testing.B) {
	g, err := Build(readgen.Entries(b, benchN(10_000))).Graph(Options{NoCommunities: true})
	if err != nil {
		b.Fatal(err)
	}
	ties := 0
	for _, e := range g.Edges {
		if e.Kind == KindSharedAuthor || e.Kind == KindSharedOrg {
			ties++
		}
	}
	for b.Loop() {
		g.ThinTies(3, "")
	}
	b.ReportMetric(float64(ties), "ties")
}
