package main

import (
	"bufio"
	"encoding/binary"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/linkgraph/linkgraph/internal/extract"
)

// entryWriter writes entries as they arrive, in one output format. write
// keeps neither the entry nor any of its strings (they may be slices of a
// buffer the reader reuses): what it must remember, it copies.
type entryWriter interface {
	write(*extract.Entry) error
	close() error
}

func newEntryWriter(format string, w *bufio.Writer) entryWriter {
	switch format {
	case "jsonl":
		return &jsonlWriter{w: w}
	case "json":
		return &jsonWriter{jsonlWriter{w: w}}
	case "csv":
		return &csvWriter{w: csv.NewWriter(w)}
	case "bibtex":
		return &bibtexWriter{w: w}
	case "ris":
		return &risWriter{w: w}
	}
	return &tableWriter{w: w}
}

// jsonlWriter writes one JSON object a line.
type jsonlWriter struct {
	w   *bufio.Writer
	buf []byte
	n   int
}

func (j *jsonlWriter) write(e *extract.Entry) error {
	// Made in the writer's own free space when it fits, which Write then
	// does not have to copy.
	buf := e.AppendJSON(j.w.AvailableBuffer())
	buf = append(buf, '\n')
	j.n++
	_, err := j.w.Write(buf)
	return err
}

func (j *jsonlWriter) close() error { return nil }

// jsonWriter writes a JSON array, one entry a line, as it goes.
type jsonWriter struct{ jsonlWriter }

func (j *jsonWriter) write(e *extract.Entry) error {
	sep := ",\n"
	if j.n == 0 {
		sep = "[\n"
	}
	if _, err := j.w.WriteString(sep); err != nil {
		return err
	}
	j.n++
	j.buf = e.AppendJSON(j.buf[:0])
	_, err := j.w.Write(j.buf)
	return err
}

func (j *jsonWriter) close() error {
	end := "\n]\n"
	if j.n == 0 {
		end = "[]\n"
	}
	_, err := j.w.WriteString(end)
	return err
}

// csvWriter writes a header and one row an entry.
type csvWriter struct {
	w      *csv.Writer
	header bool
}

var csvHeader = []string{"id", "title", "date", "date_text", "authors", "author_names", "upvotes",
	"code_status", "file", "line", "code_urls", "other_urls"}

func (c *csvWriter) write(e *extract.Entry) error {
	if !c.header {
		c.header = true
		if err := c.w.Write(csvHeader); err != nil {
			return err
		}
	}
	authors := ""
	if e.Authors >= 0 {
		authors = strconv.Itoa(e.Authors)
	}
	var code, other []string
	for _, l := range e.Links {
		if l.Kind == extract.KindCode {
			code = append(code, l.URL)
		} else {
			other = append(other, l.URL)
		}
	}
	return c.w.Write([]string{csvCell(e.ID), csvCell(e.Title), e.Date, csvCell(e.DateText), authors,
		csvCell(strings.Join(e.AuthorNames, "; ")), strconv.Itoa(e.Upvotes), string(e.CodeStatus), csvCell(e.Source.File), strconv.Itoa(e.Source.Line),
		strings.Join(code, " "), csvCell(strings.Join(other, " "))})
}

func (c *csvWriter) close() error {
	if !c.header {
		if err := c.w.Write(csvHeader); err != nil {
			return err
		}
	}
	c.w.Flush()
	return c.w.Error()
}

// csvCell keeps a spreadsheet from reading text from a listing as a
// formula: a cell that starts with = + - @ or a control gets a leading '.
func csvCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// tableWriter writes a table for people: one row an entry, its code and
// org links beneath it, and a summary at the end.
type tableWriter struct {
	w       *bufio.Writer
	started bool
	entries int
	files   map[string]bool
	status  map[extract.CodeStatus]int
	repos   map[string]bool
	owners  map[string]bool
	code    int
}

const titleWidth = 88

func (t *tableWriter) write(e *extract.Entry) error {
	if !t.started {
		t.started = true
		t.files = map[string]bool{}
		t.status = map[extract.CodeStatus]int{}
		t.repos = map[string]bool{}
		t.owners = map[string]bool{}
		fmt.Fprintf(t.w, "%-12s %5s %7s  %-8s  %s\n", "DATE", "UP", "AUTHORS", "CODE", "TITLE")
	}
	t.entries++
	t.files[e.Source.File] = true
	for _, s := range e.Sources { // a paper merged from several files
		t.files[s.File] = true
	}
	t.status[e.CodeStatus]++
	// The date as the listing gives it, or else the year of its venue
	// or its section ("ICLR 2024", "## 2023"), which Entry.When reads.
	date := e.Date
	if date == "" {
		date = e.DateText
	}
	if date == "" {
		date = e.When()
	}
	authors := "?"
	if e.Authors >= 0 {
		authors = strconv.Itoa(e.Authors)
	}
	fmt.Fprintf(t.w, "%-12s %5d %7s  %-8s  %s\n", termSafe(date), e.Upvotes, authors, e.CodeStatus, clip(termSafe(e.Title), titleWidth))
	for _, l := range e.Links {
		if l.Kind != extract.KindCode && l.Kind != extract.KindOrg {
			continue
		}
		// Keys are copied: entries may be slices of a buffer the reader
		// reuses once they are written (extract.Options.Transient).
		if l.Kind == extract.KindCode {
			t.code++
			if k := l.RepoKey(); !t.repos[k] {
				t.repos[strings.Clone(k)] = true
			}
		}
		if k := l.OrgKey(); k != "" && !t.owners[k] {
			t.owners[strings.Clone(k)] = true
		}
		fmt.Fprintf(t.w, "%39s%-5s %s%s\n", "", l.Kind, termSafe(l.URL), termSafe(l.Path))
	}
	return nil
}

func (t *tableWriter) close() error {
	if !t.started {
		return nil
	}
	_, err := fmt.Fprintf(t.w, "\n%s from %s; %s to %s under %s; code %d linked, %d claimed, %d promised, %d none\n",
		plural(t.entries, "entry", "entries"), plural(len(t.files), "file", "files"),
		plural(t.code, "code link", "code links"), plural(len(t.repos), "repository", "repositories"),
		plural(len(t.owners), "owner", "owners"),
		t.status[extract.CodeLinked], t.status[extract.CodeClaimed], t.status[extract.CodePromised], t.status[extract.CodeNone])
	return err
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// clip shortens s to at most width runes, ending it with an ellipsis.
func clip(s string, width int) string {
	if len(s) <= width {
		return s // no more runes than bytes
	}
	runes := 0
	for i := range s {
		if runes == width-1 {
			if utf8.RuneCountInString(s[i:]) <= 1 {
				return s // width runes in all
			}
			return s[:i] + "…"
		}
		runes++
	}
	return s
}

// termSafe replaces what could drive a terminal: control characters and
// bidirectional overrides from titles and URLs found on the internet.
func termSafe(s string) string {
	i := printableASCII(s) // safe, and the common case
	if i == len(s) || !strings.ContainsFunc(s[i:], unsafeForTerminal) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unsafeForTerminal(r) {
			return '?'
		}
		return r
	}, s)
}

// appendSafeClip appends clip(termSafe(s), width) to b. A title that is
// printable ASCII, as most are, is appended as it is or cut, without
// making either string.
func appendSafeClip(b []byte, s string, width int) []byte {
	if printableASCII(s) < len(s) {
		return append(b, clip(termSafe(s), width)...)
	}
	if len(s) <= width {
		return append(b, s...)
	}
	return append(append(b, s[:width-1]...), "…"...)
}

// printableASCII returns how many bytes at the start of s are printable
// ASCII (0x20 to 0x7e). Eight bytes at a time: a byte below 0x20 borrows
// from its top bit, and one of 0x7f or more has it set, or carries into
// it when one is added. A borrow or carry crosses into the next byte only
// from a byte that is not printable, so none is found where there is none.
func printableASCII(s string) int {
	const lsb, msb = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		if ((x-0x20*lsb)&^x|(x+lsb)|x)&msb != 0 {
			break
		}
	}
	for i < len(s) && s[i] >= 0x20 && s[i] < 0x7f {
		i++
	}
	return i
}

func unsafeForTerminal(r rune) bool {
	return r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 ||
		r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f
}
