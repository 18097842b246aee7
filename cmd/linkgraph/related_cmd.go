package main

import (
	"bufio"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/linkgraph/linkgraph/internal/extract"
	"github.com/linkgraph/linkgraph/internal/graph"
)

func newRelatedCmd(e *env) *cobra.Command {
	var format string
	var top int
	cmd := &cobra.Command{
		Use:   "related [flags] QUERY FILE...",
		Short: "Rank the papers related to one paper, and say why",
		Long: `Related finds the papers related to the one QUERY names and ranks them, with
the reasons for each: they link the same repository (shared-repo), their
code lives under the same owner (shared-org, weighted down for owners with
many papers), they share authors (shared-author, where the listing names
them), one names the other's method (mentions, mentioned-by), or their
titles and abstracts are alike (similar-text).

QUERY is an entry id, a repository URL, any other link the paper has (its
arXiv page or PDF, in any version), or a part of a title, in any case and
punctuation ("whos harry potter" finds "Who’s Harry Potter?"), or its words
in any order. A QUERY that matches several papers is an error that lists
them, with their ids; one that matches none names the titles nearest it.`,
		Example: `  linkgraph related "Challenging Forgets" testdata/daily-papers.txt
  linkgraph related --top 5 --format json https://github.com/cuong-dm/ROOT testdata/daily-papers.txt`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) < 1 {
				return usageError("%s: missing QUERY (see '%s --help')", cmd.CommandPath(), cmd.CommandPath())
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := exactFormat(format, "table", "json"); err != nil {
				return err
			}
			if top < 1 {
				return usageError("--top %d: want 1 or more", top)
			}
			entries, inputErr, err := loadPapers(cmd, e, args[1:], e.listingOptions())
			if err != nil {
				return err
			}
			ix := graph.Build(entries)
			q, err := ix.Find(args[0])
			if err != nil {
				if errors.Is(err, graph.ErrNoMatch) || errors.Is(err, graph.ErrAmbiguous) {
					return &exitError{code: exitInput, err: err}
				}
				return err
			}
			related := ix.Related(q, top)
			return writeAnswer(e, inputErr, func(out *bufio.Writer) error {
				if format == "json" {
					return writeJSON(out, relatedRecord(entries, q, related))
				}
				writeRelatedTable(out, entries, q, related)
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output format: table or json")
	cmd.Flags().IntVar(&top, "top", 10, "how many related papers to list")
	return cmd
}

type relatedJSON struct {
	Query   paperRef      `json:"query"`
	Related []relatedItem `json:"related"`
}

type relatedItem struct {
	ID      string         `json:"id"`
	Title   string         `json:"title"`
	Score   float64        `json:"score"`
	Reasons []graph.Reason `json:"reasons"`
}

func relatedRecord(entries []*extract.Entry, q int, related []graph.Related) relatedJSON {
	rec := relatedJSON{Query: paperRef{entries[q].ID, entries[q].Title}, Related: []relatedItem{}}
	for _, r := range related {
		p := entries[r.Paper]
		rec.Related = append(rec.Related, relatedItem{ID: p.ID, Title: p.Title, Score: r.Score, Reasons: r.Reasons})
	}
	return rec
}

// reasonWords says what each kind of reason means, for the table, and
// which words of its detail that says already: the table prints
// "same code owner: github.com/OPTML-Group (7 papers)", not "same code
// owner: code under github.com/OPTML-Group (7 papers)".
var reasonWords = map[string]struct{ label, said string }{
	graph.KindSharedRepo:   {"same repository", "both link "},
	graph.KindSharedOrg:    {"same code owner", "code under "},
	graph.KindSharedAuthor: {"same authors", "both by "},
	graph.KindMentions:     {"names its method", "names its method "},
	graph.KindMentionedBy:  {"is named by it", "names this paper's method "},
	graph.KindSimilarText:  {"words in common", "similar words: "},
}

func writeRelatedTable(w *bufio.Writer, entries []*extract.Entry, q int, related []graph.Related) {
	fmt.Fprintf(w, "Related to: %s\n", termSafe(entries[q].Title))
	if len(related) == 0 {
		fmt.Fprintln(w, "\nnothing related found")
		return
	}
	fmt.Fprintf(w, "\n%5s  %s\n", "SCORE", "PAPER AND WHY")
	for _, r := range related {
		fmt.Fprintf(w, "%5.3f  %s\n", r.Score, clip(termSafe(entries[r.Paper].Title), titleWidth))
		for _, reason := range r.Reasons {
			words := reasonWords[reason.Kind]
			detail := strings.TrimPrefix(reason.Detail, words.said)
			fmt.Fprintf(w, "       - %s: %s\n", words.label, termSafe(detail))
		}
	}
}
