package extract

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// cslItem is an item of CSL JSON, what Zotero, Mendeley and pandoc export
// a bibliography as.
type cslItem struct {
	Title    string            `json:"title"`
	Abstract string            `json:"abstract"`
	Author   []json.RawMessage `json:"author"`
	Issued   struct {
		// Numbers, or strings of digits as some exports write them.
		DateParts [][]json.RawMessage `json:"date-parts"`
	} `json:"issued"`
	ContainerTitle string `json:"container-title"`
	URL            string `json:"URL"`
	DOI            string `json:"DOI"`
	Number         string `json:"number"`
	Note           string `json:"note"`
}

// readCSLJSON reads a CSL JSON array, an item at a time.
func (x *Extractor) readCSLJSON(ctx context.Context, lr *lineReader, emit func(*rawEntry), stopped func() bool) error {
	return readArray(ctx, lr, emit, stopped, cslEntry)
}

// cslEntry makes an entry of one item: its URL and DOI are its links,
// with those its note gives ("Code: https://github.com/..."); an arXiv
// id comes from the URL, the number ("arXiv:2304.04934") or the note.
func cslEntry(it *cslItem) (*rawEntry, error) {
	title := collapseSpace(it.Title)
	if title == "" {
		return nil, errors.New("an item without a title")
	}
	re := &rawEntry{title: title, authors: -1, venue: collapseSpace(it.ContainerTitle)}
	if a := collapseSpace(it.Abstract); a != "" {
		re.abstract = []string{a}
	}
	if len(it.Author) > 0 {
		re.authors = len(it.Author)
		for _, raw := range it.Author {
			var a struct {
				Given   string `json:"given"`
				Family  string `json:"family"`
				Literal string `json:"literal"`
			}
			// An author of another shape still counts, unnamed.
			if json.Unmarshal(raw, &a) == nil {
				if name := collapseSpace(a.Given + " " + a.Family + " " + a.Literal); name != "" {
					re.authorNames = append(re.authorNames, name)
				}
			}
		}
	}
	if parts := it.Issued.DateParts; len(parts) > 0 && len(parts[0]) > 0 {
		re.dateText, re.dateISO = cslDate(parts[0])
	}
	if u := strings.TrimSpace(it.URL); u != "" {
		re.explicit = append(re.explicit, u)
	}
	if doi := strings.TrimSpace(it.DOI); doi != "" {
		re.explicit = append(re.explicit, "https://doi.org/"+strings.TrimPrefix(doi, "https://doi.org/"))
	}
	for _, s := range []string{it.Number, it.Note} {
		if id := arxivIDIn(s); id != "" && re.arxivID == "" {
			re.arxivID = id
			if !strings.Contains(strings.ToLower(it.URL), "arxiv.org/") { // else the URL links it
				re.explicit = append(re.explicit, "https://arxiv.org/abs/"+id)
			}
		}
	}
	for _, span := range ScanLinks(it.Note) {
		re.explicit = append(re.explicit, span.Raw)
	}
	return re, nil
}

// cslDate writes CSL's date parts ([2024, 3, 11], [2024, 3], [2024]) as
// text and, when the day is given, as an ISO date.
func cslDate(parts []json.RawMessage) (text, iso string) {
	n := make([]int, 0, 3)
	for _, p := range parts[:min(len(parts), 3)] {
		v, err := strconv.Atoi(strings.Trim(string(p), `"`))
		if err != nil || v < 1 || v > 9999 {
			return "", ""
		}
		n = append(n, v)
	}
	switch len(n) {
	case 0: // {"date-parts": [[]]}
		return "", ""
	case 1:
		return fmt.Sprintf("%04d", n[0]), ""
	case 2:
		return fmt.Sprintf("%04d-%02d", n[0], n[1]), ""
	}
	text = fmt.Sprintf("%04d-%02d-%02d", n[0], n[1], n[2])
	if _, err := time.Parse(time.DateOnly, text); err != nil {
		return text, ""
	}
	return text, text
}
