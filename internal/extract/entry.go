package extract

// Entry is one paper from a listing.
type Entry struct {
	// ID is stable across runs: the arXiv id when one is known, otherwise a
	// slug of the title, made unique within the run.
	ID       string
	Title    string
	Abstract string
	// Authors is the number of authors, or -1 when the listing does not say.
	Authors int
	// Date is YYYY-MM-DD, or "" when the year is unknown; DateText keeps
	// what the listing said.
	Date     string
	DateText string
	// Upvotes is 0 when the listing shows none.
	Upvotes    int
	CodeStatus CodeStatus
	Source     Source
	Links      []Link
	// ArxivID is the paper's own arXiv id, when the listing names it.
	ArxivID string
}

// Source is where an entry was read: the file ("-" for standard input) and
// the 1-based line its title starts on.
type Source struct {
	File string `json:"file"`
	Line int    `json:"line"`
}

// CodeLinks returns the entry's links of kind code.
func (e *Entry) CodeLinks() []Link {
	var out []Link
	for _, l := range e.Links {
		if l.Kind == KindCode {
			out = append(out, l)
		}
	}
	return out
}

// linksIn scans texts for links, normalises them and drops repeats of the
// same canonical URL and path.
func linksIn(texts ...string) []Link {
	var links []Link
	for _, t := range texts {
		for _, span := range ScanLinks(t) {
			l, ok := Normalize(span.Raw)
			if ok && !hasLink(links, l) {
				links = append(links, l)
			}
		}
	}
	return links
}

// hasLink reports whether links holds l's URL and path already. Entries
// have a handful of links, so a scan beats a map.
func hasLink(links []Link, l Link) bool {
	for _, m := range links {
		if m.URL == l.URL && m.Path == l.Path {
			return true
		}
	}
	return false
}
