package linkcheck

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"sync"
	"syscall"
	"time"
)

// ErrBlockedAddress is returned when a connection would reach an address
// that checks must not touch.
var ErrBlockedAddress = errors.New("blocked address")

// blockedIP reports whether ip is private, loopback, link-local,
// multicast or unspecified: addresses a link checker must not be turned
// against.
func blockedIP(ip netip.Addr) bool {
	ip = ip.Unmap()
	return ip.IsPrivate() || ip.IsLoopback() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() ||
		ip.Is4() && ip.As4()[0] == 0 || // 0.0.0.0/8
		ip.Is4() && ip.As4()[0] == 100 && ip.As4()[1]&0xc0 == 64 // 100.64.0.0/10, shared address space
}

// newDialer returns a dialer that refuses blocked addresses at connect
// time, after DNS, so neither a DNS answer nor a redirect can get around it.
func newDialer(allowPrivate bool, timeout time.Duration) *net.Dialer {
	d := &net.Dialer{Timeout: timeout, KeepAlive: 30 * time.Second}
	if allowPrivate {
		return d
	}
	d.Control = func(network, address string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return fmt.Errorf("%w: %s", ErrBlockedAddress, address)
		}
		if blockedIP(ap.Addr()) {
			return fmt.Errorf("%w: %s", ErrBlockedAddress, ap.Addr())
		}
		return nil
	}
	return d
}

// proxyDialer lets a Transport reach the proxy its Proxy func chose even
// when that proxy has a blocked address, as local and company proxies
// (127.0.0.1:3128, 10.0.0.1:8080) have: without it every check through
// such a proxy came back "blocked", having sent nothing. The proxy then
// chooses where to connect; refuse still keeps private addresses and
// localhost out of the URLs asked for.
type proxyDialer struct {
	proxy            func(*http.Request) (*url.URL, error)
	guarded, toProxy *net.Dialer

	mu    sync.Mutex
	addrs map[string]bool // host:port of each proxy chosen so far
}

func newProxyDialer(proxy func(*http.Request) (*url.URL, error), guarded *net.Dialer, timeout time.Duration) *proxyDialer {
	return &proxyDialer{proxy: proxy, guarded: guarded,
		toProxy: &net.Dialer{Timeout: timeout, KeepAlive: 30 * time.Second}, addrs: map[string]bool{}}
}

// Proxy is the Transport's Proxy func: it asks proxy and remembers the
// address of the proxy it names, which the Transport dials next.
func (p *proxyDialer) Proxy(req *http.Request) (*url.URL, error) {
	u, err := p.proxy(req)
	if u != nil && err == nil {
		p.mu.Lock()
		p.addrs[proxyAddr(u)] = true
		p.mu.Unlock()
	}
	return u, err
}

// DialContext dials a proxy the Proxy func named freely, anything else
// through the guarded dialer.
func (p *proxyDialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	p.mu.Lock()
	toProxy := p.addrs[addr]
	p.mu.Unlock()
	if toProxy {
		return p.toProxy.DialContext(ctx, network, addr)
	}
	return p.guarded.DialContext(ctx, network, addr)
}

// proxyPorts are the ports net/http dials for a proxy URL without one.
var proxyPorts = map[string]string{"http": "80", "https": "443", "socks5": "1080", "socks5h": "1080"}

// proxyAddr is the host:port a Transport dials for proxy u.
func proxyAddr(u *url.URL) string {
	port := u.Port()
	if port == "" {
		port = proxyPorts[u.Scheme]
	}
	return net.JoinHostPort(u.Hostname(), port)
}
