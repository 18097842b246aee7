package main

import (
	"bufio"
	"errors"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/linkgraph/linkgraph/internal/extract"
)

func newExtractCmd(e *env) *cobra.Command {
	var format string
	var opts extract.Options
	cmd := &cobra.Command{
		Use:   "extract [flags] FILE...",
		Short: "List the entries of listings with their classified links",
		Long: `Extract reads listings and prints their entries: title, abstract, authors,
date, upvotes, whether the code is linked, claimed, promised or not
mentioned, and every link, normalised to one canonical URL and classified
as code, org, model, data, demo, paper, project or other.

One listing is printed as it is, entry by entry as it is read. Several
listings are merged: the same paper (arXiv id or title) in two of them is
one entry with the links of both, and "sources" names every place.

Formats: table (for people, with a summary), jsonl (one object a line),
json (an array), csv, bibtex (a record a paper, for a reference manager or
a .bib: title, authors, year, arXiv id, page, code links in a code field,
abstract; keys as Google Scholar makes them, "jia2023model"), ris (the same
for EndNote, Zotero and Mendeley; code links as notes). Dates given
without a year ("Mar 6") stay unknown unless --year says which year they
are in.`,
		Example: `  linkgraph extract testdata/daily-papers.txt
  linkgraph extract --format jsonl --year 2025 testdata/daily-papers.txt
  cat page.txt | linkgraph extract --format csv -
  linkgraph extract --format bibtex refs.txt > refs.bib`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := exactFormat(format, "table", "jsonl", "json", "csv", "bibtex", "ris"); err != nil {
				return err
			}
			if opts.Year != 0 && (opts.Year < 1900 || opts.Year > 2999) {
				return usageError("--year %d: want a four-digit year", opts.Year)
			}
			files, err := inputFiles(e, cmd.CommandPath(), args)
			if err != nil {
				return err
			}
			listing := e.listingOptions()
			opts.Format, opts.BaseURL = listing.Format, listing.BaseURL
			out := bufio.NewWriterSize(e.stdout, 256<<10)
			w := newEntryWriter(format, out)
			var readErr error
			if len(files) == 1 && !isDir(files[0]) {
				// One listing streams: entries are printed as they are read,
				// as the listing has them. Little is kept for long (a few
				// chunks of the listing and their entries), so the collector
				// may let the heap grow further between collections.
				debug.SetGCPercent(400)
				preferHugePages(min(inputBytes(files), 64<<20))
				// Every writer writes an entry out and keeps none of it:
				// the reader may reuse its buffers, or map the file.
				opts.Transient = true
				readErr = readListings(cmd.Context(), e, files, extract.New(opts), w.write)
			} else {
				// Several are merged: the same paper from two files is one
				// entry, whose sources name both.
				var entries []*extract.Entry
				readErr = readListings(cmd.Context(), e, files, extract.New(opts), func(en *extract.Entry) error {
					entries = append(entries, en)
					return nil
				})
				var ee *exitError
				if readErr == nil || errors.As(readErr, &ee) {
					for _, en := range extract.Merge(entries) {
						if err := w.write(en); err != nil {
							return err
						}
					}
				}
			}
			if err := w.close(); err != nil && readErr == nil {
				readErr = err
			}
			if err := out.Flush(); err != nil && readErr == nil {
				readErr = err
			}
			return readErr
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output format: table, jsonl, json, csv, bibtex or ris")
	cmd.Flags().IntVar(&opts.Year, "year", 0, "year for dates the listing gives without one")
	return cmd
}
