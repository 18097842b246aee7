package linkcheck

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"time"

	"github.com/go-resty/resty/v2"
)

// maxRedirects bounds a redirect chain.
const maxRedirects = 10

// maxBodyBytes is the most of a body a GET reads before closing it.
const maxBodyBytes = 16 << 10

// newHTTPClient builds the resty client for page checks: no automatic
// redirects (checkPage follows them itself, judging each hop), a dialer
// that refuses blocked addresses but for the proxy's, and a per-request
// timeout.
func newHTTPClient(opts Options) *resty.Client {
	proxy := opts.Proxy
	if proxy == nil {
		proxy = http.ProxyFromEnvironment
	}
	dialer := newProxyDialer(proxy, newDialer(opts.AllowPrivate, opts.Timeout), opts.Timeout)
	transport := &http.Transport{
		Proxy:                 dialer.Proxy,
		DialContext:           dialer.DialContext,
		MaxIdleConnsPerHost:   opts.HostConcurrency,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   opts.Timeout,
		ResponseHeaderTimeout: opts.Timeout,
	}
	c := resty.New().
		SetTransport(transport).
		SetTimeout(opts.Timeout).
		SetRedirectPolicy(resty.RedirectPolicyFunc(func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse })).
		SetHeader("User-Agent", opts.UserAgent).
		SetDoNotParseResponse(true)
	return c
}

// checkPage checks one URL by HEAD (GET when HEAD is refused), following
// redirects by hand, and retrying rate limits and server errors.
func (c *Checker) checkPage(ctx context.Context, original, target string) Result {
	res := Result{URL: original}
	current := target
	permanent := false
	for hop := 0; ; hop++ {
		if hop > maxRedirects {
			res.Status, res.Detail = StatusUnknown, fmt.Sprintf("more than %d redirects", maxRedirects)
			return res
		}
		if why := c.refuse(current); why != "" {
			res.Status, res.Detail = StatusBlocked, why
			if hop > 0 {
				res.Detail = "redirect to " + why
			}
			return res
		}
		status, header, err := c.fetch(ctx, current)
		res.HTTPStatus = status
		if err != nil {
			res.Status, res.Detail = errorStatus(err)
			res.Unreached = unreached(err)
			return res
		}
		switch {
		case status >= 300 && status < 400 && header.Get("Location") != "":
			next, err := resolve(current, header.Get("Location"))
			if err != nil {
				res.Status, res.Detail = StatusUnknown, "bad redirect: "+err.Error()
				return res
			}
			if detail, gone := loginRedirect(next); detail != "" {
				res.Status, res.Detail = StatusUnknown, detail
				if gone {
					res.Status = StatusDead
				}
				return res
			}
			if status == http.StatusMovedPermanently || status == http.StatusPermanentRedirect {
				permanent = true
			}
			current = next
			continue
		case status >= 200 && status < 300:
			res.Status = StatusOK
			// A redirect that only adds or drops the final slash
			// (/docs -> /docs/) leaves the link as good as it was.
			if permanent && strings.TrimSuffix(current, "/") != strings.TrimSuffix(target, "/") {
				res.Status = StatusMoved
				res.FinalURL = c.unmap(current)
				res.Detail = "permanently redirected"
			}
		case status == http.StatusNotFound || status == http.StatusGone:
			res.Status, res.Detail = StatusDead, http.StatusText(status)
		case status == http.StatusUnauthorized && hubGone(header):
			// Hugging Face answers a repository or file that is not
			// there, or is private, with 401 to a reader without a
			// token, and says which in a header.
			res.Status, res.Detail = StatusDead, header.Get("X-Error-Code")+": missing, or private"
		case status == http.StatusUnauthorized && header.Get("X-Error-Code") == "GatedRepo":
			res.Status, res.Detail = StatusOK, "gated: readers must accept its terms"
		case rateLimited(status, header):
			res.Status, res.Detail = StatusUnknown, DetailRateLimited
		default:
			res.Status, res.Detail = StatusUnknown, fmt.Sprintf("HTTP %d", status)
		}
		return res
	}
}

// loginRedirect judges a redirect to a sign-in page, which answers 200
// and would make any link look alive. GitLab (gitlab.com, and every
// instance) sends a reader without a session from a project that is not
// there, or is private, to /users/sign_in, so that no one can tell which
// exist: such a link is dead to its readers, as Hugging Face's
// RepoNotFound is. Elsewhere a sign-in page says nothing either way
// (Google Drive's private files): detail says why, and gone is false.
func loginRedirect(u string) (detail string, gone bool) {
	p, err := url.Parse(u)
	if err != nil {
		return "", false
	}
	path := strings.ToLower(strings.TrimSuffix(p.Path, "/"))
	switch {
	case strings.HasSuffix(path, "/users/sign_in"):
		return "redirected to sign in: missing, or private", true
	case p.Hostname() == "accounts.google.com", strings.HasSuffix(path, "/login"), strings.HasSuffix(path, "/signin"),
		strings.HasSuffix(path, "/sign_in"), strings.HasSuffix(path, "/sign-in"), strings.HasSuffix(path, "/session/new"):
		return "redirected to a sign-in page", false
	}
	return "", false
}

// hubGone reports whether a 401 answer is Hugging Face's way of saying
// that a repository, revision or file is not there (X-Error-Code).
func hubGone(header http.Header) bool {
	switch header.Get("X-Error-Code") {
	case "RepoNotFound", "RevisionNotFound", "EntryNotFound":
		return true
	}
	return false
}

// fetch makes one request to u, with HEAD falling back to GET, retrying
// 429 and 5xx answers and honouring the waits servers ask for.
func (c *Checker) fetch(ctx context.Context, u string) (int, http.Header, error) {
	host := hostOf(u)
	method := http.MethodHead
	for attempt := 0; ; attempt++ {
		status, header, err := c.once(ctx, host, method, u)
		if err != nil {
			if ctx.Err() == nil && attempt < c.opts.MaxRetries && retryableError(err) {
				if sleep(ctx, backoff(c.opts.Backoff, attempt)) == nil {
					continue
				}
			}
			return 0, nil, err
		}
		if method == http.MethodHead && (status == http.StatusMethodNotAllowed || status == http.StatusNotImplemented ||
			status == http.StatusForbidden && !rateLimited(status, header)) {
			method = http.MethodGet
			attempt--
			continue
		}
		if rateLimited(status, header) || status >= 500 {
			if attempt >= c.opts.MaxRetries {
				return status, header, nil
			}
			wait := backoff(c.opts.Backoff, attempt)
			if w, ok := serverWait(header, time.Now()); ok {
				if w > c.opts.MaxWait {
					return status, header, nil
				}
				wait = w
				c.limits.pause(host, time.Now().Add(w))
			}
			if err := sleep(ctx, wait); err != nil {
				return 0, nil, err
			}
			continue
		}
		return status, header, nil
	}
}

// once sends one request within host's limits and reads at most a little
// of the body.
func (c *Checker) once(ctx context.Context, host, method, u string) (int, http.Header, error) {
	release, err := c.limits.acquire(ctx, host)
	if err != nil {
		return 0, nil, err
	}
	defer release()
	resp, err := c.http.R().SetContext(ctx).Execute(method, u)
	if err != nil {
		return 0, nil, err
	}
	if body := resp.RawBody(); body != nil {
		io.Copy(io.Discard, io.LimitReader(body, maxBodyBytes))
		body.Close()
	}
	return resp.StatusCode(), resp.Header(), nil
}

// refuse says why a URL must not be requested, or "".
func (c *Checker) refuse(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return "unparseable URL"
	}
	if p.Scheme != "http" && p.Scheme != "https" {
		return "non-http(s) scheme " + p.Scheme
	}
	if c.opts.AllowPrivate {
		return ""
	}
	host := p.Hostname()
	if ip, err := netip.ParseAddr(host); err == nil && blockedIP(ip) {
		return "private address " + host
	}
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return "private address " + host
	}
	return ""
}

// errorStatus turns a request error into a status: blocked for a refused
// address, unknown for the rest, which prove nothing about the link.
func errorStatus(err error) (Status, string) {
	if errors.Is(err, ErrBlockedAddress) {
		return StatusBlocked, "resolves to a private address"
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() || errors.Is(err, context.DeadlineExceeded) {
		return StatusUnknown, "timeout"
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return StatusUnknown, "DNS: " + dns.Err
	}
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 && len(msg)-i < 80 {
		msg = msg[i+2:]
	}
	// A proxy that cannot be reached says nothing of the link: say so.
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "proxyconnect" {
		var dial *net.OpError
		if errors.As(op.Err, &dial) && dial.Addr != nil {
			msg = dial.Addr.String() + ": " + msg
		}
		msg = "proxy " + msg
	}
	return StatusUnknown, msg
}

// unreached reports whether a request error means the host was never
// reached: its name did not resolve, or a connection to it or to the
// proxy was refused or had no route. A timeout is not counted: a host that
// is slow to answer was reached.
func unreached(err error) bool {
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return true
	}
	var op *net.OpError
	return errors.As(err, &op) && (op.Op == "dial" || op.Op == "proxyconnect") && !op.Timeout()
}

// retryableError reports whether a failed request may succeed if repeated.
// A timeout is not retried: the server had its chance, and repeating
// it would make a run with an unresponsive host take retries x timeout.
func retryableError(err error) bool {
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	return !errors.Is(err, ErrBlockedAddress) && !errors.Is(err, context.Canceled)
}

func resolve(base, ref string) (string, error) {
	b, err := url.Parse(base)
	if err != nil {
		return "", err
	}
	r, err := url.Parse(ref)
	if err != nil {
		return "", err
	}
	return b.ResolveReference(r).String(), nil
}

func hostOf(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.ToLower(p.Host)
}
