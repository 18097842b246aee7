package main

import (
	"bufio"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/linkgraph/linkgraph/internal/extract"
)

// bibtexWriter writes each entry as a BibTeX record, for a reference
// manager or a paper's .bib: @inproceedings with the venue as its
// booktitle when the listing names one and the authors and year that
// record wants, else @misc (the venue as howpublished); the title in double
// braces (its capitals kept), the authors joined by "and" ("and others"
// for those a listing leaves out: "et al."), the year and
// month, the arXiv id as eprint, the first paper or project page as url,
// the code links in a code field (which linkgraph's BibTeX reader reads
// back), and the abstract (not a reference's
// own text, which a list's reference has as its abstract). Keys are Google
// Scholar's kind, first author's surname, year and the title's first
// word ("jia2023model"; the title's word and the year without names), a
// letter added to tell equal ones apart.
type bibtexWriter struct {
	w    *bufio.Writer
	keys map[string]bool
}

func (b *bibtexWriter) write(e *extract.Entry) error {
	if b.keys == nil {
		b.keys = map[string]bool{}
	}
	year, month := "", ""
	if d := e.When(); len(d) >= 4 {
		year = d[:4]
		if len(d) >= 7 {
			month = bibMonths[d[5:7]]
		}
	}
	// @inproceedings wants its author, booktitle and year: without them
	// a record is @misc, its venue how it was published.
	kind, venueField := "misc", "howpublished"
	if e.Venue != "" && len(e.AuthorNames) > 0 && year != "" {
		kind, venueField = "inproceedings", "booktitle"
	}
	var s strings.Builder
	s.WriteString("@" + kind + "{" + b.key(e, year) + ",\n")
	field := func(name, value string) {
		if value != "" {
			s.WriteString("  " + name + " = {" + value + "},\n")
		}
	}
	field("title", "{"+bibText(e.Title)+"}")
	names := make([]string, len(e.AuthorNames))
	for i, n := range e.AuthorNames {
		names[i] = bibText(n)
	}
	if len(names) > 0 && (e.Authors < 0 || e.Authors > len(names)) {
		names = append(names, "others") // "A. Smith et al.", as BibTeX says it
	}
	field("author", strings.Join(names, " and "))
	field(venueField, bibText(e.Venue))
	field("year", year)
	if month != "" {
		s.WriteString("  month = " + month + ",\n")
	}
	if e.ArxivID != "" {
		field("eprint", e.ArxivID)
		field("archiveprefix", "arXiv")
	}
	page, code, abstract := recordParts(e)
	field("url", bibURL(page))
	for i, c := range code {
		code[i] = bibURL(c)
	}
	field("code", strings.Join(code, " "))
	field("abstract", bibText(abstract))
	s.WriteString("}\n\n")
	_, err := b.w.WriteString(s.String())
	return err
}

func (b *bibtexWriter) close() error { return nil }

// key makes the entry's citation key, one not given before.
func (b *bibtexWriter) key(e *extract.Entry, year string) string {
	surname := ""
	if len(e.AuthorNames) > 0 {
		if words := strings.Fields(e.AuthorNames[0]); len(words) > 0 {
			surname = keyWord(words[len(words)-1])
		}
	}
	first := ""
	for _, w := range strings.Fields(e.Title) {
		if w = keyWord(w); w != "" && !keyStopWords[w] {
			first = w
			break
		}
	}
	base := surname + year + first
	if surname == "" {
		base = first + year // no names: the title's word first ("flexora2024")
	}
	if base == "" {
		base = "paper"
	}
	key := base
	for i := 0; b.keys[key]; i++ {
		key = base + string(rune('a'+i%26)) + strings.Repeat("z", i/26)
	}
	b.keys[key] = true
	return key
}

// keyStopWords are the words a key passes over for the title's first.
var keyStopWords = map[string]bool{"a": true, "an": true, "the": true, "on": true, "of": true, "in": true, "for": true, "to": true, "towards": true}

// keyWord is a word as a key holds it: its ASCII letters and digits,
// lower case, accents taken off ("Müller" is "muller").
func keyWord(w string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// bibText writes listing text as a BibTeX value holds it: LaTeX's special
// characters escaped (\& \% \$ \# \_ \{ \}), the ones with no plain
// escape as their commands; braces that do not pair, which BibTeX would
// count, and control characters are left out.
func bibText(s string) string {
	depth, paired := 0, true
	for i := 0; i < len(s) && paired; i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			depth--
			paired = depth >= 0
		}
	}
	paired = paired && depth == 0
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&', '%', '$', '#', '_':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\\':
			b.WriteString(`\textbackslash{}`)
		case '~':
			b.WriteString(`\textasciitilde{}`)
		case '^':
			b.WriteString(`\textasciicircum{}`)
		case '{', '}':
			if paired {
				b.WriteByte('\\')
				b.WriteRune(r)
			}
		case '\n', '\r', '\t':
			b.WriteByte(' ')
		default:
			if !unicode.IsControl(r) { // a NUL would make the file binary
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// bibURL is an address as a url field holds it, as written (the url
// package takes % and # as they are), braces, spaces and controls left
// out.
func bibURL(u string) string {
	return strings.Map(func(r rune) rune {
		if r == '{' || r == '}' || unicode.IsControl(r) || unicode.IsSpace(r) {
			return -1
		}
		return r
	}, u)
}

// bibMonths are BibTeX's month macros by number.
var bibMonths = map[string]string{"01": "jan", "02": "feb", "03": "mar", "04": "apr", "05": "may", "06": "jun",
	"07": "jul", "08": "aug", "09": "sep", "10": "oct", "11": "nov", "12": "dec"}

// recordParts is what a reference manager's record of an entry holds
// besides its names and dates: the first paper or project page that is
// not its arXiv page (which the record names by its id), the code links,
// each the place in the repository it points to, and the abstract, unless
// it is the reference's own text, as a list's reference has for one.
func recordParts(e *extract.Entry) (page string, code []string, abstract string) {
	for _, l := range e.Links {
		switch {
		case l.Kind == extract.KindCode:
			code = append(code, l.URL+l.Path)
		case page == "" && (l.Kind == extract.KindPaper || l.Kind == extract.KindProject) && extract.ArxivID(l) == "":
			page = l.URL + l.Path
		}
	}
	if !strings.Contains(e.Abstract, e.Title) {
		abstract = e.Abstract
	}
	return page, code, abstract
}
