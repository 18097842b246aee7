package extract

import (
	"net/url"
	"strings"
)

// classify gives a parsed, host-cleaned URL its kind and canonical form.
func classify(u *url.URL) Link {
	l := classifyHost(u)
	if l.URL == "" {
		// Not a repository, owner or model page, whose canonical URLs the
		// host's rules make: the address as given, but over https on a
		// host linkgraph knows (arXiv, OpenReview, a DOI), so that a
		// BibTeX url field's http:// link is the same as its eprint's.
		if u.Scheme == "http" && l.Kind != KindOther {
			u.Scheme = "https"
		}
		l.URL = plainURL(u)
	}
	return l
}

// classifyHost applies what linkgraph knows of u's host; the URL is left
// empty unless the host's rules give a canonical one.
func classifyHost(u *url.URL) Link {
	host := strings.TrimPrefix(u.Host, "www.")
	segs := pathSegments(u.Path)
	l := Link{Host: host, Kind: KindOther}
	switch host {
	case "github.com":
		return githubLink(l, segs)
	case "gist.github.com":
		return repoLink(l, "gist.github.com", firstN(segs, 2), nil)
	case "raw.githubusercontent.com":
		if pdfInRepo(segs) {
			l.Kind = KindPaper
			return l
		}
		if len(segs) >= 2 {
			return repoLink(l, "github.com", segs[:2], append([]string{"blob"}, segs[2:]...))
		}
	case "gitlab.com":
		return gitlabLink(l, segs)
	case "bitbucket.org", "codeberg.org", "gitee.com":
		return ownerRepoLink(l, host, segs, forgeReserved)
	case "git.sr.ht", "hg.sr.ht":
		// SourceHut's owners are "~name".
		if len(segs) > 0 && strings.HasPrefix(segs[0], "~") && validOwner(segs[0][1:]) {
			if len(segs) >= 2 && validRepo(segs[1]) {
				return repoLink(l, host, segs[:2], segs[2:])
			}
			l = orgLink(l, host, segs[0][1:])
			l.Owner = segs[0]
			l.URL = "https://" + host + "/" + segs[0]
			return l
		}
	case "sourceforge.net":
		if len(segs) >= 2 && (segs[0] == "projects" || segs[0] == "p") {
			l = repoLink(l, host, []string{"", segs[1]}, segs[2:])
			l.URL = "https://sourceforge.net/projects/" + segs[1]
			return l
		}
	case "anonymous.4open.science":
		if len(segs) >= 2 && segs[0] == "r" {
			l = repoLink(l, host, []string{"", segs[1]}, segs[2:])
			l.URL = "https://anonymous.4open.science/r/" + segs[1]
			return l
		}
	case "huggingface.co", "hf.co":
		return huggingFaceLink(l, segs)
	case "doi.org", "dx.doi.org":
		l.Kind = KindPaper
		if len(segs) > 0 && strings.HasPrefix(strings.ToLower(strings.Join(segs, "/")), "10.5281/zenodo") {
			l.Kind = KindData
		}
		return l
	case "colab.research.google.com":
		l.Kind = KindDemo
		return l
	case "sites.google.com":
		l.Kind = KindProject
		return l
	}
	l.Kind = kindBySuffix(host)
	if l.Kind == KindPaper && len(segs) > 0 && !paperInPath(segs) {
		if first := strings.ToLower(segs[0]); personPages[first] || notPaperPages[first] {
			l.Kind = KindOther // an author's or a venue's page on a paper host
		}
	}
	return l
}

// personPage reports whether raw is an author's page on a paper host:
// ACL Anthology's /people/, dblp's /pid/, arXiv's /a/, Semantic Scholar's
// /author/, OpenReview's /profile.
func personPage(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	segs := pathSegments(u.Path)
	return len(segs) > 0 && personPages[strings.ToLower(segs[0])] && !paperInPath(segs) &&
		kindBySuffix(strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")) == KindPaper
}

// paperInPath reports whether a path under a person's page names a paper
// (researchgate.net/profile/X/publication/..., a PDF).
func paperInPath(segs []string) bool {
	for _, s := range segs {
		if s == "publication" || strings.HasSuffix(strings.ToLower(s), ".pdf") {
			return true
		}
	}
	return false
}

// personPages are the first path segments of paper hosts' pages of
// people: aclanthology.org/people/..., dblp.org/pid/..., arxiv.org/a/...,
// semanticscholar.org/author/..., openreview.net/profile.
var personPages = map[string]bool{"people": true, "pid": true, "a": true, "author": true, "authors": true, "profile": true}

// notPaperPages are the first path segments of paper hosts' other pages
// that are no paper: venues, volumes, listings and searches.
var notPaperPages = map[string]bool{"search": true, "venues": true, "events": true, "volumes": true, "list": true}

// pathSegments splits a URL path into its non-empty segments.
func pathSegments(p string) []string {
	return appendSegments(nil, p)
}

// appendSegments appends the non-empty segments of the path p to segs.
func appendSegments(segs []string, p string) []string {
	for p != "" {
		seg, rest, _ := strings.Cut(p, "/")
		if seg != "" {
			segs = append(segs, seg)
		}
		p = rest
	}
	return segs
}

func firstN(segs []string, n int) []string {
	if len(segs) > n {
		return segs[:n]
	}
	return segs
}

// githubReserved are first path segments on github.com that name GitHub's
// own pages, never an owner.
var githubReserved = setOf("about", "account", "apps", "blog", "codespaces", "collections",
	"contact", "customer-stories", "dashboard", "education", "enterprise", "events", "explore",
	"features", "github-copilot", "home", "issues", "join", "login", "logout", "marketplace",
	"mobile", "new", "nonprofit", "notifications", "organizations", "password_reset", "pricing",
	"pulls", "readme", "resources", "search", "security", "sessions", "settings", "signup",
	"site", "solutions", "sponsors", "stars", "team", "topics", "trending", "watching", "premium-support",
	"copilot", "git-guides", "developer", "partners", "customer-success")

// forgeReserved are the same for Bitbucket, Codeberg and Gitee.
var forgeReserved = setOf("account", "blog", "dashboard", "explore", "help", "login", "product",
	"pricing", "search", "settings", "signup", "support", "user", "users", "enterprises", "features")

func setOf(words ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
}

func githubLink(l Link, segs []string) Link {
	if pdfInRepo(segs) {
		l.Kind = KindPaper
		return l
	}
	if len(segs) >= 2 && (segs[0] == "orgs" || segs[0] == "users") {
		return orgLink(l, "github.com", segs[1])
	}
	return ownerRepoLink(l, "github.com", segs, githubReserved)
}

// pdfInRepo reports whether a repository's path names a PDF: a paper
// kept in a repository (PMLR keeps every paper of a volume in one), which
// is the paper, not its code, and ties it to no owner.
func pdfInRepo(segs []string) bool {
	if len(segs) <= 2 {
		return false
	}
	last := segs[len(segs)-1]
	return len(last) > 4 && strings.EqualFold(last[len(last)-4:], ".pdf")
}

// ownerRepoLink classifies /owner and /owner/repo/... paths.
func ownerRepoLink(l Link, host string, segs []string, reserved map[string]struct{}) Link {
	if len(segs) == 0 {
		return l
	}
	if _, ok := reserved[strings.ToLower(segs[0])]; ok || !validOwner(segs[0]) {
		return l
	}
	if len(segs) == 1 {
		return orgLink(l, host, segs[0])
	}
	repo := strings.TrimSuffix(segs[1], ".git")
	if !validRepo(repo) {
		return orgLink(l, host, segs[0])
	}
	return repoLink(l, host, []string{segs[0], repo}, segs[2:])
}

// repoLink makes l a code link to owner/repo on host, with rest as Path.
func repoLink(l Link, host string, ownerRepo []string, rest []string) Link {
	if len(ownerRepo) == 0 {
		return l
	}
	l.Kind = KindCode
	l.Host = host
	if len(ownerRepo) == 2 {
		l.Owner, l.Repo = ownerRepo[0], ownerRepo[1]
	} else {
		l.Owner = ownerRepo[0]
	}
	l.URL = "https://" + host + "/" + joinNonEmpty(l.Owner, l.Repo)
	if len(rest) > 0 {
		l.Path = "/" + strings.Join(rest, "/")
	}
	return l
}

func orgLink(l Link, host, owner string) Link {
	if !validOwner(owner) {
		return l
	}
	l.Kind = KindOrg
	l.Host = host
	l.Owner = owner
	l.Repo = ""
	l.Path = ""
	l.URL = "https://" + host + "/" + owner
	return l
}

// gitlabStructural are path segments that end a GitLab project path when
// the "/-/" separator is missing, as in older links.
var gitlabStructural = setOf("tree", "blob", "issues", "merge_requests", "commits", "raw", "wikis", "releases", "tags", "archive")

func gitlabLink(l Link, segs []string) Link {
	if len(segs) >= 2 && (segs[0] == "groups" || segs[0] == "users") {
		return orgLink(l, "gitlab.com", segs[1])
	}
	project := segs
	var rest []string
	for i, s := range segs {
		_, structural := gitlabStructural[s]
		if s == "-" || structural && i >= 2 {
			project, rest = segs[:i], segs[i:]
			break
		}
	}
	if len(project) > 0 {
		last := len(project) - 1
		project = append(append([]string(nil), project[:last]...), strings.TrimSuffix(project[last], ".git"))
	}
	switch {
	case len(project) == 0:
		return l
	case len(project) == 1:
		if _, ok := forgeReserved[project[0]]; ok || project[0] == "help" || project[0] == "explore" {
			return l
		}
		return orgLink(l, "gitlab.com", project[0])
	}
	for _, s := range project {
		if !validRepo(s) {
			return l
		}
	}
	if !validOwner(project[0]) {
		return l
	}
	if len(rest) > 0 && rest[0] == "-" {
		rest = rest[1:]
	}
	return repoLink(l, "gitlab.com", []string{project[0], strings.Join(project[1:], "/")}, rest)
}

// huggingFaceReserved are first segments on huggingface.co that are pages
// of the site itself.
var huggingFaceReserved = setOf("docs", "blog", "models", "learn", "tasks", "login", "join",
	"pricing", "organizations", "settings", "new", "chat", "posts", "collections", "enterprise",
	"api", "search", "welcome", "terms-of-service", "privacy", "spaces", "datasets", "papers")

// hfPaperListings are the pages under huggingface.co/papers/ that list
// papers.
var hfPaperListings = map[string]bool{"trending": true, "date": true, "week": true, "month": true, "search": true}

func huggingFaceLink(l Link, segs []string) Link {
	l.Host = "huggingface.co"
	if len(segs) == 0 {
		return l
	}
	kind := KindModel
	switch segs[0] {
	case "papers":
		// huggingface.co/papers/2401.00001 is a paper; /papers,
		// /papers/trending and /papers/date/2024-03-11 list them.
		if len(segs) >= 2 && !hfPaperListings[strings.ToLower(segs[1])] {
			l.Kind = KindPaper
		}
		return l
	case "datasets":
		kind, segs = KindData, segs[1:]
	case "spaces":
		kind, segs = KindDemo, segs[1:]
	default:
		if _, ok := huggingFaceReserved[segs[0]]; ok {
			return l
		}
	}
	if len(segs) == 0 || !validOwner(segs[0]) {
		return l
	}
	if len(segs) == 1 {
		if kind != KindModel {
			return l
		}
		return orgLink(l, "huggingface.co", segs[0])
	}
	if !validRepo(segs[1]) {
		return l
	}
	prefix := ""
	switch kind {
	case KindData:
		prefix = "datasets/"
	case KindDemo:
		prefix = "spaces/"
	}
	l.Kind = kind
	l.Owner, l.Repo = segs[0], segs[1]
	l.URL = "https://huggingface.co/" + prefix + segs[0] + "/" + segs[1]
	if len(segs) > 2 {
		l.Path = "/" + strings.Join(segs[2:], "/")
	}
	return l
}

// validOwner reports whether s can be an account name: letters, digits,
// hyphens, underscores and dots, not starting with a dot.
func validOwner(s string) bool {
	if s == "" || len(s) > 100 || s[0] == '.' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

// validRepo reports whether s can be a repository name.
func validRepo(s string) bool {
	return validOwner(s) && s != ".." && s != "."
}

// kindBySuffix classifies hosts linkgraph knows by their domain.
func kindBySuffix(host string) Kind {
	for _, r := range suffixKinds {
		if host == r.domain || strings.HasSuffix(host, "."+r.domain) {
			return r.kind
		}
	}
	return KindOther
}

var suffixKinds = []struct {
	domain string
	kind   Kind
}{
	{"github.io", KindProject}, {"gitlab.io", KindProject}, {"netlify.app", KindProject},
	{"vercel.app", KindProject}, {"pages.dev", KindProject}, {"readthedocs.io", KindProject},
	{"sourceforge.io", KindProject}, {"notion.site", KindProject},
	{"hf.space", KindDemo}, {"gradio.live", KindDemo},
	{"zenodo.org", KindData}, {"figshare.com", KindData}, {"kaggle.com", KindData}, {"dataverse.harvard.edu", KindData}, {"osf.io", KindData},
	{"arxiv.org", KindPaper}, {"alphaxiv.org", KindPaper}, {"openreview.net", KindPaper}, {"aclanthology.org", KindPaper},
	{"aclweb.org", KindPaper}, {"neurips.cc", KindPaper}, {"nips.cc", KindPaper},
	{"mlr.press", KindPaper}, {"thecvf.com", KindPaper}, {"ieee.org", KindPaper},
	{"acm.org", KindPaper}, {"springer.com", KindPaper}, {"sciencedirect.com", KindPaper},
	{"semanticscholar.org", KindPaper}, {"aaai.org", KindPaper}, {"ijcai.org", KindPaper},
	{"jmlr.org", KindPaper}, {"biorxiv.org", KindPaper}, {"medrxiv.org", KindPaper},
	{"ecva.net", KindPaper}, {"nih.gov", KindPaper}, {"ssrn.com", KindPaper},
	{"nature.com", KindPaper}, {"science.org", KindPaper}, {"pnas.org", KindPaper},
	{"iclr.cc", KindPaper}, {"icml.cc", KindPaper}, {"researchgate.net", KindPaper},
	{"dblp.org", KindPaper}, {"papers.cool", KindPaper}, {"paperswithcode.com", KindPaper},
	{"usenix.org", KindPaper}, {"ndss-symposium.org", KindPaper}, {"mlsys.org", KindPaper}, {"ieeecomputersociety.org", KindPaper},
	// Journals' publishers and preprint servers of the sciences.
	{"oup.com", KindPaper}, {"wiley.com", KindPaper}, {"cell.com", KindPaper}, {"plos.org", KindPaper},
	{"elifesciences.org", KindPaper}, {"mdpi.com", KindPaper}, {"frontiersin.org", KindPaper},
	{"tandfonline.com", KindPaper}, {"aps.org", KindPaper}, {"iop.org", KindPaper}, {"acs.org", KindPaper},
	{"rsc.org", KindPaper}, {"royalsocietypublishing.org", KindPaper}, {"biomedcentral.com", KindPaper},
	{"sagepub.com", KindPaper}, {"annualreviews.org", KindPaper}, {"jstor.org", KindPaper},
	{"chemrxiv.org", KindPaper}, {"techrxiv.org", KindPaper}, {"preprints.org", KindPaper}, {"hal.science", KindPaper},
	{"iacr.org", KindPaper}, {"isca-archive.org", KindPaper}, {"isca-speech.org", KindPaper}, {"vldb.org", KindPaper},
	{"ceur-ws.org", KindPaper},
}

// badgeRepo is the GitHub repository a badge's picture counts the stars,
// forks or commits of ("https://img.shields.io/github/stars/Owner/Repo.svg?style=social",
// "https://badgen.net/github/stars/Owner/Repo"), as "https://github.com/Owner/Repo";
// "" for any other picture. Lists that show a paper's code by its star
// count alone name the code only so.
func badgeRepo(src string) string {
	u, err := url.Parse(src)
	if err != nil || u.Host != "img.shields.io" && u.Host != "badgen.net" {
		return ""
	}
	segs := pathSegments(u.Path)
	if len(segs) < 4 || segs[0] != "github" {
		return ""
	}
	segs = segs[1:]
	skip, ok := badgeMetrics[segs[0]]
	if !ok || len(segs) < skip+2 {
		return ""
	}
	owner, repo := segs[skip], segs[skip+1]
	for _, ext := range []string{".svg", ".png", ".json"} {
		repo = strings.TrimSuffix(repo, ext)
	}
	if !validOwner(owner) || !validRepo(repo) {
		return ""
	}
	return "https://github.com/" + owner + "/" + repo
}

// badgeMetrics are the GitHub counts badges show, by the first segment of
// their path after "github/", with how many segments name the count
// ("stars", "commit-activity/m") before the owner and repository.
var badgeMetrics = map[string]int{"stars": 1, "forks": 1, "watchers": 1, "last-commit": 1, "issues": 1,
	"issues-raw": 1, "issues-closed": 1, "issues-pr": 1, "license": 1, "contributors": 1, "release": 1,
	"release-date": 1, "repo-size": 1, "code-size": 1, "downloads": 1, "commit-activity": 2, "v": 2, "languages": 2}
