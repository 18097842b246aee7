package extract

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
)

// Options tune how listings are read.
type Options struct {
	// Year completes dates a listing gives without one ("Mar 6"); 0 leaves
	// such dates unknown.
	Year int
	// Format is the listings' format; "" or FormatAuto detects it.
	Format Format
	// BaseURL is the address of the HTML pages saved without one (no
	// <base>, canonical link, og:url or browser's comment), against which
	// their relative links resolve; "" drops such links.
	BaseURL string
	// LinksOnly is for commands that look at links alone (orgs, check):
	// Read merges the entries into papers as it goes, which Papers
	// returns, and calls no emit. Papers keep their title, dates, ids and
	// links, but not their abstract, and their code status is only linked
	// or none, read from the links. It overrides Transient.
	LinksOnly bool
	// NoIDs is for callers that show no ids (orgs' table): entries, and
	// the papers of a links-only read, are given none, which saves
	// working out every title's slug and handing out ids in order.
	NoIDs bool
	// Transient promises that emit keeps no entry, nor any string of one,
	// once it has returned: it writes entries out and forgets them. The
	// reader may then reuse its buffers for the rest of the listing, and
	// unmap a big file it read mapped into memory once it is done (as it
	// does for LinksOnly, whose entries keep copies).
	Transient bool
}

// Extractor reads listings into entries. One Extractor serves a whole run,
// so that entry ids are unique across all the files it reads.
type Extractor struct {
	opts   Options
	ids    idSet
	papers paperTable // a links-only read's
	// warmSlots's: what it read, kept so that its loads are made, and
	// its list of hashes, made once.
	warmth     int32
	warmHashes []idHash
}

// New returns an Extractor with the given options.
func New(opts Options) *Extractor {
	if opts.LinksOnly {
		opts.Transient = false // the papers are kept: nothing read is transient
	}
	return &Extractor{opts: opts, ids: newIDSet()}
}

// maxReportsPerFile bounds how many line problems one file may report; the
// rest are counted in one final message.
const maxReportsPerFile = 20

// Read parses one listing named file from r. It calls emit with each entry,
// in input order, as soon as the entry is complete, and report with each
// problem in the input, which does not stop the read: good entries are
// never lost to a bad line. Read returns an error when the listing could not
// be read at all, when it held no entries (ErrNoEntries), when emit failed,
// or when ctx was cancelled.
//
// A links-only read (Options.LinksOnly) calls no emit, which may be nil: it
// keeps the papers it reads for Papers.
//
// A big Daily Papers listing read from its file is read mapped into
// memory. Unless the read is links-only or transient, its entries' text
// stays in the mapping, which faults where the file shrinks later: a
// goroutine that reads the entries must run under Guard.
func (x *Extractor) Read(ctx context.Context, file string, r io.Reader, emit func(*Entry) error, report func(error)) error {
	if x.opts.LinksOnly {
		emit = func(e *Entry) error {
			x.addEntry(e)
			return nil
		}
	}
	// A file worth mapping is known before anything is read from it.
	mapFrom, mapSize := mappable(r)
	// Readers that work on several goroutines (JSON arrays and lines)
	// report from the one that reads and from the one that emits.
	var mu sync.Mutex
	problems := 0
	lr := newLineReader(r, file, func(err error) {
		mu.Lock()
		defer mu.Unlock()
		problems++
		if problems <= maxReportsPerFile {
			report(err)
		}
	})
	defer func() {
		if problems > maxReportsPerFile {
			report(&InputError{File: file, Err: errors.New(itoa(problems-maxReportsPerFile) + " more problems not shown")})
		}
	}()
	name := file // for the format, the name without ".gz"
	if zipped, err := lr.gunzip(); err != nil {
		return err
	} else if zipped {
		mapFrom = nil // the mapped bytes would be compressed
		name = strings.TrimSuffix(strings.TrimSuffix(file, ".gz"), ".GZ")
	}
	if lr.fromUTF16() {
		mapFrom = nil // the mapped bytes would be UTF-16
	}
	if err := lr.sniff(); err != nil {
		return err
	}
	format := x.opts.Format
	if format == "" || format == FormatAuto {
		head, _ := lr.r.Peek(binarySniff)
		format = DetectFormat(name, head)
	}
	switch format {
	case FormatJSONL:
		return x.readJSONLFile(ctx, lr, file, emit)
	case FormatDaily:
		return x.readDailyFile(ctx, lr, file, mapFrom, mapSize, emit)
	}
	return x.readWithFinisher(ctx, lr, file, format, emit)
}

// readJSONLFile reads linkgraph's own JSON lines: entries read back are
// complete, with no work to spread over cores.
func (x *Extractor) readJSONLFile(ctx context.Context, lr *lineReader, file string, emit func(*Entry) error) error {
	count := 0
	var emitErr error
	err := x.readJSONL(ctx, lr, file, func(e *Entry) {
		if emitErr == nil {
			count++
			e.ID = x.id(e.ID)
			emitErr = emit(e)
		}
	}, func() bool { return emitErr != nil })
	switch {
	case err != nil:
		return err
	case emitErr != nil:
		return emitErr
	case count == 0:
		return &InputError{File: file, Err: ErrNoEntries}
	}
	return nil
}

// readDailyFile reads a Daily Papers listing in chunks on every core, from
// the file mapped in memory when mapFrom is one worth mapping.
func (x *Extractor) readDailyFile(ctx context.Context, lr *lineReader, file string, mapFrom *os.File, mapSize int, emit func(*Entry) error) error {
	var src chunkSource = newReaderSource(lr)
	if mapFrom != nil {
		if data, unmap := mapFile(mapFrom, mapSize); data != nil {
			// Unmapping 200 MB takes about 9 ms, which the caller need
			// not wait for: nothing reads the mapping once Read returns,
			// unless the entries are whole, with their text in it.
			if x.opts.LinksOnly || x.opts.Transient {
				defer func() { go unmap() }()
			}
			src = &mappedSource{data: data}
			afterMap(mapFrom)
			x.expect(mapSize / dailyEntryBytes)
		}
	}
	count, err := x.readDailyChunks(ctx, lr, src, emit)
	if err == nil && count == 0 {
		err = &InputError{File: file, Err: ErrNoEntries}
	}
	return err
}

// readWithFinisher reads the other formats, whose parsers hand raw entries
// to a finisher that builds them on every core and emits them in order.
func (x *Extractor) readWithFinisher(ctx context.Context, lr *lineReader, file string, format Format, emit func(*Entry) error) error {
	f := newFinisher(x, file, emit)
	var err error
	switch format {
	case FormatMarkdown:
		err = x.readMarkdown(lr, f.push)
	case FormatHTML:
		err = x.readHTML(lr, f.push)
	case FormatBibTeX:
		err = x.readBibTeX(lr, f.push)
	case FormatHFJSON:
		err = x.readHFJSON(ctx, lr, f.push, f.stopped)
	case FormatPwCJSON:
		err = x.readPwCJSON(ctx, lr, f.push, f.stopped)
	case FormatCSLJSON:
		err = x.readCSLJSON(ctx, lr, f.push, f.stopped)
	case FormatArxiv:
		err = x.readArxivJSON(ctx, lr, f.push, f.stopped)
	case FormatText:
		err = x.readText(ctx, lr, f.push, f.stopped)
	case FormatFeed:
		err = x.readFeed(lr, f.push)
	case FormatRIS:
		err = x.readRIS(ctx, lr, f.push, f.stopped)
	case FormatCSV:
		err = x.readCSV(ctx, lr, f.push, f.stopped)
	case FormatAPIJSON:
		err = x.readAPIJSON(ctx, lr, f.push, f.stopped)
	case FormatOrg:
		err = x.readOrg(lr, f.push)
	case FormatRST:
		err = x.readRST(lr, f.push)
	case FormatLaTeX:
		err = x.readLaTeX(lr, f.push)
	case FormatArxivMail:
		err = x.readArxivMail(ctx, lr, f.push, f.stopped)
	default:
		err = &InputError{File: file, Err: fmt.Errorf("%s listings are not read yet", format)}
	}
	emitErr := f.close()
	switch {
	case err != nil:
		return err
	case emitErr != nil:
		return emitErr
	case f.count == 0:
		return &InputError{File: file, Err: ErrNoEntries}
	}
	return nil
}

// dailyEntryBytes is a little more than the bytes an entry of a Daily
// Papers listing takes (the sample's take 1,740 on average), so that the
// entries of a listing are not overestimated from its size.
const dailyEntryBytes = 2048

// expect makes room in the tables of ids and papers for about n more
// entries, which would otherwise grow by doubling as they are read: on a
// 201 MB listing, 16 MB more of fresh memory, and every id and key
// moved again, on the one goroutine that must take entries in order.
func (x *Extractor) expect(n int) {
	if !x.opts.NoIDs {
		x.ids.counts.reserve(n)
	}
	if x.opts.LinksOnly {
		x.papers.byKey.reserve(n)
		x.papers.papers = slices.Grow(x.papers.papers, n)
	}
}

// readDaily reads a Daily Papers page line by line.
func (x *Extractor) readDaily(ctx context.Context, lr *lineReader, emit func(*rawEntry), stopped func() bool) error {
	p := newDailyParser(emit)
	err := forEachLine(ctx, lr, func(line []byte, n int) bool {
		p.line(n, string(line))
		return !stopped()
	})
	if err == nil {
		p.finish()
	}
	return err
}

// forEachLine calls fn with each line of a listing and its number until
// the end, a read error, cancellation (checked every 4,096 lines), or fn
// returning false.
func forEachLine(ctx context.Context, lr *lineReader, fn func(line []byte, n int) bool) error {
	for {
		line, n, err := lr.next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if !fn(line, n) {
			return nil
		}
	}
}

// build turns a parsed entry into an Entry: links, code status, date; the
// id is given later, in input order. It is safe on several goroutines, each
// with an arena of its own, which holds the parts of the Entry build makes.
// In a links-only read, an entry without links is not worth an Entry:
// build returns nil, and the entry is kept as a stub (newStub).
func (x *Extractor) build(re *rawEntry, file string, a *arena) *Entry {
	var abstract string
	var links []Link
	if x.opts.LinksOnly {
		// No link spans paragraphs: they may be scanned apart, unjoined.
		links = linksIn(re.explicit, re.title, re.abstract)
		if len(links) == 0 {
			return nil
		}
	} else {
		abstract = strings.Join(re.abstract, "\n\n")
		links = linksIn(re.explicit, re.title, []string{abstract})
	}
	title := re.title
	if x.opts.LinksOnly {
		// Text read in chunks is sliced from a whole chunk of the listing,
		// which the entry, without its abstract, must not keep in memory.
		title = a.clone(title)
		re.date.text = a.clone(re.date.text)
		for i := range links {
			links[i].detach(a)
		}
	}
	e := a.entry()
	*e = Entry{
		Title:    title,
		Abstract: abstract,
		Authors:  re.authors,
		// Only the formats read into strings of their own give names.
		AuthorNames: re.authorNames,
		Source:      Source{File: file, Line: re.line},
		Links:       links,
		Section:     re.section,
		Venue:       re.venue,
		DateText:    re.dateText,
		Date:        re.dateISO,
		Upvotes:     re.upvotes,
		ArxivID:     re.arxivID,
	}
	if re.hasDate {
		e.DateText = re.date.text
		e.Date = a.keep(re.date.appendISO(a.room(10), x.opts.Year))
		e.Upvotes = re.date.upvotes
	}
	if re.official != nil {
		for i := range e.Links {
			if v, ok := re.official[e.Links[i].Raw]; ok {
				e.Links[i].Official = &v
			}
		}
	}
	if e.ArxivID == "" {
		e.ArxivID = firstArxivID(re.explicit)
	}
	e.CodeStatus = codeStatus(e.Links, abstract)
	if e.CodeStatus == CodeNone {
		e.CodeStatus = noteStatus(re.codeNote)
	}
	x.setKeys(e, a)
	return e
}

// firstArxivID is the arXiv id of the first arXiv link a structured listing
// gives for an entry, which names its paper, whether it comes first
// ([Title](arxiv)) or after the code (**Title** [[code](github)]
// [[paper](arxiv)]); or "".
func firstArxivID(explicit []string) string {
	for _, u := range explicit {
		if l, ok := Normalize(u); ok {
			if id := ArxivID(l); id != "" {
				return id
			}
		}
	}
	return ""
}

// setKeys gives a built entry the base of its id (assignID makes it
// unique, in input order) and the keys Merge matches papers by.
func (x *Extractor) setKeys(e *Entry, a *arena) {
	e.ID = e.ArxivID
	switch {
	case x.opts.Transient:
		// Written out and forgotten: no Merge will want the keys.
		if e.ID == "" {
			e.ID = a.keep(appendSlug(a.room(maxSlugBytes), e.Title))
		}
	case e.ArxivID != "":
		e.paperKey = paperKey(e)
		e.titleKey()
	default:
		e.paperKey = a.keep(appendTitleKey(a.room(len(titleKeyPrefix)+len(e.Title)), e.Title))
		if !x.opts.NoIDs {
			// The slug is made from the key: the title is not read twice.
			e.ID = a.keep(appendSlugOfKey(a.room(maxSlugBytes), e.paperKey))
		}
	}
	if x.opts.LinksOnly {
		x.hashKeys(e)
	}
	if x.opts.NoIDs {
		e.ID = ""
		return
	}
	e.idHash, e.hashed = x.ids.hash(e.ID), true
}

// id returns the run-unique id made from base, or "" when ids are not
// given (NoIDs).
func (x *Extractor) id(base string) string {
	if x.opts.NoIDs {
		return ""
	}
	return x.ids.unique(base)
}

// assignID gives e its run-unique id: its arXiv id, or its title's slug
// (worked out with the rest of the entry by build, when it ran).
func (x *Extractor) assignID(e *Entry) {
	if x.opts.NoIDs {
		e.ID = ""
		return
	}
	if e.ID != "" && e.hashed {
		e.ID = x.ids.uniqueHashed(e.ID, e.idHash)
		return
	}
	base := e.ID
	if base == "" {
		base = e.ArxivID
	}
	if base == "" {
		base = Slug(e.Title)
	}
	e.ID = x.ids.unique(base)
}
