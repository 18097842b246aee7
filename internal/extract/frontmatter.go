package extract

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
)

// A Markdown note about one paper often says what the paper is in YAML
// front matter: an Obsidian or Zotero literature note, a Hugo Academic
// publication page, a digest's page a paper ("title:", "authors:",
// "date:", "arxiv_id:", "url_code:"). linkgraph reads the top level of
// that front matter, not YAML at large: "key: value" lines, a value
// quoted or not, a list as "[a, b]" or as "- item" lines under its key,
// and a "|" or ">" block of lines; nested maps only give their links.

// maxFrontMatterBytes bounds the front matter looked for: a note's is a
// few hundred bytes, and a document that opens with "---" and never
// closes it is not scanned to its end.
const maxFrontMatterBytes = 1 << 20

// splitFrontMatter finds the front matter a document opens with,
// between a "---" line and the next "---" or "..." line. It returns the
// entry its fields give, or nil when they give no paper, and the
// document with the front matter's bytes blanked (its lines kept, so
// that the body's lines keep their numbers). A document with no front
// matter is returned as it is.
func splitFrontMatter(src []byte) (*rawEntry, []byte) {
	first, rest, ok := bytes.Cut(src, []byte("\n"))
	if !ok || string(bytes.TrimRight(first, " \r")) != "---" {
		return nil, src
	}
	end := -1 // where the closing line starts
	for off := len(first) + 1; off < len(src) && off <= maxFrontMatterBytes; {
		line, _, _ := bytes.Cut(src[off:], []byte("\n"))
		if t := string(bytes.TrimRight(line, " \r")); t == "---" || t == "..." {
			end = off
			break
		}
		off += len(line) + 1
	}
	if end < 0 {
		return nil, src
	}
	fields, ok := frontFields(string(rest[:end-len(first)-1]))
	if !ok {
		return nil, src // a rule, not front matter
	}
	re := frontEntry(fields)
	body := bytes.Clone(src)
	stop := len(src) // the end of the closing line
	if i := bytes.IndexByte(src[end:], '\n'); i >= 0 {
		stop = end + i
	}
	for i := range stop {
		if body[i] != '\n' {
			body[i] = ' '
		}
	}
	return re, body
}

// A frontField is one top-level key of front matter, with its value as
// written after the key and the lines nested under it.
type frontField struct {
	key, value string
	line       int // 1-based, in the document
	nested     []string
}

// frontFields splits front matter (the lines after the opening "---")
// into its top-level keys. It reports false when the lines are not YAML's
// keys: a Markdown document may open with a rule ("---") over its
// headings and lists, up to another rule, which is no front matter.
func frontFields(yaml string) ([]frontField, bool) {
	var out []frontField
	for i, line := range strings.Split(yaml, "\n") {
		line = strings.TrimRight(line, " \r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if line[0] == ' ' || line[0] == '\t' || line[0] == '-' {
			if len(out) == 0 {
				return nil, false // "- [Title](url)" before any key
			}
			out[len(out)-1].nested = append(out[len(out)-1].nested, line)
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok || !yamlKey(key) || value != "" && value[0] != ' ' && value[0] != '\t' {
			return nil, false
		}
		out = append(out, frontField{key: strings.ToLower(strings.Trim(key, `"'`)), value: strings.TrimSpace(value), line: i + 2})
	}
	return out, len(out) > 0
}

// yamlKey reports whether s is a key as front matter writes them: letters,
// digits, "_" and "-" ("title", "url_code", "publishDate"), or quoted.
func yamlKey(s string) bool {
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		return true
	}
	if s == "" || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '-' {
			return false
		}
	}
	return true
}

// yamlScalar drops a YAML scalar's quotation marks, reading ” in a single-
// quoted one and the common escapes in a double-quoted one.
func yamlScalar(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 {
		switch {
		case s[0] == '"' && s[len(s)-1] == '"':
			return strings.NewReplacer(`\"`, `"`, `\\`, `\`, `\n`, " ", `\t`, " ").Replace(s[1 : len(s)-1])
		case s[0] == '\'' && s[len(s)-1] == '\'':
			return strings.ReplaceAll(s[1:len(s)-1], "''", "'")
		}
	}
	if i := strings.Index(s, " #"); i >= 0 {
		s = strings.TrimSpace(s[:i]) // a comment after a plain scalar
	}
	return s
}

// text is a field's value as one string: its scalar, or the lines of a
// "|" or ">" block, or a list's items joined by ", ".
func (f frontField) text() string {
	if v := f.value; v != "" && v[0] != '|' && v[0] != '>' && v[0] != '[' {
		return yamlScalar(v)
	}
	return strings.Join(f.list(), ", ")
}

// values is the text of a field's value and of every line nested under
// it, each unquoted, one a line: where its links are.
func (f frontField) values() string {
	var b strings.Builder
	b.WriteString(yamlScalar(f.value))
	for _, line := range f.nested {
		t := strings.TrimPrefix(strings.TrimSpace(line), "- ")
		if k, v, ok := strings.Cut(t, ": "); ok && !strings.ContainsAny(k, " \"'") {
			t = v // "  url: http://...", a nested key's value
		}
		b.WriteByte('\n')
		b.WriteString(yamlScalar(t))
	}
	return b.String()
}

// list is a field's values: the items of "[a, b]" or of "- a" lines, or
// the lines of a block joined, or the scalar alone.
func (f frontField) list() []string {
	v := f.value
	switch {
	case strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]"):
		var out []string
		for _, item := range strings.Split(v[1:len(v)-1], ",") {
			if item = yamlScalar(item); item != "" {
				out = append(out, item)
			}
		}
		return out
	case v == "" || v[0] == '|' || v[0] == '>':
		var items, block []string
		for _, line := range f.nested {
			t := strings.TrimSpace(line)
			if item, ok := strings.CutPrefix(t, "- "); ok {
				if item = yamlScalar(item); item != "" && !strings.Contains(item, ": ") {
					items = append(items, item)
				}
			} else if v != "" {
				block = append(block, t)
			}
		}
		if v != "" {
			return []string{strings.Join(block, " ")}
		}
		return items
	}
	return []string{yamlScalar(v)}
}

// frontEntry reads the paper that front matter's fields name, or nil: it
// needs a title, and authors, an arXiv id, a DOI or a link to say that
// the title is a paper's, not a page's ("title: Publications").
func frontEntry(fields []frontField) *rawEntry {
	re := &rawEntry{authors: -1}
	named := false
	for _, f := range fields {
		key := strings.ReplaceAll(f.key, "-", "_")
		switch key {
		case "title":
			if t := collapseSpace(f.text()); re.title == "" || len(t) > len(re.title) {
				re.title, re.line = t, f.line
			}
		case "headline", "full_title", "paper_title", "long_title":
			// "title: CyberGym" beside "headline: CyberGym: Evaluating ...":
			// the longer is the paper's title, the other its short name.
			if t := collapseSpace(f.text()); len(t) > len(re.title) {
				re.title = t
				if re.line == 0 {
					re.line = f.line
				}
			}
		case "authors", "author":
			names := f.list()
			more := false
			if len(names) == 1 {
				names, more = splitAuthors(dropParens(names[0])) // "A, B and C (3 authors)", "Abid et al."
			}
			names = slices.DeleteFunc(names, func(name string) bool { return strings.Trim(name, "[] ") == "" })
			for i, name := range names {
				names[i] = strings.Trim(name, "[] ") // Obsidian's "[[Ann Smith]]"
			}
			if len(names) > 0 {
				re.setAuthors(names, more)
				named = true
			}
		case "date", "publishdate", "publish_date", "publication_date", "published", "year":
			t := f.text()
			if len(t) > 10 && t[10] == 'T' { // "2024-03-11T00:00:00Z"
				t = t[:10]
			}
			if re.dateText == "" || isoDate(t) != "" && re.dateISO == "" {
				re.dateText, re.dateISO = t, isoDate(t)
			}
		case "venue", "publication_short", "conference", "journal", "booktitle", "publication":
			// Hugo Academic's "publication_short: ICML 2023" over its
			// "publication: In *Proceedings of ...*".
			if re.venue == "" || key == "publication_short" {
				re.venue = collapseSpace(strings.Trim(f.text(), "*_ "))
			}
		case "abstract", "summary", "tldr", "description":
			if t := collapseSpace(f.text()); t != "" && len(re.abstract) == 0 {
				re.abstract = []string{t}
			}
		case "arxiv_id", "arxiv", "eprint":
			if id := stripArxivVersion(strings.TrimPrefix(strings.ToLower(f.text()), "arxiv:")); plausibleArxivID(id) {
				re.arxivID = id
				re.explicit = append(re.explicit, "https://arxiv.org/abs/"+id)
				named = true
			}
		case "doi":
			if doi := strings.TrimPrefix(strings.TrimPrefix(f.text(), "https://doi.org/"), "http://dx.doi.org/"); strings.HasPrefix(doi, "10.") {
				re.explicit = append(re.explicit, "https://doi.org/"+doi)
				named = true
			}
		case "github", "repo", "repository", "code":
			if repo := ownerRepo(f.text()); repo != "" {
				re.explicit = append(re.explicit, "https://github.com/"+repo) // "github: owner/repo"
				named = true
			}
		}
		if imageKey(key) || pageKeys[key] {
			continue
		}
		for _, s := range ScanLinks(f.values()) {
			if !imageLink(s.Raw) {
				// "[{name: Paper, url: 'https://...'}]": the flow's quotes
				// and brackets are not the link's.
				re.explicit = append(re.explicit, strings.TrimRight(s.Raw, `'"},]`))
				named = true
			}
		}
	}
	if re.title == "" || !named {
		return nil
	}
	return re
}

// identified reports whether an entry names its paper by an id or a
// link to the paper or its code, not only by its authors or other links.
func (re *rawEntry) identified() bool {
	if re.arxivID != "" {
		return true
	}
	for _, raw := range re.explicit {
		if l, ok := Normalize(raw); ok && (l.Kind == KindPaper || l.Kind == KindCode) {
			return true
		}
	}
	return false
}

// imageKey reports whether a front matter key names a picture (a page's
// "image:", "thumbnail:", "cover:"), whose address is no link of the
// paper's.
func imageKey(key string) bool {
	for _, w := range []string{"image", "thumbnail", "cover", "banner", "avatar", "featured", "logo", "icon", "teaser"} {
		if strings.Contains(key, w) {
			return true
		}
	}
	return false
}

// pageKeys are the keys whose links are the page's own, not the paper's.
var pageKeys = map[string]bool{"permalink": true, "canonical_url": true, "canonical": true, "redirect_to": true,
	"redirect_from": true, "edit_url": true, "feed": true, "layout": true}

// imageLink reports whether a link is to a picture.
func imageLink(raw string) bool {
	u := strings.ToLower(raw)
	for _, ext := range []string{".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"} {
		if strings.HasSuffix(u, ext) {
			return true
		}
	}
	return false
}

// maxProseBytes bounds the abstract a note's first paragraph gives.
const maxProseBytes = 8 << 10

// firstProse is the first paragraph of prose in a Markdown body: lines
// after the headings and before the first blank line, when they are not
// a list, a table, a quote, code or HTML. A Jekyll or Hugo publication
// page's body is the paper's abstract; a note's, often its summary.
func firstProse(body []byte) string {
	var para []string
	size := 0
	for _, raw := range bytes.Split(body, []byte("\n")) {
		line := strings.TrimSpace(string(raw))
		switch {
		case line == "":
			if len(para) > 0 {
				return strings.Join(para, " ")
			}
			continue
		case len(para) == 0 && strings.HasPrefix(line, "#"):
			continue // a heading over the paragraph
		case len(para) == 0 && strings.ContainsRune("-*+|>`<![0123456789", rune(line[0])):
			return "" // a list, table, quote, code, HTML or image first: no prose
		}
		if size += len(line); size > maxProseBytes {
			break
		}
		para = append(para, line)
	}
	return strings.Join(para, " ")
}
