package graph

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/linkgraph/linkgraph/internal/extract"
)

// Relationship kinds. They name graph edges and the reasons Related gives.
const (
	KindCode         = "code"          // paper -> repository it links
	KindOwnedBy      = "owned-by"      // repository -> organisation
	KindLinksOrg     = "links-org"     // paper -> organisation page it links
	KindSharedRepo   = "shared-repo"   // two papers link the same repository
	KindSharedOrg    = "shared-org"    // two papers' code lives under the same owner
	KindSharedAuthor = "shared-author" // two papers share an author
	KindMentions     = "mentions"      // paper A names paper B's method
	KindMentionedBy  = "mentioned-by"  // the reverse of mentions, in Related's reasons
	KindSimilarText  = "similar-text"  // similar titles and abstracts
)

// Strengths of each signal, from 0 to 1, combined as independent evidence.
const (
	sharedRepoStrength = 0.95
	mentionStrength    = 0.8
	// MinSimilarity is the least cosine similarity that counts as a reason.
	MinSimilarity = 0.08
)

// Reason is one piece of evidence that two papers are related.
type Reason struct {
	Kind   string  `json:"kind"`
	Detail string  `json:"detail"`
	Weight float64 `json:"-"`
}

// Related is a paper related to a query paper, with its score and reasons.
type Related struct {
	Paper   int
	Score   float64
	Reasons []Reason
}

// SharedOrgWeight is the weight of a shared-org tie under an owner with n
// papers: 1/ln(n), in the manner of Adamic and Adar, so that a giant
// organisation does not tie everything together.
func SharedOrgWeight(n int) float64 {
	if n < 2 {
		return 0
	}
	return 1 / math.Log(float64(n))
}

// sharedOrgStrength maps the weight to a strength below that of a shared
// repository: 0.87 for two papers, 0.55 for three, 0.26 for ten.
func sharedOrgStrength(n int) float64 {
	return math.Min(0.9, 0.6*SharedOrgWeight(n))
}

// Related ranks the papers related to paper q, best first, at most top.
func (ix *Index) Related(q, top int) []Related {
	// The method names' index is mostly work on one goroutine (maps of
	// names, the earliest paper of each), which the text index's, spread
	// over the cores, leaves room for: on 1M entries it took 3 s after it.
	alongside(ix.indexNames, ix.indexText)
	byPaper := map[int]*Related{}
	add := func(p int, r Reason) {
		if p == q {
			return
		}
		rel := byPaper[p]
		if rel == nil {
			rel = &Related{Paper: p}
			byPaper[p] = rel
		}
		rel.Reasons = append(rel.Reasons, r)
	}
	ix.repoReasons(q, add)
	ix.authorReasons(q, add)
	ix.mentionReasons(q, add)
	similar := ix.text.similarTo(q, MinSimilarity)
	docs := make([]int, 0, len(similar))
	for p := range similar {
		docs = append(docs, int(p))
	}
	sort.Ints(docs)
	for _, p := range docs {
		add(p, Reason{Kind: KindSimilarText, Weight: similar[int32(p)],
			Detail: "similar words: " + strings.Join(ix.text.sharedTerms(q, p, 4), ", ")})
	}
	out := make([]Related, 0, len(byPaper))
	for _, rel := range byPaper {
		rel.Score = combine(rel.Reasons)
		sortReasons(rel.Reasons)
		out = append(out, *rel)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return ix.Papers[out[i].Paper].ID < ix.Papers[out[j].Paper].ID
	})
	if top > 0 && len(out) > top {
		out = out[:top]
	}
	return out
}

// repoReasons finds the papers that share a repository or an owner with q.
func (ix *Index) repoReasons(q int, add func(int, Reason)) {
	sharedRepoOrgs := map[string]map[int]bool{}
	for _, key := range ix.repoKeys(q) {
		r := ix.repos[key]
		for _, p := range r.Papers {
			if p == q {
				continue
			}
			add(p, Reason{Kind: KindSharedRepo, Weight: sharedRepoStrength, Detail: "both link " + r.URL})
			if sharedRepoOrgs[r.Org] == nil {
				sharedRepoOrgs[r.Org] = map[int]bool{}
			}
			sharedRepoOrgs[r.Org][p] = true
		}
	}
	for _, key := range ix.orgKeys(q) {
		o := ix.orgs[key]
		n := len(o.Papers)
		for _, p := range o.Papers {
			if p == q || sharedRepoOrgs[key][p] {
				continue
			}
			add(p, Reason{Kind: KindSharedOrg, Weight: sharedOrgStrength(n),
				Detail: fmt.Sprintf("code under %s (%d papers)", o.Name, n)})
		}
	}
}

// mentionReasons finds the papers whose methods q names, and those that name q's.
func (ix *Index) mentionReasons(q int, add func(int, Reason)) {
	for _, m := range ix.mentionsOf(q) {
		if m.from == q {
			add(m.to, Reason{Kind: KindMentions, Weight: mentionStrength, Detail: "names its method " + m.name})
		} else {
			add(m.from, Reason{Kind: KindMentionedBy, Weight: mentionStrength, Detail: "names this paper's method " + m.name})
		}
	}
}

// repoKeys are the repositories paper p links, sorted.
func (ix *Index) repoKeys(p int) []string { return ix.linkKeys(p, extract.Link.RepoKey) }

// orgKeys are the owners behind paper p's links, sorted.
func (ix *Index) orgKeys(p int) []string { return ix.linkKeys(p, extract.Link.OrgKey) }

// linkKeys are the distinct non-empty keys of paper p's links, sorted.
func (ix *Index) linkKeys(p int, key func(extract.Link) string) []string {
	var keys []string
	for _, l := range ix.Papers[p].Links {
		if k := key(l); k != "" && !contains(keys, k) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// combine scores independent reasons: 1 - prod(1 - strength).
func combine(reasons []Reason) float64 {
	miss := 1.0
	for _, r := range reasons {
		miss *= 1 - math.Min(r.Weight, 1)
	}
	return math.Round((1-miss)*1000) / 1000
}

// reasonOrder ranks reason kinds for display: the strongest evidence first.
var reasonOrder = map[string]int{KindSharedRepo: 0, KindSharedOrg: 1, KindSharedAuthor: 2, KindMentions: 3, KindMentionedBy: 4, KindSimilarText: 5}

func sortReasons(rs []Reason) {
	sort.SliceStable(rs, func(i, j int) bool {
		if reasonOrder[rs[i].Kind] != reasonOrder[rs[j].Kind] {
			return reasonOrder[rs[i].Kind] < reasonOrder[rs[j].Kind]
		}
		return rs[i].Detail < rs[j].Detail
	})
}
