// Package linkcheck asks the network whether links still work, politely
// and without false alarms: each distinct URL once, per-host concurrency
// and pacing, Retry-After and rate-limit headers honoured, and a link is
// called dead only on definitive evidence (404, 410, GitHub's NOT_FOUND,
// or Hugging Face's RepoNotFound). GitHub repositories are checked through the GraphQL API in
// batches of 100 when a token is given. Requests never go to private
// addresses or non-http(s) schemes unless allowed, and results are kept in
// an on-disk cache as they arrive.
package linkcheck
