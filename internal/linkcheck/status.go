package linkcheck

import "time"

// Status is the verdict on one link.
type Status string

// The statuses. Only ok, moved, archived and dead are definitive.
const (
	StatusOK       Status = "ok"
	StatusMoved    Status = "moved"    // renamed or transferred repository, or a permanent redirect elsewhere
	StatusArchived Status = "archived" // an archived repository (known only with a GitHub token)
	StatusDead     Status = "dead"     // 404, 410, GitHub NOT_FOUND, a disabled repository, Hugging Face RepoNotFound, GitLab sign-in
	StatusUnknown  Status = "unknown"  // no proof either way: timeouts, 5xx, rate limits, errors
	StatusBlocked  Status = "blocked"  // private address or non-http(s) scheme: nothing sent
	StatusSkipped  Status = "skipped"  // excluded by a pattern
)

// Statuses lists every status in report order.
var Statuses = []Status{StatusDead, StatusMoved, StatusArchived, StatusUnknown, StatusBlocked, StatusSkipped, StatusOK}

// Definitive reports whether a status is proof enough to cache.
func (s Status) Definitive() bool {
	return s == StatusOK || s == StatusMoved || s == StatusArchived || s == StatusDead
}

// Result is what a check found about one URL.
// DetailRateLimited is the Detail of a link whose host would not answer
// for the requests it had had, even after waiting as it asked.
const DetailRateLimited = "rate limited"

type Result struct {
	URL        string    `json:"url"`
	Status     Status    `json:"status"`
	HTTPStatus int       `json:"http_status"`
	FinalURL   string    `json:"final_url"`
	Detail     string    `json:"detail"`
	CheckedAt  time.Time `json:"checked_at"`
	FromCache  bool      `json:"from_cache"`
	// Unreached is set on an unknown result whose host could not be
	// reached at all: its name did not resolve, or no connection to it
	// (or to the proxy) could be made. A run where every link is so
	// says more about the network than about the links.
	Unreached bool `json:"-"`
}
