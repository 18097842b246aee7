package main

import (
	"bufio"
	"strings"
	"unicode"

	"github.com/linkgraph/linkgraph/internal/extract"
)

// risWriter writes each entry as a RIS record, the format EndNote, Zotero
// and Mendeley all import: CONF with its venue as T2 when the listing
// names one, else GEN; the title, each author "Surname, Given", the year
// and date, the abstract (not a reference's own text), the paper or
// project page as UR, and the arXiv id and code links as notes ("N1  -
// Code: https://github.com/..."), which linkgraph's RIS reader reads back.
type risWriter struct{ w *bufio.Writer }

func (r *risWriter) write(e *extract.Entry) error {
	var s strings.Builder
	tag := func(name, value string) {
		if value = risValue(value); value != "" {
			s.WriteString(name + "  - " + value + "\n")
		}
	}
	kind := "GEN"
	if e.Venue != "" {
		kind = "CONF"
	}
	tag("TY", kind)
	tag("TI", e.Title)
	for _, n := range e.AuthorNames {
		tag("AU", risName(n))
	}
	if d := e.When(); len(d) >= 4 {
		tag("PY", d[:4])
		parts := strings.SplitN(d, "-", 3)
		for len(parts) < 3 {
			parts = append(parts, "")
		}
		tag("DA", strings.Join(parts, "/")+"/") // "2024/03/11/", "2024/03//"
	}
	tag("T2", e.Venue)
	page, code, abstract := recordParts(e)
	tag("AB", abstract)
	for _, c := range code {
		tag("N1", "Code: "+c)
	}
	tag("UR", page)
	if e.ArxivID != "" {
		tag("N1", "arXiv:"+e.ArxivID)
	}
	s.WriteString("ER  - \n\n")
	_, err := r.w.WriteString(s.String())
	return err
}

func (r *risWriter) close() error { return nil }

// risName writes "Ann B. Smith" as RIS's "Smith, Ann B."; a name of one
// word stays as it is.
func risName(n string) string {
	words := strings.Fields(n)
	if len(words) < 2 {
		return n
	}
	return words[len(words)-1] + ", " + strings.Join(words[:len(words)-1], " ")
}

// risValue is a value on one line of its own, control characters left out.
func risValue(s string) string {
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s))
}
