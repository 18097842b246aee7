package linkcheck

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/go-resty/resty/v2"
)

// Remap rewrites a URL prefix before a request: From is replaced by To.
type Remap struct{ From, To string }

// Options tune a Checker. Zero values take the documented defaults.
type Options struct {
	Concurrency     int           // checks in flight; 32
	HostConcurrency int           // requests in flight per host; 8
	MinInterval     time.Duration // least time between request starts per host; 0
	Timeout         time.Duration // per request; 20s
	MaxRetries      int           // for 429, 5xx and connection errors; 3 (negative: none)
	MaxWait         time.Duration // longest wait a server may ask for; 60s
	Backoff         time.Duration // first retry delay, doubling; 500ms
	Remaps          []Remap
	Excludes        []*regexp.Regexp
	AllowPrivate    bool
	UserAgent       string
	// Proxy picks the proxy for a request; nil is HTTP_PROXY, HTTPS_PROXY
	// and NO_PROXY from the environment (http.ProxyFromEnvironment).
	Proxy func(*http.Request) (*url.URL, error)

	// GitHub: with a token, github.com repositories are checked through
	// the GraphQL API; the token goes to GraphQLURL's host and nowhere else.
	Token      string
	GraphQLURL string // https://api.github.com/graphql

	Cache  *Cache        // nil for none
	MaxAge time.Duration // how long cached definitive results count; 24h
	Now    func() time.Time
}

func (o Options) withDefaults() Options {
	if o.Concurrency <= 0 {
		o.Concurrency = 32
	}
	if o.HostConcurrency <= 0 {
		o.HostConcurrency = 8
	}
	if o.Timeout <= 0 {
		o.Timeout = 20 * time.Second
	}
	if o.MaxRetries == 0 {
		o.MaxRetries = 3
	} else if o.MaxRetries < 0 {
		o.MaxRetries = 0
	}
	if o.MaxWait <= 0 {
		o.MaxWait = 60 * time.Second
	}
	if o.Backoff <= 0 {
		o.Backoff = 500 * time.Millisecond
	}
	if o.GraphQLURL == "" {
		o.GraphQLURL = defaultGraphQLURL
	}
	if o.MaxAge <= 0 {
		o.MaxAge = 24 * time.Hour
	}
	if o.UserAgent == "" {
		o.UserAgent = "linkgraph-check (+https://github.com/linkgraph/linkgraph)"
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

// defaultGraphQLURL is GitHub's GraphQL API.
const defaultGraphQLURL = "https://api.github.com/graphql"

// Checker checks links. It is safe for one Check at a time.
type Checker struct {
	opts   Options
	http   *resty.Client
	api    *resty.Client
	limits *hostLimits
}

// New returns a Checker.
func New(opts Options) *Checker {
	opts = opts.withDefaults()
	c := &Checker{opts: opts, limits: newHostLimits(opts.HostConcurrency, opts.MinInterval)}
	c.http = newHTTPClient(opts)
	c.api = newAPIClient(opts)
	return c
}

// Check checks each distinct URL once and calls emit with each result as
// it arrives (from one goroutine at a time). Results found in the cache
// are emitted first, without a request. On cancellation, Check stops
// sending, emits nothing more, and returns ctx's error; what was emitted
// is complete.
func (c *Checker) Check(ctx context.Context, urls []string, emit func(Result)) error {
	var mu sync.Mutex
	out := func(r Result) {
		mu.Lock()
		defer mu.Unlock()
		if ctx.Err() != nil {
			return
		}
		if r.CheckedAt.IsZero() {
			r.CheckedAt = c.opts.Now().UTC().Truncate(time.Second)
		}
		if c.opts.Cache != nil && !r.FromCache && r.Status.Definitive() {
			c.opts.Cache.Put(c.cacheKey(r.URL), r)
		}
		emit(r)
	}
	var pending, github []string
	for _, u := range dedupe(urls) {
		if c.excluded(u) {
			out(Result{URL: u, Status: StatusSkipped, Detail: "excluded"})
			continue
		}
		if c.opts.Cache != nil {
			if r, ok := c.opts.Cache.Get(c.cacheKey(u), c.opts.Now(), c.opts.MaxAge); ok {
				r.URL = u
				out(r)
				continue
			}
		}
		if c.opts.Token != "" && githubRepo(u) != nil {
			github = append(github, u)
			continue
		}
		pending = append(pending, u)
	}
	var wg sync.WaitGroup
	if len(github) > 0 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.checkGitHub(ctx, github, out)
		}()
	}
	jobs := make(chan string)
	for i := 0; i < c.opts.Concurrency; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for u := range jobs {
				out(c.checkPage(ctx, u, c.remap(u)))
			}
		}()
	}
feed:
	for _, u := range pending {
		select {
		case jobs <- u:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	return ctx.Err()
}

func dedupe(urls []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, u := range urls {
		if !seen[u] {
			seen[u] = true
			out = append(out, u)
		}
	}
	sort.Strings(out)
	return out
}

func (c *Checker) excluded(u string) bool {
	for _, re := range c.opts.Excludes {
		if re.MatchString(u) {
			return true
		}
	}
	return false
}

// cacheKey is what u's result is cached under: where and how it is asked
// about. A result from a stand-in (a --remap target, another GraphQL
// endpoint) then never answers for the real address, nor the other way
// round; and a repository's page result, which cannot tell an archived
// repository, never answers for a run with a token, which can.
func (c *Checker) cacheKey(u string) string {
	if c.opts.Token != "" && githubRepo(u) != nil {
		return c.opts.GraphQLURL + " " + u
	}
	return c.remap(u)
}

// remap rewrites u with the first matching remap.
func (c *Checker) remap(u string) string {
	for _, r := range c.opts.Remaps {
		if strings.HasPrefix(u, r.From) {
			return r.To + u[len(r.From):]
		}
	}
	return u
}

// unmap rewrites a remapped URL back into the original URL space, so that
// reports name addresses users know.
func (c *Checker) unmap(u string) string {
	for _, r := range c.opts.Remaps {
		if strings.HasPrefix(u, r.To) {
			return r.From + u[len(r.To):]
		}
	}
	return u
}

// ParseRemap reads FROM=TO.
func ParseRemap(s string) (Remap, error) {
	from, to, ok := strings.Cut(s, "=")
	if !ok || from == "" || to == "" {
		return Remap{}, fmt.Errorf("--remap %q: want FROM=TO", s)
	}
	return Remap{From: from, To: to}, nil
}
