package extract

import (
	"context"
	"encoding/json"
	"errors"
	"html"
	"sort"
	"strconv"
	"strings"
	"time"
)

// readAPIJSON reads what scholarly APIs answer with: an array of papers,
// alone or inside an object ({"data": [...]}: Semantic Scholar;
// {"results": [...]}: OpenAlex; {"notes": [...]}: OpenReview; {"message":
// {"items": [...]}}: Crossref; {"result": {"hits": {"hit": [...]}}}:
// dblp), each paper an object whose fields are found by the names those
// APIs give them (apiPaper).
func (x *Extractor) readAPIJSON(ctx context.Context, lr *lineReader, emit func(*rawEntry), stopped func() bool) error {
	items := newArrayItems(lr)
	items.wrapped = true
	return decodeItemsOf(ctx, lr, items, func(b []byte) (*rawEntry, error) {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(b, &obj); err != nil {
			return nil, err
		}
		return apiPaper(obj)
	}, func(re *rawEntry, line int) bool {
		if re != nil {
			re.line = line
			emit(re)
		}
		return !stopped()
	})
}

// errNoTitle is reported for a paper object without a title.
var errNoTitle = errors.New("a paper without a title")

// apiPaper makes an entry of a paper object. The fields are looked up by
// the names the APIs use, in order, each a string or an object or array
// holding one ({"value": ...} in OpenReview, ["..."] in Crossref); a
// paper under "paper" (Hugging Face), "content" (OpenReview) or "info"
// (dblp) is read there first.
func apiPaper(obj map[string]json.RawMessage) (*rawEntry, error) {
	f := apiFields{obj}
	for _, inner := range []string{"paper", "content", "info"} {
		var sub map[string]json.RawMessage
		if raw, ok := obj[inner]; ok && json.Unmarshal(raw, &sub) == nil {
			f = append(apiFields{sub}, f...)
		}
	}
	title := collapseSpace(dropTextMarkup(f.text("title", "display_name", "paper_title")))
	title = dropFinalStop(title) // dblp's
	if title == "" {
		return nil, errNoTitle
	}
	re := &rawEntry{title: title, authors: -1}
	if names := f.authors(); len(names) > 0 {
		re.setAuthors(names, false)
	}
	abstract := f.text("abstract", "summary", "tldr", "TL;DR")
	if abstract == "" {
		abstract = f.invertedAbstract()
	}
	if abstract = collapseSpace(htmlText(dropJATSHeading(abstract))); abstract != "" {
		re.abstract = []string{abstract}
	}
	re.dateText, re.dateISO = f.date()
	re.venue = collapseSpace(f.text("venue", "journal", "container-title", "publicationVenue", "host_venue", "primary_location", "booktitle"))
	if re.venue == "" {
		re.venue = preprintServers[strings.ToLower(f.text("server"))] // bioRxiv's and medRxiv's API
	}
	if n, err := strconv.Atoi(f.text("upvotes")); err == nil && n > 0 {
		re.upvotes = n
	}
	// Ids: {"externalIds": {"ArXiv": ..., "DOI": ...}} (Semantic
	// Scholar), "doi" as a DOI or its address (OpenAlex, Crossref).
	ids := f.sub("externalIds", "external_ids", "ids")
	arxiv := apiFields{ids}.text("ArXiv", "arxiv", "arXiv")
	if arxiv == "" {
		arxiv = f.text("arxivId", "arxiv_id", "arxiv")
	}
	if id := stripArxivVersion(strings.TrimPrefix(strings.ToLower(arxiv), "arxiv:")); plausibleArxivID(id) {
		re.arxivID = id
		re.explicit = append(re.explicit, "https://arxiv.org/abs/"+id)
	}
	doi := apiFields{ids}.text("DOI", "doi")
	if doi == "" {
		doi = f.text("doi", "DOI")
	}
	if doi = strings.TrimPrefix(strings.TrimPrefix(doi, "https://doi.org/"), "http://dx.doi.org/"); strings.HasPrefix(doi, "10.") {
		re.explicit = append(re.explicit, "https://doi.org/"+doi)
	}
	re.explicit = append(re.explicit, f.links()...)
	// OpenReview's notes name their forum, and their PDF by its path.
	if forum := f.text("forum"); forum != "" && obj["content"] != nil && !strings.ContainsAny(forum, "/?# ") {
		re.explicit = append(re.explicit, "https://openreview.net/forum?id="+forum)
	}
	return re, nil
}

// apiFields are the objects a paper's fields are looked up in, the
// first first.
type apiFields []map[string]json.RawMessage

// linkKeys are the fields that hold a paper's links.
var linkKeys = []string{"url", "URL", "url_abs", "abs_url", "paper_url", "paperUrl", "arxiv_url", "html_url",
	"pdf_url", "url_pdf", "pdfUrl", "pdf", "openAccessPdf", "open_access", "best_oa_location", "code", "code_url",
	"codeUrl", "github", "githubRepo", "github_url", "repo", "repo_url", "repository", "repository_url",
	"project", "projectPage", "project_page", "homepage", "link", "links", "ee"}

// text is the first of the named fields that holds text.
func (f apiFields) text(keys ...string) string {
	for _, key := range keys {
		for _, obj := range f {
			if raw, ok := obj[key]; ok {
				if s := rawText(raw, 0); s != "" {
					return s
				}
			}
		}
	}
	return ""
}

// sub is the first of the named fields that holds an object.
func (f apiFields) sub(keys ...string) map[string]json.RawMessage {
	for _, key := range keys {
		for _, obj := range f {
			var m map[string]json.RawMessage
			if raw, ok := obj[key]; ok && json.Unmarshal(raw, &m) == nil {
				return m
			}
		}
	}
	return nil
}

// rawText reads a field's text: a string, a number, the first text of an
// array, or the text of an object's "value", "text", "name",
// "display_name" or "source" ({"value": "..."}, {"text": ...} of a TL;DR,
// {"source": {"display_name": ...}} of a location).
func rawText(raw json.RawMessage, depth int) string {
	if depth > 3 || len(raw) == 0 {
		return ""
	}
	switch raw[0] {
	case '"':
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return strings.TrimSpace(s)
		}
	case '[':
		var arr []json.RawMessage
		if json.Unmarshal(raw, &arr) == nil {
			for _, v := range arr {
				if s := rawText(v, depth+1); s != "" {
					return s
				}
			}
		}
	case '{':
		var m map[string]json.RawMessage
		if json.Unmarshal(raw, &m) == nil {
			for _, key := range []string{"value", "text", "name", "display_name", "source"} {
				if v, ok := m[key]; ok {
					if s := rawText(v, depth+1); s != "" {
						return s
					}
				}
			}
		}
	default:
		if s := string(raw); s != "null" && s != "true" && s != "false" {
			return s // a number
		}
	}
	return ""
}

// authors reads the authors: names, or objects naming them ({"name"},
// {"display_name"}, {"given", "family"}, OpenAlex's {"author":
// {"display_name"}}), or OpenReview's {"value": [names]}, or dblp's
// {"author": [{"text": name}]} ({"author": {"text": name}} for one).
func (f apiFields) authors() []string {
	for _, key := range []string{"authors", "author", "authorships", "creators"} {
		for _, obj := range f {
			raw, ok := obj[key]
			if !ok {
				continue
			}
			var wrapped struct {
				Value  []json.RawMessage `json:"value"`
				Author json.RawMessage   `json:"author"`
			}
			var arr []json.RawMessage
			if json.Unmarshal(raw, &arr) != nil {
				if json.Unmarshal(raw, &wrapped) != nil {
					if s := rawText(raw, 0); s != "" {
						names, _ := splitAuthors(s) // "A, B and C"
						return names
					}
					continue
				}
				arr = wrapped.Value
				if len(wrapped.Author) > 0 && json.Unmarshal(wrapped.Author, &arr) != nil {
					arr = []json.RawMessage{wrapped.Author} // dblp's one author
				}
			}
			var names []string
			for _, a := range arr {
				if name := authorName(a); name != "" {
					names = append(names, name)
				}
			}
			if len(names) > 0 {
				return names
			}
		}
	}
	return nil
}

// authorName reads one author: a name, or an object that names one.
func authorName(raw json.RawMessage) string {
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil {
		return collapseSpace(rawText(raw, 0))
	}
	if a, ok := m["author"]; ok { // OpenAlex's authorship
		return authorName(a)
	}
	for _, key := range []string{"name", "display_name", "fullName", "full_name", "text"} {
		if s := rawText(m[key], 0); s != "" {
			return dropHomonymNumber(collapseSpace(s))
		}
	}
	return collapseSpace(rawText(m["given"], 0) + " " + rawText(m["family"], 0))
}

// dropFinalStop drops the full stop dblp ends every title with; an
// ellipsis stays.
func dropFinalStop(title string) string {
	if strings.HasSuffix(title, ".") && !strings.HasSuffix(title, "..") {
		return strings.TrimSpace(strings.TrimSuffix(title, "."))
	}
	return title
}

// dropHomonymNumber drops the number dblp tells people of one name apart
// by ("Sijia Liu 0001").
func dropHomonymNumber(name string) string {
	if i := strings.LastIndexByte(name, ' '); i > 0 && len(name)-i == 5 && name[i+1] == '0' && allDigits(name[i+1:]) {
		return name[:i]
	}
	return name
}

// date reads the date: a day written out ("2024-01-05", with a time or
// not), a year, Crossref's {"date-parts": [[2024, 1, 5]]}, or
// OpenReview's milliseconds.
func (f apiFields) date() (text, iso string) {
	for _, key := range []string{"publicationDate", "publication_date", "publishedAt", "published_date", "published",
		"published-print", "published-online", "issued", "date", "pdate", "odate", "year", "publication_year", "cdate"} {
		for _, obj := range f {
			raw, ok := obj[key]
			if !ok || len(raw) == 0 || string(raw) == "null" {
				continue
			}
			var parts struct {
				DateParts [][]json.RawMessage `json:"date-parts"`
			}
			if raw[0] == '{' && json.Unmarshal(raw, &parts) == nil && len(parts.DateParts) > 0 {
				if text, iso := cslDate(parts.DateParts[0]); text != "" {
					return text, iso
				}
				continue
			}
			s := rawText(raw, 0)
			if ms, err := strconv.ParseInt(s, 10, 64); err == nil && ms > 1e11 && (key == "pdate" || key == "odate" || key == "cdate") {
				day := time.UnixMilli(ms).UTC().Format(time.DateOnly)
				return day, day
			}
			if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
				s = s[:10]
			}
			// bioRxiv's "published" is the published version's DOI, or "NA".
			if s != "" && !strings.HasPrefix(s, "10.") && (hasYear(s) || isoDate(s) != "") {
				return s, isoDate(s)
			}
		}
	}
	return "", ""
}

// links gathers the addresses in the link fields, however deep in them
// ({"openAccessPdf": {"url": ...}}, {"links": [{"href": ...}]}).
func (f apiFields) links() []string {
	var out []string
	for _, key := range linkKeys {
		for _, obj := range f {
			if raw, ok := obj[key]; ok {
				out = appendURLs(out, raw, 0)
			}
		}
	}
	return out
}

// appendURLs appends the web addresses a JSON value holds: its strings
// that are addresses, in arrays and objects, up to a small depth. OpenReview's
// "/pdf/..." is an address on openreview.net.
func appendURLs(out []string, raw json.RawMessage, depth int) []string {
	if depth > 3 || len(raw) == 0 {
		return out
	}
	switch raw[0] {
	case '"':
		var s string
		if json.Unmarshal(raw, &s) == nil {
			s = strings.TrimSpace(s)
			switch {
			case strings.HasPrefix(s, "http://"), strings.HasPrefix(s, "https://"):
				out = append(out, s)
			case strings.HasPrefix(s, "/pdf/") || strings.HasPrefix(s, "/pdf?id="):
				out = append(out, "https://openreview.net"+s)
			}
		}
	case '[':
		var arr []json.RawMessage
		if json.Unmarshal(raw, &arr) == nil {
			for _, v := range arr {
				out = appendURLs(out, v, depth+1)
			}
		}
	case '{':
		var m map[string]json.RawMessage
		if json.Unmarshal(raw, &m) == nil {
			keys := make([]string, 0, len(m))
			for k := range m {
				keys = append(keys, k)
			}
			sort.Strings(keys) // the same links in the same order, every run
			for _, k := range keys {
				out = appendURLs(out, m[k], depth+1)
			}
		}
	}
	return out
}

// invertedAbstract rebuilds OpenAlex's abstract_inverted_index, each
// word with the places it stands at, into the abstract.
func (f apiFields) invertedAbstract() string {
	for _, obj := range f {
		raw, ok := obj["abstract_inverted_index"]
		if !ok {
			continue
		}
		var index map[string][]int
		if json.Unmarshal(raw, &index) != nil {
			continue
		}
		n := 0
		for _, places := range index {
			for _, p := range places {
				n = max(n, p+1)
			}
		}
		if n > maxInvertedWords {
			return ""
		}
		words := make([]string, n)
		for w, places := range index {
			for _, p := range places {
				if p >= 0 {
					words[p] = w
				}
			}
		}
		return strings.Join(words, " ")
	}
	return ""
}

// maxInvertedWords bounds an abstract rebuilt from an inverted index,
// whose places a hostile file could make huge.
const maxInvertedWords = 20000

// dropTextMarkup drops the markup of a title's text, as Crossref and
// OpenAlex give it ("Sparse <i>k</i>-Means in L<sub>2</sub>", MathML's
// "<mml:math>...</mml:math>"), keeping what it marks up. Only the tags of
// text styles and of formulas go: a title that reads "<script>" as text
// keeps it, to be escaped where it is shown.
func dropTextMarkup(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	dropped := false
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		name := strings.ToLower(strings.TrimPrefix(s[i+1:i+j], "/"))
		if k := strings.IndexAny(name, " \t\n/"); k >= 0 {
			name = name[:k]
		}
		b.WriteString(s[:i])
		if textStyleTags[name] || strings.HasPrefix(name, "mml:") || strings.HasPrefix(name, "jats:") {
			dropped = true
		} else {
			b.WriteString(s[i : i+j+1])
		}
		s = s[i+j+1:]
	}
	b.WriteString(s)
	if !dropped {
		return b.String()
	}
	return html.UnescapeString(b.String()) // "&amp;" beside the markup
}

// textStyleTags are the tags of text styles in scholarly metadata (HTML's
// and JATS's, whose small capitals are <scp>), and of the links and code
// inside a text.
var textStyleTags = wordSet("i b em strong sub sup scp sc tt u s small big span italic bold a code var")

// dropJATSHeading drops the heading of a JATS abstract
// ("<jats:title>Abstract</jats:title><jats:p>..."), which Crossref keeps,
// so that the abstract does not begin "Abstract We study".
func dropJATSHeading(s string) string {
	t := strings.TrimSpace(s)
	if !strings.HasPrefix(t, "<jats:title>") {
		return s
	}
	if _, rest, ok := strings.Cut(t, "</jats:title>"); ok {
		return rest
	}
	return s
}

// preprintServers names the servers whose APIs name themselves in a
// paper's "server" field.
var preprintServers = map[string]string{"biorxiv": "bioRxiv", "medrxiv": "medRxiv"}
