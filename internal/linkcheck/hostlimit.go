package linkcheck

import (
	"context"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// hostLimits keeps, for each host, a bound on requests in flight and a
// minimum interval between request starts, and remembers when a host asked
// everyone to wait (Retry-After, an exhausted rate limit).
type hostLimits struct {
	mu       sync.Mutex
	per      int
	interval time.Duration
	hosts    map[string]*hostLimit
}

type hostLimit struct {
	slots    chan struct{}
	pace     *rate.Limiter
	mu       sync.Mutex
	pausedTo time.Time
}

func newHostLimits(perHost int, interval time.Duration) *hostLimits {
	return &hostLimits{per: perHost, interval: interval, hosts: map[string]*hostLimit{}}
}

func (h *hostLimits) get(host string) *hostLimit {
	h.mu.Lock()
	defer h.mu.Unlock()
	l := h.hosts[host]
	if l == nil {
		limit := rate.Inf
		if h.interval > 0 {
			limit = rate.Every(h.interval)
		}
		l = &hostLimit{slots: make(chan struct{}, h.per), pace: rate.NewLimiter(limit, 1)}
		h.hosts[host] = l
	}
	return l
}

// acquire waits for a slot on host and its pacing, and for any pause the
// host asked for. The returned func releases the slot.
func (h *hostLimits) acquire(ctx context.Context, host string) (func(), error) {
	l := h.get(host)
	select {
	case l.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	release := func() { <-l.slots }
	l.mu.Lock()
	wait := time.Until(l.pausedTo)
	l.mu.Unlock()
	if wait > 0 {
		if err := sleep(ctx, wait); err != nil {
			release()
			return nil, err
		}
	}
	if err := l.pace.Wait(ctx); err != nil {
		release()
		return nil, err
	}
	return release, nil
}

// pause makes every request to host wait until t.
func (h *hostLimits) pause(host string, t time.Time) {
	l := h.get(host)
	l.mu.Lock()
	if t.After(l.pausedTo) {
		l.pausedTo = t
	}
	l.mu.Unlock()
}

// sleep waits for d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
