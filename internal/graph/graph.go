package graph

import (
	"cmp"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync/atomic"

	dgraph "github.com/dominikbraun/graph"
)

// Node kinds.
const (
	NodePaper = "paper"
	NodeRepo  = "repo"
	NodeOrg   = "org"
)

// Node is a vertex of the relationship graph.
type Node struct {
	ID        string `json:"id"`   // "paper:<entry id>", "repo:<key>", "org:<key>"
	Kind      string `json:"kind"` // paper, repo or org
	Label     string `json:"label"`
	URL       string `json:"url,omitempty"`
	Paper     int    `json:"-"` // index into Index.Papers, for paper nodes; -1 otherwise
	Community int    `json:"community"`
	// What a paper node's entry says, for filtering in other tools: its
	// date as precisely as the listing gives it (YYYY-MM-DD, YYYY-MM or
	// YYYY; "" when unknown), code status and authors' names (where the
	// listing gives them).
	Date       string   `json:"date,omitempty"`
	CodeStatus string   `json:"code_status,omitempty"`
	Authors    []string `json:"authors,omitempty"`
}

// Edge is a relationship between two nodes.
type Edge struct {
	Source   string  `json:"source"`
	Target   string  `json:"target"`
	Kind     string  `json:"kind"`
	Weight   float64 `json:"weight"`
	Evidence string  `json:"evidence"`
}

// Graph is the materialised relationship graph: nodes sorted by id, edges
// sorted by source, target and kind, so that output is deterministic.
type Graph struct {
	Nodes []Node
	Edges []Edge
	g     dgraph.Graph[string, Node]
}

// Options tune which relationships Graph materialises.
type Options struct {
	// SimilarTop keeps each paper's best similar-text neighbours; 0 means 3.
	SimilarTop int
	// MinSimilarity is the least cosine that makes a similar-text edge;
	// 0 means the package's MinSimilarity.
	MinSimilarity float64
	// MaxOrgClique bounds the owners whose papers are joined pairwise by
	// shared-org edges; papers under a larger owner are tied through its
	// org node only. 0 means 25.
	MaxOrgClique int
	// MaxAuthorClique is the same for authors and shared-author edges.
	// 0 means 25.
	MaxAuthorClique int
	// NoCommunities leaves every node in community 0, for a caller that
	// draws part of the graph and finds that part's communities itself
	// (AssignCommunities): on 100k papers, Louvain over the whole graph
	// takes 25 s.
	NoCommunities bool
}

func (o Options) withDefaults() Options {
	if o.SimilarTop == 0 {
		o.SimilarTop = 3
	}
	if o.MinSimilarity == 0 {
		o.MinSimilarity = MinSimilarity
	}
	if o.MaxOrgClique == 0 {
		o.MaxOrgClique = 25
	}
	if o.MaxAuthorClique == 0 {
		o.MaxAuthorClique = 25
	}
	return o
}

// PaperNodeID names the node of the paper with this entry id.
func PaperNodeID(entryID string) string { return "paper:" + entryID }

// RepoNodeID names the node of the repository with this key.
func RepoNodeID(key string) string { return "repo:" + key }

// OrgNodeID names the node of the organisation with this key.
func OrgNodeID(key string) string { return "org:" + key }

// Graph materialises every relationship into a graph built on
// github.com/dominikbraun/graph, with communities found by Louvain
// (unless opts.NoCommunities).
func (ix *Index) Graph(opts Options) (*Graph, error) {
	ix.indexText()
	ix.indexMentions()
	opts = opts.withDefaults()
	gr := &Graph{g: dgraph.New(func(n Node) string { return n.ID }, dgraph.Directed())}
	for i, e := range ix.Papers {
		n := Node{ID: PaperNodeID(e.ID), Kind: NodePaper, Label: e.Title, Paper: i, Date: e.When(), CodeStatus: string(e.CodeStatus), Authors: e.AuthorNames}
		if err := gr.addNode(n); err != nil {
			return nil, err
		}
	}
	for _, key := range sortedKeys(ix.repos) {
		r := ix.repos[key]
		if err := gr.addNode(Node{ID: RepoNodeID(key), Kind: NodeRepo, Label: strings.TrimPrefix(r.URL, "https://"), URL: r.URL, Paper: -1}); err != nil {
			return nil, err
		}
	}
	for _, key := range sortedKeys(ix.orgs) {
		o := ix.orgs[key]
		if err := gr.addNode(Node{ID: OrgNodeID(key), Kind: NodeOrg, Label: o.Name, URL: o.URL, Paper: -1}); err != nil {
			return nil, err
		}
	}
	ix.linkEdges(gr)
	ix.orgEdges(gr, opts)
	ix.authorEdges(gr, opts)
	ix.mentionEdges(gr)
	ix.similarEdges(gr, opts)
	sortEdges(gr.Edges)
	sort.Slice(gr.Nodes, func(i, j int) bool { return gr.Nodes[i].ID < gr.Nodes[j].ID })
	if !opts.NoCommunities {
		gr.AssignCommunities()
	}
	return gr, nil
}

func (gr *Graph) addNode(n Node) error {
	if err := gr.g.AddVertex(n); err != nil {
		return fmt.Errorf("graph: node %s: %w", n.ID, err)
	}
	gr.Nodes = append(gr.Nodes, n)
	return nil
}

// addEdge records an edge. The dominikbraun graph keeps one edge per
// ordered pair, with the kinds it carries as data; Edges keeps each kind.
func (gr *Graph) addEdge(e Edge) {
	gr.Edges = append(gr.Edges, e)
	if existing, err := gr.g.Edge(e.Source, e.Target); err == nil {
		kinds, _ := existing.Properties.Data.([]string)
		_ = gr.g.UpdateEdge(e.Source, e.Target, dgraph.EdgeData(append(kinds, e.Kind)))
		return
	}
	_ = gr.g.AddEdge(e.Source, e.Target, dgraph.EdgeData([]string{e.Kind}), dgraph.EdgeWeight(int(math.Round(e.Weight*1000))))
}

// Order is the number of nodes, as the underlying graph counts them.
func (gr *Graph) Order() (int, error) { return gr.g.Order() }

func (ix *Index) linkEdges(gr *Graph) {
	for i, e := range ix.Papers {
		pid := PaperNodeID(e.ID)
		for _, key := range ix.repoKeys(i) {
			gr.addEdge(Edge{Source: pid, Target: RepoNodeID(key), Kind: KindCode, Weight: 1, Evidence: "links " + ix.repos[key].URL})
		}
		for _, l := range e.Links {
			if l.Kind == "org" {
				gr.addEdge(Edge{Source: pid, Target: OrgNodeID(l.OrgKey()), Kind: KindLinksOrg, Weight: 1, Evidence: "links " + l.URL})
			}
		}
	}
	for _, key := range sortedKeys(ix.repos) {
		if r := ix.repos[key]; r.Org != "" {
			gr.addEdge(Edge{Source: RepoNodeID(key), Target: OrgNodeID(r.Org), Kind: KindOwnedBy, Weight: 1, Evidence: "owned by " + ix.orgs[r.Org].Name})
		}
	}
}

// orgEdges joins the papers of each shared repository and of each owner.
func (ix *Index) orgEdges(gr *Graph, opts Options) {
	sharedRepo := map[[2]int]bool{}
	for _, key := range sortedKeys(ix.repos) {
		r := ix.repos[key]
		eachPair(r.Papers, func(a, b int) {
			sharedRepo[[2]int{a, b}] = true
			gr.addEdge(ix.pairEdge(a, b, KindSharedRepo, sharedRepoStrength, "both link "+r.URL))
		})
	}
	for _, key := range sortedKeys(ix.orgs) {
		o := ix.orgs[key]
		if len(o.Papers) > opts.MaxOrgClique {
			continue
		}
		w := SharedOrgWeight(len(o.Papers))
		eachPair(o.Papers, func(a, b int) {
			if !sharedRepo[[2]int{a, b}] {
				gr.addEdge(ix.pairEdge(a, b, KindSharedOrg, w, fmt.Sprintf("code under %s (%d papers)", o.Name, len(o.Papers))))
			}
		})
	}
}

// pairEdge makes a symmetric edge between two papers, from the smaller id.
func (ix *Index) pairEdge(a, b int, kind string, w float64, evidence string) Edge {
	ida, idb := PaperNodeID(ix.Papers[a].ID), PaperNodeID(ix.Papers[b].ID)
	if idb < ida {
		ida, idb = idb, ida
	}
	return Edge{Source: ida, Target: idb, Kind: kind, Weight: round3(w), Evidence: evidence}
}

func eachPair(ps []int, fn func(a, b int)) {
	for i := 0; i < len(ps); i++ {
		for j := i + 1; j < len(ps); j++ {
			fn(ps[i], ps[j])
		}
	}
}

func (ix *Index) mentionEdges(gr *Graph) {
	for _, m := range ix.mentions {
		gr.addEdge(Edge{Source: PaperNodeID(ix.Papers[m.from].ID), Target: PaperNodeID(ix.Papers[m.to].ID),
			Kind: KindMentions, Weight: mentionStrength, Evidence: "names " + m.name})
	}
}

// exactCandidates is how many of a paper's best approximate neighbours get
// an exact cosine when similar-text edges are made.
const exactCandidates = 20

// candidatePostings is how many of a term's heaviest postings the
// candidate search for similar-text edges reads.
const candidatePostings = 200

// similarEdges keeps each paper's best text neighbours. Candidates come
// from the inverted index over each paper's heaviest terms, so the cost
// grows with the number of papers, not its square.
func (ix *Index) similarEdges(gr *Graph, opts Options) {
	// Each paper's most similar papers are worked out on every core; the
	// edges are then added in paper order, so the graph is the same
	// whatever the cores did first.
	best := make([][]similar, len(ix.Papers))
	var next atomic.Int64
	parallel(runtime.GOMAXPROCS(0), func(int) {
		acc := newScoreSheet(len(ix.Papers))
		for {
			d := int(next.Add(1) - 1)
			if d >= len(best) {
				return
			}
			best[d] = ix.mostSimilar(d, opts, acc)
		}
	})
	type pair struct{ a, b int }
	seen := map[pair]bool{}
	for d, list := range best {
		for _, c := range list {
			key := pair{min(d, c.doc), max(d, c.doc)}
			if seen[key] {
				continue
			}
			seen[key] = true
			gr.addEdge(ix.pairEdge(key.a, key.b, KindSimilarText, c.s, c.why))
		}
	}
}

// similar is a paper like another, how much (cosine) and why.
type similar struct {
	doc int
	s   float64
	why string
}

// mostSimilar returns the papers most like paper d, at most
// opts.SimilarTop of them, each at least opts.MinSimilarity, most similar
// first. acc is scratch space.
func (ix *Index) mostSimilar(d int, opts Options, acc *scoreSheet) []similar {
	acc.reset()
	ix.text.candidates(d, 24, candidatePostings, acc)
	byScore := func(a, b similar) int {
		if a.s != b.s {
			return cmp.Compare(b.s, a.s)
		}
		return a.doc - b.doc
	}
	// The approximate scores pick a few candidates; only those get an
	// exact cosine, so a common vocabulary cannot make this quadratic.
	var cands []similar
	for _, p := range acc.touched {
		if a := acc.score[p]; a >= opts.MinSimilarity/2 {
			cands = append(cands, similar{doc: int(p), s: a})
		}
	}
	slices.SortFunc(cands, byScore)
	if len(cands) > exactCandidates {
		cands = cands[:exactCandidates]
	}
	kept := cands[:0]
	for _, c := range cands {
		var words int
		if c.s, words = ix.text.cosine(d, c.doc); words >= minSharedWords {
			kept = append(kept, c)
		}
	}
	cands = kept
	slices.SortFunc(cands, byScore)
	var out []similar
	for k, c := range cands {
		if k == opts.SimilarTop || c.s < opts.MinSimilarity {
			break
		}
		a, b := min(d, c.doc), max(d, c.doc)
		c.why = "similar words: " + strings.Join(ix.text.sharedTerms(a, b, 4), ", ")
		out = append(out, c)
	}
	return out
}

func sortEdges(es []Edge) {
	sort.Slice(es, func(i, j int) bool {
		if es[i].Source != es[j].Source {
			return es[i].Source < es[j].Source
		}
		if es[i].Target != es[j].Target {
			return es[i].Target < es[j].Target
		}
		return es[i].Kind < es[j].Kind
	})
}

func sortedKeys[T any](m map[string]T) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
