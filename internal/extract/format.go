package extract

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding/unicode"
)

// Format names a listing format.
type Format string

// The formats Read understands. FormatAuto picks one by the file's
// extension, then by its first bytes, so standard input works too.
const (
	FormatAuto      Format = "auto"
	FormatDaily     Format = "daily"      // a saved Hugging Face Daily Papers page
	FormatMarkdown  Format = "markdown"   // awesome-lists: bullets and tables
	FormatJSONL     Format = "jsonl"      // linkgraph's own extract --format jsonl
	FormatText      Format = "text"       // any text: paragraphs with links
	FormatBibTeX    Format = "bibtex"     // BibTeX
	FormatHFJSON    Format = "hf-json"    // the Hugging Face daily-papers API
	FormatPwCJSON   Format = "pwc-json"   // Papers with Code's dumps: links to code, abstracts
	FormatHTML      Format = "html"       // a saved web page
	FormatArxiv     Format = "arxiv-json" // the arXiv metadata snapshot, a paper a line
	FormatCSLJSON   Format = "csl-json"   // CSL JSON, as Zotero exports a bibliography
	FormatFeed      Format = "feed"       // an RSS or Atom feed (arXiv's API and RSS, journals'), dblp's XML
	FormatRIS       Format = "ris"        // RIS, as reference managers export a bibliography
	FormatCSV       Format = "csv"        // a spreadsheet of papers: CSV or TSV with a header
	FormatAPIJSON   Format = "api-json"   // a scholarly API's answer: Semantic Scholar, OpenAlex, OpenReview, Crossref, dblp
	FormatOrg       Format = "org"        // Org mode: an Emacs or org-roam reading list
	FormatRST       Format = "rst"        // reStructuredText: an awesome-list or a Sphinx page
	FormatLaTeX     Format = "latex"      // LaTeX: a bibliography (.bbl, thebibliography) or a CV's lists
	FormatArxivMail Format = "arxiv-mail" // arXiv's mailing of new submissions, saved as text
)

// Formats lists the formats a user may name.
var Formats = []Format{FormatAuto, FormatDaily, FormatMarkdown, FormatHTML, FormatBibTeX, FormatHFJSON, FormatPwCJSON, FormatArxiv, FormatCSLJSON, FormatAPIJSON, FormatFeed, FormatRIS, FormatCSV, FormatOrg, FormatRST, FormatLaTeX, FormatArxivMail, FormatJSONL, FormatText}

// ParseFormat checks a format name.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return "", fmt.Errorf("unknown input format %q (want one of %s)", s, strings.Join(names, ", "))
}

// DetectFormat picks a listing's format from its name and first bytes.
func DetectFormat(name string, head []byte) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown":
		return FormatMarkdown
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".bib", ".bibtex":
		return FormatBibTeX
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".rss", ".atom", ".rdf":
		return FormatFeed
	case ".ris":
		return FormatRIS
	case ".csv", ".tsv":
		return FormatCSV
	case ".org":
		return FormatOrg
	case ".rst", ".rest":
		return FormatRST
	case ".bbl", ".tex", ".latex", ".ltx":
		return FormatLaTeX
	}
	h := trimHead(head)
	switch {
	case looksFeed(h):
		return FormatFeed
	case bytes.HasPrefix(h, []byte("TY  - ")) || bytes.HasPrefix(h, []byte("TY - ")):
		return FormatRIS
	case bytes.HasPrefix(h, []byte("FN ")) && bytes.Contains(h, []byte("\nPT ")):
		return FormatRIS // Web of Science's plain text export, read as RIS
	case bytes.HasPrefix(h, []byte("PT\t")) && bytes.Contains(firstLine(h), []byte("\tTI\t")):
		return FormatCSV // Web of Science's tab-delimited export ("savedrecs.txt")
	case bytes.HasPrefix(h, []byte("{")):
		switch {
		case looksArxivSnapshot(h):
			return FormatArxiv
		case looksWrappedPapers(h):
			return FormatAPIJSON
		}
		if first, _, _ := bytes.Cut(h, []byte("\n")); !bytes.HasSuffix(bytes.TrimRight(first, " \t\r"), []byte("}")) && bytes.Contains(h, []byte("\n")) {
			return FormatAPIJSON // one JSON document over lines, not a paper a line
		}
		return FormatJSONL
	case bytes.HasPrefix(h, []byte("[")) && !bytes.HasPrefix(h, []byte("[!")) && looksJSONArray(h):
		if bytes.Contains(h, []byte(`"paper_arxiv_id"`)) || bytes.Contains(h, []byte(`"repo_url"`)) ||
			bytes.Contains(h, []byte(`"url_abs"`)) || bytes.Contains(h, []byte(`"paper_url"`)) {
			return FormatPwCJSON
		}
		if bytes.Contains(h, []byte(`"issued"`)) || bytes.Contains(h, []byte(`"container-title"`)) ||
			bytes.Contains(h, []byte(`"family"`)) && bytes.Contains(h, []byte(`"type"`)) {
			return FormatCSLJSON
		}
		if looksHFPapers(h) {
			return FormatHFJSON
		}
		return FormatAPIJSON
	case bytes.HasPrefix(h, []byte("@")):
		return FormatBibTeX
	case looksArxivMail(h):
		return FormatArxivMail
	case looksHTML(h):
		return FormatHTML
	case looksDaily(h):
		return FormatDaily
	case looksLaTeX(h):
		return FormatLaTeX
	case looksRST(h):
		return FormatRST
	case looksMarkdown(h):
		return FormatMarkdown
	case looksReferences(h):
		return FormatText // the text reader reads each reference
	case looksTitled(h):
		return FormatDaily
	}
	return FormatText
}

// looksReferences finds a paper's reference list copied as text: two
// lines or more that open with a reference's number ("[1] ", or "1. " and
// "2. " in turn), or a reference in APA's or ACL's style, its year on the
// line, or a whole reference that gives its title first.
func looksReferences(h []byte) bool {
	refs, last := 0, 0
	for _, line := range bytes.Split(h, []byte("\n")) {
		if l := string(line); refLine(l, &last) || apaLine(strings.TrimSpace(l), "") || aclLine(strings.TrimSpace(l), ".") || wholeTitleFirst(l) {
			refs++
		}
	}
	return refs >= 2
}

// looksTitled finds a title paragraph followed by a paragraph that reads
// as prose, not a line of names: a Daily Papers page saved without its
// meta lines, or any list of titles and abstracts, which the Daily
// Papers reader takes as it is.
func looksTitled(h []byte) bool {
	paras := bytes.Split(bytes.ReplaceAll(h, []byte("\r\n"), []byte("\n")), []byte("\n\n"))
	var prev []byte
	for _, p := range paras {
		p = bytes.TrimSpace(p)
		if len(p) == 0 {
			continue
		}
		if prev != nil && !bytes.Contains(prev, []byte("\n")) && titleLike(string(prev)) && bytes.HasSuffix(p, []byte(".")) && !bylineFirst(p) {
			return true
		}
		prev = p
	}
	return false
}

// bylineFirst reports whether a paragraph opens with a line of names
// alone: a paper's authors under its title, as a publications list
// copied as text gives them, which the text reader reads (bylineBelow);
// no abstract opens so.
func bylineFirst(p []byte) bool {
	first, _, _ := bytes.Cut(p, []byte("\n"))
	return isByline(string(first))
}

// looksArxivSnapshot finds the arXiv metadata snapshot's fields in the
// first line, which linkgraph's own JSON lines never have.
func looksArxivSnapshot(h []byte) bool {
	first, _, _ := bytes.Cut(h, []byte("\n"))
	return bytes.Contains(first, []byte(`"authors_parsed"`)) || bytes.Contains(first, []byte(`"submitter"`)) && bytes.Contains(first, []byte(`"versions"`))
}

// looksHTML finds a page's opening: "<!DOCTYPE html>" or "<html>", after
// any comments ("<!-- saved from url=... -->") and an XML declaration
// (XHTML's).
func looksHTML(h []byte) bool {
	for bytes.HasPrefix(h, []byte("<!--")) || bytes.HasPrefix(h, []byte("<?")) {
		open, closing := "<!--", "-->"
		if bytes.HasPrefix(h, []byte("<?")) {
			open, closing = "<?", "?>"
		}
		end := bytes.Index(h[len(open):], []byte(closing))
		if end < 0 {
			return false
		}
		h = bytes.TrimLeft(h[len(open)+end+len(closing):], " \t\r\n")
	}
	h = h[:min(len(h), 14)]
	return bytes.EqualFold(h, []byte("<!doctype html")) || len(h) >= 5 && bytes.EqualFold(h[:5], []byte("<html"))
}

// looksFeed finds XML for the feed reader: an RSS or Atom feed (whose
// first element is <rss>, <feed> or RSS 1.0's <rdf:RDF>), dblp's XML
// (<dblpperson>, <dblp>, or <result> over <hits>), EndNote's, or any other
// XML with a declaration that is no XHTML page, which the reader reports.
func looksFeed(h []byte) bool { return xmlRoot(h) != notXML }

// KnownXML reports whether the start of a file, h, is XML the feed reader
// reads: a feed, dblp's XML, Zotero's RDF or EndNote's XML, and not some
// other XML (a build file, a configuration) that only has a declaration.
// A directory's .xml files are read when they are. h may be UTF-16 with a
// byte order mark, as the listing may.
func KnownXML(h []byte) bool {
	if len(h) >= 2 && (h[0] == 0xff && h[1] == 0xfe || h[0] == 0xfe && h[1] == 0xff) {
		utf8, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(h[:len(h)&^1])
		if err != nil {
			return false
		}
		h = utf8
	}
	return xmlRoot(trimHead(h)) == knownXML
}

// trimHead takes a byte order mark and white space off the start of a
// file, before its format is told from its first bytes.
func trimHead(h []byte) []byte {
	return bytes.TrimLeft(bytes.TrimPrefix(h, []byte("\xef\xbb\xbf")), " \t\r\n")
}

// The kinds of start xmlRoot tells apart.
const (
	notXML   = iota
	knownXML // a root element the feed reader knows
	otherXML // declared XML with some other root
)

// xmlRoot looks past h's declaration, comments and doctype to its first
// element.
func xmlRoot(h []byte) int {
	declared := bytes.HasPrefix(h, []byte("<?xml"))
	for {
		switch {
		case bytes.HasPrefix(h, []byte("<?")):
			end := bytes.Index(h, []byte("?>"))
			if end < 0 {
				return notXML
			}
			h = h[end+2:]
		case bytes.HasPrefix(h, []byte("<!--")):
			end := bytes.Index(h, []byte("-->"))
			if end < 0 {
				return notXML
			}
			h = h[end+3:]
		case bytes.HasPrefix(h, []byte("<!")) && !bytes.HasPrefix(h, []byte("<![")):
			if looksHTML(h) {
				return notXML
			}
			end := bytes.IndexByte(h, '>') // "<!DOCTYPE dblp SYSTEM \"dblp.dtd\">"
			if end < 0 {
				return notXML
			}
			h = h[end+1:]
		default:
			for _, root := range []string{"<rss", "<feed", "<rdf:RDF", "<dblpperson", "<dblp>", "<dblp ", "<xml><records>"} {
				if bytes.HasPrefix(h, []byte(root)) {
					return knownXML
				}
			}
			if bytes.HasPrefix(h, []byte("<result>")) && bytes.Contains(h[:min(len(h), 2000)], []byte("<hits")) {
				return knownXML
			}
			if declared && !looksHTML(h) {
				return otherXML
			}
			return notXML
		}
		h = bytes.TrimLeft(h, " \t\r\n")
	}
}

// looksWrappedPapers finds an API's answer: an object whose start holds
// an array under a container key ({"total": 2, "data": [...]}), or an
// object under "message" (Crossref's).
func looksWrappedPapers(h []byte) bool {
	for key := range containerKeys {
		if keyThen(h, key, '[') {
			return true
		}
	}
	return keyThen(h, "message", '{')
}

// keyThen reports whether h holds "key" followed, after a colon, by the
// byte open.
func keyThen(h []byte, key string, open byte) bool {
	quoted := []byte(`"` + key + `"`)
	for rest := h; ; {
		i := bytes.Index(rest, quoted)
		if i < 0 {
			return false
		}
		rest = bytes.TrimLeft(rest[i+len(quoted):], " \t\r\n")
		if len(rest) > 0 && rest[0] == ':' {
			if v := bytes.TrimLeft(rest[1:], " \t\r\n"); len(v) > 0 && v[0] == open {
				return true
			}
		}
	}
}

// looksHFPapers finds the Hugging Face daily-papers API's fields.
func looksHFPapers(h []byte) bool {
	for _, key := range []string{`"paper"`, `"upvotes"`, `"publishedAt"`, `"githubRepo"`, `"numComments"`} {
		if bytes.Contains(h, []byte(key)) {
			return true
		}
	}
	return false
}

func looksJSONArray(h []byte) bool {
	rest := bytes.TrimLeft(h[1:], " \t\r\n")
	return len(rest) == 0 || rest[0] == '{' || rest[0] == ']'
}

// looksDaily finds a Daily Papers meta line ("• 4 authors") or its chrome.
func looksDaily(h []byte) bool {
	for _, line := range bytes.Split(h, []byte("\n")) {
		s := strings.TrimSpace(string(line))
		if _, ok := parseAuthorLine(s); ok && strings.HasPrefix(s, "•") {
			return true
		}
		if s == "Daily Papers" {
			return true
		}
	}
	return false
}

// looksMarkdown finds headings, link bullets or table rows.
func looksMarkdown(h []byte) bool {
	for _, line := range bytes.Split(h, []byte("\n")) {
		s := bytes.TrimSpace(line)
		if bytes.HasPrefix(s, []byte("# ")) || bytes.HasPrefix(s, []byte("## ")) || bytes.HasPrefix(s, []byte("- [")) ||
			bytes.HasPrefix(s, []byte("* [")) || bytes.HasPrefix(s, []byte("| ")) && bytes.Count(s, []byte("|")) >= 3 {
			return true
		}
	}
	return false
}

// looksLaTeX finds LaTeX: a bibliography's items (\bibitem), biblatex's
// .bbl, or a document's class, sections or environments on lines of
// their own.
func looksLaTeX(h []byte) bool {
	for _, line := range bytes.Split(h, []byte("\n")) {
		s := bytes.TrimSpace(line)
		for _, cmd := range []string{`\bibitem`, `\documentclass`, `\begin{`, `\section{`, `\section*{`, `\refsection{`, `% $ biblatex`} {
			if bytes.HasPrefix(s, []byte(cmd)) {
				return true
			}
		}
	}
	return false
}

// looksRST finds reStructuredText's own markup: a hyperlink
// ("`text <url>`_"), or a line that starts a target (".. _name: url") or
// a directive (".. image::"), which Markdown has none of.
func looksRST(h []byte) bool {
	if bytes.Contains(h, []byte(">`_")) {
		return true
	}
	for _, line := range bytes.Split(h, []byte("\n")) {
		s := bytes.TrimSpace(line)
		if !bytes.HasPrefix(s, []byte(".. ")) {
			continue
		}
		if bytes.HasPrefix(s, []byte(".. _")) && bytes.Contains(s, []byte(": ")) {
			return true
		}
		if name, _, ok := bytes.Cut(s[3:], []byte("::")); ok && len(name) > 0 && !bytes.ContainsAny(name, " `") {
			return true
		}
	}
	return false
}

// firstLine is h up to its first line break.
func firstLine(h []byte) []byte {
	line, _, _ := bytes.Cut(h, []byte("\n"))
	return line
}
