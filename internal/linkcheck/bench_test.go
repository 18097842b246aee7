package linkcheck

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// benchRepos are 1,000 repository URLs, as bench/check.sh checks.
func benchRepos() []string {
	urls := make([]string, 1000)
	for i := range urls {
		urls[i] = fmt.Sprintf("https://github.com/owner-%d/repo-%d", i%200, i)
	}
	return urls
}

// benchCheck checks urls once per iteration and fails unless every one
// comes back with want.
func benchCheck(b *testing.B, opts Options, urls []string, want Status) {
	b.Helper()
	for b.Loop() {
		var mu sync.Mutex
		n, wrong := 0, 0
		var example Result
		err := New(opts).Check(context.Background(), urls, func(r Result) {
			mu.Lock()
			defer mu.Unlock()
			if n++; r.Status != want {
				wrong, example = wrong+1, r
			}
		})
		if err != nil {
			b.Fatal(err)
		}
		if wrong > 0 || n != len(urls) {
			b.Fatalf("%d results for %d links, %d of them not %s, such as %+v", n, len(urls), wrong, want, example)
		}
	}
}

// BenchmarkCheck checks 1,000 repositories against loopback servers that
// answer at once, so it measures linkgraph's own cost per link (clients,
// limits, retries' bookkeeping, JSON): page by page without a token,
// through GraphQL with one, and from the cache. bench/check.sh times the
// same with GitHub's latency.
func BenchmarkCheck(b *testing.B) {
	urls := benchRepos()
	b.Run("pages", func(b *testing.B) {
		var requests atomic.Int64
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			requests.Add(1)
			w.WriteHeader(http.StatusOK)
		}))
		b.Cleanup(srv.Close)
		benchCheck(b, testOptions(srv), urls, StatusOK)
		b.ReportMetric(float64(requests.Load())/float64(b.N)/float64(len(urls)), "requests/link")
	})
	b.Run("graphql", func(b *testing.B) {
		var queries atomic.Int64
		opts, _, _ := tokenOptions(b, &queries)
		benchCheck(b, opts, urls, StatusOK)
		b.ReportMetric(float64(queries.Load())/float64(b.N), "requests/op")
	})
	b.Run("cached", func(b *testing.B) {
		f, srv := newFake(b)
		cache, err := OpenCache(filepath.Join(b.TempDir(), "check.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { cache.Close() })
		opts := testOptions(srv)
		opts.Cache = cache
		c := New(opts)
		for _, u := range urls {
			if err := cache.Put(c.cacheKey(u), Result{URL: u, Status: StatusOK, CheckedAt: time.Now()}); err != nil {
				b.Fatal(err)
			}
		}
		benchCheck(b, opts, urls, StatusOK)
		if f.total.Load() != 0 {
			b.Errorf("%d requests for links all in the cache", f.total.Load())
		}
	})
}
