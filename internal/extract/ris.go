package extract

import (
	"bytes"
	"context"
	"strings"
)

// readRIS reads RIS, the tagged format reference managers export (Zotero,
// Mendeley, EndNote, Google Scholar, publishers' "download citation"): a
// record is the lines from "TY  - JOUR" to "ER  -", each "XX  - value".
// A tag may repeat (AU, UR), and a line without a tag goes on the value
// before it. A record without a title is skipped; one the file ends in
// without its ER is read too.
//
// Web of Science's plain text export is read here too: a record is the
// lines from "PT J" to "ER", each "XX value", where an indented line goes
// on the value before it, or gives one more name (AU, AF).
func (x *Extractor) readRIS(ctx context.Context, lr *lineReader, emit func(*rawEntry), stopped func() bool) error {
	var rec *risRecord
	last := "" // the tag the previous line gave, which an untagged line goes on
	wos := false
	err := forEachLine(ctx, lr, func(line []byte, n int) bool {
		if n == 1 || !wos && rec == nil {
			wos = wos || bytes.HasPrefix(bytes.TrimPrefix(line, []byte("\ufeff")), []byte("FN ")) || bytes.HasPrefix(line, []byte("PT "))
		}
		if wos {
			return x.wosLine(string(line), n, &rec, &last, emit, stopped)
		}
		tag, value, ok := risLine(string(line))
		if !ok {
			if rec != nil && last != "" && strings.TrimSpace(string(line)) != "" {
				rec.add(last, strings.TrimSpace(string(line)), true)
			}
			return true
		}
		last = tag
		switch {
		case tag == "TY":
			if rec != nil {
				rec.emit(emit) // a record whose ER is missing
			}
			rec = &risRecord{line: n, fields: map[string][]string{}}
		case tag == "ER":
			if rec != nil {
				rec.emit(emit)
				rec = nil
			}
			return !stopped()
		case rec != nil:
			rec.add(tag, value, false)
		}
		return true
	})
	if err == nil && rec != nil {
		rec.emit(emit)
	}
	return err
}

// wosLine reads a line of Web of Science's plain text export into rec,
// which it opens at "PT" and emits at "ER", as RIS's tags: AF (the full
// names) or AU the authors, SO the source, DI the DOI.
func (x *Extractor) wosLine(line string, n int, rec **risRecord, last *string, emit func(*rawEntry), stopped func() bool) bool {
	if strings.HasPrefix(line, "   ") {
		if *rec != nil && *last != "" && strings.TrimSpace(line) != "" {
			name := *last == "AU" || *last == "A1" // one more name, not more of the last
			(*rec).add(*last, strings.TrimSpace(line), !name)
		}
		return true
	}
	if len(line) < 2 || len(line) > 2 && line[2] != ' ' {
		*last = ""
		return true
	}
	tag, value := line[:2], strings.TrimSpace(line[min(3, len(line)):])
	switch tag {
	case "PT":
		if *rec != nil {
			(*rec).emit(emit)
		}
		*rec = &risRecord{line: n, fields: map[string][]string{}}
	case "ER":
		if *rec != nil {
			(*rec).emit(emit)
			*rec = nil
		}
		return !stopped()
	}
	if *rec == nil {
		return true
	}
	switch tag {
	case "AF":
		tag = "AU"
		delete((*rec).fields, "A1") // the full names over the short
	case "AU":
		if _, full := (*rec).fields["AU"]; full {
			tag = "" // AF came first
		} else {
			tag = "A1"
		}
	case "SO":
		tag = "JO"
	case "DI":
		tag = "DO"
	case "TI", "PY", "AB":
	default:
		tag = ""
	}
	*last = tag
	if tag != "" {
		(*rec).add(tag, value, false)
	}
	return true
}

// risLine splits "XX  - value" into its tag and value. The tag is two
// capitals or a capital and a digit; the separator is two spaces (one,
// as some exports write it), a hyphen and a space, or nothing after
// "ER  -".
func risLine(line string) (tag, value string, ok bool) {
	line = strings.TrimPrefix(line, "\ufeff")
	if len(line) < 4 {
		return "", "", false
	}
	a, b := line[0], line[1]
	if a < 'A' || a > 'Z' || !(b >= 'A' && b <= 'Z' || b >= '0' && b <= '9') {
		return "", "", false
	}
	var rest string
	switch {
	case strings.HasPrefix(line[2:], "  -"):
		rest = line[5:]
	case strings.HasPrefix(line[2:], " -"):
		rest = line[4:]
	default:
		return "", "", false
	}
	if rest != "" && rest[0] != ' ' {
		return "", "", false
	}
	return line[:2], strings.TrimSpace(rest), true
}

// risRecord is a record's fields by tag, in order.
type risRecord struct {
	line   int
	fields map[string][]string
}

// maxRISField bounds a field's value, which untagged lines may lengthen.
const maxRISField = 1 << 20

func (r *risRecord) add(tag, value string, more bool) {
	vs := r.fields[tag]
	if more && len(vs) > 0 {
		if len(vs[len(vs)-1]) < maxRISField {
			vs[len(vs)-1] += " " + value
		}
		return
	}
	r.fields[tag] = append(vs, value)
}

// first is the first value of the first of tags the record has.
func (r *risRecord) first(tags ...string) string {
	for _, t := range tags {
		for _, v := range r.fields[t] {
			if v != "" {
				return v
			}
		}
	}
	return ""
}

func (r *risRecord) emit(emit func(*rawEntry)) {
	title := collapseSpace(r.first("TI", "T1", "CT"))
	if title == "" {
		return
	}
	re := &rawEntry{title: title, line: r.line, authors: -1, venue: collapseSpace(r.first("T2", "JO", "JF", "BT", "J2", "JA"))}
	var names []string
	for _, tag := range []string{"AU", "A1"} {
		for _, a := range r.fields[tag] {
			// "Smith, Ann B." is Ann B. Smith; "Smith, Ann, Jr." keeps the suffix last.
			parts := strings.Split(a, ",")
			switch len(parts) {
			case 2:
				a = parts[1] + " " + parts[0]
			case 3:
				a = parts[1] + " " + parts[0] + " " + parts[2]
			}
			if a = collapseSpace(a); a != "" {
				names = append(names, a)
			}
		}
	}
	if len(names) > 0 {
		re.setAuthors(names, false)
	}
	if abs := collapseSpace(r.first("AB", "N2")); abs != "" {
		re.abstract = []string{abs}
	}
	// "DA  - 2024/03/11/", "PY  - 2024", "Y1  - 2024///".
	if d := risDate(r.first("DA", "PY", "Y1")); d != "" {
		re.dateText, re.dateISO = d, isoDate(d)
	}
	if doi := r.first("DO"); doi != "" {
		doi = strings.TrimPrefix(strings.TrimPrefix(doi, "https://doi.org/"), "http://dx.doi.org/")
		if strings.HasPrefix(doi, "10.") {
			re.explicit = append(re.explicit, "https://doi.org/"+doi)
		}
	}
	for _, tag := range []string{"UR", "L1", "L2", "LK"} {
		for _, v := range r.fields[tag] {
			for _, s := range ScanLinks(v) {
				re.explicit = append(re.explicit, s.Raw)
			}
		}
	}
	// Notes and extra fields may name the code ("N1  - Code: https://...")
	// or the arXiv id ("arXiv:2401.00001").
	for _, tag := range []string{"N1", "M3", "ST"} {
		for _, v := range r.fields[tag] {
			for _, s := range ScanLinks(v) {
				re.explicit = append(re.explicit, s.Raw)
			}
			if id := arxivIDIn(v); id != "" && re.arxivID == "" {
				re.arxivID = id
				re.explicit = append(re.explicit, "https://arxiv.org/abs/"+id)
			}
		}
	}
	emit(re)
}

// risDate is RIS's date as linkgraph writes partial dates: "2024/03/11/"
// is 2024-03-11, "2024/03//" 2024-03, "2024///" 2024.
func risDate(s string) string {
	parts := strings.Split(strings.TrimSpace(s), "/")
	var kept []string
	for i, p := range parts {
		if i > 2 || p == "" || !allDigits(p) {
			break
		}
		if i > 0 && len(p) == 1 {
			p = "0" + p
		}
		kept = append(kept, p)
	}
	if len(kept) == 0 || len(kept[0]) != 4 {
		return ""
	}
	return strings.Join(kept, "-")
}
