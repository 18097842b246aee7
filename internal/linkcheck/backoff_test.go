package linkcheck

import (
	"net/http"
	"testing"
	"time"
)

func TestServerWait(t *testing.T) {
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		headers map[string]string
		want    time.Duration
		ok      bool
	}{
		{map[string]string{}, 0, false},
		{map[string]string{"Retry-After": "120"}, 2 * time.Minute, true},
		{map[string]string{"Retry-After": "0"}, 0, true},
		{map[string]string{"Retry-After": "Mon, 30 Nov 2026 12:00:30 GMT"}, 30 * time.Second, true},
		{map[string]string{"Retry-After": "Mon, 30 Nov 2026 11:00:00 GMT"}, 0, true}, // past
		{map[string]string{"Retry-After": "-5"}, 0, false},
		{map[string]string{"Retry-After": "soon"}, 0, false},
		// Far beyond what a Duration holds: the longest wait, never a
		// product wrapped round to a negative one.
		{map[string]string{"Retry-After": "9223372037"}, 9223372036 * time.Second, true},
		{map[string]string{"Retry-After": "99999999999999999"}, 9223372036 * time.Second, true},
		{map[string]string{"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1796040060"}, time.Unix(1796040060, 0).Sub(now), true},
		{map[string]string{"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "99999999999999999"}, time.Unix(99999999999999999, 0).Sub(now), true},
		{map[string]string{"X-RateLimit-Remaining": "4", "X-RateLimit-Reset": "1796040060"}, 0, false},
	}
	for _, tt := range tests {
		h := http.Header{}
		for k, v := range tt.headers {
			h.Set(k, v)
		}
		got, ok := serverWait(h, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("serverWait(%v) = %v, %v; want %v, %v", tt.headers, got, ok, tt.want, tt.ok)
		}
	}
}

// FuzzServerWait reads rate-limit headers as a server might send them:
// whatever they say, the wait is never negative, and nothing said is no
// wait.
func FuzzServerWait(f *testing.F) {
	f.Add("120", "", "")
	f.Add("Mon, 30 Nov 2026 12:00:30 GMT", "", "")
	f.Add("9223372037", "0", "99999999999999999")
	f.Add("", "0", "-99999999999999999")
	now := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, retryAfter, remaining, reset string) {
		h := http.Header{}
		h.Set("Retry-After", retryAfter)
		h.Set("X-RateLimit-Remaining", remaining)
		h.Set("X-RateLimit-Reset", reset)
		got, ok := serverWait(h, now)
		if got < 0 || !ok && got != 0 {
			t.Fatalf("serverWait(%q, %q, %q) = %v, %v", retryAfter, remaining, reset, got, ok)
		}
	})
}
