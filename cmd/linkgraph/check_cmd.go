package main

import (
	"bufio"
	"fmt"
	"io"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/linkgraph/linkgraph/internal/extract"
	"github.com/linkgraph/linkgraph/internal/linkcheck"
)

type checkFlags struct {
	format, cache                            string
	kinds, failOn, remaps, excludes          []string
	excludeFiles                             []string
	concurrency, hostConcurrency, maxRetries int
	timeout, maxWait, maxAge, minInterval    time.Duration
	noCache, allowPrivate                    bool
}

func newCheckCmd(e *env) *cobra.Command {
	var f checkFlags
	cmd := &cobra.Command{
		Use:   "check [flags] FILE...",
		Short: "Check which code links are dead, moved or archived",
		Long: `Check asks GitHub and other hosts about every code link (and organisation
page) in the listings, each distinct URL once however many papers cite it.
A link into a repository (/tree/main/src, /blob/main/x.py; on GitHub, GitLab,
Codeberg, Bitbucket, Hugging Face and others) is checked as that place and
as the repository, since the one can be gone while the other stays.

Each link gets one status: ok; moved (renamed or transferred repository, or a
permanent redirect other than to the same address with a slash added or
dropped; final_url is the new address); archived (needs a token); dead (only
on proof: 404, 410, GitHub NOT_FOUND, a disabled repository, Hugging Face
RepoNotFound); unknown (timeouts, connection errors, 5xx, rate limits: no
proof of death); blocked (a private address or a non-http(s) scheme:
nothing is sent); skipped (--exclude, --exclude-file, or a pattern in
.linkgraphignore in the working directory).

With GITHUB_TOKEN (or GH_TOKEN) set, GitHub repositories are checked through
the GraphQL API (GITHUB_GRAPHQL_URL), 100 per request; the token goes to that
endpoint only. Without one, repository pages are checked with HEAD.

Requests go through the proxy HTTPS_PROXY or HTTP_PROXY names (but for hosts
in NO_PROXY), even one on a private address; the links themselves must still
be public.

Definitive results are cached (--max-age) in the user cache directory, each
as it arrives; a second run sends no request for fresh results. A cache that
cannot be opened is left as it is, with a warning, and the run checks
without it.

Exit status 1 when a link has a status in --fail-on (default dead): for CI.
In GitHub Actions, --format github marks each such link as an error on the
lines of the listings that cite it, and other dead, moved or archived links
as warnings.`,
		Example: `  linkgraph check testdata/daily-papers.txt
  GITHUB_TOKEN=... linkgraph check --format markdown --fail-on dead,moved README.md
  linkgraph check --remap https://github.com=http://127.0.0.1:8080 --allow-private list.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(cmd, e, &f, args)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.format, "format", "table", "output format: table, json, markdown, or github (annotations for GitHub Actions)")
	fl.StringSliceVar(&f.kinds, "kinds", []string{"code", "org"}, "link kinds to check")
	fl.StringSliceVar(&f.failOn, "fail-on", []string{"dead"}, "statuses that make the exit status 1")
	fl.IntVar(&f.concurrency, "concurrency", 32, "checks in flight")
	fl.IntVar(&f.hostConcurrency, "host-concurrency", 8, "requests in flight per host")
	fl.DurationVar(&f.minInterval, "min-interval", 0, "least time between requests to one host")
	fl.DurationVar(&f.timeout, "timeout", 20*time.Second, "per request")
	fl.IntVar(&f.maxRetries, "max-retries", 3, "retries for rate limits, 5xx and connection errors")
	fl.DurationVar(&f.maxWait, "max-wait", 60*time.Second, "longest wait a rate-limited host may ask for")
	fl.StringVar(&f.cache, "cache", "", "cache file (default: linkgraph/check.db in the user cache directory)")
	fl.BoolVar(&f.noCache, "no-cache", false, "neither read nor write the cache")
	fl.DurationVar(&f.maxAge, "max-age", 24*time.Hour, "how long cached results count")
	fl.StringArrayVar(&f.remaps, "remap", nil, "rewrite a URL prefix before requests: FROM=TO (repeatable)")
	fl.StringArrayVar(&f.excludes, "exclude", nil, "skip URLs matching this regular expression (repeatable)")
	fl.StringArrayVar(&f.excludeFiles, "exclude-file", nil, "skip URLs matching the regular expressions in FILE, one a line, # for comments (repeatable; default: "+ignoreFile+" if there is one)")
	fl.BoolVar(&f.allowPrivate, "allow-private", false, "allow requests to private and loopback addresses")
	return cmd
}

// checkTarget is one URL to check, the papers that cite it, and the
// places in the listings where they stand.
type checkTarget struct {
	url     string
	papers  []paperRef
	sources []extract.Source
}

func runCheck(cmd *cobra.Command, e *env, f *checkFlags, args []string) error {
	if err := exactFormat(f.format, "table", "json", "markdown", "github"); err != nil {
		return err
	}
	opts, failOn, err := f.options()
	if err != nil {
		return err
	}
	entries, loadErr, err := loadPapers(cmd, e, args, e.linksOnlyOptions())
	if err != nil {
		return err
	}
	targets := checkTargets(entries, f.kinds)
	if !f.noCache {
		path := f.cache
		if path == "" {
			if path, err = linkcheck.DefaultCachePath(); err != nil {
				return &exitError{code: exitInput, err: fmt.Errorf("cache: %w (use --cache PATH or --no-cache)", err)}
			}
		}
		// The cache only saves requests: one that cannot be opened (not
		// a cache, damaged, or held by another run past a wait) is no
		// reason to leave the links unchecked.
		if cache, err := linkcheck.OpenCache(path); err != nil {
			fmt.Fprintf(e.stderr, "linkgraph: %v; checking without it (remove the file, or pass --no-cache)\n", err)
		} else {
			defer cache.Close()
			opts.Cache = cache
		}
	}
	urls := make([]string, 0, len(targets))
	for u := range targets {
		urls = append(urls, u)
	}
	progress := newProgress(e.stderr, len(urls))
	var results []linkcheck.Result
	checkErr := linkcheck.New(opts).Check(cmd.Context(), urls, func(r linkcheck.Result) {
		results = append(results, r)
		progress.step()
	})
	progress.done()
	sort.Slice(results, func(i, j int) bool { return results[i].URL < results[j].URL })
	out := bufio.NewWriter(e.stdout)
	switch f.format {
	case "json":
		err = writeJSON(out, checkRecords(results, targets))
	case "markdown":
		writeCheckMarkdown(out, results, targets)
	case "github":
		writeCheckGitHub(out, results, targets, failOn)
	default:
		writeCheckTable(out, results, targets)
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if n := rateLimitedGitHub(results); n > 0 && opts.Token == "" {
		fmt.Fprintf(e.stderr, "linkgraph: GitHub would not answer for %s; with GITHUB_TOKEN set, repositories are checked through its API, 100 a request\n",
			plural(n, "link", "links"))
	}
	if n := unreachedAll(results); n > 0 {
		fmt.Fprintf(e.stderr, "linkgraph: no host could be reached for the %s checked (DNS or connection errors); is this machine offline, or does it need a proxy (HTTPS_PROXY)?\n",
			plural(n, "link", "links"))
	}
	switch {
	case checkErr != nil:
		return checkErr
	case err != nil:
		return err
	case loadErr != nil:
		return loadErr
	}
	for _, r := range results {
		if failOn[r.Status] {
			return &exitError{code: exitProblems}
		}
	}
	return nil
}

// options turns the flags into checker options and the fail-on set.
func (f *checkFlags) options() (linkcheck.Options, map[linkcheck.Status]bool, error) {
	opts := linkcheck.Options{
		Concurrency: f.concurrency, HostConcurrency: f.hostConcurrency, MinInterval: f.minInterval,
		Timeout: f.timeout, MaxRetries: f.maxRetries, MaxWait: f.maxWait, MaxAge: f.maxAge,
		AllowPrivate: f.allowPrivate, GraphQLURL: os.Getenv("GITHUB_GRAPHQL_URL"),
	}
	if f.maxRetries == 0 {
		opts.MaxRetries = -1
	}
	opts.Token = os.Getenv("GITHUB_TOKEN")
	if opts.Token == "" {
		opts.Token = os.Getenv("GH_TOKEN")
	}
	if f.concurrency < 1 || f.hostConcurrency < 1 {
		return opts, nil, usageError("--concurrency and --host-concurrency want 1 or more")
	}
	for _, r := range f.remaps {
		rm, err := linkcheck.ParseRemap(r)
		if err != nil {
			return opts, nil, usageError("%v", err)
		}
		opts.Remaps = append(opts.Remaps, rm)
	}
	for _, x := range f.excludes {
		re, err := regexp.Compile(x)
		if err != nil {
			return opts, nil, usageError("--exclude %q: %v", x, err)
		}
		opts.Excludes = append(opts.Excludes, re)
	}
	files := f.excludeFiles
	if _, err := os.Stat(ignoreFile); err == nil && len(files) == 0 {
		files = []string{ignoreFile}
	}
	for _, name := range files {
		res, err := readExcludeFile(name)
		if err != nil {
			return opts, nil, err
		}
		opts.Excludes = append(opts.Excludes, res...)
	}
	failOn := map[linkcheck.Status]bool{}
	for _, s := range f.failOn {
		st := linkcheck.Status(strings.TrimSpace(s))
		if !knownStatus(st) {
			return opts, nil, usageError("--fail-on %q: not a status (dead, moved, archived, unknown, blocked, skipped, ok)", s)
		}
		failOn[st] = true
	}
	return opts, failOn, nil
}

// ignoreFile is the file of patterns check reads from the working
// directory when no --exclude-file is given, as lychee reads .lycheeignore:
// a list's maintainer keeps in it the links CI is not to ask about.
const ignoreFile = ".linkgraphignore"

// readExcludeFile reads a file of regular expressions, one a line; blank
// lines and lines that open with "#" are none. A bad pattern is an input
// error at its line.
func readExcludeFile(name string) ([]*regexp.Regexp, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, &exitError{code: exitInput, err: fmt.Errorf("--exclude-file: %w", err)}
	}
	var out []*regexp.Regexp
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		re, err := regexp.Compile(line)
		if err != nil {
			return nil, &exitError{code: exitInput, err: fmt.Errorf("%s:%d: %v", name, i+1, err)}
		}
		out = append(out, re)
	}
	return out, nil
}

func knownStatus(s linkcheck.Status) bool {
	for _, k := range linkcheck.Statuses {
		if s == k {
			return true
		}
	}
	return false
}

// checkTargets collects the URLs of the chosen kinds with the papers that
// cite them, each URL once.
func checkTargets(entries []*extract.Entry, kinds []string) map[string]*checkTarget {
	want := map[extract.Kind]bool{}
	for _, k := range kinds {
		want[extract.Kind(strings.TrimSpace(k))] = true
	}
	targets := map[string]*checkTarget{}
	for _, e := range entries {
		for _, l := range e.Links {
			if !want[l.Kind] {
				continue
			}
			for _, u := range checkURLs(l) {
				t := targets[u]
				if t == nil {
					t = &checkTarget{url: u}
					targets[u] = t
				}
				if n := len(t.papers); n == 0 || t.papers[n-1].ID != e.ID {
					t.papers = append(t.papers, paperRef{e.ID, e.Title})
					if len(e.Sources) > 0 {
						t.sources = append(t.sources, e.Sources...)
					} else {
						t.sources = append(t.sources, e.Source)
					}
				}
			}
		}
	}
	return targets
}

// checkURLs are the addresses a link is checked at: its canonical URL
// (the repository, which the map colours) and, for a place inside a
// repository (/tree/main/sub, /blob/main/x.py, /issues/3), that place too,
// which can be gone while the repository stays. GitLab's places are asked
// for under its "/-/", which the stored path leaves out.
func checkURLs(l extract.Link) []string {
	if l.Path == "" {
		return []string{l.URL}
	}
	at, err := url.Parse(l.URL)
	if err != nil || at.RawQuery != "" || at.Fragment != "" {
		return []string{l.URL}
	}
	if l.Host == "gitlab.com" {
		at.Path += "/-"
	}
	at.Path += l.Path
	at.RawPath = ""
	return []string{l.URL, at.String()}
}

type checkJSON struct {
	linkcheck.Result
	Papers []paperRef `json:"papers"`
}

func checkRecords(results []linkcheck.Result, targets map[string]*checkTarget) []checkJSON {
	out := make([]checkJSON, 0, len(results))
	for _, r := range results {
		rec := checkJSON{Result: r, Papers: []paperRef{}}
		if t := targets[r.URL]; t != nil {
			rec.Papers = t.papers
		}
		out = append(out, rec)
	}
	return out
}

// byStatus groups results in report order.
func byStatus(results []linkcheck.Result) map[linkcheck.Status][]linkcheck.Result {
	g := map[linkcheck.Status][]linkcheck.Result{}
	for _, r := range results {
		g[r.Status] = append(g[r.Status], r)
	}
	return g
}

func writeCheckTable(w io.Writer, results []linkcheck.Result, targets map[string]*checkTarget) {
	groups := byStatus(results)
	for _, st := range linkcheck.Statuses {
		rs := groups[st]
		if len(rs) == 0 || st == linkcheck.StatusOK {
			continue
		}
		fmt.Fprintf(w, "%s (%d)\n", strings.ToUpper(string(st)), len(rs))
		for _, r := range rs {
			fmt.Fprintf(w, "  %s", termSafe(r.URL))
			if r.FinalURL != "" {
				fmt.Fprintf(w, " -> %s", termSafe(r.FinalURL))
			}
			if r.Detail != "" {
				fmt.Fprintf(w, "  (%s)", termSafe(r.Detail))
			}
			fmt.Fprintln(w)
			for _, p := range targets[r.URL].papers {
				fmt.Fprintf(w, "      cited by: %s\n", clip(termSafe(p.Title), titleWidth))
			}
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, checkSummary(results))
}

// rateLimitedGitHub counts the GitHub links left unknown by its rate
// limits.
func rateLimitedGitHub(results []linkcheck.Result) int {
	n := 0
	for _, r := range results {
		if r.Status == linkcheck.StatusUnknown && r.Detail == linkcheck.DetailRateLimited {
			if u, err := url.Parse(r.URL); err == nil && strings.EqualFold(u.Hostname(), "github.com") {
				n++
			}
		}
	}
	return n
}

// unreachedAll is how many links were requested in this run when the
// host of every one of them was unreachable, else 0.
func unreachedAll(results []linkcheck.Result) int {
	n := 0
	for _, r := range results {
		switch {
		case r.FromCache || r.Status == linkcheck.StatusBlocked || r.Status == linkcheck.StatusSkipped:
		case r.Unreached:
			n++
		default:
			return 0
		}
	}
	return n
}

func checkSummary(results []linkcheck.Result) string {
	groups := byStatus(results)
	var parts []string
	cached := 0
	for _, r := range results {
		if r.FromCache {
			cached++
		}
	}
	for _, st := range linkcheck.Statuses {
		if n := len(groups[st]); n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, st))
		}
	}
	if len(parts) == 0 {
		return "no links to check"
	}
	return fmt.Sprintf("%s checked: %s (%d from cache)", plural(len(results), "link", "links"), strings.Join(parts, ", "), cached)
}

// writeCheckGitHub writes GitHub Actions workflow commands: an error at
// each place a link that fails the run is cited, a warning where one that
// is moved, archived or dead but allowed is, so that they show on the
// lines of the pull request's diff; then the summary.
func writeCheckGitHub(w io.Writer, results []linkcheck.Result, targets map[string]*checkTarget, failOn map[linkcheck.Status]bool) {
	for _, r := range results {
		level := "warning"
		switch {
		case failOn[r.Status]:
			level = "error"
		case r.Status != linkcheck.StatusDead && r.Status != linkcheck.StatusMoved && r.Status != linkcheck.StatusArchived:
			continue
		}
		msg := r.URL + " is " + string(r.Status)
		if r.FinalURL != "" {
			msg += ": now " + r.FinalURL
		}
		if r.Detail != "" {
			msg += " (" + r.Detail + ")"
		}
		for _, src := range targets[r.URL].sources {
			if src.File == "-" || src.File == "" {
				fmt.Fprintf(w, "::%s title=%s::%s\n", level, ghProperty("linkgraph: "+string(r.Status)+" link"), ghData(msg))
				continue
			}
			fmt.Fprintf(w, "::%s file=%s,line=%d,title=%s::%s\n", level, ghProperty(src.File), src.Line,
				ghProperty("linkgraph: "+string(r.Status)+" link"), ghData(msg))
		}
	}
	fmt.Fprintln(w, checkSummary(results))
}

// ghData escapes a workflow command's message, and ghProperty one of its
// properties, as GitHub Actions reads them.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

func writeCheckMarkdown(w io.Writer, results []linkcheck.Result, targets map[string]*checkTarget) {
	fmt.Fprintf(w, "### Code links\n\n%s\n\n", checkSummary(results))
	var rows []linkcheck.Result
	for _, r := range results {
		if r.Status != linkcheck.StatusOK {
			rows = append(rows, r)
		}
	}
	if len(rows) == 0 {
		fmt.Fprintln(w, "All links are fine.")
		return
	}
	fmt.Fprintln(w, "| status | link | detail | cited by |")
	fmt.Fprintln(w, "|---|---|---|---|")
	groups := byStatus(rows)
	for _, st := range linkcheck.Statuses {
		for _, r := range groups[st] {
			var papers []string
			for _, p := range targets[r.URL].papers {
				papers = append(papers, mdCell(p.Title))
			}
			detail := mdCell(r.Detail)
			if r.FinalURL != "" {
				detail = "now " + mdURL(r.FinalURL) + "; " + detail
			}
			fmt.Fprintf(w, "| %s | %s | %s | %s |\n", st, mdURL(r.URL), detail, strings.Join(papers, "<br>"))
		}
	}
}

// mdURL writes an http(s) URL as a Markdown autolink, <URL>: escaped as
// text (my\_repo), a bare URL's link would end at the first escape. The
// few characters an autolink or a table cell cannot hold are
// percent-encoded, which names the same address. Anything else is text.
func mdURL(u string) string {
	if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
		return mdCell(u)
	}
	var b strings.Builder
	b.WriteByte('<')
	for i := 0; i < len(u); i++ {
		switch c := u[i]; {
		case c <= ' ' || c == 0x7f || c == '<' || c == '>' || c == '|':
			fmt.Fprintf(&b, "%%%02X", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('>')
	return b.String()
}

// mdCell escapes text for a Markdown table cell: pipes, markup characters
// and line breaks from listings must not change the table.
func mdCell(s string) string {
	r := strings.NewReplacer("|", `\|`, "<", "&lt;", ">", "&gt;", "\n", " ", "\r", " ", "[", `\[`, "]", `\]`, "`", "\\`", "*", `\*`, "_", `\_`)
	return r.Replace(termSafe(s))
}

// progress writes "checked N/M" to a terminal; to anything else, nothing.
type progress struct {
	w        io.Writer
	n, total int
	on       bool
}

func newProgress(w io.Writer, total int) *progress {
	return &progress{w: w, total: total, on: isTerminal(w) && total > 0}
}

func (p *progress) step() {
	p.n++
	if p.on {
		fmt.Fprintf(p.w, "\rchecked %d/%d", p.n, p.total)
	}
}

func (p *progress) done() {
	if p.on {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
