package graph

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/linkgraph/linkgraph/internal/extract"
)

// entry makes a test entry with the given title, abstract and date.
func entry(id, title, abstract, date string) *extract.Entry {
	x := extract.Entry{ID: id, Title: title, Abstract: abstract, Date: date, Authors: -1}
	for _, s := range extract.ScanLinks(title + " " + abstract) {
		if l, ok := extract.Normalize(s.Raw); ok {
			x.Links = append(x.Links, l)
		}
	}
	return &x
}

func sample(t testing.TB) []*extract.Entry {
	t.Helper()
	f, err := os.Open("../../testdata/daily-papers.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var es []*extract.Entry
	err = extract.New(extract.Options{}).Read(context.Background(), "daily-papers.txt", f,
		func(e *extract.Entry) error { es = append(es, e); return nil }, func(error) {})
	if err != nil {
		t.Fatal(err)
	}
	return es
}

func TestSharedOrgWeightDamping(t *testing.T) {
	tests := []struct {
		n    int
		want float64
	}{{1, 0}, {2, 1 / math.Ln2}, {3, 1 / math.Log(3)}, {100, 1 / math.Log(100)}}
	for _, tt := range tests {
		if got := SharedOrgWeight(tt.n); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("SharedOrgWeight(%d) = %v, want %v", tt.n, got, tt.want)
		}
	}
	if !(sharedOrgStrength(2) > sharedOrgStrength(3) && sharedOrgStrength(3) > sharedOrgStrength(50)) {
		t.Errorf("strength does not fall with owner size: %v %v %v", sharedOrgStrength(2), sharedOrgStrength(3), sharedOrgStrength(50))
	}
	if sharedOrgStrength(2) >= sharedRepoStrength {
		t.Errorf("a shared owner (%v) outweighs a shared repository (%v)", sharedOrgStrength(2), sharedRepoStrength)
	}
}

func TestSignals(t *testing.T) {
	es := []*extract.Entry{
		entry("a", "Alpha", "Code at https://github.com/Acme/one.", "2024-01-01"),
		entry("b", "Beta", "Code at github.com/acme/ONE.git too.", "2024-01-02"),
		entry("c", "Gamma", "Code at https://github.com/acme/two.", "2024-01-03"),
		entry("d", "Delta", "Unrelated text at https://github.com/other/x.", "2024-01-04"),
	}
	ix := Build(es)
	kinds := func(q, p int) []string {
		for _, r := range ix.Related(q, 10) {
			if r.Paper == p {
				var ks []string
				for _, rs := range r.Reasons {
					ks = append(ks, rs.Kind)
				}
				return ks
			}
		}
		return nil
	}
	if got := kinds(0, 1); !reflect.DeepEqual(got, []string{KindSharedRepo}) {
		t.Errorf("a-b reasons = %v, want only shared-repo (case-insensitive repo identity)", got)
	}
	if got := kinds(0, 2); !reflect.DeepEqual(got, []string{KindSharedOrg}) {
		t.Errorf("a-c reasons = %v, want shared-org", got)
	}
	if got := kinds(0, 3); got != nil {
		t.Errorf("a-d reasons = %v, want none", got)
	}
	orgs := ix.Orgs(2)
	if len(orgs) != 1 || orgs[0].Key != "github.com/acme" || len(orgs[0].Papers) != 3 || len(orgs[0].Repos) != 2 {
		t.Fatalf("Orgs(2) = %+v, want github.com/acme with 3 papers and 2 repos", orgs)
	}
}

// An owner's repositories are listed in the case of their first link,
// sorted as if lower-cased.
func TestOrgReposSortedCaseInsensitively(t *testing.T) {
	es := []*extract.Entry{
		entry("a", "A", "https://github.com/Acme/Zeta https://github.com/acme/alpha.", ""),
		entry("b", "B", "https://github.com/ACME/Beta and https://github.com/acme/zeta/tree/main.", ""),
		entry("c", "C", "https://gitlab.com/Group/Sub/Proj and https://gitlab.com/group/a.", ""),
	}
	ix := Build(es)
	got := map[string][]string{}
	for _, o := range ix.Orgs(1) {
		got[o.Key] = o.Repos
	}
	want := map[string][]string{
		"github.com/acme":  {"https://github.com/acme/alpha", "https://github.com/ACME/Beta", "https://github.com/Acme/Zeta"},
		"gitlab.com/group": {"https://gitlab.com/group/a", "https://gitlab.com/Group/Sub/Proj"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("repos = %q, want %q", got, want)
	}
}

func TestMentions(t *testing.T) {
	tests := []struct {
		name      string
		defTitle  string
		defAbs    string
		useAbs    string
		wantNamed string // "" for no mention
	}{
		{"title prefix", "ZO2: Scalable Fine-Tuning", "We study things.", "We compare with ZO2 on a GPU.", "ZO2"},
		{"expansion then acronym", "A Scheme", "We propose Cascades of Independently Recurrent Inference Machines (CIRIM).", "Unlike CIRIM, ours is fast.", "CIRIM"},
		{"name then expansion with latex", "Symbolic Discovery", "Our method discovers an algorithm, Lion (Evo\\textbf{Lved Sign Momentum}).", "We analyse why Lion works.", "Lion"},
		{"ordinary word at sentence start", "Symbolic Discovery", "Our method discovers an algorithm, Lion (EvoLved Sign Momentum).", "Lion cubs play. Nothing else here.", ""},
		{"case-sensitive", "ROOT: Rethinking Offline Optimization", "We study it.", "Root causes are many. The root is deep.", ""},
		{"whole words only", "ZO2: Scalable Fine-Tuning", "We study things.", "We use ZO2X and preZO2 here.", ""},
		{"others' acronyms are not names", "A Study", "The widely used Low-Rank Adaptation (LoRA) method is popular.", "LoRA is everywhere.", ""},
		{"common acronyms are not names", "A Study", "We train Large Language Models (LLMs).", "We also use LLMs.", ""},
		{"long title prefixes are not names", "Lion Secretly Solves Constrained Optimization: As Lyapunov Predicts", "We study it.", "Lion Secretly Solves Constrained Optimization again.", ""},
		{"a topic before the colon is not a name", "Unlearning in LLMs: A Survey", "We study it.", "We study unlearning in LLMs, Unlearning in LLMs matters.", ""},
		{"a kind of paper is not a name", "SoK: Machine Unlearning", "We study it.", "This SoK differs.", ""},
		{"three-word names still are", "SemEval-2025 Task 4: Unlearning", "We study it.", "We take part in SemEval-2025 Task 4 here.", "SemEval-2025 Task 4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := []*extract.Entry{entry("def", tt.defTitle, tt.defAbs, "2023-01-01"), entry("use", "Another Paper", tt.useAbs, "2023-06-01")}
			ix := Build(es)
			ix.indexMentions()
			var got string
			for _, m := range ix.mentions {
				if m.from == 1 && m.to == 0 {
					got = m.name
				}
			}
			// Related's targeted search must agree with the full scan.
			var targeted string
			for _, m := range ix.mentionsOf(0) {
				if m.from == 1 && m.to == 0 {
					targeted = m.name
				}
			}
			if targeted != got {
				t.Errorf("mentionsOf found %q, the full scan %q", targeted, got)
			}
			if got != tt.wantNamed {
				t.Errorf("mention = %q, want %q (names %v)", got, tt.wantNamed, methodNames(tt.defTitle, tt.defAbs))
			}
		})
	}
}

// TestSameTitleNameIsNoMention: two papers whose titles give their
// methods the same name ("CURE: ...") do not mention each other by it;
// a paper that only uses the name still mentions its first definer.
func TestSameTitleNameIsNoMention(t *testing.T) {
	es := []*extract.Entry{
		entry("first", "CURE: Class Unlearning", "We propose CURE for classes.", "2024-01-01"),
		entry("second", "CURE: Concept Removal", "CURE removes concepts.", "2025-01-01"),
		entry("user", "A Comparison", "We compare with CURE.", "2025-06-01"),
	}
	ix := Build(es)
	ix.indexMentions()
	var got []string
	for _, m := range ix.mentions {
		got = append(got, es[m.from].ID+" -> "+es[m.to].ID)
	}
	if want := []string{"user -> first"}; !reflect.DeepEqual(got, want) {
		t.Errorf("mentions %q, want %q", got, want)
	}
	var targeted []string
	for q := range es {
		for _, m := range ix.mentionsOf(q) {
			targeted = append(targeted, es[m.from].ID+" -> "+es[m.to].ID)
		}
	}
	// mentionsOf lists each mention from both of its papers.
	if want := []string{"user -> first", "user -> first"}; !reflect.DeepEqual(targeted, want) {
		t.Errorf("mentionsOf: %q, want %q", targeted, want)
	}
}

func TestNameBelongsToEarliestDefiner(t *testing.T) {
	es := []*extract.Entry{
		entry("late", "Later Work", "We revisit Lion (EvoLved Sign Momentum) and call it Lion (EvoLved Sign Momentum).", "2023-10-09"),
		entry("orig", "Symbolic Discovery", "Our method discovers Lion (EvoLved Sign Momentum).", "2023-02-13"),
	}
	ix := Build(es)
	ix.indexNames()
	if owners := ix.names.owners["Lion"]; !reflect.DeepEqual(owners, []int{1}) {
		t.Errorf("owners of Lion = %v, want [1], the earliest definer", owners)
	}
}

// Paper lists often date papers by month or year alone: the name still
// goes to the paper known to be earliest, and to each that may be.
func TestNameBelongsToEarliestPartlyDated(t *testing.T) {
	dated := func(id, text string) *extract.Entry {
		e := entry(id, "NPO: Negative Preference Optimization, "+id, "", "")
		e.DateText = text
		return e
	}
	tests := []struct {
		texts []string
		want  []int
	}{
		{[]string{"2024-10", "2024-04", "2025"}, []int{1}},
		{[]string{"2024-10", "2024", "March 2024"}, []int{1, 2}}, // 2024 may be before March
		{[]string{"2024-10", "2024-04-22", "2024-04"}, []int{1, 2}},
		{[]string{"", "2025", "soon"}, []int{1}},
		{[]string{"", "", "soon"}, []int{0, 1, 2}},
	}
	for _, tt := range tests {
		var es []*extract.Entry
		for i, text := range tt.texts {
			es = append(es, dated(strconv.Itoa(i), text))
		}
		ix := Build(es)
		ix.indexNames()
		if owners := ix.names.owners["NPO"]; !reflect.DeepEqual(owners, tt.want) {
			t.Errorf("dates %q: owners of NPO = %v, want %v", tt.texts, owners, tt.want)
		}
	}
}

func TestFind(t *testing.T) {
	ix := Build([]*extract.Entry{
		entry("p1", "Machine Unlearning One", "Code: https://github.com/a/one.", ""),
		entry("p2", "Machine Unlearning Two", "Paper: https://arxiv.org/abs/2304.04934v2, slides https://example.org/talk.pdf", ""),
		entry("p3", "Machine Unlearning", "", ""),
		entry("p4", "Who’s Harry Potter? Approximate Unlearning in LLMs", "", ""),
		entry("p5", "Fine-Tuning in C++: A Study", "", ""),
		entry("p6", "Revisiting Who's Harry Potter", "", ""),
	})
	tests := []struct {
		query string
		want  int
		err   error
	}{
		{"p2", 1, nil},
		{"unlearning one", 0, nil},
		{"machine unlearning", 2, nil}, // an exact title wins over parts
		{"https://github.com/A/One.git", 0, nil},
		{"Unlearning", 0, ErrAmbiguous},
		{"nothing like it", 0, ErrNoMatch},
		{"https://github.com/a/unknown", 0, ErrNoMatch},
		// Any other link a paper has names it; an arXiv link in any version.
		{"arxiv.org/pdf/2304.04934v1", 1, nil},
		{"https://arxiv.org/abs/2304.04934", 1, nil},
		{"https://example.org/talk.pdf", 1, nil},
		{"https://example.org/other.pdf", 0, ErrNoMatch},
		{"https://arxiv.org/abs/2401.00001", 0, ErrNoMatch},
		{"  ", 0, ErrNoMatch},
		// Punctuation and spacing do not count, nor the apostrophe's
		// shape; other symbols do.
		{"whos harry potter  approximate", 3, nil},
		{"Who's Harry Potter Approximate Unlearning in LLMs", 3, nil},
		{"who's harry potter", 0, ErrAmbiguous},
		{"fine tuning in c++", 4, nil},
		{"C++", 4, nil},
		{"C++:", 4, nil},
		{"in c#", 0, ErrNoMatch},
		{"?!", 0, ErrNoMatch},
		// Every word of the query in a title, in any order, whole or as
		// a word's start.
		{"unlearning machine two", 1, nil},
		{"approx potter", 3, nil},
		{"potter harry", 0, ErrAmbiguous},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got, err := ix.Find(tt.query)
			if !errors.Is(err, tt.err) || (err == nil && got != tt.want) {
				t.Errorf("Find(%q) = %d, %v; want %d, %v", tt.query, got, err, tt.want, tt.err)
			}
		})
	}
	_, err := ix.Find("Unlearning")
	if msg := err.Error(); !strings.Contains(msg, "p1  Machine Unlearning One") || !strings.Contains(msg, "4 papers") {
		t.Errorf("ambiguity error does not list candidates: %s", msg)
	}
	// A query no title matches names the titles nearest it: most words
	// in common by their first five letters, whole words counting more.
	_, err = ix.Find("unlearnings approximation")
	var nm *NoMatchError
	if !errors.As(err, &nm) || len(nm.Suggestions) != 4 || nm.Suggestions[0].ID != "p4" || !strings.Contains(err.Error(), "the nearest titles:\n  p4  Who’s Harry Potter") {
		t.Errorf("Find(\"unlearnings approximation\") = %v, want the four unlearning papers, p4 first", err)
	}
	if _, err := ix.Find("quantum gravity"); err == nil || err.Error() != `no paper matches "quantum gravity"` {
		t.Errorf("Find(\"quantum gravity\") = %v, want no match and no titles", err)
	}
}

// TestSampleRanking checks the rankings a reader of the sample expects.
func TestSampleRanking(t *testing.T) {
	es := sample(t)
	ix := Build(es)
	find := func(q string) int {
		i, err := ix.Find(q)
		if err != nil {
			t.Fatal(err)
		}
		return i
	}
	titles := func(rs []Related) []string {
		var out []string
		for _, r := range rs {
			out = append(out, es[r.Paper].Title)
		}
		return out
	}
	cf := ix.Related(find("Challenging Forgets"), 10)
	top2 := titles(cf[:2])
	for _, want := range []string{"Model Sparsity Can Simplify Machine Unlearning", "Towards LLM Unlearning Resilient to Relearning Attacks: A Sharpness-Aware Minimization Perspective and Beyond"} {
		if !contains(top2, want) {
			t.Errorf("Challenging Forgets: top two %q, want %q among them", top2, want)
		}
	}
	for _, r := range cf[:2] {
		if r.Reasons[0].Kind != KindSharedOrg {
			t.Errorf("first reason %q, want shared-org", r.Reasons[0].Kind)
		}
	}
	lion := ix.Related(find("Lion Secretly"), 10)
	if len(lion) == 0 || es[lion[0].Paper].Title != "Symbolic Discovery of Optimization Algorithms" || lion[0].Reasons[0].Kind != KindMentions {
		t.Errorf("Lion Secretly: got %q, want Symbolic Discovery first with reason mentions", titles(lion))
	}
	mri := ix.Related(find("Assessment of Data Consistency"), 1)
	if len(mri) == 0 || !strings.HasPrefix(es[mri[0].Paper].Title, "Recurrent Variational Network") {
		t.Errorf("the MRI papers do not find each other first: %q", titles(mri))
	}
	orgs := ix.Orgs(2)
	var names []string
	for _, o := range orgs {
		names = append(names, o.Name)
	}
	if !reflect.DeepEqual(names, []string{"github.com/OPTML-Group", "github.com/cuong-dm"}) {
		t.Errorf("Orgs(2) = %q, want OPTML-Group then cuong-dm", names)
	}
}

func TestGraphDeterministicAndComplete(t *testing.T) {
	es := sample(t)
	g1, err := Build(es).Graph(Options{})
	if err != nil {
		t.Fatal(err)
	}
	g2, _ := Build(es).Graph(Options{})
	if !reflect.DeepEqual(g1.Nodes, g2.Nodes) || !reflect.DeepEqual(g1.Edges, g2.Edges) {
		t.Fatal("two builds of the same entries differ")
	}
	if n, _ := g1.Order(); n != len(g1.Nodes) {
		t.Errorf("underlying graph has %d nodes, Nodes %d", n, len(g1.Nodes))
	}
	count := map[string]int{}
	for _, n := range g1.Nodes {
		count[n.Kind]++
	}
	if count[NodePaper] != 59 || count[NodeRepo] != 16 || count[NodeOrg] != 12 {
		t.Errorf("node kinds %v, want 59 papers, 16 repos, 12 orgs", count)
	}
	ek := map[string]int{}
	for _, e := range g1.Edges {
		ek[e.Kind]++
	}
	if ek[KindCode] != 16 || ek[KindOwnedBy] != 15 || ek[KindSharedOrg] != 4 || ek[KindMentions] < 1 || ek[KindSimilarText] == 0 {
		t.Errorf("edge kinds %v: want 16 code, 15 owned-by, 4 shared-org (3 OPTML pairs + 1 cuong-dm), mentions and similar-text", ek)
	}
}

// A paper node carries its date as precisely as the listing gives it.
func TestPaperNodeDate(t *testing.T) {
	es := []*extract.Entry{entry("day", "A Paper", "", "2024-03-11"), entry("month", "B Paper", "", ""), entry("none", "C Paper", "", "")}
	es[1].DateText = "2026-08"
	es[2].DateText = "soon"
	g, err := Build(es).Graph(Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, n := range g.Nodes {
		got[n.ID] = n.Date
	}
	want := map[string]string{"paper:day": "2024-03-11", "paper:month": "2026-08", "paper:none": ""}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("node dates %q, want %q", got, want)
	}
}

func TestLargeOwnerIsNotACliques(t *testing.T) {
	var es []*extract.Entry
	for i := 0; i < 40; i++ {
		es = append(es, entry(strings.Repeat("x", i+1), "Paper", "https://github.com/giant/repo"+strings.Repeat("x", i+1), ""))
	}
	g, err := Build(es).Graph(Options{MaxOrgClique: 25})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range g.Edges {
		if e.Kind == KindSharedOrg {
			t.Fatalf("an owner with 40 papers made a shared-org edge %+v", e)
		}
	}
}

func FuzzBuild(f *testing.F) {
	f.Add("ZO2: A", "We propose Cascades Of Things (COT). https://github.com/a/b", "B", "Unlike COT and ZO2, (x) ( ) (", "2024-01-01")
	f.Add("", "", "", "", "")
	f.Add("((((", "Lion (EvoLved)) (A) ()", ":", "\\textbf{", "x")
	f.Fuzz(func(t *testing.T, t1, a1, t2, a2, date string) {
		es := []*extract.Entry{entry("one", t1, a1, date), entry("two", t2, a2, ""), entry("three", t1, a2, date)}
		// The titles stand for authors' names too.
		es[0].AuthorNames, es[1].AuthorNames, es[2].AuthorNames = []string{t1, t2}, []string{t2, t2}, []string{date, t1}
		ix := Build(es)
		for q := range es {
			for _, r := range ix.Related(q, 5) {
				if r.Paper == q || r.Score < 0 || r.Score > 1 || len(r.Reasons) == 0 {
					t.Fatalf("bad related %+v for %d", r, q)
				}
			}
		}
		g, err := ix.Graph(Options{})
		if err != nil {
			t.Fatal(err)
		}
		// Thinning keeps every node and every edge but ties; a query
		// names a paper or says why not.
		thin := g.ThinTies(1, "")
		untied := func(g *Graph) (n int) {
			for _, e := range g.Edges {
				if e.Kind != KindSharedAuthor && e.Kind != KindSharedOrg {
					n++
				}
			}
			return n
		}
		if len(thin.Nodes) != len(g.Nodes) || untied(thin) != untied(g) || len(thin.Edges) > len(g.Edges) {
			t.Fatalf("ThinTies: %d nodes, %d edges of %d, %d", len(thin.Nodes), len(thin.Edges), len(g.Nodes), len(g.Edges))
		}
		for _, q := range []string{t2, a2, date} {
			if i, err := ix.Find(q); err == nil && (i < 0 || i >= len(es)) || err != nil && !errors.Is(err, ErrNoMatch) && !errors.Is(err, ErrAmbiguous) {
				t.Fatalf("Find(%q) = %d, %v", q, i, err)
			}
		}
	})
}

func TestTokens(t *testing.T) {
	var got []string
	forEachToken("Our code: https://github.com/a/b. Studies of Networks, MRI and ÉTUDES; 2024 is not a word; x1 Müller's bias; LLMs, GANs, GPUs, loss, gas, plus corpus", func(s string) { got = append(got, s) })
	want := []string{"network", "mri", "étude", "word", "müller", "bias", "llm", "gan", "gpu", "loss", "gas", "plus", "corpus"} // "study" is a stop word
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokens %q, want %q", got, want)
	}
}

// TestHyphenPrefixes: a prefix and the word after its hyphen are one term,
// shown as written and the same as the word written solid; other hyphens
// part words.
func TestHyphenPrefixes(t *testing.T) {
	var got []string
	var hashes []uint64
	new(termReader).forEachTerm("Fine-tuning pre-trained Non-IID low-rank re-ID self-Attention finetuning pre- non-x multi-task-free Überself-supervised",
		func(term []byte, h uint64) { got = append(got, string(term)); hashes = append(hashes, h) })
	want := []string{"fine-tuning", "pre-trained", "non-iid", "rank", "re-id", "self-attention", "finetuning",
		"multi-task", "free", "überself", "supervised"} // "pre" and "non" alone are stop words
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("terms %q, want %q", got, want)
	}
	if hashes[0] != hashes[6] || hashes[0] != hashTerm("finetuning") {
		t.Errorf("fine-tuning and finetuning are different terms")
	}
}

// TestMostConnected keeps the papers with the most relationships, each
// with its repositories and owners, within the budget; a paper whose
// parts do not fit is passed over for a smaller one.
func TestMostConnected(t *testing.T) {
	n := func(id, kind string) Node { return Node{ID: id, Kind: kind} }
	gr := &Graph{
		Nodes: []Node{n("org:o", NodeOrg), n("paper:a", NodePaper), n("paper:b", NodePaper), n("paper:c", NodePaper),
			n("paper:d", NodePaper), n("repo:o/a", NodeRepo), n("repo:o/b", NodeRepo), n("repo:x/c", NodeRepo), n("org:x", NodeOrg)},
		Edges: []Edge{
			{Source: "paper:a", Target: "repo:o/a", Kind: KindCode, Weight: 1},
			{Source: "repo:o/a", Target: "org:o", Kind: KindOwnedBy, Weight: 1},
			{Source: "paper:a", Target: "paper:b", Kind: KindSimilarText, Weight: 0.5},
			{Source: "paper:b", Target: "repo:o/b", Kind: KindCode, Weight: 1},
			{Source: "repo:o/b", Target: "org:o", Kind: KindOwnedBy, Weight: 1},
			{Source: "paper:c", Target: "repo:x/c", Kind: KindCode, Weight: 1},
			{Source: "repo:x/c", Target: "org:x", Kind: KindOwnedBy, Weight: 1},
		},
	}
	ids := func(g *Graph) []string {
		var out []string
		for _, n := range g.Nodes {
			out = append(out, n.ID)
		}
		return out
	}
	tests := []struct {
		max  int
		want []string
	}{
		{0, ids(gr)},
		{9, ids(gr)},
		// a (1.5) with its repository and owner, then b (1.5) adds its
		// repository; c's three do not fit, d alone does.
		{6, []string{"org:o", "paper:a", "paper:b", "paper:d", "repo:o/a", "repo:o/b"}},
		{3, []string{"org:o", "paper:a", "repo:o/a"}},
	}
	for _, tt := range tests {
		got := gr.MostConnected(tt.max)
		if !reflect.DeepEqual(ids(got), tt.want) {
			t.Errorf("MostConnected(%d) = %q, want %q", tt.max, ids(got), tt.want)
		}
		for _, e := range got.Edges {
			if !slices.Contains(ids(got), e.Source) || !slices.Contains(ids(got), e.Target) {
				t.Errorf("MostConnected(%d) kept edge %s -> %s without its ends", tt.max, e.Source, e.Target)
			}
		}
	}
}

// Papers are similar by their text only when they share two words or more
// that are not common in the listing: titles alone that share one word
// ("Mitigating ...") say nothing of what two papers are about. Before, one
// word made most of the similar-text pairs of a list without abstracts.
// TestThinTies keeps each paper's strongest ties of a kind, the nearest
// in the listing among equals, with those that keep its group joined, and
// every edge of other kinds: six papers by one author (a clique of 15
// ties), a seventh that shares a second author with the fifth, more
// strongly: each keeps one, and the tie of the fourth and fifth joins the
// two chains they make.
func TestThinTies(t *testing.T) {
	var gr Graph
	for i := range 7 {
		gr.Nodes = append(gr.Nodes, Node{ID: fmt.Sprintf("paper:%d", i), Kind: NodePaper, Paper: i})
	}
	tie := func(a, b int, kind string, w float64) Edge {
		return Edge{Source: fmt.Sprintf("paper:%d", a), Target: fmt.Sprintf("paper:%d", b), Kind: kind, Weight: w}
	}
	for a := range 6 {
		for b := a + 1; b < 6; b++ {
			gr.Edges = append(gr.Edges, tie(a, b, KindSharedAuthor, 0.3))
		}
	}
	gr.Edges = append(gr.Edges, tie(4, 6, KindSharedAuthor, 0.6), tie(0, 5, KindSimilarText, 0.2), tie(1, 3, KindSharedOrg, 0.4))
	var got []string
	for _, e := range gr.ThinTies(1, "").Edges {
		got = append(got, e.Source+"-"+e.Target+" "+e.Kind)
	}
	want := []string{
		"paper:0-paper:1 shared-author", // 0's nearest, and 1's
		"paper:1-paper:2 shared-author", // 2's nearest (as near as 3, an earlier edge)
		"paper:2-paper:3 shared-author", // 3's
		"paper:3-paper:4 shared-author", // no paper's own: it joins 0-3 to 4, 5 and 6
		"paper:4-paper:5 shared-author", // 5's
		"paper:4-paper:6 shared-author", // the strongest, 4's and 6's
		"paper:0-paper:5 similar-text",
		"paper:1-paper:3 shared-org",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ThinTies(1):\n got %q\nwant %q", got, want)
	}
	// Around paper 0, all its ties stay.
	around := 0
	for _, e := range gr.ThinTies(1, "paper:0").Edges {
		if e.Kind == KindSharedAuthor && e.Source == "paper:0" {
			around++
		}
	}
	if around != 5 {
		t.Errorf("ThinTies(1, paper:0) kept %d of paper 0's 5 ties", around)
	}
	if all := gr.ThinTies(0, ""); len(all.Edges) != len(gr.Edges) {
		t.Errorf("ThinTies(0) kept %d of %d edges", len(all.Edges), len(gr.Edges))
	}
	if all := gr.ThinTies(5, ""); len(all.Edges) != len(gr.Edges) {
		t.Errorf("ThinTies(5) kept %d of %d edges: each tie is among one of its papers' five strongest", len(all.Edges), len(gr.Edges))
	}
}

func TestSimilarNeedsTwoWords(t *testing.T) {
	es := []*extract.Entry{
		entry("a", "Mitigating Catastrophic Interference", "", ""),
		entry("b", "Mitigating Label Noise", "", ""),
		entry("c", "Catastrophic Interference in Sequential Learners", "", ""),
		entry("d", "Label Noise Robust Training", "", ""),
	}
	ix := Build(es)
	var related []string
	for _, r := range ix.Related(0, 10) {
		related = append(related, ix.Papers[r.Paper].ID)
	}
	if !reflect.DeepEqual(related, []string{"c"}) {
		t.Errorf("related to a: %v, want [c] (b shares only \"mitigating\")", related)
	}
	g, err := ix.Graph(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var pairs []string
	for _, e := range g.Edges {
		if e.Kind == KindSimilarText {
			pairs = append(pairs, e.Source+" "+e.Target)
		}
	}
	if want := []string{"paper:a paper:c", "paper:b paper:d"}; !reflect.DeepEqual(pairs, want) {
		t.Errorf("similar-text pairs %v, want %v", pairs, want)
	}
}

// TestCommunities: the sample's communities are numbered by size, the
// largest 0, and the three papers under OPTML-Group share one; a graph
// built without them has none until AssignCommunities finds the same.
func TestCommunities(t *testing.T) {
	ix := Build(sample(t))
	g, err := ix.Graph(Options{})
	if err != nil {
		t.Fatal(err)
	}
	sizes := map[int]int{}
	of := map[string]int{}
	for _, n := range g.Nodes {
		sizes[n.Community]++
		of[n.ID] = n.Community
	}
	for c := 1; c < len(sizes); c++ {
		if sizes[c] > sizes[c-1] {
			t.Errorf("community %d has %d nodes, more than community %d's %d", c, sizes[c], c-1, sizes[c-1])
		}
	}
	optml := []string{"paper:challenging-forgets-unveiling-the-worst-case-forget-sets-in",
		"paper:model-sparsity-can-simplify-machine-unlearning",
		"paper:towards-llm-unlearning-resilient-to-relearning-attacks-a"}
	for _, id := range optml[1:] {
		if c, ok := of[id]; !ok || c != of[optml[0]] {
			t.Errorf("%s in community %d, %s in %d", id, c, optml[0], of[optml[0]])
		}
	}
	bare, err := ix.Graph(Options{NoCommunities: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range bare.Nodes {
		if n.Community != 0 {
			t.Fatalf("%s in community %d without communities", n.ID, n.Community)
		}
	}
	bare.AssignCommunities()
	for _, n := range bare.Nodes {
		if n.Community != of[n.ID] {
			t.Errorf("%s: community %d, then %d", n.ID, of[n.ID], n.Community)
		}
	}
}
