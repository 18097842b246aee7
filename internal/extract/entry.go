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
	// AuthorNames are the authors' names, "First Last", when the listing
	// gives them (BibTeX, the JSON formats, a Markdown byline, "Authors" field or
	// column); a Daily Papers page gives only how many. "A et al." names
	// the first alone.
	AuthorNames []string
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
	// Section is the heading path the entry stands under in a Markdown
	// list ("Papers / 2024"); Venue is where it appeared, when given.
	Section string
	Venue   string
	// Sources lists every place the paper was read, when Merge joined
	// several entries into this one; Source is the first of them.
	Sources []Source

	// The keys Merge compares, worked out with the rest of the entry on
	// the extraction workers rather than one by one in Merge.
	paperKey, titleKeyCache string
	// idHash is the hash of the id's base, for giving ids in order fast;
	// hashed is false when it was not worked out.
	idHash idHash
	hashed bool
	// keys are the hashes of the paper key and, with an arXiv id, the
	// title key, which a links-only read looks the paper up by; nKeys
	// says how many of them build worked out.
	keys  [2]idHash
	nKeys int
}

// Source is where an entry was read: the file ("-" for standard input) and
// the 1-based line its title starts on.
type Source struct {
	File string `json:"file"`
	Line int    `json:"line"`
}

// linksIn scans a title and paragraphs for links, after the explicit ones,
// normalises them and drops repeats of the same canonical URL and path.
func linksIn(explicit []string, title string, paras []string) []Link {
	var links []Link
	for _, raw := range explicit {
		links = appendLink(links, raw)
	}
	for _, span := range ScanLinks(title) {
		links = appendLink(links, span.Raw)
	}
	for _, t := range paras {
		for _, span := range ScanLinks(t) {
			links = appendLink(links, span.Raw)
		}
	}
	return links
}

// appendLink appends raw's link to links, unless it is no link or one
// they hold.
func appendLink(links []Link, raw string) []Link {
	if l, ok := Normalize(raw); ok && !hasLink(links, l) {
		links = append(links, l)
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
