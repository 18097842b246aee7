package extract

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
)

// hfPaper is a paper in the Hugging Face daily-papers API.
type hfPaper struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Summary string `json:"summary"`
	Authors []struct {
		Name string `json:"name"`
	} `json:"authors"`
	PublishedAt string `json:"publishedAt"`
	Upvotes     int    `json:"upvotes"`
	GithubRepo  string `json:"githubRepo"`
	ProjectPage string `json:"projectPage"`
	// The Hugging Face organisation the paper is under, {"name": ...};
	// read leniently (hfOrgName), so that another shape skips nothing.
	Organization json.RawMessage `json:"organization"`
}

// hfItem is one element of the API's array: {"paper": {...}, ...} or the
// paper object itself. The element may name the organisation beside the
// paper.
type hfItem struct {
	Paper *hfPaper `json:"paper"`
	hfPaper
}

// hfOrgName is the name of an organisation as the API gives it, an
// object with a name or a name alone; "" for anything else, or a name
// that is no Hugging Face account's.
func hfOrgName(raw json.RawMessage) string {
	var org struct {
		Name string `json:"name"`
	}
	name := ""
	if json.Unmarshal(raw, &org) == nil {
		name = org.Name
	} else if json.Unmarshal(raw, &name) != nil {
		return ""
	}
	if !hfAccountName(name) {
		return ""
	}
	return name
}

// readHFJSON reads the Hugging Face daily-papers API's JSON.
func (x *Extractor) readHFJSON(ctx context.Context, lr *lineReader, emit func(*rawEntry), stopped func() bool) error {
	return readArray(ctx, lr, emit, stopped, hfEntry)
}

// readArray reads a JSON array of papers, making an entry of each element
// with entry, at the element's line: the elements are decoded, and their
// entries made, on every core (decodeArray).
func readArray[T any](ctx context.Context, lr *lineReader, emit func(*rawEntry), stopped func() bool, entry func(*T) (*rawEntry, error)) error {
	return decodeArray(ctx, lr, func(b []byte) (*rawEntry, error) {
		var item T
		if err := json.Unmarshal(b, &item); err != nil {
			return nil, err
		}
		return entry(&item)
	}, func(re *rawEntry, line int) bool {
		re.line = line
		emit(re)
		return !stopped()
	})
}

// hfEntry makes an entry of one paper of the daily-papers API's JSON.
func hfEntry(item *hfItem) (*rawEntry, error) {
	p := item.hfPaper
	if item.Paper != nil {
		p = *item.Paper
	}
	if strings.TrimSpace(p.Title) == "" {
		return nil, errors.New("a paper without a title")
	}
	re := &rawEntry{title: collapseSpace(p.Title), authors: -1, upvotes: p.Upvotes, dateText: p.PublishedAt}
	if p.Summary != "" {
		re.abstract = []string{strings.TrimSpace(p.Summary)}
	}
	for _, a := range p.Authors {
		if name := collapseSpace(a.Name); name != "" {
			re.authorNames = append(re.authorNames, name)
		}
	}
	if len(p.Authors) > 0 {
		re.authors = len(p.Authors)
	}
	if len(p.PublishedAt) >= 10 {
		re.dateISO = isoDate(p.PublishedAt[:10])
	}
	if id := stripArxivVersion(p.ID); plausibleArxivID(id) {
		re.arxivID = id
		re.explicit = append(re.explicit, "https://arxiv.org/abs/"+id)
	}
	for _, u := range []string{p.GithubRepo, p.ProjectPage} {
		if u != "" {
			re.explicit = append(re.explicit, u)
		}
	}
	org := hfOrgName(p.Organization)
	if org == "" && item.Paper != nil {
		org = hfOrgName(item.Organization)
	}
	if org != "" {
		re.explicit = append(re.explicit, "https://huggingface.co/"+org)
	}
	return re, nil
}

// pwcRow is a row of a Papers with Code dump: the
// links-between-papers-and-code dump, a row a paper and repository, or
// the papers-with-abstracts dump, a row a paper.
type pwcRow struct {
	PaperTitle   string `json:"paper_title"`
	PaperArxivID string `json:"paper_arxiv_id"`
	PaperURLAbs  string `json:"paper_url_abs"`
	RepoURL      string `json:"repo_url"`
	IsOfficial   *bool  `json:"is_official"`
	Framework    string `json:"framework"`

	Title      string   `json:"title"`
	ArxivID    string   `json:"arxiv_id"`
	URLAbs     string   `json:"url_abs"`
	Abstract   string   `json:"abstract"`
	Authors    []string `json:"authors"`
	Date       string   `json:"date"`
	Proceeding string   `json:"proceeding"`
}

// paper is the row's paper, in whichever dump's names.
func (r *pwcRow) paper() (title, arxivID, abs string) {
	title, arxivID, abs = r.PaperTitle, r.PaperArxivID, r.PaperURLAbs
	if title == "" {
		title = r.Title
	}
	if arxivID == "" {
		arxivID = r.ArxivID
	}
	if abs == "" {
		abs = r.URLAbs
	}
	return title, arxivID, abs
}

// readPwCJSON streams a Papers with Code dump, one row at a time, and
// makes one entry of each run of rows about the same paper; rows about a
// paper seen earlier in the file are joined to it by Merge, not here, so
// memory stays bounded by one paper.
func (x *Extractor) readPwCJSON(ctx context.Context, lr *lineReader, emit func(*rawEntry), stopped func() bool) error {
	var cur *rawEntry
	curKey := ""
	official := map[string]bool{}
	flush := func() {
		if cur != nil {
			cur.official = official
			emit(cur)
		}
		cur, curKey, official = nil, "", map[string]bool{}
	}
	// Rows are decoded on every core and joined here, in order.
	err := decodeArray(ctx, lr, func(b []byte) (*pwcRow, error) {
		row := new(pwcRow)
		if err := json.Unmarshal(b, row); err != nil {
			return nil, err
		}
		if title, arxivID, _ := row.paper(); strings.TrimSpace(title) == "" && arxivID == "" {
			return nil, errors.New("a row without a paper")
		}
		return row, nil
	}, func(row *pwcRow, line int) bool {
		title, arxivID, abs := row.paper()
		key := arxivID
		if key == "" {
			key = strings.ToLower(collapseSpace(title))
		}
		if key != curKey {
			flush()
			curKey = key
			cur = &rawEntry{title: collapseSpace(title), line: line, authors: -1}
			if id := stripArxivVersion(arxivID); plausibleArxivID(id) {
				cur.arxivID = id
			}
			if abs != "" {
				cur.explicit = append(cur.explicit, abs)
			}
		}
		if row.Abstract != "" && len(cur.abstract) == 0 {
			cur.abstract = []string{strings.TrimSpace(row.Abstract)}
		}
		if len(row.Authors) > 0 {
			cur.authorNames = nil
			for _, a := range row.Authors {
				if name := collapseSpace(a); name != "" {
					cur.authorNames = append(cur.authorNames, name)
				}
			}
			cur.authors = len(row.Authors)
		}
		if row.Date != "" {
			cur.dateText, cur.dateISO = row.Date, isoDate(row.Date)
		}
		if row.Proceeding != "" {
			cur.venue = row.Proceeding
		}
		if row.RepoURL != "" {
			cur.explicit = append(cur.explicit, row.RepoURL)
			if row.IsOfficial != nil {
				official[row.RepoURL] = *row.IsOfficial
			}
		}
		return !stopped()
	})
	flush()
	return err
}
