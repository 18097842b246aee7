package extract

import (
	"strconv"
	"strings"
)

// The lines that open a reference in a list copied from a PDF with no
// blank line between references, in the styles readText tells apart.

// refLine reports whether a line opens a reference of a numbered list:
// "[12] ", or "12. " for the number after the last (*last), or 1.
func refLine(line string, last *int) bool {
	t := strings.TrimLeft(line, " \t")
	bracket := strings.HasPrefix(t, "[")
	t = strings.TrimPrefix(t, "[")
	end := 0
	for end < len(t) && end < 4 && t[end] >= '0' && t[end] <= '9' {
		end++
	}
	if end == 0 || end+1 >= len(t) || t[end+1] != ' ' {
		return false
	}
	n, _ := strconv.Atoi(t[:end])
	if bracket && t[end] == ']' || !bracket && t[end] == '.' && (n == *last+1 || n == 1) {
		*last = n
		return true
	}
	return false
}

// apaLine reports whether a line opens a reference in APA's style, as a
// list copied from a PDF has them one after the other: a surname, its
// initial ("Fan, C., Liu, J., ... (2024). Title."), and the year in
// parentheses on the line, or after a line that ends a reference (with
// a full stop or an address); not after a line of authors that goes on
// (",", "and", "&").
func apaLine(line, prev string) bool {
	surname, rest, ok := strings.Cut(line, ", ")
	if !ok || len(rest) < 2 || rest[0] < 'A' || rest[0] > 'Z' || rest[1] != '.' || strings.ContainsAny(surname, " .,") {
		return false
	}
	prev = strings.TrimRight(prev, " \t")
	if strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, " and") || strings.HasSuffix(prev, "&") {
		return false // the authors of the reference above go on
	}
	if _, year := cutYearParen(line[:strings.Index(line, ")")+1]); year != "" {
		return true
	}
	return refEnd(prev)
}

// aclLine reports whether a line opens a reference in ACL's (or
// Chicago's) style, after a line that ends one (refEnd): names, then the
// year as a sentence of its own on the line ("Jinghan Jia, Jiancheng Liu,
// and Sijia Liu. 2023. Model sparsity ...").
func aclLine(line, prev string) bool {
	if !refEnd(prev) {
		return false
	}
	for i := strings.Index(line, ". "); i > 0; {
		if _, _, ok := cutYearSentence(line[i+2:]); ok {
			return authorsLike(line[:i+1])
		}
		next := strings.Index(line[i+2:], ". ")
		if next < 0 {
			break
		}
		i += next + 2
	}
	return false
}

// namesLine reports whether a line opens a reference that gives its
// authors' names first, in full, as natbib's plainnat and the NeurIPS
// and ICLR styles do, after a line that ends one (refEnd): the line up to
// its first full stop, or the whole line when the names go on past it,
// is a list of names ("Chongyu Fan, Jiancheng Liu, and Sijia Liu. Salun:
// ...", "Jinghan Jia, Jiancheng Liu, Parikshit Ram, Yuguang Yao,"), two
// or more, or one before its full stop.
func namesLine(line, prev string) bool {
	if !refEnd(prev) {
		return false
	}
	line = strings.TrimRight(line, " \t")
	if first, rest, ok := strings.Cut(line, " "); !ok || len(first) < 2 || rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
		return false // a name in full is two capitalised words at least: not a sentence
	}
	names, _, closed := strings.Cut(line, ". ")
	if !closed {
		if !strings.HasSuffix(line, ",") && !strings.HasSuffix(line, " and") {
			return false // a line of names that neither ends nor goes on
		}
		names = strings.TrimSuffix(strings.TrimSuffix(line, ","), " and")
	}
	list, more, ok := authorList(names)
	return ok && (len(list) >= 2 || closed && (more || len(strings.Fields(list[0])) >= 2))
}

// titleFirstLine reports whether a line is a whole reference that gives
// its title first (titleFirstCitation), after a line that is another:
// a reading list's, a reference a line ("Title. A. Smith, B. Jones.
// ICML 2023. https://...").
func titleFirstLine(line, prev string) bool {
	if !wholeTitleFirst(prev) {
		return false
	}
	t, _, _, _ := titleFirstCitation(line)
	return t != ""
}

// titleFirstAfter reports whether a line opens a reference that gives
// its title first after lines that are one such reference, whole, wrapped
// as a PDF's lists are ("Title. A. Smith," / "B. Jones. ICML 2023." /
// "Next title. ..."): the reference so far has its year and ends as a
// reference ends (refEnd), and the line opens with words that read as a
// title, not with names, a venue, an address or words of code, and
// names follow them if a sentence ends on the line.
func titleFirstAfter(line string, para []string) bool {
	if len(para) < 2 || len(para) > maxWrappedLines || !refEnd(para[len(para)-1]) {
		return false
	}
	first, rest, stop := strings.Cut(strings.TrimSpace(line), ". ")
	if stop && !namesOpen(rest) {
		return false // a sentence then more than names: "Code and Models Are Released. https://..."
	}
	if !titleWords(first) || strings.Contains(first, "://") || venueWords(first) || strings.HasPrefix(first, "In ") ||
		runOfNames(first) || speaksOfCode(first) {
		return false
	}
	t, _, _, year := titleFirstCitation(joinWrapped(para))
	return t != "" && year != ""
}

// maxWrappedLines is the most lines titleFirstAfter reads as one
// reference, which bounds the work for a paragraph of prose.
const maxWrappedLines = 8

// wholeTitleFirst reports whether a line is a whole reference that gives
// its title first: it reads as one, and ends as one (refEnd).
func wholeTitleFirst(line string) bool {
	if !refEnd(line) {
		return false
	}
	t, _, _, _ := titleFirstCitation(line)
	return t != ""
}

// refHeadings are the headings a reference list opens with.
var refHeadings = map[string]bool{"references": true, "bibliography": true, "works cited": true, "literature cited": true, "literature": true}

// refHeading reports whether a line is a reference list's heading
// (refHeadings), in any case.
func refHeading(line string) bool {
	return refHeadings[strings.ToLower(strings.TrimSpace(line))]
}

// refEnd reports whether a line ends a reference: with a full stop, or an
// address.
func refEnd(line string) bool {
	line = strings.TrimRight(line, " \t")
	return strings.HasSuffix(line, ".") || bareLink(line[strings.LastIndexAny(line, " \t")+1:]) != ""
}
