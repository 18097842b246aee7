package extract

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// lineCounter counts the newlines a JSON decoder has read past, so that
// entries in a streamed dump can name their line without the file being
// held: it keeps only the newline offsets not yet passed.
type lineCounter struct {
	r      io.Reader
	read   int64
	passed int     // newlines before the last offset asked about
	ahead  []int64 // offsets of newlines read but not yet passed
}

// Read reads from the underlying reader, noting where its newlines are.
func (lc *lineCounter) Read(p []byte) (int, error) {
	n, err := lc.r.Read(p)
	for i := 0; i < n; i++ {
		if p[i] == '\n' {
			lc.ahead = append(lc.ahead, lc.read+int64(i))
		}
	}
	lc.read += int64(n)
	return n, err
}

// lineAt is the 1-based line of byte offset off; offsets must not decrease.
func (lc *lineCounter) lineAt(off int64) int {
	i := sort.Search(len(lc.ahead), func(i int) bool { return lc.ahead[i] >= off })
	lc.passed += i
	lc.ahead = lc.ahead[i:]
	return lc.passed + 1
}

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
}

// hfItem is one element of the API's array: {"paper": {...}, ...} or the
// paper object itself.
type hfItem struct {
	Paper *hfPaper `json:"paper"`
	hfPaper
}

// forEachArrayElement streams a JSON array, decoding each element with
// decode at its starting line. A bad element is reported and skipped
// where the decoder can go on.
func forEachArrayElement(lr *lineReader, decode func(dec *json.Decoder, line int) error) error {
	lc := &lineCounter{r: lr.r}
	dec := json.NewDecoder(lc)
	tok, err := dec.Token()
	if err != nil {
		return &InputError{File: lr.file, Line: 1, Err: fmt.Errorf("not JSON: %v", err)}
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return &InputError{File: lr.file, Line: 1, Err: errors.New("want a JSON array of papers")}
	}
	for dec.More() {
		line := lc.lineAt(dec.InputOffset()) + newlinesBeforeValue(dec)
		if err := decode(dec, line); err != nil {
			var syn *json.SyntaxError
			if errors.As(err, &syn) || errors.Is(err, io.ErrUnexpectedEOF) {
				return &InputError{File: lr.file, Line: lc.lineAt(dec.InputOffset()), Err: fmt.Errorf("bad JSON: %v", err)}
			}
			lr.report(&InputError{File: lr.file, Line: line, Err: fmt.Errorf("skipped: %v", err)})
		}
	}
	return nil
}

// newlinesBeforeValue counts the line breaks between the decoder's offset
// and the next value (past the comma), looking into its buffer without
// consuming it.
func newlinesBeforeValue(dec *json.Decoder) int {
	var buf [256]byte
	n, _ := dec.Buffered().Read(buf[:])
	lines := 0
	for _, c := range buf[:n] {
		switch c {
		case '\n':
			lines++
		case ' ', '\t', '\r', ',':
		default:
			return lines
		}
	}
	return lines
}

// readHFJSON reads the Hugging Face daily-papers API's JSON.
func (x *Extractor) readHFJSON(lr *lineReader, emit func(*rawEntry)) error {
	return readArray(lr, emit, hfEntry)
}

// readArray reads a JSON array of papers, making an entry of each element
// with entry, at the element's line.
func readArray[T any](lr *lineReader, emit func(*rawEntry), entry func(*T) (*rawEntry, error)) error {
	return forEachArrayElement(lr, func(dec *json.Decoder, line int) error {
		var item T
		if err := dec.Decode(&item); err != nil {
			return err
		}
		re, err := entry(&item)
		if err != nil {
			return err
		}
		re.line = line
		emit(re)
		return nil
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
func (x *Extractor) readPwCJSON(lr *lineReader, emit func(*rawEntry)) error {
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
	err := forEachArrayElement(lr, func(dec *json.Decoder, line int) error {
		var row pwcRow
		if err := dec.Decode(&row); err != nil {
			return err
		}
		title, arxivID, abs := row.paper()
		if strings.TrimSpace(title) == "" && arxivID == "" {
			return errors.New("a row without a paper")
		}
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
			cur.authorNames = row.Authors
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
		return nil
	})
	flush()
	return err
}
