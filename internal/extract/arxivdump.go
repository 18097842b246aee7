package extract

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// arxivPaper is a line of the arXiv metadata snapshot (the Kaggle dataset
// "arxiv-metadata-oai-snapshot.json"): one paper, as arXiv's OAI feed
// describes it.
type arxivPaper struct {
	ID            string     `json:"id"`
	Title         string     `json:"title"`
	Authors       string     `json:"authors"`
	AuthorsParsed [][]string `json:"authors_parsed"`
	Abstract      string     `json:"abstract"`
	Comments      string     `json:"comments"`
	JournalRef    string     `json:"journal-ref"`
	DOI           string     `json:"doi"`
	Versions      []struct {
		Created string `json:"created"`
	} `json:"versions"`
}

// readArxivJSON streams the arXiv metadata snapshot, a paper a line. Its
// code links are in the abstracts and comments ("Code is available at
// https://github.com/...").
func (x *Extractor) readArxivJSON(ctx context.Context, lr *lineReader, emit func(*rawEntry), stopped func() bool) error {
	return decodeLines(ctx, lr, func(line []byte) (*rawEntry, error) {
		var p arxivPaper
		if err := json.Unmarshal(line, &p); err != nil {
			return nil, err
		}
		return arxivEntry(&p)
	}, func(re *rawEntry, err error, n int) bool {
		if err != nil {
			lr.report(&InputError{File: lr.file, Line: n, Err: fmt.Errorf("skipped: %v", err)})
			return true
		}
		re.line = n
		emit(re)
		return !stopped()
	})
}

// parsedName is "First Last Suffix" of the snapshot's [last, first,
// suffix] ("Liu", "Sijia", "").
func parsedName(parts []string) string {
	if len(parts) == 0 {
		return ""
	}
	name := parts[0]
	if len(parts) > 1 {
		name = parts[1] + " " + name
	}
	if len(parts) > 2 {
		name += " " + parts[2]
	}
	return collapseSpace(name)
}

// arxivEntry makes an entry of one paper of the snapshot.
func arxivEntry(p *arxivPaper) (*rawEntry, error) {
	title := collapseSpace(p.Title)
	if title == "" {
		return nil, errors.New("a paper without a title")
	}
	re := &rawEntry{title: title, authors: -1, venue: collapseSpace(p.JournalRef)}
	if a := collapseSpace(p.Abstract); a != "" {
		re.abstract = append(re.abstract, a)
	}
	switch {
	case len(p.AuthorsParsed) > 0:
		var names []string
		for _, parts := range p.AuthorsParsed {
			if name := parsedName(parts); name != "" {
				names = append(names, name)
			}
		}
		re.authorNames, re.authors = names, len(p.AuthorsParsed)
	case strings.TrimSpace(p.Authors) != "":
		re.setAuthors(splitAuthors(p.Authors))
	}
	if len(p.Versions) > 0 {
		// The first version's date is the paper's: "Mon, 2 Apr 2007 19:18:42 GMT".
		if t, err := time.Parse("Mon, 2 Jan 2006 15:04:05 MST", p.Versions[0].Created); err == nil {
			re.dateISO = t.UTC().Format(time.DateOnly)
			re.dateText = re.dateISO
		}
	}
	if id := stripArxivVersion(p.ID); plausibleArxivID(id) {
		re.arxivID = id
		re.explicit = append(re.explicit, "https://arxiv.org/abs/"+id)
	}
	// The comments are no abstract ("12 pages, 5 figures"), but often
	// give the code ("Code: https://github.com/...").
	for _, span := range ScanLinks(p.Comments) {
		re.explicit = append(re.explicit, span.Raw)
	}
	if re.venue == "" {
		re.venue = commentVenue(p.Comments) // "Accepted at ICML 2024"
	}
	if doi := strings.TrimSpace(p.DOI); doi != "" {
		// Several DOIs are given space-separated; the first names the paper.
		re.explicit = append(re.explicit, "https://doi.org/"+strings.Fields(doi)[0])
	}
	return re, nil
}
