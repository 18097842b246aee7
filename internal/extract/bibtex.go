package extract

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// MaxBibTeXBytes bounds a BibTeX file, which is read whole.
const MaxBibTeXBytes = 64 << 20

// bibParser reads BibTeX: @string macros and # concatenation, braced and
// quoted values with nested braces, LaTeX accents, \url and \href, links in
// url, howpublished, note and abstract, eprint with archivePrefix as an
// arXiv id, and doi. @comment and @preamble are not entries.
type bibParser struct {
	src    string
	pos    int
	line   int
	macros map[string]string
	file   string
	report func(error)
}

// readBibTeX reads a whole BibTeX file and parses it.
func (x *Extractor) readBibTeX(lr *lineReader, emit func(*rawEntry)) error {
	data, err := readWhole(lr, MaxBibTeXBytes, MaxLineBytes, "BibTeX file")
	if err != nil {
		return err
	}
	parseBibTeX(data, lr, emit)
	return nil
}

// parseBibTeX reads the entries of BibTeX, data, from the listing lr
// reads.
func parseBibTeX(data []byte, lr *lineReader, emit func(*rawEntry)) {
	p := &bibParser{src: string(data), line: 1, file: lr.file, report: lr.report, macros: map[string]string{
		"jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June",
		"jul": "July", "aug": "August", "sep": "September", "oct": "October", "nov": "November", "dec": "December",
	}}
	p.parse(emit)
}

func (p *bibParser) parse(emit func(*rawEntry)) {
	for {
		at := strings.IndexByte(p.src[p.pos:], '@')
		if at < 0 {
			return
		}
		p.advance(at + 1)
		startLine := p.line
		kind := strings.ToLower(p.ident())
		p.skipSpace()
		if p.pos >= len(p.src) || (p.src[p.pos] != '{' && p.src[p.pos] != '(') {
			continue
		}
		open := p.src[p.pos]
		close := byte('}')
		if open == '(' {
			close = ')'
		}
		p.advance(1)
		switch kind {
		case "comment", "preamble":
			p.skipBalanced(close)
			continue
		case "string":
			name, value, err := p.field()
			if err != nil {
				p.problem(startLine, err)
				continue
			}
			p.macros[strings.ToLower(name)] = value
			p.skipBalanced(close)
			continue
		case "":
			continue
		}
		fields, err := p.entryFields(close)
		if err != nil {
			p.problem(startLine, err)
			continue
		}
		if re := bibEntry(fields, startLine); re != nil {
			emit(re)
		}
	}
}

func (p *bibParser) problem(line int, err error) {
	p.report(&InputError{File: p.file, Line: line, Err: err})
}

func (p *bibParser) advance(n int) {
	end := min(p.pos+n, len(p.src))
	p.line += strings.Count(p.src[p.pos:end], "\n")
	p.pos = end
}

func (p *bibParser) skipSpace() {
	for p.pos < len(p.src) && unicode.IsSpace(rune(p.src[p.pos])) {
		p.advance(1)
	}
}

func (p *bibParser) ident() string {
	p.skipSpace()
	start := p.pos
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		if c == '{' || c == '(' || c == '=' || c == ',' || c == '}' || c == ')' || c == '#' || c == '"' || unicode.IsSpace(rune(c)) {
			break
		}
		p.advance(1)
	}
	return p.src[start:p.pos]
}

// skipBalanced skips to the close that ends the current entry.
func (p *bibParser) skipBalanced(close byte) {
	depth := 0
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		p.advance(1)
		switch {
		case c == '{' || c == '(' && close == ')':
			depth++
		case c == '}' || c == ')' && close == ')':
			if depth == 0 {
				return
			}
			depth--
		}
	}
}

// entryFields reads "key, name = value, ..." up to close.
func (p *bibParser) entryFields(close byte) (map[string]string, error) {
	fields := map[string]string{}
	p.ident() // the citation key
	for {
		p.skipSpace()
		if p.pos >= len(p.src) {
			return nil, errors.New("entry not closed")
		}
		switch p.src[p.pos] {
		case ',':
			p.advance(1)
			continue
		case close:
			p.advance(1)
			return fields, nil
		}
		name, value, err := p.field()
		if err != nil {
			p.skipBalanced(close)
			return nil, err
		}
		fields[strings.ToLower(name)] = value
	}
}

// field reads "name = value # value ...".
func (p *bibParser) field() (string, string, error) {
	name := p.ident()
	p.skipSpace()
	if name == "" || p.pos >= len(p.src) || p.src[p.pos] != '=' {
		return "", "", fmt.Errorf("want name = value near %q", clipRunes(p.src[p.pos:min(p.pos+20, len(p.src))], 20))
	}
	p.advance(1)
	var b strings.Builder
	for {
		p.skipSpace()
		if p.pos >= len(p.src) {
			return "", "", errors.New("value not closed")
		}
		switch c := p.src[p.pos]; {
		case c == '{':
			v, err := p.braced()
			if err != nil {
				return "", "", err
			}
			b.WriteString(v)
		case c == '"':
			v, err := p.quoted()
			if err != nil {
				return "", "", err
			}
			b.WriteString(v)
		default:
			word := p.ident()
			if word == "" {
				return "", "", fmt.Errorf("empty value for %s", name)
			}
			if m, ok := p.macros[strings.ToLower(word)]; ok {
				word = m
			}
			b.WriteString(word)
		}
		if b.Len() > maxBibValue {
			// "@string{b = a # a}", "@string{c = b # b}"...: each
			// doubles, and sixty would fill any memory.
			return "", "", fmt.Errorf("value of %s longer than %d KiB", name, maxBibValue>>10)
		}
		p.skipSpace()
		if p.pos < len(p.src) && p.src[p.pos] == '#' {
			p.advance(1)
			continue
		}
		return name, b.String(), nil
	}
}

// maxBibValue bounds a field's or @string's value once its macros are
// expanded: far above any abstract, far below what doubling macros make.
const maxBibValue = 1 << 20

// braced reads {...} with nested braces, keeping the inner braces.
func (p *bibParser) braced() (string, error) { return p.delimited('}', "unbalanced braces") }

// quoted reads "..." in which braces may hold quotes.
func (p *bibParser) quoted() (string, error) { return p.delimited('"', "quote not closed") }

// delimited reads the value that opens at p.pos and ends at the first end
// byte outside nested braces, skipping backslash escapes.
func (p *bibParser) delimited(end byte, unclosed string) (string, error) {
	start := p.pos + 1
	depth := 0
	for i := start; i < len(p.src); i++ {
		switch c := p.src[i]; {
		case c == '\\':
			i++
		case c == end && depth == 0:
			v := p.src[start:i]
			p.advance(i + 1 - p.pos)
			return v, nil
		case c == '{':
			depth++
		case c == '}':
			depth--
		}
	}
	return "", errors.New(unclosed)
}

// bibAuthors splits BibTeX's "Liu, Sijia and Jia, Jinghan and others"
// into names, "First Last" ("von Last, Jr., First" gives "First von Last
// Jr."); more reports "and others".
func bibAuthors(field string) (names []string, more bool) {
	for _, a := range splitAnd(collapseSpace(field)) {
		a = collapseSpace(latexText(a))
		if strings.EqualFold(a, "others") {
			more = true
			continue
		}
		switch parts := strings.Split(a, ","); len(parts) {
		case 2:
			a = collapseSpace(parts[1] + " " + parts[0])
		case 3:
			a = collapseSpace(parts[2] + " " + parts[0] + " " + parts[1])
		}
		if a != "" {
			names = append(names, a)
		}
	}
	return names, more
}

// splitAnd splits a BibTeX name list at each " and " outside braces, in
// any case.
func splitAnd(s string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			depth = max(depth-1, 0)
		case ' ':
			if depth == 0 && i+5 <= len(s) && strings.EqualFold(s[i:i+5], " and ") {
				out = append(out, s[start:i])
				start = i + 5
				i += 4
			}
		}
	}
	return append(out, s[start:])
}

// bibEntry turns fields into an entry, or nil when there is no title.
func bibEntry(f map[string]string, line int) *rawEntry {
	title := collapseSpace(latexText(f["title"]))
	if title == "" {
		return nil
	}
	re := &rawEntry{title: title, line: line, authors: -1, venue: collapseSpace(latexText(firstOf(f, "booktitle", "journal", "journaltitle")))}
	if a := strings.TrimSpace(f["author"]); a != "" {
		re.setAuthors(bibAuthors(a))
	}
	if abs := collapseSpace(latexText(f["abstract"])); abs != "" {
		re.abstract = []string{abs}
	}
	re.dateText = strings.TrimSpace(strings.TrimSpace(f["month"]) + " " + strings.TrimSpace(f["year"]))
	if d := strings.TrimSpace(f["date"]); re.dateText == "" && d != "" {
		re.dateText, re.dateISO = d, isoDate(d) // biblatex's "date = {2024-01-05}"
	}
	if eprint := strings.TrimSpace(f["eprint"]); eprint != "" && (strings.EqualFold(f["archiveprefix"], "arxiv") || plausibleArxivID(eprint)) {
		if id := stripArxivVersion(eprint); plausibleArxivID(id) {
			re.arxivID = id
			re.explicit = append(re.explicit, "https://arxiv.org/abs/"+id)
		}
	}
	if re.arxivID == "" {
		// Google Scholar's export: journal = {arXiv preprint arXiv:2310.12508}.
		for _, name := range []string{"journal", "note", "howpublished", "booktitle"} {
			if id := arxivIDIn(f[name]); id != "" {
				re.arxivID = id
				re.explicit = append(re.explicit, "https://arxiv.org/abs/"+id)
				break
			}
		}
	}
	if u := latexURL(f["url"]); u != "" {
		re.explicit = append(re.explicit, u)
	}
	if doi := strings.TrimSpace(f["doi"]); doi != "" {
		doi = strings.TrimPrefix(strings.TrimPrefix(doi, "https://doi.org/"), "http://dx.doi.org/")
		re.explicit = append(re.explicit, "https://doi.org/"+doi)
	}
	for _, name := range []string{"howpublished", "note", "code", "github", "pdf", "software", "repository", "project"} {
		for _, s := range ScanLinks(latexURLs(f[name])) {
			re.explicit = append(re.explicit, s.Raw)
		}
	}
	if repo := ownerRepo(f["github"]); repo != "" {
		re.explicit = append(re.explicit, "https://github.com/"+repo) // github = {owner/repo}
	}
	return re
}

// ownerRepo is a field's "owner/repo", as a github field may name a
// repository, or "".
func ownerRepo(s string) string {
	s = strings.TrimSpace(s)
	owner, repo, ok := strings.Cut(s, "/")
	if !ok || owner == "" || repo == "" || strings.Contains(repo, "/") {
		return ""
	}
	for _, r := range s {
		if !(r == '/' || r == '-' || r == '_' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return ""
		}
	}
	return s
}

// arxivIDIn finds an arXiv id written "arXiv:2310.12508" (any case, a
// version allowed) in a field's text, or "".
func arxivIDIn(s string) string {
	for {
		i := indexFold(s, "arxiv:")
		if i < 0 {
			return ""
		}
		s = strings.TrimSpace(s[i+len("arxiv:"):])
		end := 0
		for end < len(s) && (s[end] >= '0' && s[end] <= '9' || s[end] == '.' || s[end] == '/' || s[end] == '-' ||
			s[end] >= 'a' && s[end] <= 'z' || s[end] >= 'A' && s[end] <= 'Z') {
			end++
		}
		if id := stripArxivVersion(strings.TrimRight(s[:end], ".")); plausibleArxivID(id) {
			return id
		}
	}
}

// indexFold is strings.Index for an ASCII lower-case sep, ignoring case.
func indexFold(s, sep string) int {
	for i := 0; i+len(sep) <= len(s); i++ {
		if hasPrefixFold(s[i:], sep) {
			return i
		}
	}
	return -1
}

func firstOf(f map[string]string, names ...string) string {
	for _, n := range names {
		if v := f[n]; v != "" {
			return v
		}
	}
	return ""
}

// latexURL reads a url field: \url{...} or the bare address.
func latexURL(s string) string {
	s = strings.TrimSpace(latexURLs(s))
	s = strings.Trim(s, "{}")
	if s == "" || strings.ContainsAny(s, " \t\n") {
		if spans := ScanLinks(s); len(spans) > 0 {
			return spans[0].Raw
		}
		return ""
	}
	return s
}

// latexURLs unwraps \url{x} to x and \href{x}{text} to "x text", and
// undoes the escapes LaTeX needs in URLs written outside \url
// ("https://github.com/a/my\_repo").
func latexURLs(s string) string {
	s = urlEscapes.Replace(s)
	for _, cmd := range []string{`\url{`, `\href{`} {
		for {
			i := strings.Index(s, cmd)
			if i < 0 {
				break
			}
			j := strings.IndexByte(s[i+len(cmd):], '}')
			if j < 0 {
				break
			}
			s = s[:i] + " " + s[i+len(cmd):i+len(cmd)+j] + " " + s[i+len(cmd)+j+1:]
		}
	}
	return s
}

var urlEscapes = strings.NewReplacer(`\_`, "_", `\%`, "%", `\&`, "&", `\#`, "#", `\$`, "$",
	`{\textasciitilde}`, "~", `\textasciitilde{}`, "~", `\~{}`, "~")

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
