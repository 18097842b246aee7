package linkcheck

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// fakeGitHub serves repository pages with every behaviour a checker meets.
type fakeGitHub struct {
	mu    sync.Mutex
	hits  map[string]int
	total atomic.Int64
}

func (f *fakeGitHub) hit(path string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.hits[path]++
	return f.hits[path]
}

func (f *fakeGitHub) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.total.Add(1)
	n := f.hit(r.URL.Path)
	switch r.URL.Path {
	case "/acme/ok":
		w.WriteHeader(200)
	case "/acme/old":
		http.Redirect(w, r, "/acme/new", http.StatusMovedPermanently)
	case "/acme/new", "/acme/docs/":
		w.WriteHeader(200)
	case "/acme/docs":
		http.Redirect(w, r, "/acme/docs/", http.StatusMovedPermanently)
	case "/acme/temp":
		http.Redirect(w, r, "/acme/ok", http.StatusFound)
	case "/acme/gone404":
		w.WriteHeader(404)
	case "/acme/gone410":
		w.WriteHeader(410)
	case "/acme/hub-missing", "/acme/hub-gated", "/acme/hub-login":
		// As Hugging Face answers a reader without a token.
		code := map[string]string{"/acme/hub-missing": "RepoNotFound", "/acme/hub-gated": "GatedRepo"}[r.URL.Path]
		if code != "" {
			w.Header().Set("X-Error-Code", code)
		}
		w.WriteHeader(401)
	case "/acme/ratelimited":
		if n == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(429)
			return
		}
		w.WriteHeader(200)
	case "/acme/always429":
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(429)
	case "/acme/flaky":
		if n <= 2 {
			w.WriteHeader(503)
			return
		}
		w.WriteHeader(200)
	case "/acme/loop":
		http.Redirect(w, r, "/acme/loop", http.StatusFound)
	case "/acme/nohead":
		if r.Method == http.MethodHead {
			w.WriteHeader(405)
			return
		}
		w.WriteHeader(200)
	case "/acme/huge":
		w.WriteHeader(200)
		if r.Method == http.MethodGet {
			chunk := strings.Repeat("x", 1<<16)
			for i := 0; i < 1<<12; i++ { // 256 MiB if read whole
				if _, err := io.WriteString(w, chunk); err != nil {
					return
				}
			}
		}
	case "/acme/hang", "/acme/zhang":
		<-r.Context().Done()
	case "/acme/reset":
		hj, ok := w.(http.Hijacker)
		if !ok {
			w.WriteHeader(500)
			return
		}
		conn, _, _ := hj.Hijack()
		if tc, ok := conn.(*net.TCPConn); ok {
			tc.SetLinger(0)
		}
		conn.Close()
	case "/acme/private":
		http.Redirect(w, r, "ftp://example.org/x", http.StatusFound)
	case "/acme/gitlab-gone":
		// As GitLab answers a reader without a session for a project
		// that is not there, or is private.
		http.Redirect(w, r, "/users/sign_in", http.StatusFound)
	case "/acme/drive-private":
		http.Redirect(w, r, "/accounts/login?next=/acme/drive-private", http.StatusFound)
	case "/users/sign_in", "/accounts/login", "/acme/login":
		w.WriteHeader(200)
	default:
		w.WriteHeader(404)
	}
}

func newFake(t testing.TB) (*fakeGitHub, *httptest.Server) {
	f := &fakeGitHub{hits: map[string]int{}}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	return f, srv
}

func testOptions(srv *httptest.Server) Options {
	return Options{
		Remaps:       []Remap{{From: "https://github.com", To: srv.URL}},
		AllowPrivate: true,
		Timeout:      2 * time.Second,
		Backoff:      10 * time.Millisecond,
		MaxWait:      5 * time.Second,
	}
}

func checkAll(t *testing.T, opts Options, urls ...string) map[string]Result {
	t.Helper()
	got := map[string]Result{}
	err := New(opts).Check(context.Background(), urls, func(r Result) { got[r.URL] = r })
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestPageStatuses(t *testing.T) {
	_, srv := newFake(t)
	tests := []struct {
		path   string
		status Status
		http   int
		final  string
		detail string
	}{
		{"acme/ok", StatusOK, 200, "", ""},
		{"acme/old", StatusMoved, 200, "https://github.com/acme/new", "permanently redirected"},
		{"acme/docs", StatusOK, 200, "", ""}, // a slash added is no move
		{"acme/temp", StatusOK, 200, "", ""},
		{"acme/gone404", StatusDead, 404, "", "Not Found"},
		{"acme/gone410", StatusDead, 410, "", "Gone"},
		{"acme/hub-missing", StatusDead, 401, "", "RepoNotFound: missing, or private"},
		{"acme/hub-gated", StatusOK, 401, "", "gated: readers must accept its terms"},
		{"acme/hub-login", StatusUnknown, 401, "", "HTTP 401"},
		{"acme/ratelimited", StatusOK, 200, "", ""},
		{"acme/always429", StatusUnknown, 429, "", "rate limited"},
		{"acme/flaky", StatusOK, 200, "", ""},
		{"acme/loop", StatusUnknown, 302, "", "more than 10 redirects"},
		{"acme/nohead", StatusOK, 200, "", ""},
		{"acme/huge", StatusOK, 200, "", ""},
		{"acme/private", StatusBlocked, 302, "", "redirect to non-http(s) scheme ftp"},
		{"acme/gitlab-gone", StatusDead, 302, "", "redirected to sign in: missing, or private"},
		{"acme/drive-private", StatusUnknown, 302, "", "redirected to a sign-in page"},
		{"acme/login", StatusOK, 200, "", ""}, // a sign-in page linked as itself is alive
	}
	var urls []string
	for _, tt := range tests {
		urls = append(urls, "https://github.com/"+tt.path)
	}
	got := checkAll(t, testOptions(srv), urls...)
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			r := got["https://github.com/"+tt.path]
			if r.Status != tt.status || r.HTTPStatus != tt.http || r.FinalURL != tt.final || r.Detail != tt.detail {
				t.Errorf("got %+v\nwant status %s, http %d, final %q, detail %q", r, tt.status, tt.http, tt.final, tt.detail)
			}
		})
	}
}

func TestUnansweringServerEndsPromptly(t *testing.T) {
	_, srv := newFake(t)
	opts := testOptions(srv)
	opts.Timeout = 500 * time.Millisecond
	start := time.Now()
	got := checkAll(t, opts, "https://github.com/acme/hang", "https://github.com/acme/reset")
	if r := got["https://github.com/acme/hang"]; r.Status != StatusUnknown || r.Detail != "timeout" {
		t.Errorf("hang: %+v, want unknown timeout", r)
	}
	if r := got["https://github.com/acme/reset"]; r.Status != StatusUnknown {
		t.Errorf("reset: %+v, want unknown", r)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %v with a 500ms timeout", d)
	}
}

func TestBlockedAddressesGetNoRequest(t *testing.T) {
	f, srv := newFake(t)
	opts := testOptions(srv)
	opts.AllowPrivate = false
	got := checkAll(t, opts, "https://github.com/acme/ok", srv.URL+"/acme/ok", "ftp://example.org/x", "http://[::1]/x", "http://localhost/x")
	for u, r := range got {
		if r.Status != StatusBlocked {
			t.Errorf("%s: %+v, want blocked", u, r)
		}
	}
	if n := f.total.Load(); n != 0 {
		t.Errorf("the server got %d requests, want none", n)
	}
}

func TestDialerRefusesPrivateAddresses(t *testing.T) {
	d := newDialer(false, time.Second)
	for _, addr := range []string{"127.0.0.1:80", "10.1.2.3:443", "192.168.0.1:80", "172.16.0.1:80", "169.254.169.254:80", "[::1]:80", "[fe80::1]:80", "0.0.0.0:80", "224.0.0.1:80", "100.64.0.1:80"} {
		if err := d.Control("tcp", addr, nil); err == nil {
			t.Errorf("dialer allowed %s", addr)
		}
	}
	for _, addr := range []string{"140.82.112.3:443", "[2606:50c0:8000::153]:443"} {
		if err := d.Control("tcp", addr, nil); err != nil {
			t.Errorf("dialer refused public %s: %v", addr, err)
		}
	}
	if !blockedIP(netip.MustParseAddr("::ffff:127.0.0.1")) {
		t.Error("an IPv4-mapped loopback address is not blocked")
	}
}

// TestProxyOnAPrivateAddress checks links through a proxy on loopback,
// as a local or company proxy is: the proxy is dialled although private
// addresses are blocked, and private targets are still refused before any
// request.
func TestProxyOnAPrivateAddress(t *testing.T) {
	var mu sync.Mutex
	var asked []string
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		asked = append(asked, r.Method+" "+r.URL.String())
		mu.Unlock()
		if r.URL.Path == "/gone" {
			w.WriteHeader(404)
			return
		}
		w.WriteHeader(200)
	}))
	t.Cleanup(proxy.Close)
	proxyURL, _ := url.Parse(proxy.URL)
	opts := Options{Timeout: 2 * time.Second, Proxy: http.ProxyURL(proxyURL)}
	got := checkAll(t, opts, "http://example.invalid/ok", "http://example.invalid/gone", "http://10.0.0.1/x", "http://localhost/x")
	want := map[string]Status{
		"http://example.invalid/ok": StatusOK, "http://example.invalid/gone": StatusDead,
		"http://10.0.0.1/x": StatusBlocked, "http://localhost/x": StatusBlocked,
	}
	for u, st := range want {
		if got[u].Status != st {
			t.Errorf("%s: %+v, want %s", u, got[u], st)
		}
	}
	slices.Sort(asked)
	if w := []string{"HEAD http://example.invalid/gone", "HEAD http://example.invalid/ok"}; !slices.Equal(asked, w) {
		t.Errorf("the proxy was asked %q, want %q", asked, w)
	}

	// A proxy that does not answer: the detail blames it, not the link.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := l.Addr().String()
	l.Close()
	opts.Proxy = http.ProxyURL(&url.URL{Scheme: "http", Host: closed})
	opts.MaxRetries = -1
	r := checkAll(t, opts, "http://example.invalid/ok")["http://example.invalid/ok"]
	if r.Status != StatusUnknown || r.Detail != "proxy "+closed+": connection refused" {
		t.Errorf("through a closed proxy: %+v, want unknown, proxy %s: connection refused", r, closed)
	}
}

func TestExcludeAndDedupe(t *testing.T) {
	f, srv := newFake(t)
	opts := testOptions(srv)
	opts.Excludes = append(opts.Excludes, mustRegexp(t, `gone`))
	var results []Result
	err := New(opts).Check(context.Background(), []string{"https://github.com/acme/ok", "https://github.com/acme/ok", "https://github.com/acme/gone404"},
		func(r Result) { results = append(results, r) })
	if err != nil {
		t.Fatal(err)
	}
	if len(results) != 2 {
		t.Fatalf("got %d results, want 2", len(results))
	}
	if f.hits["/acme/ok"] != 1 || f.hits["/acme/gone404"] != 0 {
		t.Errorf("hits %v: want one request for ok, none for the excluded", f.hits)
	}
}

func TestCache(t *testing.T) {
	f, srv := newFake(t)
	cache, err := OpenCache(filepath.Join(t.TempDir(), "sub", "check.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer cache.Close()
	opts := testOptions(srv)
	opts.Cache = cache
	urls := []string{"https://github.com/acme/ok", "https://github.com/acme/gone404", "https://github.com/acme/always429"}
	opts.MaxWait = time.Millisecond
	first := checkAll(t, opts, urls...)
	before := f.total.Load()
	second := checkAll(t, opts, urls...)
	if !second["https://github.com/acme/ok"].FromCache || !second["https://github.com/acme/gone404"].FromCache {
		t.Errorf("definitive results not served from the cache: %+v", second)
	}
	if second["https://github.com/acme/always429"].FromCache {
		t.Error("an unknown result was cached")
	}
	if got := f.total.Load() - before; got != 1 {
		t.Errorf("second run sent %d requests, want 1 (for the uncached unknown)", got)
	}
	before = f.total.Load()
	checkAll(t, opts, urls[:2]...)
	if got := f.total.Load() - before; got != 0 {
		t.Errorf("a run over fresh cached results sent %d requests, want 0", got)
	}
	if first["https://github.com/acme/ok"].Status != second["https://github.com/acme/ok"].Status {
		t.Error("cached status differs")
	}
	opts.Now = func() time.Time { return time.Now().Add(48 * time.Hour) }
	third := checkAll(t, opts, "https://github.com/acme/ok")
	if third["https://github.com/acme/ok"].FromCache {
		t.Error("a result older than MaxAge came from the cache")
	}
}

// TestCacheKeepsStandInsApart checks that results from a stand-in server
// (--remap, or another GraphQL endpoint) are cached apart from the real
// addresses' and from each other's: a run against a fake GitHub must
// not answer, from the cache, for the real one.
func TestCacheKeepsStandInsApart(t *testing.T) {
	cache, err := OpenCache(filepath.Join(t.TempDir(), "check.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer cache.Close()
	gone := "https://github.com/acme/gone404"
	first, firstSrv := newFake(t)
	opts := testOptions(firstSrv)
	opts.Cache = cache
	if r := checkAll(t, opts, gone)[gone]; r.Status != StatusDead || r.FromCache {
		t.Fatalf("first run: %+v", r)
	}
	if r := checkAll(t, opts, gone)[gone]; !r.FromCache || r.URL != gone {
		t.Errorf("the same stand-in again: %+v, want it from the cache under its own URL", r)
	}
	if n := first.total.Load(); n != 1 {
		t.Errorf("the first stand-in had %d requests, want 1", n)
	}

	other, otherSrv := newFake(t)
	opts2 := testOptions(otherSrv)
	opts2.Cache = cache
	if r := checkAll(t, opts2, gone)[gone]; r.FromCache {
		t.Errorf("another stand-in was answered from the first's results: %+v", r)
	}
	if n := other.total.Load(); n != 1 {
		t.Errorf("the other stand-in had %d requests, want 1", n)
	}

	var queries atomic.Int64
	tokenOpts, _, _ := tokenOptions(t, &queries)
	tokenOpts.Cache = cache
	missing := "https://github.com/acme/missing"
	if r := checkAll(t, tokenOpts, missing)[missing]; r.Status != StatusDead || r.FromCache {
		t.Fatalf("through a stand-in GraphQL API: %+v", r)
	}
	// A page result, as a run without a token stores it, cannot tell an
	// archived repository: a run with a token asks again.
	attic := "https://github.com/Acme/Attic"
	if err := cache.Put(attic, Result{URL: attic, Status: StatusOK, CheckedAt: time.Now()}); err != nil {
		t.Fatal(err)
	}
	if r := checkAll(t, tokenOpts, attic)[attic]; r.Status != StatusArchived || r.FromCache {
		t.Errorf("a token run answered from a page result: %+v, want archived", r)
	}
	if k := New(Options{Token: "t"}).cacheKey(attic); k == attic {
		t.Errorf("with a token and GitHub's own API, %s is cached under its page's key", attic)
	}

	for key, want := range map[string]bool{
		firstSrv.URL + "/acme/gone404":       true,
		otherSrv.URL + "/acme/gone404":       true,
		tokenOpts.GraphQLURL + " " + missing: true,
		gone:                                 false,
		missing:                              false,
	} {
		if _, ok := cache.Get(key, time.Now(), time.Hour); ok != want {
			t.Errorf("cached under %q: %v, want %v", key, ok, want)
		}
	}
}

func TestCancelStopsAndKeepsResults(t *testing.T) {
	_, srv := newFake(t)
	opts := testOptions(srv)
	opts.Concurrency = 1
	ctx, cancel := context.WithCancel(context.Background())
	var got []Result
	urls := []string{"https://github.com/acme/ok", "https://github.com/acme/zhang", "https://github.com/acme/new"}
	done := make(chan error)
	go func() {
		done <- New(opts).Check(ctx, urls, func(r Result) {
			got = append(got, r)
		})
	}()
	time.Sleep(300 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if err != context.Canceled {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("Check did not stop after cancel")
	}
	for _, r := range got {
		if r.Status == "" {
			t.Errorf("incomplete result %+v", r)
		}
	}
	if len(got) == 0 || len(got) == len(urls) {
		t.Errorf("got %d results; want some, not all", len(got))
	}
}

// fakeGraphQL answers repository queries like GitHub's GraphQL API.
func fakeGraphQL(t testing.TB, token string, queries *atomic.Int64) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		queries.Add(1)
		if r.Header.Get("Authorization") != "bearer "+token {
			w.WriteHeader(401)
			return
		}
		var body struct{ Query string }
		json.NewDecoder(r.Body).Decode(&body)
		data := map[string]any{"rateLimit": map[string]any{"cost": 1, "remaining": 4999, "resetAt": "2026-01-01T00:00:00Z"}}
		var errs []map[string]any
		for _, line := range strings.Split(body.Query, "\n") {
			line = strings.TrimSpace(line)
			alias, rest, ok := strings.Cut(line, ": repository(owner: ")
			if !ok {
				continue
			}
			var owner, name string
			fmt.Sscanf(strings.NewReplacer(`"`, " ", ",", " ", ")", " ").Replace(rest), "%s name: %s", &owner, &name)
			switch strings.ToLower(name) {
			case "missing":
				data[alias] = nil
				errs = append(errs, map[string]any{"type": "NOT_FOUND", "path": []string{alias}, "message": "Could not resolve"})
			case "weird":
				data[alias] = nil
				errs = append(errs, map[string]any{"type": "FORBIDDEN", "path": []string{alias}})
			case "old":
				data[alias] = map[string]any{"nameWithOwner": "acme/new", "url": "https://github.com/acme/new", "isArchived": false, "isDisabled": false}
			case "attic":
				data[alias] = map[string]any{"nameWithOwner": owner + "/" + name, "url": "https://github.com/" + owner + "/" + name, "isArchived": true}
			case "banned":
				data[alias] = map[string]any{"nameWithOwner": owner + "/" + name, "url": "", "isDisabled": true}
			default:
				data[alias] = map[string]any{"nameWithOwner": owner + "/" + name, "url": "https://github.com/" + owner + "/" + name}
			}
		}
		json.NewEncoder(w).Encode(map[string]any{"data": data, "errors": errs})
	}))
	t.Cleanup(srv.Close)
	return srv
}

// tokenOptions starts a fake GraphQL API, counting its requests in
// queries, and a fake GitHub for pages, and returns options that check
// through both with the API's token.
func tokenOptions(t testing.TB, queries *atomic.Int64) (Options, *fakeGitHub, *httptest.Server) {
	api := fakeGraphQL(t, "s3cret", queries)
	pages, pageSrv := newFake(t)
	opts := testOptions(pageSrv)
	opts.Token = "s3cret"
	opts.GraphQLURL = api.URL + "/graphql"
	return opts, pages, pageSrv
}

func TestGraphQL(t *testing.T) {
	var queries atomic.Int64
	opts, pages, pageSrv := tokenOptions(t, &queries)
	var urls []string
	for i := 0; i < 250; i++ {
		urls = append(urls, fmt.Sprintf("https://github.com/acme/repo%d", i))
	}
	urls = append(urls, "https://github.com/acme/missing", "https://github.com/acme/old", "https://github.com/Acme/Attic",
		"https://github.com/acme/banned", "https://github.com/acme/weird", "https://gitlab.com/acme/x")
	opts.Remaps = append(opts.Remaps, Remap{From: "https://gitlab.com", To: pageSrv.URL})
	got := checkAll(t, opts, urls...)
	want := map[string]Status{
		"https://github.com/acme/repo7": StatusOK, "https://github.com/acme/missing": StatusDead,
		"https://github.com/acme/old": StatusMoved, "https://github.com/Acme/Attic": StatusArchived,
		"https://github.com/acme/banned": StatusDead, "https://github.com/acme/weird": StatusUnknown,
	}
	for u, st := range want {
		if got[u].Status != st {
			t.Errorf("%s: %+v, want %s", u, got[u], st)
		}
	}
	if got["https://github.com/acme/old"].FinalURL != "https://github.com/acme/new" {
		t.Errorf("moved: final_url %q", got["https://github.com/acme/old"].FinalURL)
	}
	if n := queries.Load(); n != 3 {
		t.Errorf("%d GraphQL requests for 255 repositories, want 3 (batches of 100)", n)
	}
	if pages.hits["/acme/repo7"] != 0 {
		t.Error("a repository page was requested in token mode")
	}
	if pages.hits["/acme/x"] != 1 {
		t.Errorf("the GitLab link was not checked as a page: %v", pages.hits)
	}
}

func TestTokenGoesNowhereElse(t *testing.T) {
	var leaked atomic.Int64
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(fmt.Sprint(r.Header), "s3cret") {
			leaked.Add(1)
		}
		w.WriteHeader(200)
	}))
	defer other.Close()
	// The API endpoint redirects elsewhere: the token must not follow.
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL+"/steal", http.StatusTemporaryRedirect)
	}))
	defer api.Close()
	opts := Options{AllowPrivate: true, Token: "s3cret", GraphQLURL: api.URL, Backoff: time.Millisecond,
		Remaps: []Remap{{From: "https://gitlab.com", To: other.URL}}}
	got := checkAll(t, opts, "https://github.com/acme/x", "https://gitlab.com/acme/y")
	if leaked.Load() != 0 {
		t.Errorf("the token reached another host %d times", leaked.Load())
	}
	if got["https://github.com/acme/x"].Status != StatusUnknown {
		t.Errorf("redirected API: %+v, want unknown", got["https://github.com/acme/x"])
	}
}

func mustRegexp(t *testing.T, s string) *regexp.Regexp {
	t.Helper()
	re, err := regexp.Compile(s)
	if err != nil {
		t.Fatal(err)
	}
	return re
}

// TestUnreached tells a host that could not be reached (a name that does
// not resolve, a refused connection, a proxy that cannot be reached) from
// one that was reached and failed, or was slow.
func TestUnreached(t *testing.T) {
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: fmt.Errorf("connect: connection refused")}
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"dns", &url.Error{Op: "Get", URL: "https://x.invalid", Err: &net.OpError{Op: "dial", Err: &net.DNSError{Err: "no such host", Name: "x.invalid", IsNotFound: true}}}, true},
		{"refused", &url.Error{Op: "Get", URL: "https://x.org", Err: refused}, true},
		{"proxy", &net.OpError{Op: "proxyconnect", Net: "tcp", Err: refused}, true},
		{"dns timeout", &net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "i/o timeout", IsTimeout: true}}, true},
		{"dial timeout", &net.OpError{Op: "dial", Net: "tcp", Err: os.ErrDeadlineExceeded}, false},
		{"reset", &net.OpError{Op: "read", Net: "tcp", Err: fmt.Errorf("connection reset by peer")}, false},
		{"deadline", context.DeadlineExceeded, false},
		{"other", io.ErrUnexpectedEOF, false},
	}
	for _, tt := range tests {
		if got := unreached(tt.err); got != tt.want {
			t.Errorf("%s: unreached(%v) = %v, want %v", tt.name, tt.err, got, tt.want)
		}
	}

	// Through the checker: a closed port on loopback.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	c := New(Options{AllowPrivate: true, MaxRetries: -1, Timeout: 5 * time.Second})
	var got []Result
	if err := c.Check(context.Background(), []string{"http://" + addr + "/a/b"}, func(r Result) { got = append(got, r) }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Status != StatusUnknown || !got[0].Unreached {
		t.Errorf("closed port: %+v, want unknown and unreached", got)
	}
}
