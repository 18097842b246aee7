package extract

import "testing"

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, raw                  string
		url, kind, host, own, repo string
		path                       string
	}{
		{"plain repo", "https://github.com/OPTML-Group/Unlearn-Sparse", "https://github.com/OPTML-Group/Unlearn-Sparse", "code", "github.com", "OPTML-Group", "Unlearn-Sparse", ""},
		{"final period", "https://github.com/OPTML-Group/Unlearn-Sparse.", "https://github.com/OPTML-Group/Unlearn-Sparse", "code", "github.com", "OPTML-Group", "Unlearn-Sparse", ""},
		{"dot git", "https://github.com/selfsupervised-ai/Natural-GaLore.git", "https://github.com/selfsupervised-ai/Natural-GaLore", "code", "github.com", "selfsupervised-ai", "Natural-GaLore", ""},
		{"dot git and period", "https://github.com/a/b.git.", "https://github.com/a/b", "code", "github.com", "a", "b", ""},
		{"latex debris", "https://anonymous.4open.science/r/BIB-ICLR2023-Submission/README.md{here.}", "https://anonymous.4open.science/r/BIB-ICLR2023-Submission", "code", "anonymous.4open.science", "", "BIB-ICLR2023-Submission", "/README.md"},
		{"latex href", "https://github.com/a/b}{code}", "https://github.com/a/b", "code", "github.com", "a", "b", ""},
		{"closing paren", "https://github.com/a/b)", "https://github.com/a/b", "code", "github.com", "a", "b", ""},
		{"paren and period", "https://github.com/a/b).", "https://github.com/a/b", "code", "github.com", "a", "b", ""},
		{"balanced parens kept", "https://en.wikipedia.org/wiki/Lion_(optimizer)", "https://en.wikipedia.org/wiki/Lion_(optimizer)", "other", "en.wikipedia.org", "", "", ""},
		{"comma", "https://github.com/a/b,", "https://github.com/a/b", "code", "github.com", "a", "b", ""},
		{"semicolon", "https://github.com/a/b;", "https://github.com/a/b", "code", "github.com", "a", "b", ""},
		{"colon", "https://github.com/a/b:", "https://github.com/a/b", "code", "github.com", "a", "b", ""},
		{"single quote", "https://github.com/a/b'", "https://github.com/a/b", "code", "github.com", "a", "b", ""},
		{"markdown bold", "https://github.com/a/b**", "https://github.com/a/b", "code", "github.com", "a", "b", ""},
		{"html entity", "https://github.com/a/b&quot;", "https://github.com/a/b", "code", "github.com", "a", "b", ""},
		{"tree branch", "https://github.com/a/b/tree/main/src", "https://github.com/a/b", "code", "github.com", "a", "b", "/tree/main/src"},
		{"blob file", "https://github.com/a/b/blob/main/README.md", "https://github.com/a/b", "code", "github.com", "a", "b", "/blob/main/README.md"},
		{"issue", "https://github.com/a/b/issues/12", "https://github.com/a/b", "code", "github.com", "a", "b", "/issues/12"},
		{"readme fragment", "https://github.com/a/b#readme", "https://github.com/a/b", "code", "github.com", "a", "b", ""},
		{"query", "https://github.com/a/b?tab=readme-ov-file", "https://github.com/a/b", "code", "github.com", "a", "b", ""},
		{"trailing slash", "https://github.com/a/b/", "https://github.com/a/b", "code", "github.com", "a", "b", ""},
		{"http", "http://github.com/a/b", "https://github.com/a/b", "code", "github.com", "a", "b", ""},
		// A host linkgraph knows is asked over https; another as written.
		{"http arxiv", "http://arxiv.org/abs/2304.04934", "https://arxiv.org/abs/2304.04934", "paper", "arxiv.org", "", "", ""},
		{"http pages", "http://lab.github.io/x", "https://lab.github.io/x", "project", "lab.github.io", "", "", ""},
		{"http elsewhere", "http://example.org/x", "http://example.org/x", "other", "example.org", "", "", ""},
		{"www", "https://www.github.com/a/b", "https://github.com/a/b", "code", "github.com", "a", "b", ""},
		{"scheme-less", "github.com/a/b", "https://github.com/a/b", "code", "github.com", "a", "b", ""},
		{"www scheme-less", "www.github.com/a/b.", "https://github.com/a/b", "code", "github.com", "a", "b", ""},
		{"upper-case host", "HTTPS://GitHub.COM/Acme/Widget", "https://github.com/Acme/Widget", "code", "github.com", "Acme", "Widget", ""},
		{"org page", "https://github.com/OPTML-Group", "https://github.com/OPTML-Group", "org", "github.com", "OPTML-Group", "", ""},
		{"org page slash", "https://github.com/OPTML-Group/", "https://github.com/OPTML-Group", "org", "github.com", "OPTML-Group", "", ""},
		{"orgs path", "https://github.com/orgs/OPTML-Group/repositories", "https://github.com/OPTML-Group", "org", "github.com", "OPTML-Group", "", ""},
		{"github about", "https://github.com/about", "https://github.com/about", "other", "github.com", "", "", ""},
		{"github features", "https://github.com/features/copilot", "https://github.com/features/copilot", "other", "github.com", "", "", ""},
		{"github sponsors", "https://github.com/sponsors/someone", "https://github.com/sponsors/someone", "other", "github.com", "", "", ""},
		{"github topics", "https://github.com/topics/machine-unlearning", "https://github.com/topics/machine-unlearning", "other", "github.com", "", "", ""},
		{"github marketplace", "https://github.com/marketplace", "https://github.com/marketplace", "other", "github.com", "", "", ""},
		{"github login", "https://github.com/login", "https://github.com/login", "other", "github.com", "", "", ""},
		{"github root", "https://github.com", "https://github.com", "other", "github.com", "", "", ""},
		{"raw content", "https://raw.githubusercontent.com/a/b/main/x.py", "https://github.com/a/b", "code", "github.com", "a", "b", "/blob/main/x.py"},
		{"a paper's PDF in a repository", "https://raw.githubusercontent.com/mlresearch/v235/main/assets/a24a/a24a.pdf", "https://raw.githubusercontent.com/mlresearch/v235/main/assets/a24a/a24a.pdf", "paper", "raw.githubusercontent.com", "", "", ""},
		{"a PDF blob", "https://github.com/a/papers/blob/main/Survey.PDF", "https://github.com/a/papers/blob/main/Survey.PDF", "paper", "github.com", "", "", ""},
		{"gist", "https://gist.github.com/user/0123abcd", "https://gist.github.com/user/0123abcd", "code", "gist.github.com", "user", "0123abcd", ""},
		{"gitlab", "https://gitlab.com/group/project", "https://gitlab.com/group/project", "code", "gitlab.com", "group", "project", ""},
		{"gitlab nested", "https://gitlab.com/group/sub/project/-/tree/main", "https://gitlab.com/group/sub/project", "code", "gitlab.com", "group", "sub/project", "/tree/main"},
		{"gitlab old tree", "https://gitlab.com/group/project/tree/main", "https://gitlab.com/group/project", "code", "gitlab.com", "group", "project", "/tree/main"},
		{"gitlab group", "https://gitlab.com/group", "https://gitlab.com/group", "org", "gitlab.com", "group", "", ""},
		{"bitbucket", "https://bitbucket.org/team/repo/src/master/", "https://bitbucket.org/team/repo", "code", "bitbucket.org", "team", "repo", "/src/master"},
		{"codeberg", "https://codeberg.org/forgejo/forgejo", "https://codeberg.org/forgejo/forgejo", "code", "codeberg.org", "forgejo", "forgejo", ""},
		{"sourcehut", "https://git.sr.ht/~sircmpwn/hare/tree/master/item/README", "https://git.sr.ht/~sircmpwn/hare", "code", "git.sr.ht", "~sircmpwn", "hare", "/tree/master/item/README"},
		{"sourcehut owner", "https://git.sr.ht/~sircmpwn", "https://git.sr.ht/~sircmpwn", "org", "git.sr.ht", "~sircmpwn", "", ""},
		{"sourcehut without tilde", "https://git.sr.ht/about", "https://git.sr.ht/about", "other", "git.sr.ht", "", "", ""},
		{"gitee", "https://gitee.com/mindspore/mindspore.git", "https://gitee.com/mindspore/mindspore", "code", "gitee.com", "mindspore", "mindspore", ""},
		{"sourceforge", "https://sourceforge.net/projects/scipy/files/", "https://sourceforge.net/projects/scipy", "code", "sourceforge.net", "", "scipy", "/files"},
		{"anonymous", "https://anonymous.4open.science/r/X-1F2/", "https://anonymous.4open.science/r/X-1F2", "code", "anonymous.4open.science", "", "X-1F2", ""},
		{"hf model", "https://huggingface.co/meta-llama/Llama-2-7b", "https://huggingface.co/meta-llama/Llama-2-7b", "model", "huggingface.co", "meta-llama", "Llama-2-7b", ""},
		{"hf dataset", "https://huggingface.co/datasets/cais/wmdp/tree/main", "https://huggingface.co/datasets/cais/wmdp", "data", "huggingface.co", "cais", "wmdp", "/tree/main"},
		{"hf space", "https://huggingface.co/spaces/org/demo", "https://huggingface.co/spaces/org/demo", "demo", "huggingface.co", "org", "demo", ""},
		{"hf paper", "https://huggingface.co/papers/2402.12345", "https://huggingface.co/papers/2402.12345", "paper", "huggingface.co", "", "", ""},
		{"hf papers listing", "https://huggingface.co/papers?date=2024-03-11", "https://huggingface.co/papers?date=2024-03-11", "other", "huggingface.co", "", "", ""},
		{"hf trending papers", "https://huggingface.co/papers/trending", "https://huggingface.co/papers/trending", "other", "huggingface.co", "", "", ""},
		{"hf org", "https://huggingface.co/OPTML-Group", "https://huggingface.co/OPTML-Group", "org", "huggingface.co", "OPTML-Group", "", ""},
		{"zenodo", "https://zenodo.org/records/1234567", "https://zenodo.org/records/1234567", "data", "zenodo.org", "", "", ""},
		{"zenodo doi", "https://doi.org/10.5281/zenodo.1234567", "https://doi.org/10.5281/zenodo.1234567", "data", "doi.org", "", "", ""},
		{"figshare", "https://figshare.com/articles/dataset/x/123", "https://figshare.com/articles/dataset/x/123", "data", "figshare.com", "", "", ""},
		{"arxiv", "https://arxiv.org/abs/2301.12345v2.", "https://arxiv.org/abs/2301.12345v2", "paper", "arxiv.org", "", "", ""},
		{"doi", "https://doi.org/10.1145/3292500.3330701", "https://doi.org/10.1145/3292500.3330701", "paper", "doi.org", "", "", ""},
		{"openreview", "https://openreview.net/forum?id=abc", "https://openreview.net/forum?id=abc", "paper", "openreview.net", "", "", ""},
		{"acl anthology", "https://aclanthology.org/2023.acl-long.1.pdf", "https://aclanthology.org/2023.acl-long.1.pdf", "paper", "aclanthology.org", "", "", ""},
		{"acl anthology person", "https://aclanthology.org/people/z/zhengxin-zhang/", "https://aclanthology.org/people/z/zhengxin-zhang/", "other", "aclanthology.org", "", "", ""},
		{"arxiv author", "https://arxiv.org/a/smith_a_1", "https://arxiv.org/a/smith_a_1", "other", "arxiv.org", "", "", ""},
		{"dblp person", "https://dblp.org/pid/12/345.html", "https://dblp.org/pid/12/345.html", "other", "dblp.org", "", "", ""},
		{"openreview profile", "https://openreview.net/profile?id=~Ann_Smith1", "https://openreview.net/profile?id=~Ann_Smith1", "other", "openreview.net", "", "", ""},
		{"researchgate publication", "https://www.researchgate.net/profile/A-B/publication/1_T", "https://www.researchgate.net/profile/A-B/publication/1_T", "paper", "researchgate.net", "", "", ""},
		{"neurips proceedings", "https://proceedings.neurips.cc/paper/2021/hash/x-Abstract.html", "https://proceedings.neurips.cc/paper/2021/hash/x-Abstract.html", "paper", "proceedings.neurips.cc", "", "", ""},
		{"oxford academic", "https://academic.oup.com/nar/article/52/D1/D536/7334090", "https://academic.oup.com/nar/article/52/D1/D536/7334090", "paper", "academic.oup.com", "", "", ""},
		{"wiley journal", "https://advanced.onlinelibrary.wiley.com/doi/10.1002/advs.202511636", "https://advanced.onlinelibrary.wiley.com/doi/10.1002/advs.202511636", "paper", "advanced.onlinelibrary.wiley.com", "", "", ""},
		{"plos", "https://journals.plos.org/ploscompbiol/article?id=10.1371/journal.pcbi.1005485", "https://journals.plos.org/ploscompbiol/article?id=10.1371/journal.pcbi.1005485", "paper", "journals.plos.org", "", "", ""},
		{"cell", "https://www.cell.com/cell-systems/fulltext/S2405-4712(17)30389-7", "https://www.cell.com/cell-systems/fulltext/S2405-4712(17)30389-7", "paper", "cell.com", "", "", ""},
		{"github.io", "https://optml-group.github.io/x/", "https://optml-group.github.io/x/", "project", "optml-group.github.io", "", "", ""},
		{"google sites", "https://sites.google.com/view/x", "https://sites.google.com/view/x", "project", "sites.google.com", "", "", ""},
		{"other keeps query", "https://example.com/a?b=c#frag", "https://example.com/a?b=c", "other", "example.com", "", "", ""},
		{"other www kept in url", "www.example.com.", "https://www.example.com", "other", "example.com", "", "", ""},
		{"colab", "https://colab.research.google.com/drive/1x", "https://colab.research.google.com/drive/1x", "demo", "colab.research.google.com", "", "", ""},
		{"default port dropped", "https://github.com:443/a/b", "https://github.com/a/b", "code", "github.com", "a", "b", ""},
		{"shields badge is other", "https://img.shields.io/badge/code-github-blue", "https://img.shields.io/badge/code-github-blue", "other", "img.shields.io", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, ok := Normalize(tt.raw)
			if !ok {
				t.Fatalf("Normalize(%q) rejected the link", tt.raw)
			}
			got := []string{l.URL, string(l.Kind), l.Host, l.Owner, l.Repo, l.Path}
			want := []string{tt.url, tt.kind, tt.host, tt.own, tt.repo, tt.path}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("Normalize(%q):\n got %q\nwant %q", tt.raw, got, want)
					break
				}
			}
			if l.Raw != tt.raw {
				t.Errorf("Raw = %q, want %q", l.Raw, tt.raw)
			}
		})
	}
}

func TestNormalizeRejects(t *testing.T) {
	for _, raw := range []string{
		"", ".", "https://", "https://.", "ftp://github.com/a/b", "javascript:alert(1)",
		"https://user:pw@github.com/a/b", "https://-bad-.com/x", "https://nodot/x", "https://a..b/x",
		"file:///etc/passwd", "https://exa_mple.com/",
		// A list's own files, linked without a scheme, are no sites.
		"CONTRIBUTING.md", "notes.md#setup", "run.py", "paper.pdf?page=2", "demo.ipynb", "install.sh",
	} {
		t.Run(raw, func(t *testing.T) {
			if l, ok := Normalize(raw); ok {
				t.Errorf("Normalize(%q) = %+v, want rejection", raw, l)
			}
		})
	}
}

// TestNormalizeSchemeless keeps a site written without its scheme, even
// where its domain is also a file's extension, and a file's name that
// has a scheme.
func TestNormalizeSchemeless(t *testing.T) {
	for raw, want := range map[string]string{
		"hf.co/papers":          "https://hf.co/papers",
		"www.example.md/x":      "https://www.example.md/x",
		"ml.cs.example.md/pub":  "https://ml.cs.example.md/pub",
		"https://notes.md/x":    "https://notes.md/x",
		"github.com/lab/sparse": "https://github.com/lab/sparse",
		"example.org/paper.pdf": "https://example.org/paper.pdf",
	} {
		if l, ok := Normalize(raw); !ok || l.URL != want {
			t.Errorf("Normalize(%q) = %q, %v; want %q", raw, l.URL, ok, want)
		}
	}
}

func TestRepoIdentityIsCaseInsensitive(t *testing.T) {
	a, _ := Normalize("https://github.com/Acme/Widget")
	b, _ := Normalize("github.com/acme/widget.git")
	if a.RepoKey() != b.RepoKey() || a.RepoKey() != "github.com/acme/widget" {
		t.Errorf("RepoKey: got %q and %q, want both %q", a.RepoKey(), b.RepoKey(), "github.com/acme/widget")
	}
	if a.OrgKey() != "github.com/acme" {
		t.Errorf("OrgKey = %q, want %q", a.OrgKey(), "github.com/acme")
	}
	paper, _ := Normalize("https://arxiv.org/abs/2301.00001")
	if paper.RepoKey() != "" || paper.OrgKey() != "" {
		t.Errorf("a paper link has RepoKey %q, OrgKey %q; want none", paper.RepoKey(), paper.OrgKey())
	}
}

// TestBadgeRepo reads the repository a GitHub badge's picture counts, and
// nothing from other pictures.
func TestBadgeRepo(t *testing.T) {
	tests := []struct{ src, want string }{
		{"https://img.shields.io/github/stars/princeton-nlp/tree-of-thought-llm?style=social", "https://github.com/princeton-nlp/tree-of-thought-llm"},
		{"https://img.shields.io/github/stars/noahshinn/reflexion.svg?style=social&label=Star", "https://github.com/noahshinn/reflexion"},
		{"https://img.shields.io/github/last-commit/OPTML-Group/Unlearn-Sparse/main", "https://github.com/OPTML-Group/Unlearn-Sparse"},
		{"https://img.shields.io/github/commit-activity/m/a/b", "https://github.com/a/b"},
		{"https://img.shields.io/github/v/release/a/b.png", "https://github.com/a/b"},
		{"https://badgen.net/github/stars/a/b", "https://github.com/a/b"},
		{"https://img.shields.io/badge/arXiv-2023.02-red", ""},
		{"https://img.shields.io/github/stars/a", ""},
		{"https://img.shields.io/github/followers/someone", ""},
		{"https://img.shields.io/github/stars/a/b%20c", ""},
		{"https://example.org/github/stars/a/b", ""},
		{"https://img.shields.io/twitter/follow/a", ""},
	}
	for _, tt := range tests {
		if got := badgeRepo(tt.src); got != tt.want {
			t.Errorf("badgeRepo(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}
