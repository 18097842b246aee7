package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/spf13/cobra"

	"github.com/linkgraph/linkgraph/internal/extract"
	"github.com/linkgraph/linkgraph/internal/graph"
)

func newOrgsCmd(e *env) *cobra.Command {
	var format string
	var minPapers int
	cmd := &cobra.Command{
		Use:   "orgs [flags] FILE...",
		Short: "Rank the organisations that tie papers together",
		Long: `Orgs lists the owners (a GitHub user or organisation, a GitLab group, ...)
whose repositories hold the code of several papers, or whose page the
papers link, ranked by how many papers each ties together. Three unlearning
papers whose code all lives under one group are a signal worth seeing.`,
		Example: `  linkgraph orgs testdata/daily-papers.txt
  linkgraph orgs --min-papers 3 --format json listing.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := exactFormat(format, "table", "json"); err != nil {
				return err
			}
			if minPapers < 1 {
				return usageError("--min-papers %d: want 1 or more", minPapers)
			}
			// A links-only read makes little garbage: most of what it
			// allocates is the papers it keeps, which each collection
			// would only mark again as the heap grows. So the collector
			// waits for a limit far above what the listings need, past
			// which it collects as it must: on a 201 MB listing, 20 ms
			// less of 320, for 19 MB more memory; on 1.55 GB, 1.5 s less
			// of 3.6 s.
			debug.SetGCPercent(-1)
			debug.SetMemoryLimit(512<<20 + 2*inputBytes(args))
			opts := e.linksOnlyOptions()
			opts.NoIDs = format == "table" // which shows titles alone
			entries, inputErr, err := loadPapers(cmd, e, args, opts)
			if err != nil {
				return err
			}
			orgs := graph.Build(entries).Orgs(minPapers)
			return writeAnswer(e, inputErr, func(out *bufio.Writer) error {
				if format == "json" {
					return writeOrgsJSON(out, orgs, entries)
				}
				return writeOrgsTable(out, orgs, entries)
			})
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output format: table or json")
	cmd.Flags().IntVar(&minPapers, "min-papers", 2, "list organisations tying at least this many papers")
	return cmd
}

type paperRef struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

type orgJSON struct {
	Org    string     `json:"org"`
	Papers []paperRef `json:"papers"`
	Repos  []string   `json:"repos"`
}

func orgRecords(orgs []*graph.Org, entries []*extract.Entry) []orgJSON {
	out := make([]orgJSON, 0, len(orgs))
	for _, o := range orgs {
		rec := orgJSON{Org: o.Name, Papers: []paperRef{}, Repos: append([]string{}, o.Repos...)}
		for _, p := range o.Papers {
			rec.Papers = append(rec.Papers, paperRef{entries[p].ID, entries[p].Title})
		}
		out = append(out, rec)
	}
	return out
}

func writeOrgsJSON(w *bufio.Writer, orgs []*graph.Org, entries []*extract.Entry) error {
	return writeJSON(w, orgRecords(orgs, entries))
}

// writeJSON writes v as indented JSON, with HTML characters unescaped.
func writeJSON(w *bufio.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func writeOrgsTable(w *bufio.Writer, orgs []*graph.Org, entries []*extract.Entry) error {
	if len(orgs) == 0 {
		_, err := fmt.Fprintln(w, "no organisation ties these papers together")
		return err
	}
	// A big listing's table has hundreds of thousands of lines, most of
	// them titles read from all over memory: its parts are made on every
	// core, with plain appends (fmt would spend most of the time), and
	// written in order.
	parts := splitOrgs(orgs, runtime.GOMAXPROCS(0))
	out := make([][]byte, len(parts))
	var wg sync.WaitGroup
	for i, part := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Room for lines of 80 bytes, about the most they take
			// (titles are clipped): growing megabytes of table by
			// doubling cost a third of its time.
			out[i] = make([]byte, 0, 80*orgLines(part))
			for _, o := range part {
				out[i] = appendOrg(out[i], o, entries)
			}
		}()
	}
	wg.Wait()
	for i, b := range out {
		if i == 0 {
			b = b[1:] // no blank line before the first owner
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

// orgLines is how many lines the owners take in the table.
func orgLines(orgs []*graph.Org) int {
	n := 0
	for _, o := range orgs {
		n += 2 + len(o.Papers) + len(o.Repos)
	}
	return n
}

// splitOrgs cuts orgs into up to n runs of about as many table lines each.
func splitOrgs(orgs []*graph.Org, n int) [][]*graph.Org {
	total := orgLines(orgs)
	var parts [][]*graph.Org
	start, sum := 0, 0
	for i := range orgs {
		sum += orgLines(orgs[i : i+1])
		if len(parts) < n-1 && sum*n >= total*(len(parts)+1) {
			parts = append(parts, orgs[start:i+1])
			start = i + 1
		}
	}
	if start < len(orgs) {
		parts = append(parts, orgs[start:])
	}
	return parts
}

// appendOrg appends an owner's block of the table to b: a blank line, the
// owner, its papers' titles and its repositories.
func appendOrg(b []byte, o *graph.Org, entries []*extract.Entry) []byte {
	b = append(b, '\n')
	b = append(b, termSafe(o.Name)...)
	b = append(b, "  "...)
	b = append(b, plural(len(o.Papers), "paper", "papers")...)
	b = append(b, ", "...)
	b = append(b, plural(len(o.Repos), "repository", "repositories")...)
	b = append(b, '\n')
	for _, p := range o.Papers {
		b = append(b, "  "...)
		b = appendSafeClip(b, entries[p].Title, titleWidth)
		b = append(b, '\n')
	}
	for _, r := range o.Repos {
		b = append(b, "    "...)
		b = append(b, termSafe(r)...)
		b = append(b, '\n')
	}
	return b
}

// inputBytes is the total size of the named files that are regular files.
func inputBytes(files []string) int64 {
	var n int64
	for _, f := range files {
		if st, err := os.Stat(f); err == nil && st.Mode().IsRegular() {
			n += st.Size()
		}
	}
	return n
}
