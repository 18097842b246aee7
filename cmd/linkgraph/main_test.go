package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/linkgraph/linkgraph/internal/testgen"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"linkgraph": main})
}

// TestScripts runs the CLI scenarios in testdata/script. Each script's work
// directory holds the sample listing as sample.txt.
func TestScripts(t *testing.T) {
	sample, err := os.ReadFile("../../testdata/daily-papers.txt")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			return os.WriteFile(filepath.Join(env.WorkDir, "sample.txt"), sample, 0o644)
		},
		Condition: func(cond string) (bool, error) {
			if cond == "race" {
				return raceEnabled, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"bigline":    cmdBigLine,
			"validjson":  cmdValidJSON,
			"magic":      cmdMagic,
			"fakegithub": cmdFakeGitHub,
			"genlisting": cmdGenListing,
			"waitfor":    cmdWaitFor,
		},
	})
}

// cmdWaitFor waits until FILE exists, for at most a minute, however
// slowly a loaded machine runs the command that makes it: waitfor FILE.
func cmdWaitFor(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: waitfor FILE")
	}
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if _, err := os.Stat(ts.MkAbs(args[0])); err == nil {
			return
		}
	}
	ts.Fatalf("%s did not appear within a minute", args[0])
}

// cmdBigLine writes a file whose middle line is N megabytes long, between
// two good entries, in the format FILE's name ends with (.md, .bib, or
// else Daily Papers text): bigline FILE N.
func cmdBigLine(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: bigline FILE MEGABYTES")
	}
	mb, err := strconv.Atoi(args[1])
	ts.Check(err)
	first, second := "First Good Title\n\nFirst abstract, https://github.com/a/first.\n\n", "\n\nSecond Good Title\n\nSecond abstract.\n"
	switch filepath.Ext(args[0]) {
	case ".md":
		first, second = "# Papers\n\n- [First Good Title](https://github.com/a/first)\n", "\n- [Second Good Title](https://arxiv.org/abs/2301.00002)\n"
	case ".bib":
		first, second = "@article{first, title={First Good Title}, url={https://github.com/a/first}}\n", "\n@article{second, title={Second Good Title}}\n"
	}
	var b bytes.Buffer
	b.WriteString(first)
	b.WriteString(strings.Repeat("x", mb<<20))
	b.WriteString(second)
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), b.Bytes(), 0o644))
}

// cmdValidJSON fails unless FILE holds one JSON value: validjson FILE.
func cmdValidJSON(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: validjson FILE")
	}
	data := ts.ReadFile(args[0])
	if ok := json.Valid([]byte(data)); ok == neg {
		ts.Fatalf("json.Valid = %v", ok)
	}
}

// cmdFakeGitHub starts a fake GitHub on loopback for the rest of the
// script and sets $FAKE to its URL: /acme/ok and the places check.txtar
// finds answer 200, /acme/old redirects permanently to /acme/new,
// /acme/zzz-hang never answers (and writes the file hang.asked in the
// script's directory when asked), /acme/busy is rate limited (429),
// anything else is 404.
func cmdFakeGitHub(ts *testscript.TestScript, neg bool, args []string) {
	asked := ts.MkAbs("hang.asked")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.EscapedPath() {
		case "/acme/ok", "/acme/new", "/acme/ok/blob/main/here.py", "/grp/sub/ok", "/grp/sub/ok/-/tree/main/here", "/o/r", "/o/r/src/branch/main/a%20b.py":
			w.WriteHeader(200)
		case "/acme/zzz-hang":
			os.WriteFile(asked, nil, 0o644)
			<-r.Context().Done()
		case "/acme/busy":
			w.WriteHeader(http.StatusTooManyRequests)
		case "/acme/old":
			http.Redirect(w, r, "/acme/new", http.StatusMovedPermanently)
		default:
			w.WriteHeader(404)
		}
	}))
	ts.Defer(srv.Close)
	ts.Setenv("FAKE", srv.URL)
}

// cmdGenListing writes a generated Daily Papers listing: genlisting FILE N.
func cmdGenListing(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: genlisting FILE ENTRIES")
	}
	n, err := strconv.Atoi(args[1])
	ts.Check(err)
	f, err := os.Create(ts.MkAbs(args[0]))
	ts.Check(err)
	defer f.Close()
	ts.Check(testgen.Write(f, testgen.Options{Entries: n, Owners: 50, Seed: 7}))
}

// cmdMagic fails unless FILE starts with the bytes that mark KIND (png,
// svg): magic FILE KIND.
func cmdMagic(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: magic FILE png|svg|html")
	}
	data := ts.ReadFile(args[0])
	var ok bool
	switch args[1] {
	case "png":
		ok = strings.HasPrefix(data, "\x89PNG\r\n\x1a\n")
	case "svg":
		ok = strings.HasPrefix(data, "<?xml") && strings.Contains(data, "<svg")
	case "html":
		ok = strings.HasPrefix(data, "<!DOCTYPE html>") && strings.Count(data, "<svg") == 1 && strings.HasSuffix(data, "</html>\n")
	default:
		ts.Fatalf("unknown kind %q", args[1])
	}
	if ok == neg {
		ts.Fatalf("magic %s %s = %v", args[0], args[1], ok)
	}
}

// TestGolden compares whole outputs of commands on the sample with
// testdata/golden; run with -update to rewrite it after checking by eye.
func TestGolden(t *testing.T) {
	t.Chdir("../..")
	tests := []struct {
		golden string
		args   []string
	}{
		{"extract-daily-papers.jsonl", []string{"extract", "--format", "jsonl", "testdata/daily-papers.txt"}},
		{"extract-daily-papers.table", []string{"extract", "testdata/daily-papers.txt"}},
		{"orgs-daily-papers.json", []string{"orgs", "--format", "json", "testdata/daily-papers.txt"}},
		{"related-challenging-forgets.json", []string{"related", "--format", "json", "Challenging Forgets", "testdata/daily-papers.txt"}},
		{"related-lion.table", []string{"related", "Lion Secretly", "testdata/daily-papers.txt"}},
		// The README's example of papers related by their authors.
		{"related-wagle.table", []string{"related", "--top", "3", "WAGLE", "testdata/corpus/chrisliu298__awesome-llm-unlearning.md"}},
		{"graph-daily-papers.json", []string{"graph", "testdata/daily-papers.txt"}},
		{"graph-daily-papers.graphml", []string{"graph", "--format", "graphml", "testdata/daily-papers.txt"}},
		{"render-daily-papers.dot", []string{"render", "--format", "dot", "testdata/daily-papers.txt"}},
		{"extract-awesome-llm-unlearning.jsonl", []string{"extract", "--format", "jsonl", "testdata/corpus/chrisliu298__awesome-llm-unlearning.md"}},
		{"extract-awesome-machine-unlearning.jsonl", []string{"extract", "--format", "jsonl", "testdata/corpus/tamlhp__awesome-machine-unlearning.md"}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if err := run(context.Background(), tt.args, strings.NewReader(""), &stdout, &stderr); err != nil {
				t.Fatalf("run: %v\n%s", err, stderr.String())
			}
			path := filepath.Join("testdata", "golden", tt.golden)
			if *update {
				if err := os.WriteFile(path, stdout.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(stdout.Bytes(), want) {
				t.Errorf("output differs from %s:\n%s", path, firstDiff(stdout.String(), string(want)))
			}
		})
	}
}

// firstDiff describes the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n got %q\nwant %q", i+1, gl, wl)
		}
	}
	return "(no difference found)"
}
