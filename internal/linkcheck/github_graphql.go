package linkcheck

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/go-resty/resty/v2"
)

// graphQLBatch is how many repositories one GraphQL query asks about.
const graphQLBatch = 100

type repoRef struct{ owner, name string }

// githubRepo returns the repository a canonical github.com code URL names,
// or nil.
func githubRepo(u string) *repoRef {
	p, err := url.Parse(u)
	if err != nil || !strings.EqualFold(p.Host, "github.com") || p.RawQuery != "" {
		return nil
	}
	segs := strings.Split(strings.Trim(p.Path, "/"), "/")
	if len(segs) != 2 || segs[0] == "" || segs[1] == "" || !safeName(segs[0]) || !safeName(segs[1]) {
		return nil
	}
	return &repoRef{segs[0], segs[1]}
}

// safeName admits the characters GitHub allows in owner and repository
// names, which also keeps them safe inside a GraphQL string.
func safeName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

// newAPIClient is the client for GitHub's API: it never follows redirects,
// so the token cannot be carried to another host.
func newAPIClient(opts Options) *resty.Client {
	c := newHTTPClient(opts)
	c.SetDoNotParseResponse(false)
	return c
}

type gqlRepo struct {
	NameWithOwner string `json:"nameWithOwner"`
	URL           string `json:"url"`
	IsArchived    bool   `json:"isArchived"`
	IsDisabled    bool   `json:"isDisabled"`
}

type gqlResponse struct {
	Data   map[string]json.RawMessage `json:"data"`
	Errors []struct {
		Type    string `json:"type"`
		Message string `json:"message"`
		Path    []any  `json:"path"`
	} `json:"errors"`
}

// checkGitHub checks github.com repositories through the GraphQL API, up
// to 100 in one query, one query at a time: GitHub asks clients not to
// send API requests concurrently.
func (c *Checker) checkGitHub(ctx context.Context, urls []string, out func(Result)) {
	for start := 0; start < len(urls); start += graphQLBatch {
		if ctx.Err() != nil {
			return
		}
		batch := urls[start:min(start+graphQLBatch, len(urls))]
		for _, r := range c.graphQL(ctx, batch) {
			out(r)
		}
	}
}

// graphQL asks about one batch and returns a result for each URL.
func (c *Checker) graphQL(ctx context.Context, urls []string) []Result {
	var q strings.Builder
	q.WriteString("query {\n")
	for i, u := range urls {
		r := githubRepo(u)
		fmt.Fprintf(&q, "  r%d: repository(owner: %q, name: %q) { nameWithOwner url isArchived isDisabled }\n", i, r.owner, r.name)
	}
	q.WriteString("  rateLimit { cost remaining resetAt }\n}")
	body, _ := json.Marshal(map[string]string{"query": q.String()})
	status, resp, err := c.postGraphQL(ctx, body)
	if err != nil {
		_, detail := errorStatus(err)
		results := unknownAll(urls, status, "GraphQL: "+detail)
		for i := range results {
			results[i].Unreached = unreached(err)
		}
		return results
	}
	return readGraphQLAnswer(urls, status, resp)
}

// unknownAll is a result of unknown status for each URL, with one detail.
func unknownAll(urls []string, status int, detail string) []Result {
	results := make([]Result, len(urls))
	for i, u := range urls {
		results[i] = Result{URL: u, HTTPStatus: status, Status: StatusUnknown, Detail: detail}
	}
	return results
}

// readGraphQLAnswer turns the API's answer (HTTP status and body) to the
// query graphQL made about urls, aliased r0, r1, ..., into a result for
// each URL. Any answer, however malformed, gives one result a URL.
func readGraphQLAnswer(urls []string, status int, resp []byte) []Result {
	switch {
	case status == http.StatusUnauthorized:
		return unknownAll(urls, status, "GraphQL: token rejected (401)")
	case status != http.StatusOK:
		return unknownAll(urls, status, fmt.Sprintf("GraphQL: HTTP %d", status))
	}
	var gr gqlResponse
	if err := json.Unmarshal(resp, &gr); err != nil {
		return unknownAll(urls, status, "GraphQL: unreadable answer")
	}
	results := make([]Result, len(urls))
	for i, u := range urls {
		results[i] = Result{URL: u, HTTPStatus: status}
	}
	aliasErr := map[string]string{}
	var general []string
	for _, e := range gr.Errors {
		alias := ""
		if len(e.Path) > 0 {
			alias, _ = e.Path[0].(string)
		}
		kind := e.Type
		if kind == "" {
			kind = e.Message
		}
		if alias == "" {
			general = append(general, kind)
			continue
		}
		aliasErr[alias] = kind
	}
	for i, u := range urls {
		alias := fmt.Sprintf("r%d", i)
		res := &results[i]
		raw := gr.Data[alias]
		if kind, ok := aliasErr[alias]; ok && (len(raw) == 0 || string(raw) == "null") {
			if kind == "NOT_FOUND" {
				res.Status, res.Detail = StatusDead, "GraphQL: NOT_FOUND"
			} else {
				res.Status, res.Detail = StatusUnknown, "GraphQL: "+kind
			}
			continue
		}
		var repo gqlRepo
		if len(raw) == 0 || string(raw) == "null" || json.Unmarshal(raw, &repo) != nil {
			detail := "GraphQL: no answer for this repository"
			if len(general) > 0 {
				detail = "GraphQL: " + strings.Join(general, "; ")
			}
			res.Status, res.Detail = StatusUnknown, detail
			continue
		}
		ref := githubRepo(u)
		moved := !strings.EqualFold(repo.NameWithOwner, ref.owner+"/"+ref.name)
		switch {
		case repo.IsDisabled:
			res.Status, res.Detail = StatusDead, "repository disabled"
		case moved && !namesRepo(repo):
			res.Status, res.Detail = StatusUnknown, "GraphQL: answer names no repository"
		case moved:
			res.Status, res.FinalURL, res.Detail = StatusMoved, repo.URL, "now "+repo.NameWithOwner
			if repo.IsArchived {
				res.Detail += ", archived"
			}
		case repo.IsArchived:
			res.Status, res.Detail = StatusArchived, "archived"
		default:
			res.Status = StatusOK
		}
	}
	return results
}

// namesRepo reports whether an answer's name and https URL agree on one
// GitHub repository, as a repository that moved must be reported with both.
func namesRepo(repo gqlRepo) bool {
	to := githubRepo(repo.URL)
	return to != nil && strings.HasPrefix(repo.URL, "https://") &&
		strings.EqualFold(repo.NameWithOwner, to.owner+"/"+to.name)
}

// postGraphQL sends a query with the token, retrying rate limits (waiting
// what GitHub asks, up to MaxWait) and server errors.
func (c *Checker) postGraphQL(ctx context.Context, body []byte) (int, []byte, error) {
	host := hostOf(c.opts.GraphQLURL)
	for attempt := 0; ; attempt++ {
		release, err := c.limits.acquire(ctx, host)
		if err != nil {
			return 0, nil, err
		}
		resp, err := c.api.R().SetContext(ctx).
			SetHeader("Authorization", "bearer "+c.opts.Token).
			SetHeader("Content-Type", "application/json").
			SetBody(body).
			Post(c.opts.GraphQLURL)
		release()
		if err != nil {
			if attempt < c.opts.MaxRetries && retryableError(err) && sleep(ctx, backoff(c.opts.Backoff, attempt)) == nil {
				continue
			}
			return 0, nil, err
		}
		status := resp.StatusCode()
		if (rateLimited(status, resp.Header()) || status >= 500) && attempt < c.opts.MaxRetries {
			wait := backoff(c.opts.Backoff, attempt)
			if w, ok := serverWait(resp.Header(), time.Now()); ok {
				if w > c.opts.MaxWait {
					return status, resp.Body(), nil
				}
				wait = w
				c.limits.pause(host, time.Now().Add(w))
			}
			if err := sleep(ctx, wait); err != nil {
				return 0, nil, err
			}
			continue
		}
		return status, resp.Body(), nil
	}
}
