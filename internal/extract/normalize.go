package extract

import (
	"net"
	"net/url"
	"strings"
)

// Normalize turns a raw link, as ScanLinks found it or as a listing gave it,
// into a classified Link with a canonical URL. It reports false when the
// text is not an http(s) link to a named host.
//
// It removes what prose and typesetting leave around links: a sentence's
// final punctuation, unbalanced closing brackets, LaTeX debris after a brace
// ("README.md{here.}"), HTML entities, ".git", and for hosts it knows, the
// "/tree/<branch>/...", "/blob/...", query and "#fragment" parts, which it
// keeps in Path.
func Normalize(raw string) (Link, bool) {
	s := cleanRaw(raw)
	if l, ok := plainGitHubLink(raw, s); ok {
		return l, true
	}
	return normalizeURL(raw, s)
}

// plainGitHubLink is Normalize for the commonest link of all, a GitHub
// owner or repository written plainly ("https://github.com/owner/repo", or
// without the scheme; nothing but letters, digits, '.', '-', '_' and
// slashes in the path), without parsing it as a URL: such a path parses as
// itself. It reports false for anything else, which normalizeURL then
// reads.
func plainGitHubLink(raw, s string) (Link, bool) {
	rest, ok := strings.CutPrefix(s, "https://github.com/")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "http://github.com/"); !ok {
			// Written without a scheme, as prose often has it.
			if rest, ok = strings.CutPrefix(s, "github.com/"); !ok {
				return Link{}, false
			}
		}
	}
	for i := 0; i < len(rest); i++ {
		if c := rest[i]; !asciiAlnum(c) && c != '.' && c != '-' && c != '_' && c != '/' {
			return Link{}, false
		}
	}
	var room [8]string // the segments of most links, without allocating
	l := githubLink(Link{Host: "github.com", Kind: KindOther}, appendSegments(room[:0], rest))
	if l.URL == "" {
		return Link{}, false // a page of GitHub's own: the URL as given
	}
	l.Raw = raw
	l.setKeys()
	return l, true
}

// normalizeURL is Normalize for any link: s, cleaned of prose, is parsed
// as a URL and classified by its host.
func normalizeURL(raw, s string) (Link, bool) {
	if s == "" {
		return Link{}, false
	}
	if !hasHTTPScheme(s) {
		if strings.Contains(s, "://") || fileName(s) {
			return Link{}, false
		}
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || u.User != nil || u.Opaque != "" {
		return Link{}, false
	}
	host, ok := cleanHost(u)
	if !ok {
		return Link{}, false
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = host
	link := classify(u)
	link.Raw = raw
	if _, err := url.Parse(link.URL); err != nil {
		return Link{}, false
	}
	link.setKeys()
	return link, true
}

// fileName reports whether an address written without its scheme is a
// file's name beside the listing, not a site: "notes.md", "run.py",
// "paper.pdf#page=2", as a Markdown list links its own files. A name with
// "www." or more than one dot is a site's ("hf.co", "ml.cs.example.edu").
func fileName(s string) bool {
	host := s
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	name, ext, ok := strings.Cut(strings.ToLower(host), ".")
	if !ok || name == "" || name == "www" || strings.Contains(ext, ".") {
		return false
	}
	return fileExts[ext]
}

// fileExts are the extensions of the files a listing links beside it,
// of which md, py and sh are also countries' domains that no site of
// papers uses.
var fileExts = map[string]bool{"md": true, "markdown": true, "mdx": true, "rst": true, "txt": true,
	"html": true, "htm": true, "pdf": true, "ipynb": true, "py": true, "sh": true, "json": true,
	"yml": true, "yaml": true, "toml": true, "png": true, "jpg": true, "jpeg": true, "gif": true,
	"svg": true, "bib": true, "tex": true, "csv": true, "tsv": true, "zip": true}

// cleanRaw strips what surrounds a link in prose.
func cleanRaw(s string) string {
	if i := strings.IndexAny(s, "{}"); i >= 0 {
		s = s[:i]
	}
	for _, entity := range []string{"&quot;", "&#39;", "&lt;", "&gt;", "&#34;"} {
		if i := strings.Index(s, entity); i >= 0 {
			s = s[:i]
		}
	}
	for s != "" {
		c := s[len(s)-1]
		switch c {
		case '.', ',', ';', ':', '!', '?', '\'', '"', '*', '_', '~':
			s = s[:len(s)-1]
			continue
		case ')':
			if strings.Count(s, "(") < strings.Count(s, ")") {
				s = s[:len(s)-1]
				continue
			}
		}
		break
	}
	return s
}

func hasHTTPScheme(s string) bool {
	return len(s) >= 7 && strings.EqualFold(s[:7], "http://") ||
		len(s) >= 8 && strings.EqualFold(s[:8], "https://")
}

// cleanHost lower-cases the host, drops a trailing dot and a default port,
// and rejects hosts that cannot be real.
func cleanHost(u *url.URL) (string, bool) {
	host := strings.ToLower(u.Hostname())
	host = strings.TrimSuffix(host, ".")
	if host == "" || strings.ContainsAny(host, "%_ ") {
		return "", false
	}
	if net.ParseIP(host) == nil {
		if !strings.Contains(host, ".") && host != "localhost" {
			return "", false
		}
		for _, label := range strings.Split(host, ".") {
			if label == "" || strings.HasPrefix(label, "-") || strings.HasSuffix(label, "-") {
				return "", false
			}
		}
	} else if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	port := u.Port()
	if port != "" && !(port == "80" && strings.EqualFold(u.Scheme, "http") || port == "443" && strings.EqualFold(u.Scheme, "https")) {
		host += ":" + port
	}
	return host, true
}

// plainURL is the URL of a link linkgraph has no special knowledge of: the
// address as given, less its fragment.
func plainURL(u *url.URL) string {
	v := *u
	v.Fragment = ""
	v.RawFragment = ""
	if v.Path == "/" && v.RawQuery == "" {
		v.Path = ""
		v.RawPath = ""
	}
	return v.String()
}
