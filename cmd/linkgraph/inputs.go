package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/linkgraph/linkgraph/internal/extract"
)

// stdinName is how standard input is named in sources and messages.
const stdinName = "<stdin>"

// inputFiles resolves the FILE arguments: none means standard input when it
// is not a terminal.
func inputFiles(e *env, cmdPath string, args []string) ([]string, error) {
	if len(args) > 0 {
		return args, nil
	}
	if f, ok := e.stdin.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			return nil, usageError("%s: no input files (give a FILE, or - for standard input)", cmdPath)
		}
	}
	return []string{"-"}, nil
}

// readListings reads every listing in files, calling emit with each entry.
// A problem with one file or line is reported on stderr and the others are
// still read; at the end, any such problem makes the error exit code 2.
// Errors from emit (a closed stdout) and cancellation stop the read at once.
func readListings(ctx context.Context, e *env, files []string, x *extract.Extractor, emit func(*extract.Entry) error) error {
	problems := 0
	report := func(err error) {
		problems++
		fmt.Fprintf(e.stderr, "linkgraph: %v\n", err)
	}
	stdinUsed := false
	for _, name := range files {
		if name == "-" {
			if stdinUsed {
				report(&extract.InputError{File: stdinName, Err: errors.New("standard input named twice; read once")})
				continue
			}
			stdinUsed = true
		}
		if name != "-" && isDir(name) {
			if err := readDir(ctx, x, e, name, emit, report); err != nil {
				return err
			}
			continue
		}
		err := readListing(ctx, x, e, name, emit, report)
		var inputErr *extract.InputError
		switch {
		case err == nil:
		case errors.As(err, &inputErr):
			report(err)
		default:
			return err
		}
	}
	if problems > 0 {
		return &exitError{code: exitInput}
	}
	return nil
}

// readListing reads one listing; "-" is standard input.
func readListing(ctx context.Context, x *extract.Extractor, e *env, name string, emit func(*extract.Entry) error, report func(error)) error {
	if name == "-" {
		return x.Read(ctx, stdinName, e.stdin, emit, report)
	}
	f, err := os.Open(name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) && (strings.HasPrefix(name, "https://") || strings.HasPrefix(name, "http://")) {
			return &extract.InputError{File: name, Err: errors.New("linkgraph reads files, not addresses: save the page first (curl -L -o list.md URL; for a GitHub README, its raw.githubusercontent.com address)")}
		}
		return &extract.InputError{File: name, Err: pathErr(err)}
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return &extract.InputError{File: name, Err: pathErr(err)}
	}
	if st.IsDir() {
		return &extract.InputError{File: name, Err: errors.New("is a directory, not a listing")}
	}
	return x.Read(ctx, name, io.Reader(f), emit, report)
}

// readDir reads the listings under a directory (listingsIn). A file
// there with no entries is passed over (a README, a page about the lab);
// a directory with none at all is reported.
func readDir(ctx context.Context, x *extract.Extractor, e *env, dir string, emit func(*extract.Entry) error, report func(error)) error {
	names, err := listingsIn(dir, func(path string, err error) {
		report(&extract.InputError{File: path, Err: pathErr(err)})
	})
	if err != nil {
		report(&extract.InputError{File: dir, Err: pathErr(err)})
		return nil
	}
	if len(names) == 0 {
		report(&extract.InputError{File: dir, Err: errors.New("directory holds no listings (" + strings.Join(listingExts, ", ") + ", or .xml of a feed or bibliography)")})
		return nil
	}
	found := 0 // files with entries
	for _, name := range names {
		err := readListing(ctx, x, e, name, emit, report)
		var inputErr *extract.InputError
		switch {
		case err == nil:
			found++
		case errors.Is(err, extract.ErrNoEntries):
		case errors.As(err, &inputErr):
			report(err)
		default:
			return err
		}
	}
	if found == 0 {
		report(&extract.InputError{File: dir, Err: fmt.Errorf("no entries found in its %s", plural(len(names), "listing", "listings"))})
	}
	return nil
}

// isDir reports whether name is a directory.
func isDir(name string) bool {
	st, err := os.Stat(name)
	return err == nil && st.IsDir()
}

// listingExts are the extensions of the files a directory's listings are
// read from: notes, pages, bibliographies, dumps and text. Its .xml files
// are read too, those that are feeds or bibliographies (knownXMLFile).
var listingExts = []string{".md", ".markdown", ".org", ".rst", ".tex", ".bbl", ".html", ".htm", ".bib", ".ris", ".json", ".jsonl", ".csv", ".tsv", ".txt", ".rss", ".atom", ".rdf"}

// listingsIn is the listings under a directory, in lexical order: the
// files with a listing's extension (gzip-compressed or not), outside
// hidden directories and node_modules, and links to such files. A folder
// of notes about one paper each (Obsidian, Hugo's content/publication) is
// read as one listing. A subdirectory that cannot be read is reported
// and passed over; the error is the directory's own.
func listingsIn(dir string, report func(path string, err error)) ([]string, error) {
	var names []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == dir {
				return err
			}
			report(path, err)
			return nil // WalkDir passes over what it could not read
		}
		base := d.Name()
		if path != dir && (strings.HasPrefix(base, ".") || base == "node_modules") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		ext := strings.ToLower(filepath.Ext(strings.TrimSuffix(strings.ToLower(base), ".gz")))
		if !slices.Contains(listingExts, ext) && ext != ".mdown" && ext != ".bibtex" && ext != ".ndjson" && ext != ".xhtml" && ext != ".xml" {
			return nil
		}
		regular := d.Type().IsRegular()
		if d.Type()&fs.ModeSymlink != 0 {
			st, err := os.Stat(path) // a link to a file; links to directories are not followed
			regular = err == nil && st.Mode().IsRegular()
		}
		if regular && (ext != ".xml" || knownXMLFile(path)) {
			names = append(names, path)
		}
		return nil
	})
	return names, err
}

// knownXMLFile reports whether the XML file at path (gzip-compressed when
// its name ends in .gz) is one linkgraph reads: a feed, dblp's XML,
// Zotero's RDF or EndNote's XML. A directory holds other XML too (a
// pom.xml, an editor's settings), which is passed over rather than
// reported as a listing linkgraph cannot read. A file that cannot be
// opened is taken, for its reading to report.
func knownXMLFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return true
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(strings.ToLower(path), ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			return true
		}
		r = z
	}
	head := make([]byte, 4096)
	n, _ := io.ReadFull(r, head)
	return extract.KnownXML(head[:n])
}

// pathErr drops the operation and path from an *fs.PathError, which the
// message names already.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// loadEntries reads every listing into memory, for the commands that reason
// about papers, and merges entries that list the same paper (same arXiv id
// or title) into one. Problems are reported as readListings does; the
// returned error (exit code 2) comes with the entries that were read, so a
// command can still answer from the good ones.
//
// A links-only read (opts.LinksOnly) merges as it reads, and gives only
// the papers with links.
func loadEntries(ctx context.Context, e *env, files []string, opts extract.Options) ([]*extract.Entry, error) {
	x := extract.New(opts)
	var entries []*extract.Entry
	var emit func(*extract.Entry) error
	if !opts.LinksOnly {
		emit = func(en *extract.Entry) error {
			entries = append(entries, en)
			return nil
		}
	}
	err := readListings(ctx, e, files, x, emit)
	var ee *exitError
	if err != nil && !errors.As(err, &ee) {
		return nil, err
	}
	if opts.LinksOnly {
		return x.Papers(), err
	}
	return extract.Merge(entries), err
}

// loadPapers reads the listings a paper-level command names (args, or
// standard input) with opts and merges them into papers. inputErr, when not nil, is
// the exit-2 error for problems with some inputs, to return after the
// command has answered from the rest; err stops the command at once.
func loadPapers(cmd *cobra.Command, e *env, args []string, opts extract.Options) (papers []*extract.Entry, inputErr, err error) {
	files, err := inputFiles(e, cmd.CommandPath(), args)
	if err != nil {
		return nil, nil, err
	}
	// What is kept grows with the listings: about half their size in a
	// links-only read (orgs: 105 MB from 201 MB), up to three times in a
	// whole one with the index built on it (related: 3.6 GB from 1.55 GB).
	if opts.LinksOnly {
		preferHugePages(inputBytes(files))
	} else {
		preferHugePages(3 * inputBytes(files))
	}
	papers, inputErr = loadEntries(cmd.Context(), e, files, opts)
	if papers == nil && inputErr != nil {
		return nil, nil, inputErr
	}
	return papers, inputErr, nil
}

// writeAnswer writes a command's output through a buffer and returns the
// first error: writing's, flushing's, or else inputErr.
func writeAnswer(e *env, inputErr error, write func(w *bufio.Writer) error) error {
	out := bufio.NewWriter(e.stdout)
	err := write(out)
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	return inputErr
}
