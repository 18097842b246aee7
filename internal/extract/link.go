package extract

import "strings"

// Kind classifies what a link points at.
type Kind string

// The kinds of link, from most to least interesting to linkgraph.
const (
	KindCode    Kind = "code"    // a source repository
	KindOrg     Kind = "org"     // an owner's page on a code or model host
	KindModel   Kind = "model"   // a model on Hugging Face
	KindData    Kind = "data"    // a data set or archived record
	KindDemo    Kind = "demo"    // a runnable demo (Spaces, Colab)
	KindPaper   Kind = "paper"   // a paper page (arXiv, DOI, proceedings)
	KindProject Kind = "project" // a project page
	KindOther   Kind = "other"   // anything else
)

// Link is one link found in a listing, normalised and classified.
type Link struct {
	// URL is the canonical address: for a repository, its root
	// (https://github.com/Owner/Repo) with any sub-path kept in Path.
	URL string `json:"url"`
	// Raw is the text the listing had, trailing punctuation and all.
	Raw  string `json:"raw"`
	Kind Kind   `json:"kind"`
	// Host is the lower-case host name, without "www.".
	Host string `json:"host"`
	// Owner and Repo name the repository (or model, data set, space) for
	// the hosts linkgraph knows; Owner alone names an organisation.
	Owner string `json:"owner"`
	Repo  string `json:"repo"`
	// Path is what followed the repository root ("/tree/main/src"), or "".
	Path string `json:"path"`
	// Official says whether Papers with Code marks the repository as the
	// authors' own; nil when the listing does not say.
	Official *bool `json:"is_official,omitempty"`

	// repoKey and orgKey are RepoKey and OrgKey, worked out once by
	// Normalize (on the extraction workers) and UnmarshalJSON; "" for links
	// made otherwise, whose keys are worked out when asked.
	repoKey, orgKey string
}

// RepoKey is the case-insensitive identity of the repository a code link
// points at ("github.com/acme/widget"), or "" for a link that is not code.
func (l Link) RepoKey() string {
	if l.repoKey != "" || l.Kind != KindCode {
		return l.repoKey
	}
	return strings.ToLower(l.Host + "/" + joinNonEmpty(l.Owner, l.Repo))
}

// OrgKey is the case-insensitive identity of the owner behind a code or org
// link ("github.com/optml-group"), or "" when there is none.
func (l Link) OrgKey() string {
	if l.orgKey != "" || (l.Kind != KindCode && l.Kind != KindOrg) || l.Owner == "" {
		return l.orgKey
	}
	return strings.ToLower(l.Host + "/" + l.Owner)
}

// setKeys works out RepoKey and OrgKey once. A link's URL is most often
// "https://" + its host, owner and repository, whose lower-cased form holds
// both keys: they are made from one lower-cased copy of it (none when it
// is lower case already), not from three joined strings each.
func (l *Link) setKeys() {
	l.repoKey, l.orgKey = "", ""
	body, ok := strings.CutPrefix(l.URL, "https://")
	if ok && l.Owner != "" && isASCII(l.Host) && isASCII(l.Owner) && l.isBody(body) {
		// The host and owner are ASCII, so the lower-cased body starts
		// with the lower-cased host and owner, byte for byte.
		lower := strings.ToLower(body)
		if l.Kind == KindCode {
			l.repoKey = lower
		}
		if l.Kind == KindCode || l.Kind == KindOrg {
			l.orgKey = lower[:len(l.Host)+1+len(l.Owner)]
		}
		return
	}
	l.repoKey, l.orgKey = l.RepoKey(), l.OrgKey()
}

// isBody reports whether body is l's host, owner and repository, joined
// with slashes.
func (l *Link) isBody(body string) bool {
	rest, ok := strings.CutPrefix(body, l.Host)
	if !ok || rest == "" || rest[0] != '/' {
		return false
	}
	if rest, ok = strings.CutPrefix(rest[1:], l.Owner); !ok {
		return false
	}
	if l.Repo == "" {
		return rest == ""
	}
	return len(rest) == 1+len(l.Repo) && rest[0] == '/' && rest[1:] == l.Repo
}

func joinNonEmpty(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "/" + b
}

// detach copies the strings of l that may be slices of the text it was
// found in into a, so that l does not keep that text in memory.
func (l *Link) detach(a *arena) {
	l.URL, l.Raw, l.Host = a.clone(l.URL), a.clone(l.Raw), a.clone(l.Host)
	l.Owner, l.Repo, l.Path = a.clone(l.Owner), a.clone(l.Repo), a.clone(l.Path)
}
