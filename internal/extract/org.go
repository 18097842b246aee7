package extract

import (
	"bytes"
	"strings"
)

// readOrg reads an Org-mode file (Emacs, org-roam reading lists) as the
// Markdown it stands for (orgMarkdown), line for line, so that lists,
// headings, tables and fields read as they do in Markdown and every entry
// keeps its line.
func (x *Extractor) readOrg(lr *lineReader, emit func(*rawEntry)) error {
	return readAsMarkdown(lr, "Org file", orgMarkdown, emit)
}

// readAsMarkdown reads a listing whole and reads the Markdown that
// markdown writes of it, a line for each of its lines, so that entries
// keep the listing's lines.
func readAsMarkdown(lr *lineReader, what string, markdown func([]byte) []byte, emit func(*rawEntry)) error {
	src, err := readWhole(lr, MaxWholeBytes, MaxLineBytes, what)
	if err != nil {
		return err
	}
	parseTamed(markdown(src), emit)
	return nil
}

// orgMarkdown writes Org as Markdown, a line for each line: "** Title"
// is "## Title", "[[url][text]]" is "[text](url)" and "[[url]]" is
// "<url>", a property drawer's ":URL: value" is a field line "URL:
// value" (orgField), "#+TITLE:" is the document's title, a table's "|---+---|" rule
// is GFM's "|---|---|", a source block is fenced, and the other "#+"
// lines and drawers' ends are blank.
func orgMarkdown(src []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(src) + len(src)/8)
	inBlock := false
	lines := bytes.Split(src, []byte("\n"))
	for i, raw := range lines {
		line := string(bytes.TrimRight(raw, "\r"))
		trimmed := strings.TrimSpace(line)
		upper := strings.ToUpper(trimmed)
		switch {
		case strings.HasPrefix(upper, "#+BEGIN_"):
			inBlock = true
			out.WriteString("```")
		case strings.HasPrefix(upper, "#+END_"):
			inBlock = false
			out.WriteString("```")
		case inBlock:
			out.WriteString(line)
		case strings.HasPrefix(upper, "#+TITLE:"):
			out.WriteString("# " + orgLinks(strings.TrimSpace(trimmed[len("#+TITLE:"):])))
		case strings.HasPrefix(trimmed, "#+"), strings.HasPrefix(trimmed, "# "), trimmed == "#",
			upper == ":PROPERTIES:", upper == ":END:", upper == ":LOGBOOK:":
			// Settings, comments and drawers' edges: nothing to read.
		case strings.HasPrefix(trimmed, ":") && orgProperty(trimmed):
			// ":URL: https://..." in a drawer: a field of the heading's
			// paper, a line of the paragraph under it.
			out.WriteString(orgField(trimmed))
		case strings.HasPrefix(line, "*"):
			level := len(line) - len(strings.TrimLeft(line, "*"))
			if level < len(line) && line[level] == ' ' {
				out.WriteString(strings.Repeat("#", min(level+1, 6)) + " " + orgLinks(orgHeadline(line[level+1:])))
			} else {
				out.WriteString(orgLinks(line))
			}
		case strings.HasPrefix(trimmed, "|-"):
			// "|---+---|": the rule under a table's header.
			cells := strings.Count(trimmed, "+") + 1
			out.WriteString("|" + strings.Repeat("---|", cells))
		default:
			out.WriteString(orgLinks(line))
		}
		if i < len(lines)-1 {
			out.WriteByte('\n')
		}
	}
	return out.Bytes()
}

// orgField writes a drawer's property that names a paper's link or
// detail as the field line a paper's heading may have over it ("URL:
// https://...", "Authors: ..."); the other properties (org-roam's ID)
// are left out.
func orgField(line string) string {
	name, value, _ := strings.Cut(line[1:], ":")
	value = strings.TrimSpace(orgLinks(value))
	switch strings.ToUpper(name) {
	case "URL", "ROAM_REFS", "PDF", "ARXIV", "LINK":
		return "URL: " + value
	case "DOI":
		if strings.HasPrefix(value, "10.") {
			return "URL: https://doi.org/" + value
		}
		return "URL: " + value
	case "CODE", "GITHUB", "REPO":
		return "Code: " + value
	case "AUTHOR", "AUTHORS":
		return "Authors: " + value
	case "YEAR", "DATE":
		return "Year: " + value
	case "VENUE", "JOURNAL", "BOOKTITLE":
		return "Venue: " + value
	}
	return ""
}

// orgProperty reports whether a line is a drawer's property, ":NAME:
// value", with a name of letters, digits, "_" and "-".
func orgProperty(s string) bool {
	name, _, ok := strings.Cut(s[1:], ":")
	if !ok || name == "" {
		return false
	}
	for _, r := range name {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return false
		}
	}
	return true
}

// orgHeadline drops what Org adds to a headline around its title: a
// TODO keyword, a priority cookie and the tags at its end.
func orgHeadline(s string) string {
	s = strings.TrimSpace(s)
	for _, kw := range []string{"TODO ", "DONE ", "NEXT ", "WAITING ", "READ ", "TOREAD "} {
		s = strings.TrimPrefix(s, kw)
	}
	if len(s) > 4 && s[0] == '[' && s[1] == '#' && s[3] == ']' {
		s = strings.TrimSpace(s[4:]) // "[#A]"
	}
	if i := strings.LastIndex(s, " :"); i > 0 && strings.HasSuffix(s, ":") && !strings.ContainsAny(s[i+2:], " []") {
		s = strings.TrimSpace(s[:i]) // ":paper:ml:"
	}
	return s
}

// orgLinks rewrites a line's Org links as Markdown's: "[[url][text]]"
// as "[text](url)", "[[url]]" as "<url>".
func orgLinks(s string) string {
	if !strings.Contains(s, "[[") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "[[")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		end := strings.Index(s[i:], "]]")
		if end < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		inner := s[i+2 : i+end]
		target, text, described := strings.Cut(inner, "][")
		target = strings.TrimPrefix(target, "file:")
		switch {
		case described:
			b.WriteString("[" + text + "](" + mdDest(target) + ")")
		case strings.HasPrefix(target, "http://"), strings.HasPrefix(target, "https://"):
			b.WriteString("<" + target + ">")
		default:
			b.WriteString(target) // "[[Another note]]", a link inside the notes
		}
		s = s[i+end+2:]
	}
}
