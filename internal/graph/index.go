package graph

import (
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/linkgraph/linkgraph/internal/extract"
)

// Index holds what Build learns about a set of entries: which papers link
// which repositories, which owners hold them, which method names papers
// define and mention, and the text of each paper as TF-IDF vectors.
type Index struct {
	Papers []*extract.Entry

	repos map[string]*Repo // repo key -> repository
	orgs  map[string]*Org  // org key -> organisation
	// The text and name indexes cost most of the build; they are made on
	// first use, so that Orgs answers without them, and Related finds the
	// mentions of one paper without scanning for every paper's.
	namesOnce    sync.Once
	mentionsOnce sync.Once
	textOnce     sync.Once
	authorsOnce  sync.Once
	authors      *authorIndex
	names        *nameIndex
	namesOf      [][]string // by paper: the method names it owns
	titleName    []string   // by paper: the name its title gives its method ("CURE: ..."), owned or not, or ""
	mentions     []mention  // sorted by from, to, name
	text         *textIndex
}

// Repo is one repository, however many papers link it.
type Repo struct {
	Key    string // case-insensitive identity: "github.com/acme/widget"
	URL    string // canonical URL as first seen
	Org    string // the owning org's key, or ""
	Papers []int  // indexes into Index.Papers, ascending
}

// Org is an owner on a host, with the papers whose code it holds or whose
// text links its page.
type Org struct {
	Key   string // "github.com/optml-group"
	Name  string // "github.com/OPTML-Group", as first seen
	URL   string
	Repos []string // canonical URLs of its repositories, sorted case-insensitively
	// repoKeys are the repositories' keys, in Repos' order while the
	// index is built: "https://" and a key is a URL lower-cased.
	repoKeys []string
	Papers   []int // ascending
}

// Build indexes entries' links. Its cost, and that of the text and name
// indexes made when Related or Graph first needs them, is linear in the
// entries' total size.
func Build(entries []*extract.Entry) *Index {
	links := 0
	for _, e := range entries {
		links += len(e.Links)
	}
	ix := &Index{Papers: entries, repos: make(map[string]*Repo, links), orgs: map[string]*Org{}, names: newNameIndex()}
	// Repositories and owners are indexed at once, on two goroutines that
	// each read every link. An owner takes the repository of each of its
	// code links, repeats and all, and its list is folded once sorted.
	alongside(func() { ix.addRepos(entries, links) }, func() { ix.addOrgs(entries) })
	// Each owner's repositories sort apart from the others': on every core.
	orgs := make([]*Org, 0, len(ix.orgs))
	for _, o := range ix.orgs {
		orgs = append(orgs, o)
	}
	workers := runtime.GOMAXPROCS(0)
	parallel(workers, func(w int) {
		for _, o := range orgs[w*len(orgs)/workers : (w+1)*len(orgs)/workers] {
			o.Repos = sortOnceByKeys(o.Repos, o.repoKeys)
			o.repoKeys = nil
		}
	})
	return ix
}

// indexText makes the text index, once.
func (ix *Index) indexText() {
	ix.textOnce.Do(func() {
		ix.text = newTextIndex(len(ix.Papers), func(i int) (string, string) {
			return ix.Papers[i].Title, ix.Papers[i].Abstract
		})
	})
}

// addRepos indexes the repositories the entries' code links name, taking
// them from one block: one allocation, not one each.
func (ix *Index) addRepos(entries []*extract.Entry, links int) {
	block := make([]Repo, 0, links)
	for i, e := range entries {
		for j := range e.Links {
			l := &e.Links[j]
			if l.Kind != extract.KindCode {
				continue
			}
			key := l.RepoKey()
			if r := ix.repos[key]; r != nil {
				r.Papers = appendOnce(r.Papers, i)
				continue
			}
			if len(block) == cap(block) {
				block = make([]Repo, 0, 64)
			}
			block = append(block, Repo{Key: key, URL: l.URL, Org: l.OrgKey(), Papers: []int{i}})
			ix.repos[key] = &block[len(block)-1]
		}
	}
}

// addOrgs indexes the owners behind the entries' code and owner links,
// with their papers and, until Build folds them, the repository of each
// code link, in the order read.
func (ix *Index) addOrgs(entries []*extract.Entry) {
	for i, e := range entries {
		for j := range e.Links {
			l := &e.Links[j]
			orgKey := l.OrgKey()
			if orgKey == "" {
				continue
			}
			org := ix.orgs[orgKey]
			if org == nil {
				org = &Org{Key: orgKey, Name: l.Host + "/" + l.Owner, URL: "https://" + l.Host + "/" + l.Owner}
				ix.orgs[orgKey] = org
			}
			org.Papers = appendOnce(org.Papers, i)
			if l.Kind == extract.KindCode {
				org.Repos = append(org.Repos, l.URL)
				org.repoKeys = append(org.repoKeys, l.RepoKey())
			}
		}
	}
}

// sortOnceByKeys sorts urls as their keys sort, keeping the first of
// those that share a key, as a repository keeps the URL it was first seen
// with: keys[i] is the key of urls[i], which the URL lower-cased is
// ("https://" and the key), so that is the order of the URLs in either
// case, at no cost of lower-casing them. It returns the URLs kept, in urls.
func sortOnceByKeys(urls, keys []string) []string {
	if len(urls) < 2 {
		return urls
	}
	type keyed struct {
		key, url string
		at       int
	}
	list := make([]keyed, len(urls))
	for i := range urls {
		list[i] = keyed{keys[i], urls[i], i}
	}
	// One owner's keys share a long start ("github.com/owner/"), which
	// comparisons may skip.
	p := len(keys[0])
	for _, k := range keys[1:] {
		p = commonPrefix(keys[0][:p], k)
	}
	slices.SortFunc(list, func(a, b keyed) int {
		if c := strings.Compare(a.key[p:], b.key[p:]); c != 0 {
			return c
		}
		return a.at - b.at
	})
	urls = urls[:0]
	for i, k := range list {
		if i == 0 || k.key != list[i-1].key {
			urls = append(urls, k.url)
		}
	}
	return urls
}

// commonPrefix returns how many bytes a and b share at their start.
func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// appendOnce appends i unless it is already last: papers are added in
// ascending order, so that keeps the list free of repeats.
func appendOnce(list []int, i int) []int {
	if n := len(list); n > 0 && list[n-1] == i {
		return list
	}
	return append(list, i)
}

// indexNames learns every paper's method names and keeps each name for
// the earliest paper that defines it, once.
func (ix *Index) indexNames() {
	ix.namesOnce.Do(func() {
		// Finding names reads every abstract: spread it over the cores.
		n := len(ix.Papers)
		per := make([][]methodName, n)
		workers := max(1, min(runtime.GOMAXPROCS(0), n))
		parallel(workers, func(w int) {
			for i := w * n / workers; i < (w+1)*n/workers; i++ {
				per[i] = methodNames(ix.Papers[i].Title, ix.Papers[i].Abstract)
			}
		})
		definers := map[string][]int{}
		ix.titleName = make([]string, n)
		for i, names := range per {
			for _, m := range names {
				definers[m.name] = append(definers[m.name], i)
				if m.from == "title" {
					ix.titleName[i] = m.name
				}
			}
		}
		ix.namesOf = make([][]string, n)
		for _, name := range sortedNames(keysOf(definers)) {
			for _, p := range earliest(ix.Papers, definers[name]) {
				ix.names.add(name, p)
				ix.namesOf[p] = append(ix.namesOf[p], name)
			}
		}
	})
}

func keysOf[T any](m map[string]T) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

// namesIn returns the known method names standing in paper i's title or
// abstract, sorted.
func (ix *Index) namesIn(ni *nameIndex, i int) []string {
	e := ix.Papers[i]
	found := map[string]bool{}
	note := func(name string) { found[name] = true }
	ni.find(e.Title, note)
	ni.find(e.Abstract, note)
	return sortedNames(found)
}

// indexMentions finds, once, every place a paper names another's method.
func (ix *Index) indexMentions() {
	ix.indexNames()
	ix.mentionsOnce.Do(func() {
		for i := range ix.Papers {
			for _, name := range ix.namesIn(ix.names, i) {
				if ix.titleName[i] == name {
					continue // its own method's name, which another paper gave one too
				}
				for _, owner := range ix.names.owners[name] {
					if owner != i {
						ix.mentions = append(ix.mentions, mention{from: i, to: owner, name: name})
					}
				}
			}
		}
		sortMentions(ix.mentions)
	})
}

// mentionsOf finds the mentions from and to paper q alone: the names in
// q's text, and q's own names in the texts that contain them, which a
// substring search finds without tokenising every paper.
func (ix *Index) mentionsOf(q int) []mention {
	ix.indexNames()
	var out []mention
	for _, name := range ix.namesIn(ix.names, q) {
		if ix.titleName[q] == name {
			continue
		}
		for _, owner := range ix.names.owners[name] {
			if owner != q {
				out = append(out, mention{from: q, to: owner, name: name})
			}
		}
	}
	own := ix.namesOf[q]
	if len(own) > 0 {
		mine := newNameIndex()
		for _, n := range own {
			mine.add(n, q)
		}
		for i, e := range ix.Papers {
			if i == q || !containsAnyName(e.Title, own) && !containsAnyName(e.Abstract, own) {
				continue
			}
			for _, name := range ix.namesIn(mine, i) {
				if ix.titleName[i] != name {
					out = append(out, mention{from: i, to: q, name: name})
				}
			}
		}
	}
	sortMentions(out)
	return out
}

func containsAnyName(text string, names []string) bool {
	for _, n := range names {
		if strings.Contains(text, n) {
			return true
		}
	}
	return false
}

func sortMentions(ms []mention) {
	sort.Slice(ms, func(a, b int) bool {
		ma, mb := ms[a], ms[b]
		if ma.from != mb.from {
			return ma.from < mb.from
		}
		if ma.to != mb.to {
			return ma.to < mb.to
		}
		return ma.name < mb.name
	})
}

// earliest keeps, of the papers that define one name, those no other is
// known to be earlier than: the paper that introduced a method, not those
// that build on it. Dates are compared at the precision both give
// (extract.Earlier), so a paper dated by its month or year alone, as many
// paper lists date them, takes part. Papers without a date are kept only
// when no paper has one.
func earliest(entries []*extract.Entry, ps []int) []int {
	// A date is earlier than another when its first 4, 7 or 10 bytes,
	// no more than both have, are less: so it is enough to know the least
	// of each length's prefixes.
	var least [3]string // of the years, the months, the days
	for _, p := range ps {
		d := entries[p].When()
		for i, n := range datePrefixes {
			if len(d) >= n && (least[i] == "" || d[:n] < least[i]) {
				least[i] = d[:n]
			}
		}
	}
	if least[0] == "" {
		return ps
	}
	var out []int
	for _, p := range ps {
		d := entries[p].When()
		if d == "" {
			continue
		}
		later := false
		for i, n := range datePrefixes {
			if len(d) >= n && least[i] < d[:n] {
				later = true
			}
		}
		if !later {
			out = append(out, p)
		}
	}
	return out
}

// datePrefixes are the lengths of a year, a month and a day as
// extract.Entry.When writes them.
var datePrefixes = [3]int{len("2006"), len("2006-01"), len("2006-01-02")}

// Orgs returns the organisations that tie at least minPapers papers
// together, most papers first, then by name.
func (ix *Index) Orgs(minPapers int) []*Org {
	var out []*Org
	for _, o := range ix.orgs {
		if len(o.Papers) >= minPapers {
			out = append(out, o)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i].Papers) != len(out[j].Papers) {
			return len(out[i].Papers) > len(out[j].Papers)
		}
		return out[i].Key < out[j].Key
	})
	return out
}
