package linkcheck

import (
	"math"
	"math/rand/v2"
	"net/http"
	"strconv"
	"time"
)

// backoff is how long to wait before retry number attempt (0-based):
// base doubling each time, with up to 50% jitter so that many checks do
// not retry in step.
func backoff(base time.Duration, attempt int) time.Duration {
	d := base << min(attempt, 10)
	return d + time.Duration(rand.Int64N(int64(d/2)+1))
}

// serverWait reads how long a server asked us to wait, from Retry-After
// (seconds or an HTTP date) or an exhausted X-RateLimit-Remaining with its
// X-RateLimit-Reset (Unix seconds). It reports false when the server said
// nothing.
func serverWait(h http.Header, now time.Time) (time.Duration, bool) {
	if ra := h.Get("Retry-After"); ra != "" {
		if secs, err := strconv.ParseInt(ra, 10, 64); err == nil && secs >= 0 {
			// Beyond what a Duration holds, the product would wrap
			// round to a negative wait, and so to no wait at all.
			return time.Duration(min(secs, math.MaxInt64/int64(time.Second))) * time.Second, true
		}
		if t, err := http.ParseTime(ra); err == nil {
			return max(t.Sub(now), 0), true
		}
	}
	if h.Get("X-RateLimit-Remaining") == "0" {
		if reset, err := strconv.ParseInt(h.Get("X-RateLimit-Reset"), 10, 64); err == nil {
			return max(time.Unix(reset, 0).Sub(now), 0), true
		}
	}
	return 0, false
}

// rateLimited reports whether a response says "too many requests": 429,
// or 403 with rate-limit headers, as GitHub sends.
func rateLimited(status int, h http.Header) bool {
	if status == http.StatusTooManyRequests {
		return true
	}
	return status == http.StatusForbidden && (h.Get("Retry-After") != "" || h.Get("X-RateLimit-Remaining") == "0")
}
