package linkcheck

import (
	"net/http"
	"strings"
	"testing"
	"unicode"
)

var answerURLs = []string{"https://github.com/acme/tool", "https://github.com/acme/old", "https://github.com/Acme/Gone"}

func TestReadGraphQLAnswer(t *testing.T) {
	tests := []struct {
		name   string
		status int
		body   string
		want   []Status
		detail string // of the second result, when not ""
	}{
		{"all kinds", 200, `{"data": {
			"r0": {"nameWithOwner": "acme/tool", "url": "https://github.com/acme/tool"},
			"r1": {"nameWithOwner": "acme/new", "url": "https://github.com/acme/new", "isArchived": true},
			"r2": null},
			"errors": [{"type": "NOT_FOUND", "path": ["r2"]}]}`,
			[]Status{StatusOK, StatusMoved, StatusDead}, "now acme/new, archived"},
		{"case alone is no move", 200, `{"data": {
			"r0": {"nameWithOwner": "ACME/Tool", "url": "https://github.com/ACME/Tool", "isArchived": true},
			"r1": {"nameWithOwner": "acme/old", "isDisabled": true},
			"r2": {"nameWithOwner": "acme/gone"}}}`,
			[]Status{StatusArchived, StatusDead, StatusOK}, "repository disabled"},
		{"a move must name its repository", 200, `{"data": {
			"r0": {},
			"r1": {"nameWithOwner": "acme/new", "url": "javascript://github.com/acme/new"},
			"r2": {"nameWithOwner": "acme/x", "url": "https://github.com/acme/y"}}}`,
			[]Status{StatusUnknown, StatusUnknown, StatusUnknown}, "GraphQL: answer names no repository"},
		{"a general error", 200, `{"data": null, "errors": [{"message": "Something went wrong"}]}`,
			[]Status{StatusUnknown, StatusUnknown, StatusUnknown}, "GraphQL: Something went wrong"},
		{"an error for one alias", 200, `{"data": {"r0": {"nameWithOwner": "acme/tool"}}, "errors": [{"type": "FORBIDDEN", "path": ["r1"]}]}`,
			[]Status{StatusOK, StatusUnknown, StatusUnknown}, "GraphQL: FORBIDDEN"},
		{"not JSON", 200, `<html>`, []Status{StatusUnknown, StatusUnknown, StatusUnknown}, "GraphQL: unreadable answer"},
		{"token rejected", 401, ``, []Status{StatusUnknown, StatusUnknown, StatusUnknown}, "GraphQL: token rejected (401)"},
		{"server error", 502, `{"data": {"r0": {"nameWithOwner": "acme/tool"}}}`, []Status{StatusUnknown, StatusUnknown, StatusUnknown}, "GraphQL: HTTP 502"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readGraphQLAnswer(answerURLs, tt.status, []byte(tt.body))
			if len(got) != len(tt.want) {
				t.Fatalf("%d results, want %d", len(got), len(tt.want))
			}
			for i, r := range got {
				if r.URL != answerURLs[i] || r.Status != tt.want[i] || r.HTTPStatus != tt.status {
					t.Errorf("result %d: %+v, want %s for %s with HTTP %d", i, r, tt.want[i], answerURLs[i], tt.status)
				}
			}
			if tt.detail != "" && got[1].Detail != tt.detail {
				t.Errorf("second detail %q, want %q", got[1].Detail, tt.detail)
			}
		})
	}
	moved := readGraphQLAnswer(answerURLs, 200, []byte(`{"data": {"r1": {"nameWithOwner": "acme/new", "url": "https://github.com/acme/new"}}}`))[1]
	if moved.FinalURL != "https://github.com/acme/new" {
		t.Errorf("moved to %q", moved.FinalURL)
	}
}

// FuzzReadGraphQLAnswer feeds the GraphQL answer reader what a server
// might send. Whatever it is, each URL gets one result of a known status,
// only an answer of HTTP 200 tells anything, and a move names a GitHub
// repository over https, with no control character in its detail.
func FuzzReadGraphQLAnswer(f *testing.F) {
	f.Add(200, []byte(`{"data": {"r0": {"nameWithOwner": "acme/tool", "url": "https://github.com/acme/tool"}, "r1": {"nameWithOwner": "acme/new", "url": "https://github.com/acme/new", "isArchived": true}, "r2": null}, "errors": [{"type": "NOT_FOUND", "path": ["r2"]}]}`))
	f.Add(200, []byte(`{"data": null, "errors": [{"message": "x", "path": [1, "r0"]}, {"type": "", "path": []}]}`))
	f.Add(200, []byte(`{"data": {"r0": {"nameWithOwner": "a/b\u001b[2J", "url": "https://github.com/a/b"}}}`))
	f.Add(401, []byte(``))
	f.Add(503, []byte(`{}`))
	known := map[Status]bool{}
	for _, s := range Statuses {
		known[s] = true
	}
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		got := readGraphQLAnswer(answerURLs, status, body)
		if len(got) != len(answerURLs) {
			t.Fatalf("%d results for %d URLs", len(got), len(answerURLs))
		}
		for i, r := range got {
			if r.URL != answerURLs[i] || r.HTTPStatus != status || !known[r.Status] {
				t.Fatalf("result %d: %+v", i, r)
			}
			if r.Status != StatusUnknown && status != http.StatusOK {
				t.Fatalf("HTTP %d gave %+v", status, r)
			}
			if r.Status == StatusMoved && (githubRepo(r.FinalURL) == nil || !strings.HasPrefix(r.FinalURL, "https://")) {
				t.Fatalf("moved to no repository: %+v", r)
			}
			if r.Status != StatusMoved && r.FinalURL != "" {
				t.Fatalf("final URL without a move: %+v", r)
			}
			if r.Status == StatusMoved && strings.ContainsFunc(r.Detail, unicode.IsControl) {
				t.Fatalf("control character in a move's detail: %q", r.Detail)
			}
		}
	})
}
